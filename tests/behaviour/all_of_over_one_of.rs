use construct_all_of_over_one_of::models::*;
use serde_json::json;

#[test]
fn the_shared_part_and_the_chosen_shape() {
    let m: PaymentMethod = serde_json::from_value(json!({"id": "p1", "iban": "DE00"})).unwrap();
    assert_eq!(m.id, "p1");
    assert!(matches!(m.variant, PaymentMethodVariant::Iban(ref i) if i.iban == "DE00"));
    assert_eq!(serde_json::to_value(&m).unwrap(), json!({"id": "p1", "iban": "DE00"}));
    let r: WithUnionRef = serde_json::from_value(json!({"id": "p2", "number": "4111"})).unwrap();
    assert!(matches!(r.variant, CardOrIban::Card(_)));
    assert!(serde_json::from_value::<PaymentMethod>(json!({"id": "p3"})).is_err());
}
