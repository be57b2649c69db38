use construct_path_params::{Client, DEFAULT_BASE_URL, models::*};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[test]
fn the_default_base_url_fills_in_server_variables() {
    assert_eq!(DEFAULT_BASE_URL, "https://eu.api.example.com/v1");
}

#[tokio::test]
async fn kebab_case_enum_and_integer_path_parameters() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/users/u%201/files/image/7"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"a": 1})))
        .mount(&server)
        .await;
    let client = Client::builder().base_url(format!("{}/v1", server.uri())).build().unwrap();
    let file = client.get_user_file("u 1", GetUserFileKind::Image, 7).await.unwrap();
    assert_eq!(file["a"], 1);
}
