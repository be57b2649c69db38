use construct_defaults::models::*;
use serde_json::json;

#[test]
fn missing_fields_take_the_spec_defaults() {
    let empty: ListOptions = serde_json::from_value(json!({})).unwrap();
    assert_eq!(empty.per_page, 250);
    assert_eq!(empty.small, -1);
    assert_eq!(empty.ratio, 0.5);
    assert!(empty.active);
    assert_eq!(empty.order, "asc");
    assert_eq!(empty._2, 2);
    assert_eq!(empty.state, State::Active);
    assert_eq!(empty.unsupported, None);
    assert_eq!(ListOptions::default(), empty);
    let given: ListOptions = serde_json::from_value(json!({"per_page": 10, "state": "inactive"})).unwrap();
    assert_eq!((given.per_page, given.state), (10, State::Inactive));
}
