use construct_naming::models::*;
use serde_json::json;

#[test]
fn renamed_fields_keep_their_json_names() {
    let json = json!({"type": "t", "self": "s", "gen": "g", "match": "m", "fooBar": "a", "foo_bar": "b", "2fa": true, "@id": "i", "status": "on"});
    let holder: Holder = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(holder.r#type.as_deref(), Some("t"));
    assert_eq!(holder.self_.as_deref(), Some("s"));
    assert_eq!(holder.foo_bar.as_deref(), Some("a"));
    assert_eq!(holder.foo_bar_2.as_deref(), Some("b"));
    assert_eq!(holder._2fa, Some(true));
    assert_eq!(holder.status, Some(HolderStatus2::On));
    assert_eq!(serde_json::to_value(&holder).unwrap(), json);
    let _: NullBool = true;
    let _: StringModel = StringModel { text: None };
    let _: OptionModel = OptionModel::A;
}
