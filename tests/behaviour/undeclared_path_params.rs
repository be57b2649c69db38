use construct_undeclared_path_params::Client;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn the_undeclared_parameter_is_an_argument_like_the_declared_one() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    client.get_member("core", "ada/lovelace").await.unwrap();
    let r = &server.received_requests().await.unwrap()[0];
    assert_eq!(r.url.path(), "/teams/core/members/ada%2Flovelace");
}
