use construct_pagination::Client;
use futures_util::TryStreamExt;
use wiremock::matchers::{path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn page(body: serde_json::Value, next: Option<&str>) -> ResponseTemplate {
    let r = ResponseTemplate::new(200).set_body_json(body);
    match next {
        Some(n) => r.insert_header("link", format!("<{n}>; rel=\"next\"")),
        None => r,
    }
}

#[tokio::test]
async fn both_cursor_kinds_walk_to_the_end() {
    let server = MockServer::start().await;
    Mock::given(path("/events")).and(query_param_is_missing("page_token"))
        .respond_with(page(serde_json::json!([{"id": "a"}]), Some("/events?page_token=n2"))).mount(&server).await;
    Mock::given(path("/events")).and(query_param("page_token", "n2"))
        .respond_with(page(serde_json::json!([{"id": "b"}]), None)).mount(&server).await;
    Mock::given(path("/numbers")).and(query_param_is_missing("page"))
        .respond_with(page(serde_json::json!([1, 2]), Some("/numbers?page=7"))).mount(&server).await;
    Mock::given(path("/numbers")).and(query_param("page", "7"))
        .respond_with(page(serde_json::json!([3]), None)).mount(&server).await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    let events: Vec<_> = client.list_events().page_size(1).into_stream().try_collect().await.unwrap();
    assert_eq!(events.iter().map(|e| e.id.clone().unwrap()).collect::<Vec<_>>(), ["a", "b"]);
    let numbers: Vec<i64> = client.list_numbers().into_stream().try_collect().await.unwrap();
    assert_eq!(numbers, [1, 2, 3]);
    let first = client.list_numbers().send_page().await.unwrap();
    assert_eq!(first.next, Some(7_i64));
}
