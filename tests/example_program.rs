//! The example program of the generated client (`examples/list_identities.rs`,
//! kept in `spec/examples/`), run against a local server.

// The example's `main` reads the environment; the test calls what it calls.
#[allow(dead_code)]
#[path = "../spec/examples/list_identities.rs"]
mod example;

use serde_json::json;
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn example_lists_identities() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/admin/identities"))
        .and(query_param("per_page", "250"))
        .and(header("authorization", "Bearer ory_pat_example"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{
            "id": "7a2e3f5c-9c55-4c7b-8b61-0b6c4f1d2e3a",
            "schema_id": "default",
            "schema_url": "https://example.test/s",
            "state": "active",
            "traits": {"email": "ada@example.com"}
        }])))
        .mount(&server)
        .await;
    let lines = example::list_identities(&server.uri(), "ory_pat_example")
        .await
        .unwrap();
    assert_eq!(
        lines,
        [r#"7a2e3f5c-9c55-4c7b-8b61-0b6c4f1d2e3a  active  {"email":"ada@example.com"}"#]
    );
}
