use construct_byte_params::{Base64, Client};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn a_byte_parameter_is_sent_as_base64() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    client.find_blob(Base64(b"hi!".to_vec())).await.unwrap();
    let r = &server.received_requests().await.unwrap()[0];
    assert_eq!(r.url.query(), Some("digest=aGkh"));
}
