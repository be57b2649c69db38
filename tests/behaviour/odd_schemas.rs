use construct_odd_schemas::models::*;
use serde_json::json;

#[test]
fn odd_but_valid_schemas_read_as_expected() {
    let closed: Closed = serde_json::from_value(json!({"a": "x", "extra": 1})).unwrap();
    assert_eq!(closed.a.as_deref(), Some("x"));
    let f: Filters = serde_json::from_value(json!({
        "kinds": ["a", "c"], "anything": [1], "nullableRef": null, "ip": "192.0.2.1",
        "big": 18446744073709551615u64, "custom": 1.5, "mixedEnum": "two"
    }))
    .unwrap();
    assert_eq!(f.kinds, Some(vec![FiltersKinds::A, FiltersKinds::Unknown("c".into())]));
    assert_eq!(f.nullable_ref, Some(None));
    assert_eq!(f.big, Some(u64::MAX));
    assert_eq!(f.mixed_enum, Some(json!("two")));
    let _: NothingAllowed = json!({});
}
