use construct_one_of::models::*;
use serde_json::json;

#[test]
fn untagged_unions_take_the_first_variant_that_fits() {
    assert_eq!(
        serde_json::from_value::<PetOrName>(json!("rex")).unwrap(),
        PetOrName::String("rex".into())
    );
    assert_eq!(serde_json::from_value::<AnyShape>(json!(3)).unwrap(), AnyShape::Integer(3));
    assert_eq!(
        serde_json::from_value::<AnyShape>(json!(["a"])).unwrap(),
        AnyShape::StringList(vec!["a".into()])
    );
    let labelled = serde_json::from_value::<AnyShape>(json!({"label": "x"})).unwrap();
    assert!(matches!(labelled, AnyShape::Labelled(l) if l.label.as_deref() == Some("x")));
    assert!(serde_json::from_value::<AnyShape>(json!(true)).is_err());
}
