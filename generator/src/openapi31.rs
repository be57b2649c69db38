//! OpenAPI 3.1 → the 3.0 shape openapiv3 reads, on the raw value, before
//! anything else looks at it.
//!
//! Each rewrite keeps the object where it was, so pointers into the
//! original document stay right for every later message; where 3.1 says
//! more than 3.0 can (tuples, conditionals, several types), the schema is
//! loosened and a warning names the pointer.

use crate::diagnostics::{Pointer, Warnings};
use serde_json::{Map, Value, json};

/// Rewrites a 3.1 document in place.
pub(crate) fn downgrade(doc: &mut Value, warnings: &mut Warnings) {
    let root = Pointer::root();
    let Some(o) = doc.as_object_mut() else {
        return;
    };
    o.insert("openapi".to_owned(), json!("3.0.3"));
    // 3.1 makes `paths` optional (a document of webhooks or components).
    o.entry("paths").or_insert_with(|| json!({}));
    if o.remove("webhooks").is_some() {
        warnings.warn(
            &root.push("webhooks"),
            "webhooks are requests the API makes; no code is generated for them",
        );
    }
    o.remove("jsonSchemaDialect");
    walk(doc, warnings);
}

/// Rewrites each schema (the schemas in it are visited after it).
fn walk(doc: &mut Value, warnings: &mut Warnings) {
    crate::raw_schemas::each_schema(doc, &mut |o, at| schema(o, at, warnings));
}

/// Rewrites one schema.
fn schema(o: &mut Map<String, Value>, at: &Pointer, warnings: &mut Warnings) {
    types(o, at, warnings);
    if let Some(c) = o.remove("const")
        && !o.contains_key("enum")
    {
        o.insert("enum".to_owned(), json!([c]));
    }
    if let Some(Value::Array(examples)) = o.remove("examples")
        && let Some(first) = examples.into_iter().next()
    {
        o.entry("example").or_insert(first);
    }
    for (bound, limit) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(n) = o.get(bound).filter(|n| n.is_number()).cloned() {
            o.insert(limit.to_owned(), n);
            o.insert(bound.to_owned(), json!(true));
        }
    }
    bytes(o);
    if let Some(unevaluated) = o.remove("unevaluatedProperties")
        && !o.contains_key("additionalProperties")
    {
        o.insert("additionalProperties".to_owned(), unevaluated);
    }
    o.remove("unevaluatedItems");
    o.remove("$schema");
    o.remove("$id");
    o.remove("$anchor");
    o.remove("$comment");
    tuples(o, at, warnings);
    conditions(o, at, warnings);
    ref_siblings(o);
}

/// `type: [T, "null"]` is `type: T` with `nullable: true`; several types
/// other than null cannot be one Rust type and become any JSON value.
fn types(o: &mut Map<String, Value>, at: &Pointer, warnings: &mut Warnings) {
    let Some(Value::Array(list)) = o.get("type") else {
        // `{type: null}` alone, as `anyOf: [X, {type: null}]` has it: 3.0's
        // `nullable` schema, which unions read as "X or null".
        if o.get("type") == Some(&json!("null")) {
            o.remove("type");
            o.insert("nullable".to_owned(), json!(true));
        }
        return;
    };
    let null = list.iter().any(|t| t == "null");
    let rest: Vec<Value> = list.iter().filter(|t| *t != "null").cloned().collect();
    match rest.as_slice() {
        [one] => {
            o.insert("type".to_owned(), one.clone());
        }
        [] => {
            o.remove("type");
        }
        _ => {
            warnings.warn(
                &at.push("type"),
                "a value of several types is generated as any JSON value (serde_json::Value)",
            );
            o.remove("type");
        }
    }
    if null {
        o.insert("nullable".to_owned(), json!(true));
    }
}

/// `contentEncoding: base64` is 3.0's `format: byte`; a binary
/// `contentMediaType` is `format: binary`.
fn bytes(o: &mut Map<String, Value>) {
    let encoding = o.remove("contentEncoding");
    let media = o.remove("contentMediaType");
    if o.contains_key("format") {
        return;
    }
    if encoding.as_ref().and_then(Value::as_str) == Some("base64") {
        o.insert("format".to_owned(), json!("byte"));
    } else if let Some(media) = media.as_ref().and_then(Value::as_str)
        && !media.starts_with("text/")
        && !media.ends_with("json")
    {
        o.insert("format".to_owned(), json!("binary"));
    }
}

/// `prefixItems` (a tuple): a list of any JSON value, or of `items` when
/// the tuple goes on with those.
fn tuples(o: &mut Map<String, Value>, at: &Pointer, warnings: &mut Warnings) {
    if o.remove("prefixItems").is_none() {
        return;
    }
    warnings.warn(
        &at.push("prefixItems"),
        "a tuple (`prefixItems`) is generated as a list of any JSON value",
    );
    o.insert("items".to_owned(), json!({}));
}

/// Keywords whose meaning depends on other values: the schema is kept
/// without them, which accepts everything it accepted.
fn conditions(o: &mut Map<String, Value>, at: &Pointer, warnings: &mut Warnings) {
    for key in [
        "if",
        "then",
        "else",
        "dependentRequired",
        "dependentSchemas",
        "patternProperties",
        "propertyNames",
        "contains",
        "minContains",
        "maxContains",
    ] {
        if o.remove(key).is_some() {
            warnings.warn(
                &at.push(key),
                format!(
                    "`{key}` cannot be checked by a Rust type; the schema is generated without it"
                ),
            );
        }
    }
}

/// 3.1 lets `$ref` have sibling keywords; 3.0 reads a reference alone and
/// drops the rest. A reference with keywords beside it becomes `allOf` of
/// it, beside them, so they are kept: a `description` documents the field
/// it is on. A `title` or `summary` alone says nothing the reference's own
/// schema does not, and is left to be dropped.
fn ref_siblings(o: &mut Map<String, Value>) {
    let Some(reference) = o.get("$ref").cloned() else {
        return;
    };
    let names_only = o
        .keys()
        .all(|k| matches!(k.as_str(), "$ref" | "summary" | "title"));
    if names_only {
        return;
    }
    o.remove("$ref");
    let mut all_of = vec![json!({ "$ref": reference })];
    if let Some(Value::Array(existing)) = o.remove("allOf") {
        all_of.extend(existing);
    }
    o.insert("allOf".to_owned(), Value::Array(all_of));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn down(schema: Value) -> (Value, Vec<String>) {
        let mut doc = json!({"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
            "components": {"schemas": {"a": schema}}});
        let mut warnings = Warnings::new("t.json");
        downgrade(&mut doc, &mut warnings);
        let messages = warnings.into_vec().iter().map(|w| w.to_string()).collect();
        (doc["components"]["schemas"]["a"].clone(), messages)
    }

    #[test]
    fn type_lists_and_null() {
        assert_eq!(
            down(json!({"type": ["string", "null"]})).0,
            json!({"type": "string", "nullable": true})
        );
        let (several, warnings) = down(json!({"type": ["string", "integer"]}));
        assert_eq!(several, json!({}));
        assert_eq!(
            warnings,
            [
                "t.json: #/components/schemas/a/type: a value of several types is generated as any JSON value (serde_json::Value)"
            ]
        );
        assert_eq!(
            down(json!({"properties": {"b": {"type": "null"}}})).0,
            json!({"properties": {"b": {"nullable": true}}})
        );
    }

    #[test]
    fn keywords_3_0_has_another_way_to_say() {
        assert_eq!(down(json!({"const": "x"})).0, json!({"enum": ["x"]}));
        assert_eq!(down(json!({"examples": [1, 2]})).0, json!({"example": 1}));
        assert_eq!(
            down(json!({"type": "integer", "exclusiveMinimum": 0})).0,
            json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true})
        );
        assert_eq!(
            down(json!({"type": "string", "contentEncoding": "base64"})).0,
            json!({"type": "string", "format": "byte"})
        );
        assert_eq!(
            down(json!({"type": "string", "contentMediaType": "image/png"})).0,
            json!({"type": "string", "format": "binary"})
        );
        assert_eq!(
            down(json!({"$ref": "#/components/schemas/b", "nullable": true})).0,
            json!({"nullable": true, "allOf": [{"$ref": "#/components/schemas/b"}]})
        );
        assert_eq!(
            down(json!({"$ref": "#/components/schemas/b", "description": "d"})).0,
            json!({"description": "d", "allOf": [{"$ref": "#/components/schemas/b"}]})
        );
        assert_eq!(
            down(json!({"$ref": "#/components/schemas/b", "title": "B"})).0,
            json!({"$ref": "#/components/schemas/b", "title": "B"})
        );
    }

    #[test]
    fn what_3_0_cannot_say_is_loosened_with_a_warning() {
        let (tuple, warnings) = down(json!({"type": "array", "prefixItems": [{"type": "string"}]}));
        assert_eq!(tuple, json!({"type": "array", "items": {}}));
        assert_eq!(warnings.len(), 1);
        let (conditional, warnings) =
            down(json!({"type": "object", "if": {}, "then": {}, "dependentRequired": {}}));
        assert_eq!(conditional, json!({"type": "object"}));
        assert_eq!(warnings.len(), 3);
    }

    #[test]
    fn documents_without_paths_and_with_webhooks() {
        let mut doc = json!({"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
            "webhooks": {"new": {}}});
        let mut warnings = Warnings::new("t.json");
        downgrade(&mut doc, &mut warnings);
        assert_eq!(doc["paths"], json!({}));
        assert_eq!(doc["openapi"], "3.0.3");
        assert!(doc.get("webhooks").is_none());
        assert_eq!(warnings.into_vec().len(), 1);
    }
}
