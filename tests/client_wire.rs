//! The generated client against an in-process HTTP server (wiremock, on
//! 127.0.0.1): every operation's request on the wire (method, path, query,
//! credentials, content type, body) and every kind of response.

use ory_identity_client::models::*;
use ory_identity_client::{Client, Error};
use serde_json::{Value, json};
use std::time::Duration;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

#[path = "support/mock.rs"]
mod mock;
use mock::answer;

const TOKEN: &str = "ory_pat_secret-token";
const ID: &str = "7a2e3f5c-9c55-4c7b-8b61-0b6c4f1d2e3a";

fn identity(id: &str) -> Value {
    json!({
        "id": id,
        "schema_id": "default",
        "schema_url": "https://example.test/schemas/default",
        "state": "active",
        "traits": {"email": "ada@example.com"}
    })
}

fn session(id: &str) -> Value {
    json!({"id": id, "active": true, "authenticator_assurance_level": "aal1"})
}

fn error_body(code: u16, message: &str) -> Value {
    json!({"error": {"code": code, "status": "Not Found", "message": message, "reason": "no such thing"}})
}

async fn server() -> (MockServer, Client) {
    let server = MockServer::start().await;
    let client = Client::builder()
        .base_url(server.uri())
        .bearer_token(TOKEN)
        .build()
        .unwrap();
    (server, client)
}

/// The one request the server received.
async fn only_request(server: &MockServer) -> Request {
    let mut requests = server.received_requests().await.unwrap_or_default();
    assert_eq!(requests.len(), 1, "expected exactly one request");
    requests.remove(0)
}

fn header<'r>(request: &'r Request, name: &str) -> Option<&'r str> {
    request.headers.get(name).and_then(|v| v.to_str().ok())
}

/// Checks what every authenticated JSON call sends.
fn assert_common(request: &Request, m: &str, path_and_query: &str, authenticated: bool) {
    assert_eq!(request.method.as_str(), m);
    let mut got = request.url.path().to_owned();
    if let Some(q) = request.url.query() {
        got.push('?');
        got.push_str(q);
    }
    assert_eq!(got, path_and_query);
    assert_eq!(header(request, "accept"), Some("application/json"));
    let expected_auth = format!("Bearer {TOKEN}");
    if authenticated {
        assert_eq!(
            header(request, "authorization"),
            Some(expected_auth.as_str())
        );
    } else {
        assert_eq!(header(request, "authorization"), None);
    }
    assert!(
        header(request, "user-agent").is_some_and(|ua| ua.starts_with("ory-identity-client/")),
        "{:?}",
        header(request, "user-agent")
    );
}

fn json_body(request: &Request) -> Value {
    assert_eq!(header(request, "content-type"), Some("application/json"));
    serde_json::from_slice(&request.body).unwrap()
}

fn assert_no_body(request: &Request) {
    assert!(request.body.is_empty(), "unexpected body");
    assert_eq!(header(request, "content-type"), None);
}

// ---- the 17 operations ----

#[tokio::test]
async fn list_identities() {
    let (server, client) = server().await;
    answer(
        &server,
        "GET",
        "/admin/identities",
        200,
        Some(json!([identity(ID)])),
    )
    .await;
    let page = client
        .list_identities()
        .per_page(100)
        .page(2)
        .credentials_identifier("ada+1@example.com")
        .ids([
            "4d2c1c3e-8f0b-4a9e-9d55-1b2a3c4d5e6f",
            "9b2c2d6e-3f0a-4c8e-8b1f-0a6c7d4e5f60",
        ])
        .include_credential(["password", "oidc"])
        .consistency(ListIdentitiesConsistency::Strong)
        .await
        .unwrap();
    assert_eq!(page.len(), 1);
    assert_eq!(page[0].id.to_string(), ID);
    let r = only_request(&server).await;
    assert_common(
        &r,
        "GET",
        "/admin/identities?per_page=100&page=2&consistency=strong\
         &ids=4d2c1c3e-8f0b-4a9e-9d55-1b2a3c4d5e6f&ids=9b2c2d6e-3f0a-4c8e-8b1f-0a6c7d4e5f60\
         &credentials_identifier=ada%2B1%40example.com&include_credential=password&include_credential=oidc",
        true,
    );
    assert_no_body(&r);
}

#[tokio::test]
async fn list_identities_sends_only_what_is_set() {
    let (server, client) = server().await;
    answer(&server, "GET", "/admin/identities", 200, Some(json!([]))).await;
    assert!(client.list_identities().await.unwrap().is_empty());
    assert_common(
        &only_request(&server).await,
        "GET",
        "/admin/identities",
        true,
    );
}

#[tokio::test]
async fn create_identity() {
    let (server, client) = server().await;
    answer(
        &server,
        "POST",
        "/admin/identities",
        201,
        Some(identity(ID)),
    )
    .await;
    let body = CreateIdentityBody {
        schema_id: "default".into(),
        traits: json!({"email": "ada@example.com"}),
        state: Some(CreateIdentityBodyState::Active),
        ..Default::default()
    };
    let created = client.create_identity(&body).await.unwrap();
    assert_eq!(created.schema_id, "default");
    let r = only_request(&server).await;
    assert_common(&r, "POST", "/admin/identities", true);
    assert_eq!(
        json_body(&r),
        json!({"schema_id": "default", "traits": {"email": "ada@example.com"}, "state": "active"})
    );
}

#[tokio::test]
async fn get_identity_with_repeated_query_keys() {
    let (server, client) = server().await;
    answer(
        &server,
        "GET",
        &format!("/admin/identities/{ID}"),
        200,
        Some(identity(ID)),
    )
    .await;
    let got = client
        .get_identity(ID)
        .include_credential(["oidc", "password"])
        .await
        .unwrap();
    assert_eq!(got.id.to_string(), ID);
    let r = only_request(&server).await;
    assert_common(
        &r,
        "GET",
        &format!("/admin/identities/{ID}?include_credential=oidc&include_credential=password"),
        true,
    );
}

#[tokio::test]
async fn update_identity() {
    let (server, client) = server().await;
    answer(
        &server,
        "PUT",
        &format!("/admin/identities/{ID}"),
        200,
        Some(identity(ID)),
    )
    .await;
    let body = UpdateIdentityBody {
        schema_id: "default".into(),
        state: UpdateIdentityBodyState::Inactive,
        traits: json!({"email": "b@example.com"}),
        credentials: None,
        metadata_admin: Some(json!({"plan": "pro"})),
        metadata_public: None,
    };
    client.update_identity(ID, &body).await.unwrap();
    let r = only_request(&server).await;
    assert_common(&r, "PUT", &format!("/admin/identities/{ID}"), true);
    assert_eq!(
        json_body(&r),
        json!({"schema_id": "default", "state": "inactive", "traits": {"email": "b@example.com"}, "metadata_admin": {"plan": "pro"}})
    );
}

#[tokio::test]
async fn patch_identity() {
    let (server, client) = server().await;
    answer(
        &server,
        "PATCH",
        &format!("/admin/identities/{ID}"),
        200,
        Some(identity(ID)),
    )
    .await;
    let id = ID.to_string();
    // A `Vec` works (as in the contract) and so does a slice.
    let patch: Vec<JsonPatch> = vec![JsonPatch {
        op: JsonPatchOp::Replace,
        path: "/state".into(),
        value: Some(json!("inactive")),
        from: None,
    }];
    client.patch_identity(&id, &patch).await.unwrap();
    let r = only_request(&server).await;
    assert_common(&r, "PATCH", &format!("/admin/identities/{ID}"), true);
    assert_eq!(
        json_body(&r),
        json!([{"op": "replace", "path": "/state", "value": "inactive"}])
    );
}

#[tokio::test]
async fn delete_identity_returns_unit_on_204() {
    let (server, client) = server().await;
    answer(
        &server,
        "DELETE",
        &format!("/admin/identities/{ID}"),
        204,
        None,
    )
    .await;
    let () = client.delete_identity(ID).await.unwrap();
    let r = only_request(&server).await;
    assert_common(&r, "DELETE", &format!("/admin/identities/{ID}"), true);
    assert_no_body(&r);
}

#[tokio::test]
async fn delete_identity_credentials_takes_a_str_or_the_enum() {
    let (server, client) = server().await;
    answer(
        &server,
        "DELETE",
        &format!("/admin/identities/{ID}/credentials/totp"),
        200,
        Some(identity(ID)),
    )
    .await;
    client
        .delete_identity_credentials(ID, "totp")
        .await
        .unwrap();
    client
        .delete_identity_credentials(ID, DeleteIdentityCredentialsType::Totp)
        .await
        .unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    for r in &requests {
        assert_common(
            r,
            "DELETE",
            &format!("/admin/identities/{ID}/credentials/totp"),
            true,
        );
    }
}

#[tokio::test]
async fn delete_identity_sessions() {
    let (server, client) = server().await;
    answer(
        &server,
        "DELETE",
        &format!("/admin/identities/{ID}/sessions"),
        204,
        None,
    )
    .await;
    client.delete_identity_sessions(ID).await.unwrap();
    assert_common(
        &only_request(&server).await,
        "DELETE",
        &format!("/admin/identities/{ID}/sessions"),
        true,
    );
}

#[tokio::test]
async fn list_identity_sessions() {
    let (server, client) = server().await;
    answer(
        &server,
        "GET",
        &format!("/admin/identities/{ID}/sessions"),
        200,
        Some(json!([session(ID)])),
    )
    .await;
    let sessions = client
        .list_identity_sessions(ID)
        .active(true)
        .per_page(5)
        .page(3)
        .await
        .unwrap();
    assert_eq!(sessions.len(), 1);
    assert_common(
        &only_request(&server).await,
        "GET",
        &format!("/admin/identities/{ID}/sessions?per_page=5&page=3&active=true"),
        true,
    );
}

#[tokio::test]
async fn create_recovery_code_for_identity() {
    let (server, client) = server().await;
    answer(
        &server,
        "POST",
        "/admin/recovery/code",
        201,
        Some(json!({"recovery_code": "123456", "recovery_link": "https://example.test/recovery", "expires_at": "2024-01-01T00:00:00Z"})),
    )
    .await;
    let body = CreateRecoveryCodeForIdentityBody {
        identity_id: ID.parse().unwrap(),
        expires_in: Some("1h".into()),
        flow_type: None,
    };
    let code = client
        .create_recovery_code_for_identity(&body)
        .await
        .unwrap();
    assert_eq!(code.recovery_code, "123456");
    let r = only_request(&server).await;
    assert_common(&r, "POST", "/admin/recovery/code", true);
    assert_eq!(
        json_body(&r),
        json!({"identity_id": ID, "expires_in": "1h"})
    );
}

#[tokio::test]
async fn create_recovery_link_for_identity() {
    let (server, client) = server().await;
    answer(
        &server,
        "POST",
        "/admin/recovery/link",
        200,
        Some(json!({"recovery_link": "https://example.test/r"})),
    )
    .await;
    let body = CreateRecoveryLinkForIdentityBody {
        identity_id: ID.parse().unwrap(),
        expires_in: None,
    };
    let link = client
        .create_recovery_link_for_identity(&body)
        .await
        .unwrap();
    assert_eq!(link.recovery_link, "https://example.test/r");
    let r = only_request(&server).await;
    assert_common(&r, "POST", "/admin/recovery/link", true);
    assert_eq!(json_body(&r), json!({"identity_id": ID}));
}

#[tokio::test]
async fn list_sessions_with_enum_arrays() {
    let (server, client) = server().await;
    answer(
        &server,
        "GET",
        "/admin/sessions",
        200,
        Some(json!([session(ID), session(ID)])),
    )
    .await;
    let sessions = client
        .list_sessions()
        .page_size(2)
        .page_token("abc")
        .active(false)
        .expand([ListSessionsExpand::Identity, ListSessionsExpand::Devices])
        .await
        .unwrap();
    assert_eq!(sessions.len(), 2);
    assert!(sessions.iter().all(|s| s.identity.is_none()));
    assert_common(
        &only_request(&server).await,
        "GET",
        "/admin/sessions?page_size=2&page_token=abc&active=false&expand=identity&expand=devices",
        true,
    );
}

#[tokio::test]
async fn disable_session() {
    let (server, client) = server().await;
    answer(
        &server,
        "DELETE",
        &format!("/admin/sessions/{ID}"),
        204,
        None,
    )
    .await;
    client.disable_session(ID).await.unwrap();
    assert_common(
        &only_request(&server).await,
        "DELETE",
        &format!("/admin/sessions/{ID}"),
        true,
    );
}

#[tokio::test]
async fn get_session_with_expand() {
    let (server, client) = server().await;
    let mut expanded = session(ID);
    expanded["identity"] = identity(ID);
    answer(
        &server,
        "GET",
        &format!("/admin/sessions/{ID}"),
        200,
        Some(expanded),
    )
    .await;
    let sid = ID.to_owned();
    let s = client
        .get_session(&sid)
        .expand([GetSessionExpand::Identity, GetSessionExpand::Devices])
        .await
        .unwrap();
    assert!(s.identity.is_some());
    assert_common(
        &only_request(&server).await,
        "GET",
        &format!("/admin/sessions/{ID}?expand=identity&expand=devices"),
        true,
    );
}

#[tokio::test]
async fn extend_session() {
    let (server, client) = server().await;
    answer(
        &server,
        "PATCH",
        &format!("/admin/sessions/{ID}/extend"),
        200,
        Some(session(ID)),
    )
    .await;
    let s = client
        .extend_session(ID)
        .await
        .unwrap()
        .expect("a 200 has the session");
    assert_eq!(s.active, Some(true));
    let r = only_request(&server).await;
    assert_common(&r, "PATCH", &format!("/admin/sessions/{ID}/extend"), true);
    assert_no_body(&r);
}

#[tokio::test]
async fn list_identity_schemas_sends_no_token() {
    let (server, client) = server().await;
    answer(
        &server,
        "GET",
        "/schemas",
        200,
        Some(json!([{"id": "default", "schema": {"type": "object"}}])),
    )
    .await;
    let schemas = client.list_identity_schemas().per_page(10).await.unwrap();
    assert_eq!(schemas[0].id.as_deref(), Some("default"));
    assert_common(
        &only_request(&server).await,
        "GET",
        "/schemas?per_page=10",
        false,
    );
}

#[tokio::test]
async fn get_identity_schema_sends_no_token() {
    let (server, client) = server().await;
    answer(
        &server,
        "GET",
        "/schemas/default",
        200,
        Some(json!({"$schema": "http://json-schema.org/draft-07/schema#"})),
    )
    .await;
    let schema = client.get_identity_schema("default").await.unwrap();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    assert_common(
        &only_request(&server).await,
        "GET",
        "/schemas/default",
        false,
    );
}

// ---- responses ----

#[tokio::test]
async fn not_found_carries_status_and_error_body() {
    let (server, client) = server().await;
    answer(
        &server,
        "GET",
        "/admin/identities/no-such-id",
        404,
        Some(error_body(404, "The requested resource could not be found")),
    )
    .await;
    let err = client.get_identity("no-such-id").await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    let body: &ErrorGeneric = err.api_error().expect("parsed error body");
    assert_eq!(
        body.error.message,
        "The requested resource could not be found"
    );
    assert_eq!(
        err.to_string(),
        "server answered 404 Not Found: The requested resource could not be found (no such thing)"
    );
    assert!(
        err.headers()
            .is_some_and(|h| h.contains_key("content-type"))
    );
}

#[tokio::test]
async fn server_error_with_a_text_body_keeps_the_text() {
    let (server, client) = server().await;
    Mock::given(method("GET"))
        .and(path("/admin/identities"))
        .respond_with(ResponseTemplate::new(500).set_body_string("upstream connect error"))
        .mount(&server)
        .await;
    let err = client.list_identities().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert!(err.api_error().is_none());
    assert_eq!(err.raw_body(), Some("upstream connect error"));
    assert_eq!(
        err.to_string(),
        "server answered 500 Internal Server Error: upstream connect error"
    );
}

#[tokio::test]
async fn unknown_fields_and_enum_values_decode() {
    let (server, client) = server().await;
    let mut body = identity(ID);
    body["state"] = json!("suspended");
    body["external_id"] = json!("crm-1");
    body["credentials"] = json!({"saml": {"type": "saml", "identifiers": ["x"]}});
    answer(
        &server,
        "GET",
        &format!("/admin/identities/{ID}"),
        200,
        Some(body),
    )
    .await;
    let got = client.get_identity(ID).await.unwrap();
    assert_eq!(got.state, Some(IdentityState::Unknown("suspended".into())));
    let credentials = got.credentials.unwrap();
    assert_eq!(
        credentials["saml"].r#type,
        Some(IdentityCredentialsType::Unknown("saml".into()))
    );
}

#[tokio::test]
async fn null_and_absent_optional_fields() {
    let (server, client) = server().await;
    let mut with_null = identity(ID);
    with_null["metadata_public"] = Value::Null;
    with_null["state_changed_at"] = Value::Null;
    answer(
        &server,
        "GET",
        "/admin/identities",
        200,
        Some(json!([with_null, identity(ID)])),
    )
    .await;
    let page = client.list_identities().await.unwrap();
    assert_eq!(page[0].metadata_public, Some(Value::Null));
    assert_eq!(page[0].state_changed_at, None);
    assert_eq!(page[1].metadata_public, None);
}

#[tokio::test]
async fn a_session_without_identity() {
    let (server, client) = server().await;
    answer(
        &server,
        "GET",
        &format!("/admin/sessions/{ID}"),
        200,
        Some(session(ID)),
    )
    .await;
    let s = client.get_session(ID).await.unwrap();
    assert!(s.identity.is_none());
}

#[tokio::test]
async fn a_body_that_does_not_decode_names_the_place() {
    let (server, client) = server().await;
    let mut bad = identity(ID);
    bad["id"] = json!("not-a-uuid");
    answer(
        &server,
        "GET",
        "/admin/identities",
        200,
        Some(json!([identity(ID), bad])),
    )
    .await;
    let err = client.list_identities().await.unwrap_err();
    let Error::Decode(decode) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(decode.path, "[1].id");
    assert_eq!(decode.status.as_u16(), 200);
    assert!(
        err.to_string()
            .starts_with("could not decode the 200 OK response at `[1].id`"),
        "{err}"
    );
}

#[tokio::test]
async fn garbage_bodies_are_errors_not_panics() {
    let (server, client) = server().await;
    for (i, body) in [
        &b"\xff\xfe\x00garbage"[..],
        b"[{\"id\":",
        b"",
        b"null",
        b"{\"error\":",
    ]
    .into_iter()
    .enumerate()
    {
        let p = format!("/admin/sessions/s{i}");
        Mock::given(method("GET"))
            .and(path(p.clone()))
            .respond_with(
                ResponseTemplate::new(200).set_body_raw(body.to_vec(), "application/json"),
            )
            .mount(&server)
            .await;
        let err = client.get_session(format!("s{i}")).await.unwrap_err();
        assert!(matches!(err, Error::Decode(_)), "{err:?}");
        Mock::given(method("GET"))
            .and(path(format!("/admin/identities/e{i}")))
            .respond_with(
                ResponseTemplate::new(418).set_body_raw(body.to_vec(), "application/json"),
            )
            .mount(&server)
            .await;
        let err = client.get_identity(format!("e{i}")).await.unwrap_err();
        assert_eq!(err.status().map(|s| s.as_u16()), Some(418));
        assert!(err.api_error().is_none());
    }
}

#[tokio::test]
async fn send_with_response_exposes_status_and_headers() {
    let (server, client) = server().await;
    Mock::given(method("GET"))
        .and(path("/admin/identities"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!([identity(ID)]))
                .insert_header("x-total-count", "42")
                .insert_header(
                    "link",
                    "</admin/identities?page=2&per_page=1>; rel=\"next\"",
                ),
        )
        .mount(&server)
        .await;
    let response = client
        .list_identities()
        .per_page(1)
        .send_with_response()
        .await
        .unwrap();
    assert_eq!(response.status.as_u16(), 200);
    assert_eq!(response.headers["x-total-count"], "42");
    assert!(response.headers.contains_key("link"));
    assert_eq!(response.into_body().len(), 1);
}

#[tokio::test]
async fn a_slow_server_times_out() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/admin/identities"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!([]))
                .set_delay(Duration::from_secs(5)),
        )
        .mount(&server)
        .await;
    let client = Client::builder()
        .base_url(server.uri())
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let err = client.list_identities().await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert!(err.status().is_none());
    assert!(started.elapsed() < Duration::from_secs(4));
    assert!(err.to_string().starts_with("request timed out"), "{err}");
}

// ---- requests ----

#[tokio::test]
async fn path_parameters_are_one_encoded_segment() {
    let (server, client) = server().await;
    answer(
        &server,
        "GET",
        "/admin/identities/a%2Fb%3Fc%20d%23e",
        200,
        Some(identity(ID)),
    )
    .await;
    client.get_identity("a/b?c d#e").await.unwrap();
    let r = only_request(&server).await;
    assert_eq!(r.url.path(), "/admin/identities/a%2Fb%3Fc%20d%23e");
    assert_eq!(r.url.query(), None);
}

#[tokio::test]
async fn route_changing_path_parameters_are_refused_before_sending() {
    let (server, client) = server().await;
    for bad in ["", ".", ".."] {
        let err = client.delete_identity(bad).await.unwrap_err();
        assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
        assert!(err.to_string().contains("path parameter `id`"), "{err}");
    }
    assert!(server.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_trailing_slash_in_the_base_url_does_not_double() {
    let server = MockServer::start().await;
    answer(&server, "GET", "/admin/identities", 200, Some(json!([]))).await;
    let client = Client::builder()
        .base_url(format!("{}/", server.uri()))
        .build()
        .unwrap();
    client.list_identities().await.unwrap();
    assert_eq!(only_request(&server).await.url.path(), "/admin/identities");
}

#[tokio::test]
async fn a_base_url_with_a_path_prefix_is_kept() {
    let server = MockServer::start().await;
    answer(
        &server,
        "GET",
        "/kratos/admin/identities",
        200,
        Some(json!([])),
    )
    .await;
    let client = Client::builder()
        .base_url(format!("{}/kratos/", server.uri()))
        .build()
        .unwrap();
    client.list_identities().await.unwrap();
    assert_eq!(
        only_request(&server).await.url.path(),
        "/kratos/admin/identities"
    );
}

#[test]
fn bad_base_urls_fail_to_build() {
    for bad in [
        "not a url",
        "ftp://example.test",
        "https://example.test/?q=1",
        "",
    ] {
        let err = Client::builder().base_url(bad).build().unwrap_err();
        assert!(err.to_string().contains("invalid base URL"), "{err}");
    }
    assert_eq!(
        Client::builder().build().unwrap().base_url(),
        "https://playground.projects.oryapis.com"
    );
}

#[test]
fn debug_never_shows_the_token() {
    let client = Client::builder().bearer_token(TOKEN).build().unwrap();
    let shown = format!("{client:?} {:?}", Client::builder().bearer_token(TOKEN));
    assert!(!shown.contains("secret-token"), "{shown}");
    assert!(shown.contains("<redacted>"), "{shown}");
}

#[tokio::test]
async fn from_reqwest_uses_the_given_client() {
    let server = MockServer::start().await;
    answer(&server, "GET", "/schemas", 200, Some(json!([]))).await;
    let http = ory_identity_client::reqwest::Client::builder()
        .user_agent("my-service/2.0")
        .build()
        .unwrap();
    let client = Client::from_reqwest(http, &server.uri()).unwrap();
    client.list_identity_schemas().await.unwrap();
    assert_eq!(
        header(&only_request(&server).await, "user-agent"),
        Some("my-service/2.0")
    );
    assert!(Client::from_reqwest(Default::default(), "::").is_err());
}

#[tokio::test]
async fn user_agent_can_be_set() {
    let server = MockServer::start().await;
    answer(&server, "GET", "/schemas", 200, Some(json!([]))).await;
    let client = Client::builder()
        .base_url(server.uri())
        .user_agent("svc/1")
        .build()
        .unwrap();
    client.list_identity_schemas().await.unwrap();
    assert_eq!(
        header(&only_request(&server).await, "user-agent"),
        Some("svc/1")
    );
}

#[tokio::test]
async fn without_a_token_nothing_is_sent() {
    let server = MockServer::start().await;
    answer(
        &server,
        "GET",
        "/admin/identities",
        401,
        Some(error_body(401, "The request could not be authorized")),
    )
    .await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    let err = client.list_identities().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401));
    assert_eq!(header(&only_request(&server).await, "authorization"), None);
}

#[tokio::test]
async fn a_caller_configured_http_client_keeps_the_credentials() {
    let server = MockServer::start().await;
    answer(&server, "GET", "/admin/identities", 200, Some(json!([]))).await;
    let http = ory_identity_client::reqwest::Client::builder()
        .user_agent("mine/1")
        .build()
        .unwrap();
    let client = Client::builder()
        .http_client(http)
        .base_url(server.uri())
        .bearer_token(TOKEN)
        .build()
        .unwrap();
    client.list_identities().await.unwrap();
    let r = only_request(&server).await;
    assert_eq!(header(&r, "user-agent"), Some("mine/1"));
    assert_eq!(
        header(&r, "authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
}
