use construct_operation_naming::Client;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn generated_names_reach_the_right_wire_names() {
    let server = MockServer::start().await;
    Mock::given(any()).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    client.get_things_thing_id("x").page_size(1).page_size_2(2).r#type("t").send_2("s").await.unwrap();
    client.remove("a").await.unwrap();
    client.remove_2("b").await.unwrap();
    client.builder_2().await.unwrap();
    let seen: Vec<String> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| format!("{} {}{}", r.method, r.url.path(), r.url.query().map(|q| format!("?{q}")).unwrap_or_default()))
        .collect();
    assert_eq!(
        seen,
        [
            "GET /things/x?pageSize=1&page_size=2&type=t&send=s",
            "DELETE /things/a",
            "DELETE /other/b",
            "GET /builder",
        ]
    );
}
