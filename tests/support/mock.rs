//! Shared by the tests that talk to wiremock.

use serde_json::Value;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Answers `method path` with `status` and, when given, a JSON body.
pub async fn answer(server: &MockServer, m: &str, p: &str, status: u16, body: Option<Value>) {
    let mut response = ResponseTemplate::new(status);
    if let Some(body) = body {
        response = response.set_body_json(body);
    }
    Mock::given(method(m))
        .and(path(p))
        .respond_with(response)
        .mount(server)
        .await;
}
