use construct_deep_object_only::{Client, models::*};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn a_deep_object_spreads_its_properties() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    let filter = SearchFilter { role: Some("admin".into()), size: Some(3) };
    client.search().filter(filter).await.unwrap();
    let r = &server.received_requests().await.unwrap()[0];
    let pairs: Vec<String> = r.url.query_pairs().map(|(k, v)| format!("{k}={v}")).collect();
    assert_eq!(pairs, ["filter[role]=admin", "filter[size]=3"]);
}
