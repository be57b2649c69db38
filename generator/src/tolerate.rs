//! What a document says sloppily but clearly, rewritten on the raw value into
//! what it means, each time with a warning naming the pointer. The rewrites
//! run before validation, so what they leave is checked like the rest.
//!
//! Only what a reader of the document would read one way is rewritten here;
//! anything that could mean two things stays an error.

use crate::diagnostics::{Pointer, Warnings};
use crate::raw_schemas::{LIST, MAP, ONE, each_schema};
use serde_json::{Map, Value, json};

/// Rewrites the sloppy constructs of `doc` in place. `openapi_31` says the
/// document is 3.1, where boolean schemas are JSON Schema and need no
/// warning.
pub(crate) fn rewrite(doc: &mut Value, openapi_31: bool, warnings: &mut Warnings) {
    boolean_schemas_at_fields(doc, openapi_31, warnings);
    each_schema(doc, &mut |o, at| {
        boolean_schemas_in(o, at, openapi_31, warnings);
        if let Some(pattern) = o.get("pattern")
            && !pattern.is_string()
        {
            o.remove("pattern");
            warnings.warn(
                &at.push("pattern"),
                "`pattern` is not a regular expression (a string); it is left out",
            );
        }
    });
}

/// Leaves out callbacks, once validation has checked them: they are
/// requests the server makes, and openapiv3 cannot read a callback that is
/// a `$ref`.
pub(crate) fn leave_out_callbacks(doc: &mut Value, warnings: &mut Warnings) {
    each_operation(doc, &mut |op, at| {
        if op.remove("callbacks").is_some() {
            warnings.warn(
                &at.push("callbacks"),
                "callbacks are requests the server makes; no code is generated for them",
            );
        }
    });
    if let Some(components) = doc.get_mut("components").and_then(Value::as_object_mut) {
        components.remove("callbacks");
    }
}

/// Each operation of `paths`, with its pointer.
fn each_operation(doc: &mut Value, visit: &mut dyn FnMut(&mut Map<String, Value>, &Pointer)) {
    let paths_at = Pointer::root().push("paths");
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for (path, item) in paths.iter_mut() {
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        for (method, op) in item.iter_mut() {
            if crate::validate::HTTP_METHODS.contains(&method.as_str())
                && let Some(op) = op.as_object_mut()
            {
                visit(op, &paths_at.push(path).push(method));
            }
        }
    }
}

/// JSON Schema's `true` (anything) and `false` (nothing) where a schema goes.
/// `false` as a property means the property is never there: it is left out.
fn boolean_schemas_in(
    o: &mut Map<String, Value>,
    at: &Pointer,
    openapi_31: bool,
    warnings: &mut Warnings,
) {
    for key in MAP {
        let Some(Value::Object(map)) = o.get_mut(*key) else {
            continue;
        };
        let never: Vec<String> = map
            .iter()
            .filter(|(_, s)| **s == Value::Bool(false))
            .map(|(name, _)| name.clone())
            .collect();
        for name in never {
            map.shift_remove(&name);
            if !openapi_31 {
                warnings.warn(
                    &at.push(key).push(&name),
                    "a schema that is `false` is JSON Schema (nothing is valid), not OpenAPI 3.0: the property can never be there, so it is left out",
                );
            }
        }
        for (name, s) in map.iter_mut() {
            boolean_schema(s, &at.push(key).push(name), openapi_31, warnings);
        }
    }
    // `additionalProperties` is a boolean in OpenAPI 3.0 too.
    for key in ONE.iter().filter(|k| **k != "additionalProperties") {
        if let Some(s) = o.get_mut(*key) {
            boolean_schema(s, &at.push(key), openapi_31, warnings);
        }
    }
    for key in LIST {
        if let Some(Value::Array(items)) = o.get_mut(*key) {
            for (i, s) in items.iter_mut().enumerate() {
                boolean_schema(s, &at.push(key).index(i), openapi_31, warnings);
            }
        }
    }
}

/// Booleans where the document, not a schema, holds a schema: component
/// schemas and `schema` fields.
fn boolean_schemas_at_fields(doc: &mut Value, openapi_31: bool, warnings: &mut Warnings) {
    let at = Pointer::root().push("components").push("schemas");
    if let Some(Value::Object(table)) = doc.pointer_mut("/components/schemas") {
        for (name, s) in table.iter_mut() {
            boolean_schema(s, &at.push(name), openapi_31, warnings);
        }
    }
}

/// `true` becomes `{}` (any JSON value), `false` becomes `{not: {}}`.
fn boolean_schema(s: &mut Value, at: &Pointer, openapi_31: bool, warnings: &mut Warnings) {
    let Value::Bool(b) = *s else { return };
    *s = if b { json!({}) } else { json!({"not": {}}) };
    if !openapi_31 {
        warnings.warn(
            at,
            if b {
                "a schema that is `true` is JSON Schema (anything is valid), not OpenAPI 3.0; it is read as any JSON value"
            } else {
                "a schema that is `false` is JSON Schema (nothing is valid), not OpenAPI 3.0; it is read as `not: {}`"
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(schema: Value, openapi_31: bool) -> (Value, Vec<String>) {
        let mut doc = json!({"components": {"schemas": {"a": schema}}});
        let mut warnings = Warnings::new("t.json");
        rewrite(&mut doc, openapi_31, &mut warnings);
        let warnings = warnings.into_vec().iter().map(|w| w.to_string()).collect();
        (doc["components"]["schemas"]["a"].take(), warnings)
    }

    #[test]
    fn boolean_schemas_become_what_they_mean() {
        let schema = json!({"properties": {"never": false, "any": true, "list": {"items": true}},
            "allOf": [true, false], "additionalProperties": false});
        let (v, warnings) = rewritten(schema.clone(), false);
        assert_eq!(
            v,
            json!({"properties": {"any": {}, "list": {"items": {}}},
                "allOf": [{}, {"not": {}}], "additionalProperties": false})
        );
        assert_eq!(warnings.len(), 5, "{warnings:#?}");
        assert!(warnings[0].starts_with(
            "t.json: #/components/schemas/a/properties/never: a schema that is `false`"
        ));
        // In 3.1 they are JSON Schema as it is: the same rewrite, no warning.
        assert_eq!(rewritten(schema, true), (v, vec![]));
    }

    #[test]
    fn a_component_that_is_a_boolean() {
        assert_eq!(rewritten(json!(true), true).0, json!({}));
    }

    #[test]
    fn a_pattern_that_is_no_string_is_left_out() {
        let (v, warnings) = rewritten(json!({"type": "string", "pattern": 0}), false);
        assert_eq!(v, json!({"type": "string"}));
        assert_eq!(warnings.len(), 1);
        assert_eq!(rewritten(json!({"pattern": "^a$"}), false).1.len(), 0);
    }

    #[test]
    fn callbacks_are_left_out_with_a_warning() {
        let mut doc = json!({"paths": {"/a": {"post": {"callbacks": {"c": {"$ref": "#/components/callbacks/c"}}},
            "parameters": []}}, "components": {"callbacks": {"c": {}}}});
        let mut warnings = Warnings::new("t.json");
        leave_out_callbacks(&mut doc, &mut warnings);
        assert_eq!(
            doc,
            json!({"paths": {"/a": {"post": {}, "parameters": []}}, "components": {}})
        );
        assert_eq!(warnings.into_vec().len(), 1);
    }
}
