use construct_header_cookie_params::{Client, Error, models::*};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn setup() -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/things"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    (server, client)
}

#[tokio::test]
async fn headers_and_cookies_are_sent() {
    let (server, client) = setup().await;
    let id: uuid::Uuid = "3f2504e0-4f89-11d3-9a0c-0305e82c3301".parse().unwrap();
    client
        .list_things(id)
        .if_none_match("\"v1\"")
        .cookie("ory_session=abc")
        .session("s 1;x")
        .theme(ListThingsTheme::Dark)
        .await
        .unwrap();
    let r = &server.received_requests().await.unwrap()[0];
    assert_eq!(r.headers["x-request-id"], "3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    assert_eq!(r.headers["if-none-match"], "\"v1\"");
    let cookies: Vec<_> = r.headers.get_all("cookie").iter().collect();
    assert_eq!(cookies.len(), 1, "one Cookie header");
    assert_eq!(cookies[0], "ory_session=abc; session=s%201%3Bx; theme=dark");
}

#[tokio::test]
async fn a_header_value_with_a_line_break_is_refused() {
    let (server, client) = setup().await;
    let id = uuid::Uuid::nil();
    let err = client.list_things(id).if_none_match("a\r\nX-Evil: 1").await.unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
    assert!(server.received_requests().await.unwrap().is_empty());
}
