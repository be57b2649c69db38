use construct_typed_cookie_header::{Client, models::*};
use serde_json::json;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn object_path_header_and_cookie_values_are_written_in_simple_style() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    client
        .get_things(GetThingsFilter { a: Some("x".into()) }, json!({"k": "v"}))
        .cookie([("n".to_owned(), 1)].into_iter().collect())
        .session("s 1")
        .await
        .unwrap();
    let requests = server.received_requests().await.unwrap();
    let request = &requests[0];
    // `a,x` is one segment: its comma is encoded with the rest.
    assert_eq!(request.url.path(), "/things/a%2Cx");
    let header = |name: &str| request.headers.get(name).unwrap().to_str().unwrap().to_owned();
    assert_eq!(header("x-meta"), "k,v");
    assert_eq!(header("cookie"), "n,1; session=s%201");
}
