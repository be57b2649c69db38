use construct_discriminator::models::*;
use serde_json::json;

#[test]
fn the_tag_chooses_the_variant() {
    let card = json!({"kind": "debit_card", "number": "4111"});
    let p: Payment = serde_json::from_value(card.clone()).unwrap();
    assert!(matches!(&p, Payment::Card(c) if c.number == "4111"));
    // The variant declares `kind` itself, so the value it holds is kept.
    assert_eq!(serde_json::to_value(&p).unwrap(), card);

    let bank: Payment = serde_json::from_value(json!({"kind": "bank_transfer", "iban": "DE00"})).unwrap();
    assert!(matches!(bank, Payment::Bank(_)));
}

#[test]
fn unknown_tags_are_kept_not_rejected() {
    let crypto = json!({"kind": "crypto", "wallet": "0xabc"});
    let p: Payment = serde_json::from_value(crypto.clone()).unwrap();
    assert_eq!(p, Payment::Unknown(crypto.clone()));
    assert_eq!(serde_json::to_value(&p).unwrap(), crypto);
}

#[test]
fn without_a_mapping_the_schema_names_are_the_tags() {
    let p: ImplicitPayment = serde_json::from_value(json!({"kind": "card", "number": "1"})).unwrap();
    assert!(matches!(p, ImplicitPayment::Card(_)));
    let wrong_shape = serde_json::from_value::<ImplicitPayment>(json!({"kind": "card"}));
    assert!(wrong_shape.unwrap_err().to_string().contains("number"));
}
