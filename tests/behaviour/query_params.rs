use construct_query_params::{Client, models::*};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn every_style_on_the_wire() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/search"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!(["hit"])))
        .mount(&server)
        .await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    let since = chrono::DateTime::parse_from_rfc3339("2024-02-29T12:00:00Z").unwrap().to_utc();
    let hits = client
        .search("rust & go")
        .limit(5)
        .exact(true)
        .since(since)
        .tag(["a", "b"])
        .ids([1, 2, 3])
        .words(["x", "y"])
        .flags(["p", "q"])
        .sort([SearchSort::Name, SearchSort::Date])
        .await
        .unwrap();
    assert_eq!(hits, ["hit"]);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(
        requests[0].url.query(),
        Some("q=rust+%26+go&limit=5&exact=true&since=2024-02-29T12%3A00%3A00Z&tag=a&tag=b&ids=1%2C2%2C3&words=x+y&flags=p%7Cq&sort=name&sort=date")
    );
    client.search("only").await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests[1].url.query(), Some("q=only"));
}
