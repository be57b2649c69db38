//! Parameters with the same enum share one type: each operation's name for
//! it still works, and a model's enum with the same values stays its own.

use construct_shared_enums::models::{GetThingExpand, ListThingsExpand, ThingShown};
use construct_shared_enums::Client;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn each_operation_takes_its_own_name_for_the_shared_enum() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).and(path("/things/t1")).and(query_param("expand", "parts"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"shown": "owner"})))
        .expect(1).mount(&server).await;
    Mock::given(method("GET")).and(path("/things")).and(query_param("expand", "owner"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!([])))
        .expect(1).mount(&server).await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    let thing = client.get_thing("t1").expand([GetThingExpand::Parts]).await.unwrap();
    assert_eq!(thing.shown, Some(ThingShown::Owner));
    client.list_things().expand([ListThingsExpand::Owner]).await.unwrap();
    // One type under two names.
    let same: ListThingsExpand = GetThingExpand::from("parts");
    assert_eq!(same.as_str(), "parts");
}
