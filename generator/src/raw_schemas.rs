//! The schemas of a raw document, visited in place: the one walk that the
//! rewrites before validation (3.1 to 3.0, and the tolerations of sloppy
//! documents) share.
//!
//! A schema is visited before the schemas in it, so a visit may change what
//! those are (a tuple's `prefixItems` becoming `items`); they are read from
//! the schema after its visit.

use crate::diagnostics::Pointer;
use serde_json::{Map, Value};

/// The keywords under which a schema holds schemas, by how they hold them.
pub(crate) const ONE: &[&str] = &["items", "not", "additionalProperties"];
pub(crate) const LIST: &[&str] = &["allOf", "oneOf", "anyOf"];
pub(crate) const MAP: &[&str] = &["properties", "$defs"];

/// Calls `visit` on every schema of the document that is a mapping, with
/// its pointer: `components/schemas/*`, each `schema` field (parameters,
/// headers, media types) and the schemas inside those.
pub(crate) fn each_schema(
    doc: &mut Value,
    visit: &mut dyn FnMut(&mut Map<String, Value>, &Pointer),
) {
    walk(doc, &Pointer::root(), visit);
}

fn walk(v: &mut Value, at: &Pointer, visit: &mut dyn FnMut(&mut Map<String, Value>, &Pointer)) {
    match v {
        Value::Object(o) => {
            for (key, child) in o.iter_mut() {
                let child_at = at.push(key);
                if key == "schema" {
                    schema(child, &child_at, visit);
                } else if key == "schemas" && at.as_str() == "#/components" {
                    if let Value::Object(table) = child {
                        for (name, s) in table.iter_mut() {
                            schema(s, &child_at.push(name), visit);
                        }
                    }
                } else {
                    walk(child, &child_at, visit);
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                walk(item, &at.index(i), visit);
            }
        }
        _ => {}
    }
}

fn schema(v: &mut Value, at: &Pointer, visit: &mut dyn FnMut(&mut Map<String, Value>, &Pointer)) {
    let Value::Object(o) = v else { return };
    visit(o, at);
    for key in ONE {
        if let Some(child) = o.get_mut(*key) {
            schema(child, &at.push(key), visit);
        }
    }
    for key in LIST {
        if let Some(Value::Array(items)) = o.get_mut(*key) {
            for (i, item) in items.iter_mut().enumerate() {
                schema(item, &at.push(key).index(i), visit);
            }
        }
    }
    for key in MAP {
        if let Some(Value::Object(map)) = o.get_mut(*key) {
            for (name, item) in map.iter_mut() {
                schema(item, &at.push(key).push(name), visit);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_schema_is_visited_once_with_its_pointer() {
        let mut doc = json!({
            "paths": {"/a": {"get": {"parameters": [{"name": "q", "schema": {"type": "string"}}],
                "responses": {"200": {"content": {"application/json": {"schema": {"items": {"$ref": "#/x"}}}}}}}}},
            "components": {"schemas": {
                "s": {"properties": {"schema": {"allOf": [{"not": {}}]}}, "additionalProperties": true},
                "t": {"$defs": {"d": {}}}},
                "examples": {"e": {"value": {"properties": {"p": {}}}}}}});
        let mut seen = Vec::new();
        each_schema(&mut doc, &mut |_, at| seen.push(at.as_str().to_owned()));
        assert_eq!(
            seen,
            [
                "#/paths/~1a/get/parameters/0/schema",
                "#/paths/~1a/get/responses/200/content/application~1json/schema",
                "#/paths/~1a/get/responses/200/content/application~1json/schema/items",
                "#/components/schemas/s",
                "#/components/schemas/s/properties/schema",
                "#/components/schemas/s/properties/schema/allOf/0",
                "#/components/schemas/s/properties/schema/allOf/0/not",
                "#/components/schemas/t",
                "#/components/schemas/t/$defs/d",
            ]
        );
    }
}
