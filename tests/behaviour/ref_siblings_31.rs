use construct_ref_siblings_31::models::*;
use serde_json::json;

#[test]
fn nullable_beside_a_ref_and_a_one_of_with_null_both_read_null() {
    let pet: Pet = serde_json::from_value(json!({
        "owner": {"name": "ada"}, "previous_owner": null, "next_owner": null
    }))
    .unwrap();
    assert_eq!(pet.owner.name.as_deref(), Some("ada"));
    assert_eq!(pet.previous_owner, None);
    assert_eq!(pet.next_owner, Some(None));
    let moved: Pet = serde_json::from_value(json!({
        "owner": {}, "previous_owner": {"name": "bob"}, "next_owner": {"name": "cy"}
    }))
    .unwrap();
    assert_eq!(moved.previous_owner.and_then(|o| o.name).as_deref(), Some("bob"));
    assert_eq!(moved.next_owner.flatten().and_then(|o| o.name).as_deref(), Some("cy"));
}
