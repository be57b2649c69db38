use construct_conditionals_31::models::*;
use serde_json::json;

#[test]
fn conditional_keywords_leave_the_properties_as_they_are() {
    let shipping: Shipping = serde_json::from_value(json!({"country": "NL"})).unwrap();
    assert_eq!(shipping.country.as_deref(), Some("NL"));
    assert_eq!(shipping.postcode, None, "`then: required` is not enforced");
}
