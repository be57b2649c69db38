//! Sessions on the real server, made for real: each test signs in through the
//! public API's native login flow (`/self-service/login/api`, then the
//! password method) with the client generated from Kratos's own document,
//! then manages the session with the identity client.

#[path = "support/kratos.rs"]
mod kratos;

use kratos::{SignedIn, admin, unique_email};
use ory_identity_client::models::*;
use std::process::ExitCode;

fn main() -> ExitCode {
    kratos::main(tests![
        an_imported_password_signs_in,
        an_imported_hash_signs_in,
        sessions_are_listed_with_what_expand_asks_for,
        a_session_is_fetched_with_its_identity,
        extending_a_session_moves_its_expiry,
        a_disabled_session_stops_working,
        listing_an_identitys_sessions_by_state,
        deleting_an_identitys_sessions,
        an_unknown_session_is_404,
    ])
}

/// Signs in as a new person with a password; `None` when signing in cannot
/// be tested here (said already).
async fn signed_in(what: &str) -> Option<(String, SignedIn)> {
    let email = unique_email(what);
    kratos::person_with_password(&email).await;
    let session = kratos::sign_in(&email, kratos::PASSWORD).await?;
    Some((email, session))
}

async fn an_imported_password_signs_in() {
    let email = unique_email("imported");
    let identity = kratos::person_with_password(&email).await;
    let Some(session) = kratos::sign_in(&email, kratos::PASSWORD).await else {
        return;
    };
    assert_eq!(session.identity_id, identity.id);
    assert!(
        session.session_token.starts_with("ory_st_"),
        "{}",
        session.session_token
    );
    let Some(wrong) = kratos::try_sign_in(&email, "not-the-password").await else {
        return;
    };
    let refusal = wrong.unwrap_err();
    assert!(refusal.contains("400"), "{refusal}");
}

async fn an_imported_hash_signs_in() {
    let email = unique_email("hash");
    let config = IdentityWithCredentialsPasswordConfig {
        hashed_password: Some(kratos::BCRYPT_OF_PASSWORD.into()),
        ..Default::default()
    };
    let identity = admin()
        .create_identity(&kratos::person_with(&email, config))
        .await
        .unwrap();
    let Some(session) = kratos::sign_in(&email, kratos::PASSWORD).await else {
        return;
    };
    assert_eq!(session.identity_id, identity.id);
}

async fn sessions_are_listed_with_what_expand_asks_for() {
    let Some((_, mine)) = signed_in("listed").await else {
        return;
    };
    let client = admin();
    let find = |sessions: Vec<Session>| {
        sessions
            .into_iter()
            .find(|s| s.id == mine.session_id)
            .expect("the new session is listed")
    };
    let plain = find(client.list_sessions().page_size(500).await.unwrap());
    assert!(
        plain.identity.is_none() && plain.devices.is_none(),
        "{plain:?}"
    );
    assert_eq!(plain.active, Some(true));

    let expanded = find(
        client
            .list_sessions()
            .page_size(500)
            .active(true)
            .expand([ListSessionsExpand::Identity, ListSessionsExpand::Devices])
            .await
            .unwrap(),
    );
    assert_eq!(expanded.identity.map(|i| i.id), Some(mine.identity_id));
    let devices = expanded.devices.unwrap_or_default();
    assert_eq!(devices.len(), 1, "{devices:?}");
    // The device is the generated Kratos client that signed in.
    let agent = devices[0].user_agent.clone().unwrap_or_default();
    assert!(agent.starts_with("kratos-client/"), "{agent}");
    assert!(
        devices[0]
            .ip_address
            .as_deref()
            .unwrap_or_default()
            .starts_with("127.0.0.1")
    );
}

async fn a_session_is_fetched_with_its_identity() {
    let Some((email, mine)) = signed_in("fetched").await else {
        return;
    };
    let client = admin();
    let plain = client.get_session(mine.session_id).await.unwrap();
    assert_eq!(plain.id, mine.session_id);
    assert!(plain.identity.is_none());
    assert_eq!(
        plain.authenticator_assurance_level,
        Some(AuthenticatorAssuranceLevel::Aal1)
    );
    let methods = plain.authentication_methods.unwrap_or_default();
    assert_eq!(
        methods[0].method,
        Some(SessionAuthenticationMethodMethod::Password)
    );

    let with = client
        .get_session(mine.session_id)
        .expand([GetSessionExpand::Identity])
        .await
        .unwrap();
    let identity = with.identity.expect("expanded");
    assert_eq!(identity.traits["email"], email.as_str());
}

async fn extending_a_session_moves_its_expiry() {
    let Some((_, mine)) = signed_in("extended").await else {
        return;
    };
    let client = admin();
    let before = client
        .get_session(mine.session_id)
        .await
        .unwrap()
        .expires_at
        .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    // Without the faster-extend feature flag the server answers 200 with the session.
    let extended = client
        .extend_session(mine.session_id)
        .await
        .unwrap()
        .expect("the session, with a 200");
    let after = extended.expires_at.unwrap();
    assert!(after > before, "{before} → {after}");
    let stored = client.get_session(mine.session_id).await.unwrap();
    assert_eq!(stored.expires_at, Some(after));
}

async fn a_disabled_session_stops_working() {
    let Some((_, mine)) = signed_in("disabled").await else {
        return;
    };
    #[cfg(kratos_document)]
    assert_eq!(
        kratos::whoami(&mine.session_token).await,
        Ok(mine.session_id)
    );
    let client = admin();
    client.disable_session(mine.session_id).await.unwrap();
    let after = client.get_session(mine.session_id).await.unwrap();
    assert_eq!(after.active, Some(false), "kept, but inactive");
    #[cfg(kratos_document)]
    assert_eq!(kratos::whoami(&mine.session_token).await, Err(401));
}

async fn listing_an_identitys_sessions_by_state() {
    let email = unique_email("states");
    let identity = kratos::person_with_password(&email).await;
    let Some(first) = kratos::sign_in(&email, kratos::PASSWORD).await else {
        return;
    };
    let second = kratos::sign_in(&email, kratos::PASSWORD).await.unwrap();
    let client = admin();
    client.disable_session(first.session_id).await.unwrap();
    let ids = |sessions: Vec<Session>| sessions.into_iter().map(|s| s.id).collect::<Vec<_>>();
    let active = client
        .list_identity_sessions(identity.id)
        .active(true)
        .await
        .unwrap();
    assert_eq!(ids(active), [second.session_id]);
    let inactive = client
        .list_identity_sessions(identity.id)
        .active(false)
        .await
        .unwrap();
    assert_eq!(ids(inactive), [first.session_id]);
    let all = client.list_identity_sessions(identity.id).await.unwrap();
    assert_eq!(all.len(), 2);
}

async fn deleting_an_identitys_sessions() {
    let email = unique_email("deleted");
    let identity = kratos::person_with_password(&email).await;
    let Some(session) = kratos::sign_in(&email, kratos::PASSWORD).await else {
        return;
    };
    kratos::sign_in(&email, kratos::PASSWORD).await.unwrap();
    let client = admin();
    client.delete_identity_sessions(identity.id).await.unwrap();
    assert!(
        client
            .list_identity_sessions(identity.id)
            .await
            .unwrap()
            .is_empty()
    );
    let gone = client.get_session(session.session_id).await.unwrap_err();
    assert_eq!(gone.status().map(|s| s.as_u16()), Some(404), "{gone}");
    // With nothing left to delete the server answers 404.
    let again = client
        .delete_identity_sessions(identity.id)
        .await
        .unwrap_err();
    assert_eq!(again.status().map(|s| s.as_u16()), Some(404), "{again}");
}

async fn an_unknown_session_is_404() {
    let err = admin().get_session(uuid::Uuid::new_v4()).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404), "{err}");
    assert!(
        err.to_string().contains("Unable to locate the resource"),
        "{err}"
    );
    // Not a UUID: the server's 400 says why.
    let err = admin().get_session("nope").await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400), "{err}");
    assert!(err.to_string().contains("incorrect UUID length"), "{err}");
}
