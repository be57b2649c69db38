use construct_integer_enums::models::*;
use serde_json::json;

#[test]
fn integers_round_trip_known_or_not() {
    assert_eq!(serde_json::from_value::<Priority>(json!(-1)).unwrap(), Priority::Minus1);
    let unknown: Priority = serde_json::from_value(json!(99)).unwrap();
    assert_eq!(unknown, Priority::Unknown(99));
    assert_eq!(serde_json::to_value(unknown).unwrap(), json!(99));
    assert_eq!(serde_json::to_value(Priority::V2).unwrap(), json!(2));
    assert!(serde_json::from_value::<Priority>(json!("2")).is_err());
}
