use construct_nullable::models::*;
use serde_json::json;

#[test]
fn absent_null_and_value_are_three_cases() {
    let base = json!({"required_nullable": null, "required_nullable_any": null});
    let absent: Record = serde_json::from_value(base.clone()).unwrap();
    assert_eq!(absent.optional_nullable, None);
    assert_eq!(absent.optional_nullable_any, None);
    assert_eq!(absent.required_nullable, None);

    let mut with_null = base.clone();
    with_null["optional_nullable"] = json!(null);
    with_null["optional_nullable_any"] = json!(null);
    with_null["nullable_ref"] = json!(null);
    let null: Record = serde_json::from_value(with_null.clone()).unwrap();
    assert_eq!(null.optional_nullable, Some(None));
    assert_eq!(null.optional_nullable_any, Some(serde_json::Value::Null));
    assert_eq!(null.nullable_ref, Some(None));
    // Written back exactly: nulls stay, absent stays absent.
    assert_eq!(serde_json::to_value(&null).unwrap(), with_null);
    assert_eq!(serde_json::to_value(&absent).unwrap(), base);

    let mut with_value = base;
    with_value["optional_nullable"] = json!(7);
    with_value["nullable_via_all_of"] = json!({"name": "o"});
    let value: Record = serde_json::from_value(with_value).unwrap();
    assert_eq!(value.optional_nullable, Some(Some(7)));
    assert_eq!(value.nullable_via_all_of, Some(Some(Owner { name: "o".into() })));
}
