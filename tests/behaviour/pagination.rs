use construct_pagination::{Client, PageCursor};
use futures_util::TryStreamExt;
use wiremock::matchers::{path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

fn page(body: serde_json::Value, next: Option<&str>) -> ResponseTemplate {
    let r = ResponseTemplate::new(200).set_body_json(body);
    match next {
        Some(n) => r.insert_header("link", format!("<{n}>; rel=\"next\"")),
        None => r,
    }
}

fn queries(requests: &[Request], at: &str) -> Vec<String> {
    requests
        .iter()
        .filter(|r| r.url.path() == at)
        .map(|r| r.url.query().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test]
async fn token_and_number_pages_walk_to_the_end() {
    let server = MockServer::start().await;
    Mock::given(path("/events")).and(query_param_is_missing("page_token"))
        .respond_with(page(serde_json::json!([{"id": "a"}]), Some("/events?page_size=1&page_token=n2"))).mount(&server).await;
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
    let next = first.next.expect("a next page");
    assert_eq!(next.as_str(), "page=7");
    let rest = client.list_numbers().resume(next).send_page().await.unwrap();
    assert_eq!(rest.items, [3]);
    assert_eq!(rest.next, None);
}

#[tokio::test]
async fn an_operation_without_query_parameters_follows_the_links_query() {
    let server = MockServer::start().await;
    Mock::given(path("/letters")).and(query_param_is_missing("after"))
        .respond_with(page(serde_json::json!(["a", "b"]), Some("/letters?after=b"))).mount(&server).await;
    Mock::given(path("/letters")).and(query_param("after", "b"))
        .respond_with(page(serde_json::json!(["c"]), None)).mount(&server).await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    let letters: Vec<String> = client.list_letters().into_stream().try_collect().await.unwrap();
    assert_eq!(letters, ["a", "b", "c"]);
    let resumed = client.list_letters().resume("after=b".parse::<PageCursor>().unwrap()).await.unwrap();
    assert_eq!(resumed, ["c"]);
}

#[tokio::test]
async fn a_query_api_key_is_sent_on_every_page() {
    let server = MockServer::start().await;
    // The server's link leaves the key out, as a server should.
    Mock::given(path("/secrets")).and(query_param_is_missing("cursor"))
        .respond_with(page(serde_json::json!(["x"]), Some("/secrets?limit=1&cursor=2"))).mount(&server).await;
    Mock::given(path("/secrets")).and(query_param("cursor", "2"))
        .respond_with(page(serde_json::json!(["y"]), None)).mount(&server).await;
    let client = Client::builder().base_url(server.uri()).key("k-1").build().unwrap();
    let secrets: Vec<String> = client.list_secrets().limit(1).into_stream().try_collect().await.unwrap();
    assert_eq!(secrets, ["x", "y"]);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(queries(&requests, "/secrets"), ["limit=1&api_key=k-1", "limit=1&cursor=2&api_key=k-1"]);
}

#[tokio::test]
async fn numbered_pages_are_counted_until_one_is_empty() {
    let server = MockServer::start().await;
    for (n, items) in [("1", serde_json::json!([3, 4])), ("2", serde_json::json!([]))] {
        Mock::given(path("/pages")).and(query_param("n", n))
            .respond_with(page(items, None)).mount(&server).await;
    }
    // The first request has no `n`: the server's first page, number 0.
    Mock::given(path("/pages")).and(query_param_is_missing("n"))
        .respond_with(page(serde_json::json!([1, 2]), None)).mount(&server).await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    let all: Vec<i64> = client.list_pages().size(2).into_stream().try_collect().await.unwrap();
    assert_eq!(all, [1, 2, 3, 4]);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(queries(&requests, "/pages"), ["size=2", "size=2&n=1", "size=2&n=2"]);
    let first = client.list_pages().size(2).send_page().await.unwrap();
    assert_eq!(first.next.as_ref().map(PageCursor::as_str), Some("size=2&n=1"));
    let last = client.list_pages().size(2).n(2).send_page().await.unwrap();
    assert_eq!(last.next, None, "an empty page is the end");
}
