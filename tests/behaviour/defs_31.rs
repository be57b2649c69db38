use construct_defs_31::models::*;
use serde_json::json;

#[test]
fn a_ref_into_defs_is_a_type_of_its_own() {
    let owner: Owner =
        serde_json::from_value(json!({"name": "ada", "address": {"city": "Delft"}})).unwrap();
    let address: Option<OwnerDefsAddress> = owner.address;
    assert_eq!(address.and_then(|a| a.city).as_deref(), Some("Delft"));
}
