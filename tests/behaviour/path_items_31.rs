use construct_path_items_31::Client;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn an_operation_from_components_path_items() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/pets/7"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"name": null})))
        .mount(&server)
        .await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    let pet = client.get_pet("7").await.unwrap();
    assert_eq!(pet.name, Some(None));
    let err = client.get_pet("8").await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
}
