use construct_all_of::models::*;
use serde_json::json;

#[test]
fn merged_structs_hold_every_member() {
    let n: Nested = serde_json::from_value(json!({"id": "1", "name": "n", "extra": true})).unwrap();
    assert_eq!((n.id.as_str(), n.name.as_str(), n.extra), ("1", "n", Some(true)));
    let err = serde_json::from_value::<Extended>(json!({"id": "1"})).unwrap_err();
    assert!(err.to_string().contains("name"), "{err}");
    let w: Wrapper = Base { id: "x".into(), created: None };
    assert_eq!(serde_json::to_value(&w).unwrap(), json!({"id": "x"}));
}
