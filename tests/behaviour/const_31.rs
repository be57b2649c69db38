use construct_const_31::models::*;
use serde_json::json;

#[test]
fn const_is_an_enum_of_one_value() {
    let dog: Dog = serde_json::from_value(json!({"kind": "dog", "legs": 4})).unwrap();
    assert_eq!(dog.kind, DogKind::Dog);
    assert_eq!(dog.legs, Some(DogLegs::V4));
    assert_eq!(serde_json::to_value(&dog).unwrap(), json!({"kind": "dog", "legs": 4}));
    // A server that sends another value is not an error: it is kept.
    let other: Dog = serde_json::from_value(json!({"kind": "cat", "legs": 3})).unwrap();
    assert_eq!(other.kind, DogKind::Unknown("cat".to_owned()));
    assert_eq!(other.legs, Some(DogLegs::Unknown(3)));
}
