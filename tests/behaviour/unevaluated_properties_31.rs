use construct_unevaluated_properties_31::models::*;
use serde_json::json;

#[test]
fn unevaluated_properties_reads_as_additional_properties() {
    let open: Open = serde_json::from_value(json!({"a": "x", "n": 1, "m": 2})).unwrap();
    assert_eq!(open.additional_properties.get("n"), Some(&1));
    assert_eq!(open.additional_properties.len(), 2);
    assert!(serde_json::from_value::<Open>(json!({"n": "not a number"})).is_err());
    // `false` closes nothing when reading: unknown fields are ignored.
    let closed: Closed = serde_json::from_value(json!({"a": "x", "b": 1})).unwrap();
    assert_eq!(closed.a.as_deref(), Some("x"));
}
