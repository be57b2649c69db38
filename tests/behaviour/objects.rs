use construct_objects::models::*;
use serde_json::json;

#[test]
fn unknown_fields_are_ignored_and_missing_required_ones_are_errors() {
    let pet: Pet = serde_json::from_value(json!({"id": 1, "name": "rex", "nickName": "r", "color": "brown"})).unwrap();
    assert_eq!(pet.nick_name.as_deref(), Some("r"));
    assert_eq!(
        serde_json::to_value(&pet).unwrap(),
        json!({"id": 1, "name": "rex", "nickName": "r"})
    );
    let err = serde_json::from_value::<Pet>(json!({"id": 1})).unwrap_err();
    assert!(err.to_string().contains("missing field `name`"), "{err}");
}

#[test]
fn objects_are_read_as_serde_reads_them() {
    // From text, as the client reads bodies: borrowed keys, escaped keys
    // (which cannot be borrowed), any order.
    let pet: Pet = serde_json::from_str(r#"{"tags":["a"],"n\u0061me":"rex","id":1,"extra":{"deep":[1,2]}}"#).unwrap();
    assert_eq!((pet.id, pet.name.as_str(), pet.tags.as_deref()), (1, "rex", Some(&["a".to_owned()][..])));
    // `null` for an optional property is `None`, as if absent.
    let pet: Pet = serde_json::from_str(r#"{"id":1,"name":"rex","nickName":null}"#).unwrap();
    assert_eq!(pet.nick_name, None);

    let duplicate = serde_json::from_str::<Pet>(r#"{"id":1,"name":"a","name":"b"}"#).unwrap_err();
    assert!(duplicate.to_string().contains("duplicate field `name`"), "{duplicate}");
    let wrong_type = serde_json::from_str::<Pet>(r#"{"id":"1","name":"a"}"#).unwrap_err();
    assert!(wrong_type.to_string().contains("expected i64"), "{wrong_type}");
    let not_an_object = serde_json::from_str::<Pet>("[1, \"a\"]").unwrap_err();
    assert!(not_an_object.to_string().contains("expected struct Pet"), "{not_an_object}");
    let null = serde_json::from_str::<Pet>("null").unwrap_err();
    assert!(null.to_string().contains("expected struct Pet"), "{null}");

    // An object without properties keeps whatever it was given.
    let empty: Empty = serde_json::from_value(json!({"a": 1})).unwrap();
    assert_eq!(serde_json::to_value(&empty).unwrap(), json!({"a": 1}));
}
