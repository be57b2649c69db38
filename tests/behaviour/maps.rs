use construct_maps::models::*;
use serde_json::json;

#[test]
fn extra_properties_are_collected_and_written_back() {
    let value = json!({"kind": "k", "team": "a", "tier": "b"});
    let labels: Labels = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(labels.kind, "k");
    assert_eq!(labels.additional_properties.len(), 2);
    assert_eq!(labels.additional_properties["tier"], "b");
    assert_eq!(serde_json::to_value(&labels).unwrap(), value);
    let maps: Maps = serde_json::from_value(json!({"counts": {"a": 1}, "by_name": {"x": {"value": "v"}}})).unwrap();
    assert_eq!(maps.counts.unwrap()["a"], 1);
    assert_eq!(maps.by_name.unwrap()["x"].value.as_deref(), Some("v"));
}
