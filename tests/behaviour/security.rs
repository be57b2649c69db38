use construct_security::{Client, ClientBuilder};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

async fn server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any()).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    server
}

async fn last(server: &MockServer) -> Request {
    server.received_requests().await.unwrap().pop().unwrap()
}

fn h(r: &Request, name: &str) -> Option<String> {
    r.headers.get(name).map(|v| v.to_str().unwrap().to_owned())
}

fn client(server: &MockServer, f: impl FnOnce(ClientBuilder) -> ClientBuilder) -> Client {
    f(Client::builder().base_url(server.uri())).build().unwrap()
}

#[tokio::test]
async fn bearer_where_asked_and_nowhere_else() {
    let server = server().await;
    let c = client(&server, |b| b.bearer_token("t0k"));
    c.uses_the_global_requirement().await.unwrap();
    assert_eq!(h(&last(&server).await, "authorization").as_deref(), Some("Bearer t0k"));
    c.is_public().await.unwrap();
    assert_eq!(h(&last(&server).await, "authorization"), None);
    c.token_is_optional().await.unwrap();
    assert_eq!(h(&last(&server).await, "authorization").as_deref(), Some("Bearer t0k"));
    c.uses_oauth().await.unwrap();
    assert_eq!(h(&last(&server).await, "authorization").as_deref(), Some("Bearer t0k"));
    let anonymous = client(&server, |b| b);
    anonymous.token_is_optional().await.unwrap();
    assert_eq!(h(&last(&server).await, "authorization"), None);
}

#[tokio::test]
async fn the_first_complete_alternative_is_sent() {
    let server = server().await;
    let both_keys = client(&server, |b| b.header_key("hk").query_key("qk").basic_auth("u", Some("p".into())));
    both_keys.takes_keys_or_basic().await.unwrap();
    let r = last(&server).await;
    assert_eq!(h(&r, "x-api-key").as_deref(), Some("hk"));
    assert_eq!(r.url.query(), Some("api_key=qk"));
    assert_eq!(h(&r, "authorization"), None);

    let one_key = client(&server, |b| b.header_key("hk").basic_auth("u", Some("p".into())));
    one_key.takes_keys_or_basic().await.unwrap();
    let r = last(&server).await;
    assert_eq!(h(&r, "x-api-key"), None, "an incomplete alternative is not sent");
    assert_eq!(h(&r, "authorization").as_deref(), Some("Basic dTpw"));

    let cookie = client(&server, |b| b.cookie_key("s3ss"));
    cookie.takes_keys_or_basic().await.unwrap();
    assert_eq!(h(&last(&server).await, "cookie").as_deref(), Some("sid=s3ss"));
}

#[test]
fn debug_hides_every_credential() {
    let b = Client::builder().bearer_token("AAA").basic_auth("BBB", Some("CCC".into())).header_key("DDD").query_key("EEE").cookie_key("FFF");
    let shown = format!("{b:?} {:?}", b.clone().build().unwrap());
    for secret in ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF"] {
        assert!(!shown.contains(secret), "{shown}");
    }
}

#[tokio::test]
async fn a_key_sent_in_the_query_stays_out_of_errors_and_responses() {
    // Refused: reqwest's error names the URL, the query was the key.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let keyed = Client::builder()
        .base_url(format!("http://{closed}"))
        .header_key("hk")
        .query_key("QUERYSECRET")
        .retry(construct_security::Retry::never())
        .build()
        .unwrap();
    let err = keyed.takes_keys_or_basic().await.unwrap_err();
    let shown = format!("{err} {err:?}");
    assert!(shown.contains(&closed.to_string()), "the host is still named: {shown}");
    assert!(!shown.contains("QUERYSECRET"), "{shown}");

    let server = server().await;
    let keyed = client(&server, |b| b.header_key("hk").query_key("QUERYSECRET"));
    let response = keyed.takes_keys_or_basic().send_with_response().await.unwrap();
    assert_eq!(response.url.query(), Some("api_key=QUERYSECRET"), "the caller can still read it");
    assert!(!format!("{response:?}").contains("QUERYSECRET"), "{response:?}");
}
