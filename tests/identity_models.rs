//! The generated identity models against realistic JSON: unknown fields and
//! enum values, `null` against absent, nanosecond timestamps, sessions with
//! and without their identity.

use ory_identity_client::models::*;
use serde_json::{Value, json};

/// An identity as a current Ory server sends it: with fields this client's
/// spec does not know (`organization_id`, `external_id`), a credential type it
/// does not know (`saml`, which Kratos added after v1.3), `metadata_public: null`
/// and no `metadata_admin`.
fn identity_json() -> Value {
    json!({
        "id": "7a2e3f5c-9c55-4c7b-8b61-0b6c4f1d2e3a",
        "schema_id": "default",
        "schema_url": "https://example.projects.oryapis.com/schemas/ZGVmYXVsdA",
        "state": "active",
        "state_changed_at": "2023-05-04T10:13:27.340412175Z",
        "traits": {"email": "ada@example.com", "name": {"first": "Ada"}},
        "verifiable_addresses": [{
            "id": "0f7b0a7c-58b5-4a3f-9d0e-3c4c3f9f1a11",
            "value": "ada@example.com",
            "verified": true,
            "via": "email",
            "status": "completed",
            "verified_at": "2023-05-04T10:14:02.1Z",
            "created_at": "2023-05-04T10:13:27.340412175Z",
            "updated_at": "2023-05-04T10:13:27.340412175Z"
        }],
        "recovery_addresses": [{
            "id": "a3a3e6a2-2d9c-4b8e-a4f5-6b8a1d2c3e4f",
            "value": "ada@example.com",
            "via": "email",
            "created_at": "2023-05-04T10:13:27.340412175Z",
            "updated_at": "2023-05-04T10:13:27.340412175Z"
        }],
        "credentials": {
            "password": {
                "type": "password",
                "identifiers": ["ada@example.com"],
                "version": 0,
                "created_at": "2023-05-04T10:13:27.340412175Z",
                "updated_at": "2023-05-04T10:13:27.340412175Z"
            },
            "saml": {
                "type": "saml",
                "identifiers": ["4b1f0c2e"],
                "config": {"credentials": [{"id": "AQID"}]},
                "version": 1
            }
        },
        "metadata_public": null,
        "created_at": "2023-05-04T10:13:27.340412175Z",
        "updated_at": "2023-05-04T10:13:27.340412175Z",
        "organization_id": null,
        "external_id": "crm-42"
    })
}

fn decode<T: serde::de::DeserializeOwned>(value: &Value) -> T {
    serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("{e}"))
}

/// `value` without the properties the spec does not know, which the client
/// drops by design.
fn without_unknown(mut value: Value) -> Value {
    if let Some(o) = value.as_object_mut() {
        o.remove("external_id");
    }
    value
}

#[test]
fn identity_decodes_with_typed_fields() {
    let identity: Identity = decode(&identity_json());
    assert_eq!(
        identity.id.to_string(),
        "7a2e3f5c-9c55-4c7b-8b61-0b6c4f1d2e3a"
    );
    assert_eq!(identity.state, Some(IdentityState::Active));
    assert_eq!(identity.traits["email"], "ada@example.com");
    let changed = identity.state_changed_at.expect("state_changed_at is set");
    assert_eq!(changed.timestamp_subsec_nanos(), 340_412_175);
    let addresses = identity.verifiable_addresses.as_deref().unwrap_or_default();
    assert!(addresses[0].verified);
    assert_eq!(addresses[0].status, "completed");
}

#[test]
fn unknown_credential_type_is_kept_and_written_back() {
    let identity: Identity = decode(&identity_json());
    let credentials = identity
        .credentials
        .as_ref()
        .expect("credentials are present");
    let saml = &credentials["saml"];
    assert_eq!(
        saml.r#type,
        Some(IdentityCredentialsType::Unknown("saml".to_owned()))
    );
    assert_eq!(
        credentials["password"].r#type,
        Some(IdentityCredentialsType::Password)
    );
    let written = serde_json::to_value(saml).unwrap();
    assert_eq!(written["type"], "saml");
    assert_eq!(written["config"], json!({"credentials": [{"id": "AQID"}]}));
}

#[test]
fn null_and_absent_metadata_stay_apart() {
    let identity: Identity = decode(&identity_json());
    assert_eq!(identity.metadata_public, Some(Value::Null));
    assert_eq!(identity.metadata_admin, None);

    let written = serde_json::to_value(&identity).unwrap();
    let object = written.as_object().unwrap();
    assert_eq!(object.get("metadata_public"), Some(&Value::Null));
    assert!(!object.contains_key("metadata_admin"));

    let mut with_admin = identity_json();
    with_admin["metadata_admin"] = json!({"tier": "gold"});
    let identity: Identity = decode(&with_admin);
    assert_eq!(identity.metadata_admin, Some(json!({"tier": "gold"})));
}

#[test]
fn identity_round_trips_except_unknown_fields() {
    let original = identity_json();
    let identity: Identity = decode(&original);
    let written = serde_json::to_value(&identity).unwrap();
    let mut expected = without_unknown(original);
    // chrono writes fractions in groups of three digits: the same instant.
    expected["verifiable_addresses"][0]["verified_at"] = json!("2023-05-04T10:14:02.100Z");
    assert_eq!(written, expected);
    let again: Identity = decode(&written);
    assert_eq!(again, identity);
}

#[test]
fn nanosecond_timestamps_are_written_as_received() {
    let identity: Identity = decode(&identity_json());
    let written = serde_json::to_value(&identity).unwrap();
    assert_eq!(
        written["state_changed_at"],
        "2023-05-04T10:13:27.340412175Z"
    );
    assert_eq!(
        written["verifiable_addresses"][0]["verified_at"],
        "2023-05-04T10:14:02.100Z"
    );
}

#[test]
fn session_without_identity_decodes() {
    // What a plain `list_sessions` returns: no `identity` unless expanded.
    let session: Session = decode(&json!({
        "id": "5f5e2a1b-7c6d-4e3f-8a9b-0c1d2e3f4a5b",
        "active": true,
        "expires_at": "2023-05-05T10:13:27Z",
        "authenticated_at": "2023-05-04T10:13:27Z",
        "issued_at": "2023-05-04T10:13:27Z",
        "authenticator_assurance_level": "aal1",
        "authentication_methods": [
            {"method": "password", "aal": "aal1", "completed_at": "2023-05-04T10:13:27Z"},
            {"method": "passkey", "aal": "aal1", "completed_at": "2023-05-04T10:13:28Z"}
        ]
    }));
    assert!(session.identity.is_none());
    assert_eq!(
        session.authenticator_assurance_level,
        Some(AuthenticatorAssuranceLevel::Aal1)
    );
    let methods = session.authentication_methods.unwrap_or_default();
    assert_eq!(
        methods[0].method,
        Some(SessionAuthenticationMethodMethod::Password)
    );
    assert_eq!(
        methods[1].method,
        Some(SessionAuthenticationMethodMethod::Unknown(
            "passkey".to_owned()
        ))
    );
}

#[test]
fn expanded_session_holds_identity_and_devices() {
    let session: Session = decode(&json!({
        "id": "5f5e2a1b-7c6d-4e3f-8a9b-0c1d2e3f4a5b",
        "identity": identity_json(),
        "devices": [{
            "id": "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
            "ip_address": "192.0.2.10",
            "user_agent": "curl/8.0",
            "location": "Berlin, DE"
        }]
    }));
    let identity = session.identity.expect("expanded identity");
    assert_eq!(identity.schema_id, "default");
    assert_eq!(
        session.devices.unwrap_or_default()[0].ip_address.as_deref(),
        Some("192.0.2.10")
    );
}

#[test]
fn missing_required_field_is_an_error_not_a_panic() {
    let mut broken = identity_json();
    broken.as_object_mut().unwrap().remove("schema_url");
    let err = serde_json::from_value::<Identity>(broken).unwrap_err();
    assert!(err.to_string().contains("schema_url"), "{err}");

    let not_a_uuid = json!({"id": "nope", "schema_id": "d", "schema_url": "u", "traits": {}});
    assert!(serde_json::from_value::<Identity>(not_a_uuid).is_err());
}

#[test]
fn request_bodies_serialize_as_the_server_expects() {
    let body = CreateIdentityBody {
        schema_id: "default".into(),
        traits: json!({"email": "a@example.com"}),
        state: Some(CreateIdentityBodyState::Inactive),
        ..Default::default()
    };
    assert_eq!(
        serde_json::to_value(&body).unwrap(),
        json!({"schema_id": "default", "traits": {"email": "a@example.com"}, "state": "inactive"})
    );

    let patch = vec![JsonPatch {
        op: JsonPatchOp::Replace,
        path: "/state".into(),
        value: Some(json!("inactive")),
        from: None,
    }];
    assert_eq!(
        serde_json::to_value(&patch).unwrap(),
        json!([{"op": "replace", "path": "/state", "value": "inactive"}])
    );
}

#[test]
fn enums_convert_from_and_to_strings() {
    assert_eq!(IdentityState::from("inactive"), IdentityState::Inactive);
    assert_eq!(IdentityState::from("banned").as_str(), "banned");
    assert_eq!(JsonPatchOp::Test.to_string(), "test");
    assert_eq!(
        SessionAuthenticationMethodMethod::from("v0.6_legacy_session"),
        SessionAuthenticationMethodMethod::V06LegacySession
    );
}

#[test]
fn error_body_decodes() {
    let error: ErrorGeneric = decode(&json!({
        "error": {
            "code": 404,
            "status": "Not Found",
            "message": "The requested resource could not be found",
            "reason": "no identity with this id"
        }
    }));
    assert_eq!(error.error.code, Some(404));
    assert_eq!(error.error.status.as_deref(), Some("Not Found"));
    assert_eq!(
        error.error.reason.as_deref(),
        Some("no identity with this id")
    );
    assert_eq!(
        error.error.message,
        "The requested resource could not be found"
    );
}
