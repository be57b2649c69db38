//! Names a spec shares with the runtime get other names; each call still
//! reaches its own path with its own credentials.

use construct_runtime_names::Client;
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn colliding_names_keep_their_meaning() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).and(path("/request")).and(header("x-a", "ka"))
        .and(query_param("send", "s")).and(query_param("client", "c"))
        .and(query_param("with_timeout", "5")).and(query_param("with_retry", "true"))
        .and(header("build_request", "b")).and(query_param("read_response", "r"))
        .and(query_param("call_options", "o"))
        .respond_with(ResponseTemplate::new(200)).expect(1).mount(&server).await;
    Mock::given(method("POST")).and(path("/execute")).and(header("x-b", "kb"))
        .respond_with(ResponseTemplate::new(204)).expect(1).mount(&server).await;
    Mock::given(method("GET")).and(path("/url")).and(query_param("t", "kt"))
        .respond_with(ResponseTemplate::new(204)).expect(1).mount(&server).await;
    Mock::given(method("GET")).and(path("/http-client")).and(header("x-http-client", "kh"))
        .respond_with(ResponseTemplate::new(204)).expect(1).mount(&server).await;
    Mock::given(method("GET")).and(path("/pages")).and(query_param("resume", "r"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!(["x"]))).expect(1).mount(&server).await;
    // The runtime's own `base_url` and `http_client` still mean what they do.
    let client = Client::builder()
        .base_url(server.uri())
        .a_b("ka")
        .a_b_2("kb")
        .timeout_2("kt")
        .http_client_2("kh")
        .build()
        .unwrap();
    assert_eq!(client.base_url(), server.uri());
    client
        .request_2()
        .send_2("s")
        .client_2("c")
        .with_timeout_2(5)
        .with_retry_2(true)
        .build_request_2("b")
        .read_response_2("r")
        .call_options_2("o")
        // The runtime's own per-call settings are still there.
        .with_timeout(std::time::Duration::from_secs(5))
        .with_retry(construct_runtime_names::Retry::never())
        .await
        .unwrap();
    client.execute_2().await.unwrap();
    client.url_2().await.unwrap();
    client.http_client().await.unwrap();
    let page = client.base_url_2().resume_2("r").send_page().await.unwrap();
    assert_eq!(page.items, ["x"]);
}
