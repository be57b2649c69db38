use construct_schemas_31::models::*;
use serde_json::json;

#[test]
fn a_31_pet_reads_and_writes_as_the_spec_says() {
    let pet: Pet = serde_json::from_value(json!({
        "id": "6f1c1a52-6d3b-4a8e-9e2a-3c4d5e6f7a8b",
        "name": "Rex",
        "nickname": null,
        "kind": "dog",
        "photo": "aGkh",
        "previous_owner": null,
        "owner": {"name": "ada", "address": {"city": "Delft"}}
    }))
    .unwrap();
    assert_eq!(pet.nickname, Some(None), "`type: [string, null]` keeps null apart from absent");
    assert_eq!(pet.kind, PetKind::Dog, "`const` is a one-value enum");
    assert_eq!(pet.photo.as_ref().map(|p| p.0.as_slice()), Some(&b"hi!"[..]), "contentEncoding: base64");
    assert_eq!(pet.previous_owner, Some(None), "`$ref` with `nullable` beside it");
    assert_eq!(pet.owner.as_ref().and_then(|o| o.name.as_deref()), Some("ada"));
    let address = pet.owner.as_ref().and_then(|o| o.address.as_ref());
    assert_eq!(address.and_then(|a| a.city.as_deref()), Some("Delft"), "a `$ref` into `$defs`");
    let back = serde_json::to_value(&pet).unwrap();
    assert_eq!(back["nickname"], json!(null));
    assert!(back.get("age").is_none());
}

#[test]
fn what_3_0_cannot_say_reads_as_any_json() {
    let point: Point = serde_json::from_value(json!([1.5, 2])).unwrap();
    assert_eq!(point.len(), 2);
    let either: Either = serde_json::from_value(json!(7)).unwrap();
    assert_eq!(either, json!(7));
    let shipping: Shipping = serde_json::from_value(json!({"country": "NL"})).unwrap();
    assert_eq!(shipping.postcode, None);
}
