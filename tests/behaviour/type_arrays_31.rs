use construct_type_arrays_31::models::*;
use serde_json::json;

#[test]
fn a_type_list_with_null_keeps_null_apart_from_absent() {
    let pet: Pet = serde_json::from_value(json!({
        "name": "Rex", "nickname": null, "age": 3, "tags": null
    }))
    .unwrap();
    assert_eq!(pet.nickname, Some(None));
    assert_eq!(pet.age, Some(Some(3)), "`[null, integer]`: the order does not matter");
    assert_eq!(pet.tags, Some(None));
    assert_eq!(pet.always_null, None);
    let back = serde_json::to_value(&pet).unwrap();
    assert_eq!(back, json!({"name": "Rex", "nickname": null, "age": 3, "tags": null}));
    let bare: Pet = serde_json::from_value(json!({"name": "Tom"})).unwrap();
    assert_eq!(bare.nickname, None);
}

#[test]
fn a_list_of_other_types_reads_as_any_json() {
    let text: Either = serde_json::from_value(json!("seven")).unwrap();
    let number: Either = serde_json::from_value(json!(7)).unwrap();
    assert_eq!((text, number), (json!("seven"), json!(7)));
}
