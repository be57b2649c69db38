use construct_responses::{Client, models::*};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn answer(server: &MockServer, m: &str, p: &str, response: ResponseTemplate) {
    Mock::given(method(m)).and(path(p)).respond_with(response).mount(server).await;
}

fn problem(status: u16, title: &str) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(format!(r#"{{"title":"{title}"}}"#), "application/problem+json")
}

#[tokio::test]
async fn error_bodies_of_codes_and_ranges_decode() {
    let server = MockServer::start().await;
    answer(&server, "GET", "/items/missing", problem(404, "gone")).await;
    answer(&server, "GET", "/items/broken", problem(503, "down")).await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    let err = client.get_item("missing").await.unwrap_err();
    assert_eq!(err.api_error().and_then(|p| p.title.as_deref()), Some("gone"));
    let err = client.get_item("broken").await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(err.api_error().and_then(|p| p.title.as_deref()), Some("down"));
}

#[tokio::test]
async fn a_body_or_no_body_is_an_option() {
    let server = MockServer::start().await;
    answer(&server, "PUT", "/items/a", ResponseTemplate::new(200).set_body_json(json!({"id": "a"}))).await;
    answer(&server, "PUT", "/items/b", ResponseTemplate::new(204)).await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    assert_eq!(client.put_item("a").await.unwrap(), Some(Item { id: Some("a".into()) }));
    assert_eq!(client.put_item("b").await.unwrap(), None);
}

#[tokio::test]
async fn default_responses() {
    let server = MockServer::start().await;
    answer(&server, "DELETE", "/items/a", ResponseTemplate::new(204)).await;
    answer(&server, "DELETE", "/items/b", problem(409, "nope")).await;
    answer(&server, "GET", "/items", ResponseTemplate::new(200).set_body_json(json!([{"id": "x"}]))).await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    client.delete_item("a").await.unwrap();
    let err = client.delete_item("b").await.unwrap_err();
    assert_eq!(err.api_error().and_then(|p| p.title.as_deref()), Some("nope"));
    assert_eq!(client.list_items().await.unwrap().len(), 1);
}

#[tokio::test]
async fn redirects_are_answers_not_followed() {
    let server = MockServer::start().await;
    answer(&server, "GET", "/items/latest", ResponseTemplate::new(302).insert_header("location", "/items/9")).await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    let response = client.latest_item().send_with_response().await.unwrap();
    assert_eq!(response.status.as_u16(), 302);
    assert_eq!(response.headers["location"], "/items/9");
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}
