use construct_string_enums::models::*;
use serde_json::json;

#[test]
fn known_and_unknown_values() {
    let m: Method = serde_json::from_value(json!("v0.6_legacy_session")).unwrap();
    assert_eq!(m, Method::V06LegacySession);
    // "unknown" is a listed value, so the catch-all variant is `Unknown2`.
    assert_eq!(serde_json::from_value::<Method>(json!("unknown")).unwrap(), Method::Unknown);
    let other: Method = serde_json::from_value(json!("passkey")).unwrap();
    assert_eq!(other, Method::Unknown2("passkey".to_owned()));
    assert_eq!(serde_json::to_value(&other).unwrap(), json!("passkey"));
    assert_eq!(serde_json::from_value::<Method>(json!("")).unwrap(), Method::Empty);
    assert_eq!(Method::Empty.as_str(), "");
    assert!(serde_json::from_value::<Method>(json!(3)).is_err());
}

#[test]
fn null_is_allowed_where_the_enum_lists_it() {
    let c: Option<NullableColor> = serde_json::from_value(json!(null)).unwrap();
    assert_eq!(c, None);
    assert_eq!(NullableColor::from("green"), NullableColor::Green);
}
