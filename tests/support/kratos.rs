//! What every `tests/kratos_*.rs` binary shares: one Kratos per binary,
//! started before its tests and stopped after them (libtest-mimic runs the
//! tests, so `main` can do both), clients for it, and signing in through the
//! self-service API with the client generated from Kratos's own document.
//!
//! Tests stay independent on one server by using their own identities
//! (`unique_email`).

#![allow(dead_code, unused_imports)] // Each binary uses part of it.

use libtest_mimic::{Arguments, Trial};
use ory_identity_client::Client;
use std::future::Future;
use std::process::ExitCode;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};
use workspace_tests::kratos::{self, Kratos};
pub use workspace_tests::kratos::{BCRYPT_OF_PASSWORD, PASSWORD};

/// The server's addresses, for the tests.
pub struct Env {
    pub admin_url: String,
    pub public_url: String,
    pub token: Option<String>,
    /// Started here with our config; false for a server named by
    /// `KRATOS_ADMIN_URL` (tests that depend on the config skip there).
    pub local: bool,
}

static ENV: OnceLock<Env> = OnceLock::new();

/// The server of this test binary.
pub fn env() -> &'static Env {
    ENV.get()
        .expect("the server is started before the tests run")
}

/// A test: its name, and the async function that is it.
pub type Test = (
    &'static str,
    fn() -> std::pin::Pin<Box<dyn Future<Output = ()> + Send>>,
);

/// `tests![a, b]`: the list of async test functions a binary runs.
#[macro_export]
macro_rules! tests {
    ($($name:ident),* $(,)?) => {
        vec![$((
            stringify!($name),
            (|| -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>> {
                Box::pin($name())
            }) as fn() -> _,
        )),*]
    };
}

/// Starts the server, runs `tests` on it (each on a runtime of its own),
/// stops it. Without a server every test is reported ignored (and in CI,
/// `kratos::start` fails instead).
pub fn main(tests: Vec<Test>) -> ExitCode {
    let mut args = Arguments::from_args();
    // Kratos's in-memory SQLite answers concurrent writes with 400 "Unable
    // to serialize access due to a concurrent update" (seen once in a fresh
    // clone): one test at a time, unless asked otherwise.
    args.test_threads.get_or_insert(1);
    let server: Option<Kratos> = if args.list { None } else { kratos::start() };
    if let Some(server) = &server {
        let _ = ENV.set(Env {
            admin_url: server.admin_url.clone(),
            public_url: server.public_url.clone(),
            token: server.token.clone(),
            local: server.local,
        });
    }
    let available = server.is_some();
    let trials = tests
        .into_iter()
        .map(|(name, test)| {
            Trial::test(name, move || {
                tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("a runtime")
                    .block_on(test());
                Ok(())
            })
            .with_ignored_flag(!available && !args.list)
        })
        .collect();
    let conclusion = libtest_mimic::run(&args, trials);
    if conclusion.has_failed()
        && let Some(server) = &server
    {
        eprintln!("Kratos's log:\n{}", server.log());
    }
    drop(server);
    conclusion.exit_code()
}

/// The identity client on the admin API, with the token when there is one.
pub fn admin() -> Client {
    let env = env();
    let builder = Client::builder().base_url(&env.admin_url);
    match &env.token {
        Some(token) => builder.bearer_token(token),
        None => builder,
    }
    .build()
    .expect("a client")
}

/// The identity client on the public API, where a self-hosted Kratos serves
/// the identity schemas (its admin port redirects there).
pub fn public() -> Client {
    Client::builder()
        .base_url(&env().public_url)
        .build()
        .expect("a client")
}

/// Plain HTTP to the admin API (`path` with its query), with the token when
/// there is one: for requests the typed client cannot make (no body where
/// the spec requires one, say).
pub fn raw_admin(method: &str, path: &str) -> reqwest::RequestBuilder {
    let env = env();
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("an HTTP method");
    let request = reqwest::Client::new().request(method, format!("{}{path}", env.admin_url));
    match &env.token {
        Some(token) => request.bearer_auth(token),
        None => request,
    }
}

/// An e-mail address no other test (and no earlier run against a remote
/// server) uses.
pub fn unique_email(what: &str) -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or_default();
    format!("{what}-{}-{n}-{nanos}@example.com", std::process::id())
}

/// A session made by signing in through the public API.
#[derive(Debug)]
pub struct SignedIn {
    pub session_token: String,
    pub session_id: uuid::Uuid,
    pub identity_id: uuid::Uuid,
}

/// Signs in as `email` with `password` through the native (API) login flow,
/// with the client generated from Kratos's own document: create the flow,
/// find the password field among its UI nodes (a discriminated union on
/// `node_type`), send the password method. Panics when signing in fails.
///
/// `None` (after saying so) when that document is not beside the workspace,
/// so the client could not be generated; in CI that fails instead.
pub async fn sign_in(email: &str, password: &str) -> Option<SignedIn> {
    let outcome = try_sign_in(email, password).await?;
    Some(outcome.unwrap_or_else(|e| panic!("{e}")))
}

/// [`sign_in`], with a refusal as an error.
pub async fn try_sign_in(email: &str, password: &str) -> Option<Result<SignedIn, String>> {
    #[cfg(kratos_document)]
    return Some(sign_in_with_generated_client(email, password).await);
    #[cfg(not(kratos_document))]
    {
        let _ = (email, password);
        assert!(
            std::env::var_os("CI").is_none(),
            "../shared/specs/kratos-v1.3.1-api.json is missing; CI must have it"
        );
        eprintln!("skipped: without Kratos's OpenAPI document there is no client to sign in with");
        None
    }
}

#[cfg(kratos_document)]
async fn sign_in_with_generated_client(email: &str, password: &str) -> Result<SignedIn, String> {
    use kratos_client::models::*;
    let frontend = kratos_client::Client::builder()
        .base_url(&env().public_url)
        .build()
        .map_err(|e| e.to_string())?;
    let flow = frontend
        .create_native_login_flow()
        .await
        .map_err(|e| format!("creating the login flow: {e}"))?;
    let asks_for_password = flow.ui.nodes.iter().any(|node| {
        matches!(&node.attributes, UiNodeAttributes::UiNodeInputAttributes(input)
            if input.name == "password")
    });
    if !asks_for_password {
        return Err(format!(
            "the login flow has no password field: {:?}",
            flow.ui.nodes
        ));
    }
    let body =
        UpdateLoginFlowBody::UpdateLoginFlowWithPasswordMethod(UpdateLoginFlowWithPasswordMethod {
            identifier: email.to_owned(),
            password: password.to_owned(),
            method: "password".to_owned(),
            ..Default::default()
        });
    let done = frontend
        .update_login_flow(flow.id.to_string(), &body)
        .await
        .map_err(|e| format!("signing in as {email}: {e}"))?;
    Ok(SignedIn {
        session_token: done.session_token.ok_or("no session token")?,
        session_id: done.session.id,
        identity_id: done.session.identity.map(|i| i.id).ok_or("no identity")?,
    })
}

/// What creates a `person` whose password credential is `config` (a password
/// to hash, or a hash to import).
pub fn person_with(
    email: &str,
    config: ory_identity_client::models::IdentityWithCredentialsPasswordConfig,
) -> ory_identity_client::models::CreateIdentityBody {
    use ory_identity_client::models::*;
    CreateIdentityBody {
        schema_id: "person".into(),
        traits: serde_json::json!({ "email": email }),
        credentials: Some(IdentityWithCredentials {
            password: Some(IdentityWithCredentialsPassword {
                config: Some(config),
            }),
            ..Default::default()
        }),
        ..Default::default()
    }
}

/// Creates `entries` in one batch call; the results, one per entry.
pub async fn batch_create(
    entries: Vec<ory_identity_client::models::IdentityPatch>,
) -> Vec<ory_identity_client::models::IdentityPatchResponse> {
    let body = ory_identity_client::models::PatchIdentitiesBody {
        identities: Some(entries),
    };
    admin()
        .batch_patch_identities(&body)
        .await
        .unwrap_or_else(|e| panic!("a batch of identities: {e}"))
        .identities
        .unwrap_or_default()
}

/// An identity of the `person` schema with the password [`PASSWORD`],
/// created through the admin API.
pub async fn person_with_password(email: &str) -> ory_identity_client::models::Identity {
    let config = ory_identity_client::models::IdentityWithCredentialsPasswordConfig {
        password: Some(PASSWORD.to_owned()),
        ..Default::default()
    };
    admin()
        .create_identity(&person_with(email, config))
        .await
        .unwrap_or_else(|e| panic!("creating {email}: {e}"))
}

/// The session a session token stands for, asked of the public API as an
/// app would (`GET /sessions/whoami`), with the generated Kratos client: the
/// status when the server refuses.
#[cfg(kratos_document)]
pub async fn whoami(session_token: &str) -> Result<uuid::Uuid, u16> {
    let frontend = kratos_client::Client::builder()
        .base_url(&env().public_url)
        .build()
        .expect("a client");
    frontend
        .to_session()
        .x_session_token(session_token)
        .await
        .map(|s| s.id)
        .map_err(|e| e.status().map_or(0, |s| s.as_u16()))
}
