use construct_all_of_inline_member::models::*;
use serde_json::json;

#[test]
fn the_component_is_the_inline_member() {
    let o: Output = serde_json::from_value(json!({"properties": {"container": "c", "pathPattern": "{date}"}})).unwrap();
    let p: OutputProperties = o.properties.unwrap();
    assert_eq!((p.container.as_str(), p.path_pattern.as_deref()), ("c", Some("{date}")));
    // The member's `required` holds for the component.
    let err = serde_json::from_value::<OutputProperties>(json!({})).unwrap_err();
    assert!(err.to_string().contains("container"), "{err}");
}
