use construct_properties_and_one_of::models::*;
use serde_json::json;

#[test]
fn properties_beside_a_one_of_read_into_the_struct_and_its_variant() {
    let user: ContextVariable =
        serde_json::from_value(json!({"type": "user", "accountId": "a-1"})).unwrap();
    // The tag is the variant's: the struct leaves it to the union.
    match &user.variant {
        ContextVariableVariant::UserVariable(u) => {
            assert_eq!((u.r#type.as_str(), u.account_id.as_str()), ("user", "a-1"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(serde_json::to_value(&user).unwrap(), json!({"type": "user", "accountId": "a-1"}));
    let issue: ContextVariable = serde_json::from_value(json!({"type": "issue", "id": 7})).unwrap();
    assert!(matches!(&issue.variant, ContextVariableVariant::IssueVariable(i) if i.id == 7));
    assert_eq!(serde_json::to_value(&issue).unwrap()["id"], json!(7));
}

#[test]
fn a_required_list_any_of_leaves_a_plain_struct() {
    let gist: GistUpdate = serde_json::from_value(json!({"description": "d"})).unwrap();
    assert_eq!(gist.description.as_deref(), Some("d"));
    assert_eq!(gist.files, None);
}
