//! The client against Prism, a mock server that checks every request against
//! a spec and answers with responses made from it. Against our spec, all 17
//! operations must pass Prism's request validation and every response must
//! decode. Against Ory's published v1.1.11 document, the only violations
//! allowed are those its own defects cause (the `expand` enum on the array).

use ory_identity_client::models::*;
use ory_identity_client::{Client, Error, Response};
use serde_json::json;
use std::path::Path;
use workspace_tests::prism;

const ID: &str = "7a2e3f5c-9c55-4c7b-8b61-0b6c4f1d2e3a";

/// How one call went.
#[derive(Debug)]
struct Outcome {
    call: &'static str,
    /// `Ok` when the request passed and the response decoded; else what
    /// went wrong, with Prism's `sl-violations` header.
    result: Result<(), String>,
}

fn outcome<T, E: std::fmt::Debug>(call: &'static str, r: Result<Response<T>, Error<E>>) -> Outcome {
    let result = match r {
        Ok(response) => match response.headers.get("sl-violations") {
            None => Ok(()),
            Some(v) => Err(format!(
                "{} with sl-violations: {}",
                response.status,
                v.to_str().unwrap_or("?")
            )),
        },
        Err(e) => {
            let violations = e
                .headers()
                .and_then(|h| h.get("sl-violations"))
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_owned();
            Err(format!(
                "{e} | sl-violations: {violations} | body: {}",
                e.raw_body().unwrap_or("")
            ))
        }
    };
    Outcome { call, result }
}

/// Every operation, with every parameter set that the spec allows.
async fn exercise(client: &Client) -> Vec<Outcome> {
    let create = CreateIdentityBody {
        schema_id: "default".into(),
        traits: json!({"email": "ada@example.com"}),
        state: Some(IdentityState::Active),
        metadata_public: Some(json!({"team": "a"})),
        ..Default::default()
    };
    let update = UpdateIdentityBody {
        schema_id: "default".into(),
        state: IdentityState::Inactive,
        traits: json!({"email": "ada@example.com"}),
        credentials: None,
        metadata_admin: None,
        metadata_public: None,
    };
    let patch = vec![JsonPatch {
        op: JsonPatchOp::Replace,
        path: "/state".into(),
        value: Some(json!("inactive")),
        from: None,
    }];
    let code = CreateRecoveryCodeForIdentityBody {
        identity_id: ID.parse().unwrap(),
        expires_in: Some("1h".into()),
    };
    let link = CreateRecoveryLinkForIdentityBody {
        identity_id: ID.parse().unwrap(),
        expires_in: Some("15m".into()),
    };
    vec![
        outcome(
            "list_identities",
            client
                .list_identities()
                .per_page(10)
                .page(1)
                .identifier("ada@example.com")
                .send_with_response()
                .await,
        ),
        outcome(
            "create_identity",
            client.create_identity(&create).send_with_response().await,
        ),
        outcome(
            "get_identity",
            client
                .get_identity(ID)
                .include_credential(["oidc"])
                .send_with_response()
                .await,
        ),
        outcome(
            "update_identity",
            client
                .update_identity(ID, &update)
                .send_with_response()
                .await,
        ),
        outcome(
            "patch_identity",
            client.patch_identity(ID, &patch).send_with_response().await,
        ),
        outcome(
            "delete_identity",
            client.delete_identity(ID).send_with_response().await,
        ),
        outcome(
            "delete_identity_credentials",
            client
                .delete_identity_credentials(ID, DeleteIdentityCredentialsType::Totp)
                .send_with_response()
                .await,
        ),
        outcome(
            "delete_identity_sessions",
            client
                .delete_identity_sessions(ID)
                .send_with_response()
                .await,
        ),
        outcome(
            "list_identity_sessions",
            client
                .list_identity_sessions(ID)
                .per_page(5)
                .page(1)
                .active(true)
                .send_with_response()
                .await,
        ),
        outcome(
            "create_recovery_code_for_identity",
            client
                .create_recovery_code_for_identity(&code)
                .send_with_response()
                .await,
        ),
        outcome(
            "create_recovery_link_for_identity",
            client
                .create_recovery_link_for_identity(&link)
                .send_with_response()
                .await,
        ),
        outcome(
            "list_sessions",
            client
                .list_sessions()
                .page_size(2)
                .page_token("abc")
                .active(true)
                .send_with_response()
                .await,
        ),
        outcome(
            "list_sessions with expand",
            client
                .list_sessions()
                .expand([ListSessionsExpand::Identity, ListSessionsExpand::Devices])
                .send_with_response()
                .await,
        ),
        outcome(
            "disable_session",
            client.disable_session(ID).send_with_response().await,
        ),
        outcome(
            "get_session",
            client.get_session(ID).send_with_response().await,
        ),
        outcome(
            "get_session with expand",
            client
                .get_session(ID)
                .expand([GetSessionExpand::Identity])
                .send_with_response()
                .await,
        ),
        outcome(
            "extend_session",
            client.extend_session(ID).send_with_response().await,
        ),
        outcome(
            "list_identity_schemas",
            client
                .list_identity_schemas()
                .per_page(10)
                .send_with_response()
                .await,
        ),
        outcome(
            "get_identity_schema",
            client
                .get_identity_schema("default")
                .send_with_response()
                .await,
        ),
    ]
}

fn client_for(prism: &prism::Prism) -> Client {
    Client::builder()
        .base_url(&prism.url)
        .bearer_token("ory_pat_prism")
        .build()
        .unwrap()
}

#[tokio::test]
async fn every_operation_passes_prism_for_our_spec() {
    let spec = workspace_tests::root().join("spec/identity.yaml");
    let Some(prism) = prism::start(&spec) else {
        return;
    };
    let outcomes = exercise(&client_for(&prism)).await;
    let failures: Vec<&Outcome> = outcomes.iter().filter(|o| o.result.is_err()).collect();
    assert!(
        failures.is_empty(),
        "{failures:#?}\n\nPrism's log:\n{}",
        prism.log()
    );
    assert_eq!(outcomes.len(), 19);
}

#[tokio::test]
async fn prism_rejects_a_request_that_breaks_the_spec() {
    // Guards the test above: Prism must really be validating.
    let spec = workspace_tests::root().join("spec/identity.yaml");
    let Some(prism) = prism::start(&spec) else {
        return;
    };
    let no_token = Client::builder().base_url(&prism.url).build().unwrap();
    let err = no_token.list_identities().await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(401), "{err}");
    let client = client_for(&prism);
    let err = client.list_identities().per_page(5000).await.unwrap_err();
    let violations = err
        .headers()
        .and_then(|h| h.get("sl-violations"))
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    assert!(violations.contains("per_page"), "{err} {violations}");
}

#[tokio::test]
async fn against_the_published_document_only_its_defects_show() {
    let spec = workspace_tests::root().join("../shared/specs/ory-client-v1.1.11.json");
    if !spec.exists() {
        assert!(
            std::env::var_os("CI").is_none(),
            "{} is missing",
            spec.display()
        );
        eprintln!("skipped: {} is not here", spec.display());
        return;
    }
    let Some(prism) = prism::start(Path::new(&spec)) else {
        return;
    };
    let outcomes = exercise(&client_for(&prism)).await;
    // The published document puts `enum` on the `expand` array itself, so no
    // array value validates: the two calls that send `expand` are refused.
    let defect = |o: &Outcome| o.call.ends_with("with expand");
    for o in &outcomes {
        match (&o.result, defect(o)) {
            (Ok(()), false) => {}
            // Prism answers a query parameter that breaks the spec with 400.
            (Err(e), true)
                if (e.contains("answered 400") || e.contains("answered 422"))
                    && e.contains(
                        "Request query parameter expand must be equal to one of the allowed values",
                    ) => {}
            (result, _) => panic!(
                "{}: unexpected {result:?}\n\nPrism's log:\n{}",
                o.call,
                prism.log()
            ),
        }
    }
    assert_eq!(outcomes.iter().filter(|o| defect(o)).count(), 2);
}
