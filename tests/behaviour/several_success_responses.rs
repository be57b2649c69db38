use construct_several_success_responses::{Client, models::*};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn each_status_is_its_variant() {
    let server = MockServer::start().await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    for (status, body, expected) in [
        (200, Some(r#"{"value": 7}"#), SubmitJobResponse::Ok(ResultModel { value: Some(7) })),
        (202, Some(r#"{"id": "j1"}"#), SubmitJobResponse::Accepted(Job { id: Some("j1".into()) })),
        (204, None, SubmitJobResponse::NoContent),
        (206, Some("partly"), SubmitJobResponse::Status2xx("partly".into())),
    ] {
        server.reset().await;
        let mut response = ResponseTemplate::new(status);
        if let Some(body) = body {
            response = response.set_body_raw(body, if status == 206 { "text/plain" } else { "application/json" });
        }
        Mock::given(method("POST")).and(path("/jobs")).respond_with(response).mount(&server).await;
        assert_eq!(client.submit_job().await.unwrap(), expected, "{status}");
    }
}
