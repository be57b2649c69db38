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
