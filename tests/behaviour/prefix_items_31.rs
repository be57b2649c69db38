use construct_prefix_items_31::models::*;
use serde_json::json;

#[test]
fn a_tuple_reads_as_a_list_of_any_json() {
    let point: Point = serde_json::from_value(json!([1.5, 2])).unwrap();
    assert_eq!(point, vec![json!(1.5), json!(2)]);
    let tagged: Tagged = serde_json::from_value(json!(["a", 1, 2])).unwrap();
    assert_eq!(tagged.len(), 3);
}
