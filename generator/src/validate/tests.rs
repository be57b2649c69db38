//! The validation walk's own tests.

use super::*;
use serde_json::json;

fn check(doc: Value) -> Result<(), String> {
    validate("t.json", &doc).map_err(|d| d.to_string())
}

#[test]
fn every_bad_object_is_reported_not_only_the_first() {
    let errors = validate(
        "t.json",
        &json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {
                "a": {},
                "/b": {"get": {"parameters": [{"in": "query"}, {"name": "x", "in": "body"}],
                    "responses": {"2000": {"description": "ok"}, "200": {}}}},
                "/c": {"post": {}}},
            "components": {"schemas": {"s": {"type": 7}, "t": {"required": "id"}}}}),
    )
    .unwrap_err();
    let pointers: Vec<_> = errors
        .iter()
        .map(|d| {
            d.pointer()
                .map(|p| p.as_str().to_owned())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(
        pointers,
        [
            "#/paths/a",
            "#/paths/~1b/get/parameters/0",
            "#/paths/~1b/get/parameters/1/in",
            "#/paths/~1b/get/responses/2000",
            "#/paths/~1b/get/responses/200",
            "#/paths/~1c/post",
            "#/components/schemas/s/type",
            "#/components/schemas/t/required",
        ],
        "{errors}"
    );
    assert_eq!(errors.count(), 8);
}

#[test]
fn past_the_limit_problems_are_counted() {
    let parameters: Vec<Value> = (0..Errors::LIMIT + 7)
        .map(|_| json!({"in": "query"}))
        .collect();
    let errors = validate(
        "t.json",
        &json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"get": {"parameters": parameters, "responses": {}}}}}),
    )
    .unwrap_err();
    assert_eq!(errors.iter().count(), Errors::LIMIT);
    assert_eq!(errors.count(), Errors::LIMIT + 7);
    assert!(errors.to_string().ends_with("\n... and 7 more"), "{errors}");
}

fn doc_with_schema(schema: Value) -> Value {
    json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
           "components": {"schemas": {"a": schema}}})
}

#[test]
fn status_keys() {
    for ok in ["default", "200", "404", "4XX", "5xx"] {
        assert!(is_status_key(ok), "{ok}");
    }
    for bad in ["2000", "20", "abc", "6XX", "2X0", ""] {
        assert!(!is_status_key(bad), "{bad}");
    }
}

#[test]
fn reports_the_exact_place() {
    let err = check(doc_with_schema(json!({"type": "object", "properties": {"b": {"type": "array", "items": {"nullable": "yes"}}}}))).unwrap_err();
    assert_eq!(
        err,
        "t.json: #/components/schemas/a/properties/b/items/nullable: expected true or false but found the string \"yes\""
    );
}

#[test]
fn type_lists_are_31() {
    let err = check(doc_with_schema(json!({"type": ["string", "null"]}))).unwrap_err();
    assert!(
        err.contains("#/components/schemas/a/type: a list of types is OpenAPI 3.1"),
        "{err}"
    );
}

#[test]
fn valid_document_passes() {
    check(json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
        "paths": {"/a/{id}": {"get": {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/a"}}}}, "default": {"$ref": "#/components/responses/e"}}}}},
        "components": {"schemas": {"a": {"type": "object"}}, "responses": {"e": {"description": "err"}}}}))
    .unwrap();
}

#[test]
fn a_reference_is_checked_as_what_it_stands_for() {
    // `b` is a fine schema but no parameter.
    let err = validate(
        "t.json",
        &json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"get": {"parameters": [{"$ref": "#/components/schemas/b"}],
                "responses": {"200": {"description": "ok"}}}}},
            "components": {"schemas": {"b": {"type": "string"}}}}),
    )
    .unwrap_err();
    let err = err.first();
    assert!(
        matches!(&err.location, crate::diagnostics::Location::Pointer(p) if p.as_str() == "#/components/schemas/b"),
        "{err}"
    );
    assert!(
        err.message.contains("missing the required field `name`"),
        "{}",
        err.message
    );
}

#[test]
fn reference_cycles_end() {
    // The cycle is `resolve`'s to report; the walk just must not loop.
    check(
        json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"parameters": [{"$ref": "#/components/parameters/a"}],
            "responses": {"200": {"description": "ok"}}}}},
        "components": {"parameters": {
            "a": {"$ref": "#/components/parameters/b"},
            "b": {"$ref": "#/components/parameters/a"}}}}),
    )
    .unwrap();
}

#[test]
fn callbacks_are_keyed_by_expressions_and_hold_path_items() {
    let doc = |responses: Value| {
        json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"post": {"responses": {"200": {"description": "ok"}},
                "callbacks": {"done": {"{$request.body#/url}": {"post": {"responses": responses}}}}}}}})
    };
    check(doc(json!({"204": {"description": "ok"}}))).unwrap();
    let err = check(doc(json!({"204": {}}))).unwrap_err();
    assert!(err.contains("#/paths/~1a/post/callbacks/done/{$request.body#~1url}/post/responses/204: missing the required field `description`"), "{err}");
}
