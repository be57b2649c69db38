use construct_formats::models::*;
use serde_json::json;

fn base() -> serde_json::Value {
    json!({"id": "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "at": "2024-02-29T23:59:59.123456789+01:00", "day": "2024-02-29"})
}

#[test]
fn formats_parse_into_their_types() {
    let mut v = base();
    v["bytes"] = json!("aGVsbG8=");
    v["u64"] = json!(u64::MAX);
    v["legacy_id"] = json!("9b2c2d6e-3f0a-4c8e-8b1f-0a6c7d4e5f60");
    let f: Formats = serde_json::from_value(v).unwrap();
    let legacy: Option<uuid::Uuid> = f.legacy_id;
    assert_eq!(legacy.unwrap().get_version_num(), 4);
    assert_eq!(f.id.to_string(), "3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    assert_eq!(f.at.to_rfc3339(), "2024-02-29T22:59:59.123456789+00:00");
    assert_eq!(f.day.to_string(), "2024-02-29");
    assert_eq!(f.bytes.as_ref().unwrap().0, b"hello");
    assert_eq!(f.u64, Some(u64::MAX));
    let written = serde_json::to_value(&f).unwrap();
    assert_eq!(written["bytes"], "aGVsbG8=");
}

#[test]
fn bad_values_are_errors() {
    let mut v = base();
    v["id"] = json!("not-a-uuid");
    assert!(serde_json::from_value::<Formats>(v).is_err());
    let mut v = base();
    v["legacy_id"] = json!("not-a-uuid");
    assert!(serde_json::from_value::<Formats>(v).is_err());
    let mut v = base();
    v["bytes"] = json!("***");
    assert!(serde_json::from_value::<Formats>(v).is_err());
    let mut v = base();
    v["bytes"] = json!("aGVsbG8");
    assert!(serde_json::from_value::<Formats>(v).is_ok(), "unpadded base64 is accepted");
}
