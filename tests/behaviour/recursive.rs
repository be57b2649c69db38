use construct_recursive::models::*;
use serde_json::json;

#[test]
fn recursive_types_nest() {
    let tree: TreeNode = serde_json::from_value(json!({
        "value": "root",
        "children": [{"value": "leaf", "parent": {"value": "root"}}]
    }))
    .unwrap();
    let leaf = &tree.children.as_ref().unwrap()[0];
    assert_eq!(leaf.parent.as_ref().unwrap().value, "root");
    let nested: NestedList = serde_json::from_value(json!([[[]], []])).unwrap();
    assert_eq!(nested.0.len(), 2);
    assert_eq!(serde_json::to_value(&nested).unwrap(), json!([[[]], []]));
    let ping: Ping = serde_json::from_value(json!({"pong": {"ping": {}}})).unwrap();
    assert!(ping.pong.unwrap().ping.is_some());
}
