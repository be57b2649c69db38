use construct_sloppy::Client;
use construct_sloppy::models::Note;
use serde_json::json;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

#[test]
fn a_false_property_is_no_field_and_a_true_one_holds_any_value() {
    let note: Note = serde_json::from_value(json!({
        "id": "n1", "code": "A-1", "extra": [1, {"a": null}], "additionalProperties": "ignored"
    }))
    .unwrap();
    assert_eq!(note.extra, Some(json!([1, {"a": null}])));
    // The `false` property is no field, so it is not sent back.
    assert_eq!(
        serde_json::to_value(&note).unwrap(),
        json!({"id": "n1", "code": "A-1", "extra": [1, {"a": null}]})
    );
}

#[tokio::test]
async fn the_operation_without_a_body_sends_none_and_no_nameless_header() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "n1"})))
        .mount(&server)
        .await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    let note = client.pin_note("n1").await.unwrap();
    assert_eq!(note.id, "n1");
    let r = &server.received_requests().await.unwrap()[0];
    assert_eq!(r.url.path(), "/notes/n1/pin");
    assert!(r.body.is_empty());
    assert!(r.headers.get("content-type").is_none());
}
