//! The public API contract of `../shared/DESIGN.md`, written as a user
//! would write it, run against an in-process server (127.0.0.1). If a
//! regeneration changes a name, an argument or a return type the contract
//! promises, this file stops compiling or fails.

use futures::TryStreamExt;
use ory_identity_client::{Client, models::*};
use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[path = "support/mock.rs"]
mod mock;
use mock::answer;

const ID: &str = "7a2e3f5c-9c55-4c7b-8b61-0b6c4f1d2e3a";
const SID: &str = "0d6a5b3e-2c1f-4e8d-9a7b-6c5d4e3f2a1b";

fn identity(state: &str) -> Value {
    json!({
        "id": ID,
        "schema_id": "default",
        "schema_url": "https://example.test/schemas/default",
        "state": state,
        "traits": {"email": "a@example.com"}
    })
}

/// The contract's code, with the server's URL and a fixed token.
// `&vec![…]` is how the contract writes the patch; it must keep working.
#[allow(clippy::useless_vec)]
async fn contract(base_url: &str) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let mut seen = Vec::new();
    let client = Client::builder()
        .base_url(base_url)
        .bearer_token("ory_pat_contract")
        .timeout(std::time::Duration::from_secs(30))
        .build()?;

    let created: Identity = client
        .create_identity(&CreateIdentityBody {
            schema_id: "default".into(),
            traits: json!({"email": "a@example.com"}),
            ..Default::default()
        })
        .await?;
    let same: Identity = client
        .get_identity(created.id.to_string())
        .include_credential(["oidc"])
        .await?;
    assert_eq!(same.id, created.id);
    let page: Vec<Identity> = client.list_identities().per_page(100).page(2).await?;
    seen.push(format!("page of {}", page.len()));
    let every: Vec<Session> = client
        .list_sessions()
        .page_size(100)
        .active(true)
        .into_stream()
        .try_collect()
        .await?;
    seen.push(format!("{} sessions", every.len()));
    client.delete_identity(created.id.to_string()).await?;
    let id = created.id.to_string();
    let patched: Identity = client
        .patch_identity(
            &id,
            &vec![JsonPatch {
                op: JsonPatchOp::Replace,
                path: "/state".into(),
                value: Some(json!("inactive")),
                from: None,
            }],
        )
        .await?;
    seen.push(format!("patched to {:?}", patched.state));
    let sid = SID.to_owned();
    let s: Session = client
        .get_session(&sid)
        .expand([GetSessionExpand::Identity, GetSessionExpand::Devices])
        .await?;
    seen.push(format!("session {}", s.id));

    match client.get_identity("no-such-id").await {
        Err(e) if e.status().map(|s| s.as_u16()) == Some(404) => {
            let body: Option<&ErrorGeneric> = e.api_error();
            let message = body.map(|b| b.error.message.as_str());
            seen.push(format!("404: {message:?}"));
        }
        other => seen.push(format!("unexpected: {other:?}")),
    }
    Ok(seen)
}

#[tokio::test]
async fn the_design_contract_compiles_and_runs() {
    let server = MockServer::start().await;
    answer(
        &server,
        "POST",
        "/admin/identities",
        201,
        Some(identity("active")),
    )
    .await;
    Mock::given(method("GET"))
        .and(path(format!("/admin/identities/{ID}")))
        .and(query_param("include_credential", "oidc"))
        .respond_with(ResponseTemplate::new(200).set_body_json(identity("active")))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/admin/identities"))
        .and(query_param("per_page", "100"))
        .and(query_param("page", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([identity("active")])))
        .mount(&server)
        .await;
    answer(
        &server,
        "GET",
        "/admin/sessions",
        200,
        Some(json!([{"id": SID}, {"id": ID}])),
    )
    .await;
    answer(
        &server,
        "DELETE",
        &format!("/admin/identities/{ID}"),
        204,
        None,
    )
    .await;
    answer(
        &server,
        "PATCH",
        &format!("/admin/identities/{ID}"),
        200,
        Some(identity("inactive")),
    )
    .await;
    Mock::given(method("GET"))
        .and(path(format!("/admin/sessions/{SID}")))
        .and(query_param("expand", "identity"))
        .and(query_param("expand", "devices"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": SID})))
        .mount(&server)
        .await;
    answer(
        &server,
        "GET",
        "/admin/identities/no-such-id",
        404,
        Some(json!({"error": {"code": 404, "message": "Unable to locate the resource"}})),
    )
    .await;

    let seen = contract(&server.uri()).await.unwrap();
    assert_eq!(
        seen,
        [
            "page of 1",
            "2 sessions",
            "patched to Some(Inactive)",
            &format!("session {SID}"),
            "404: Some(\"Unable to locate the resource\")",
        ]
    );
}
