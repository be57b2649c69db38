//! The client over HTTPS: a TLS server on 127.0.0.1 with a certificate from
//! a test CA (`support/tls/`). Trusting that CA, calls succeed and carry the
//! token inside TLS; without it, the certificate is refused, so verification
//! is on. Run with the client's default features (reqwest's rustls) and, by
//! `cargo xtask test`, with `--no-default-features` and each of the features
//! `client-rustls-ring` (rustls with ring, configured by the client) and
//! `client-native-tls` (the platform's TLS library).

use bytes::Bytes;
use ory_identity_client::{Client, Error};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use std::sync::{Arc, Mutex};
use tokio_rustls::TlsAcceptor;

#[path = "support/json_http.rs"]
mod json_http;

const CA: &[u8] = include_bytes!("support/tls/ca.pem");
const SERVER_CERT: &[u8] = include_bytes!("support/tls/server.pem");
const SERVER_KEY: &[u8] = include_bytes!("support/tls/server.key");

/// What the server saw of one request.
#[derive(Debug, Clone)]
struct Seen {
    path_and_query: String,
    authorization: Option<String>,
}

/// An HTTPS server on a random port of 127.0.0.1 that answers every request
/// with an empty identity list and records what it was sent.
async fn serve_https() -> (String, Arc<Mutex<Vec<Seen>>>) {
    let certs = CertificateDer::pem_slice_iter(SERVER_CERT)
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_slice(SERVER_KEY).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
    let acceptor = TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let acceptor = acceptor.clone();
            let log = log.clone();
            tokio::spawn(async move {
                // A client that refuses the certificate ends the handshake.
                let Ok(stream) = acceptor.accept(stream).await else {
                    return;
                };
                json_http::serve_json(stream, |request| {
                    log.lock().unwrap().push(Seen {
                        path_and_query: request
                            .uri()
                            .path_and_query()
                            .map(|p| p.to_string())
                            .unwrap_or_default(),
                        authorization: request
                            .headers()
                            .get("authorization")
                            .and_then(|v| v.to_str().ok())
                            .map(str::to_owned),
                    });
                    Bytes::from_static(b"[]")
                })
                .await;
            });
        }
    });
    (format!("https://127.0.0.1:{}", address.port()), seen)
}

#[tokio::test]
async fn calls_succeed_over_https_when_the_ca_is_trusted() {
    let (base, seen) = serve_https().await;
    // With only `rustls-ring`, reqwest has no crypto provider for clients
    // the caller builds; `http_client`'s docs say to install one.
    #[cfg(all(feature = "client-rustls-ring", not(feature = "client-rustls")))]
    let _ = rustls::crypto::ring::default_provider().install_default();
    let ca = reqwest::Certificate::from_pem(CA).unwrap();
    let http = reqwest::Client::builder()
        .tls_certs_only([ca])
        .build()
        .unwrap();
    let client = Client::builder()
        .http_client(http)
        .base_url(&base)
        .bearer_token("ory_pat_over_tls")
        .build()
        .unwrap();

    let identities = client.list_identities().per_page(5).await.unwrap();

    assert!(identities.is_empty());
    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(seen[0].path_and_query, "/admin/identities?per_page=5");
    assert_eq!(
        seen[0].authorization.as_deref(),
        Some("Bearer ory_pat_over_tls")
    );
}

#[tokio::test]
async fn the_default_client_refuses_a_certificate_it_does_not_trust() {
    let (base, seen) = serve_https().await;
    let client = Client::builder()
        .base_url(&base)
        .bearer_token("ory_pat_must_not_leak")
        .build()
        .unwrap();

    let error = client.list_identities().await.unwrap_err();

    let Error::Transport(transport) = &error else {
        panic!("expected a transport error, got {error:?}");
    };
    assert!(transport.is_connect(), "{transport:?}");
    // The reason is the certificate, not a missing TLS backend.
    let chain = format!("{:?}", transport);
    assert!(
        chain.to_lowercase().contains("certificate"),
        "the error should name the certificate: {chain}"
    );
    assert!(
        seen.lock().unwrap().is_empty(),
        "no request may reach the server"
    );
}

/// The client from `Client::builder()`, with its own TLS setup, against the
/// system's roots: a child process trusts only the test CA
/// (`SSL_CERT_FILE`), and its call succeeds.
#[tokio::test]
async fn the_default_builder_trusts_the_system_roots() {
    let (base, seen) = serve_https().await;
    let ca_file = concat!(env!("CARGO_MANIFEST_DIR"), "/support/tls/ca.pem");
    // Blocking on the child here would stop this runtime, and the server.
    tokio::task::spawn_blocking(move || {
        run_child("child_calls_through_the_default_builder", ca_file, &base)
    })
    .await
    .unwrap();

    let seen = seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 1, "{seen:?}");
    assert_eq!(seen[0].path_and_query, "/admin/identities?per_page=7");
    assert_eq!(
        seen[0].authorization.as_deref(),
        Some("Bearer ory_pat_system_roots")
    );
}

/// A system without CA certificates: `build()` says so instead of
/// panicking or building a client that trusts nothing. (The platform's TLS
/// library reads its roots when connecting, so there it is the connection
/// that fails, as in the test of an untrusted certificate.)
#[cfg(not(feature = "client-native-tls"))]
#[test]
fn the_builder_reports_a_system_without_ca_certificates() {
    let empty = concat!(env!("CARGO_MANIFEST_DIR"), "/support/tls/empty.pem");
    run_child(
        "child_builds_without_ca_certificates",
        empty,
        "https://127.0.0.1:9",
    );
}

/// Runs one of the `child_` tests below in a child process of this test
/// binary, with `SSL_CERT_FILE` as the system's roots (changing this
/// process's environment would race with the other tests), and requires
/// that it ran and passed.
fn run_child(test: &str, cert_file: &str, base_url: &str) {
    let output = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", test, "--ignored", "--nocapture"])
        .env("SSL_CERT_FILE", cert_file)
        .env_remove("SSL_CERT_DIR")
        .env(CHILD_BASE_URL, base_url)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stdout}\n{stderr}");
    assert!(
        stdout.contains("1 passed"),
        "the child test did not run: {stdout}"
    );
}

/// Where a child process finds the server.
const CHILD_BASE_URL: &str = "HTTPS_TEST_CHILD_BASE_URL";

#[tokio::test]
#[ignore = "run in a child process by the_default_builder_trusts_the_system_roots"]
async fn child_calls_through_the_default_builder() {
    let Ok(base) = std::env::var(CHILD_BASE_URL) else {
        return;
    };
    let client = Client::builder()
        .base_url(&base)
        .bearer_token("ory_pat_system_roots")
        .build()
        .unwrap();
    let identities = client.list_identities().per_page(7).await.unwrap();
    assert!(identities.is_empty());
}

#[cfg(not(feature = "client-native-tls"))]
#[test]
#[ignore = "run in a child process by the_builder_reports_a_system_without_ca_certificates"]
fn child_builds_without_ca_certificates() {
    let Ok(base) = std::env::var(CHILD_BASE_URL) else {
        return;
    };
    let error = Client::builder().base_url(&base).build().unwrap_err();

    // The same reason whichever rustls setup is compiled in.
    let mut reasons = error.to_string();
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        reasons.push_str(&format!(": {cause}"));
        source = cause.source();
    }
    assert!(reasons.contains("No CA certificates"), "{reasons}");
    #[cfg(all(feature = "client-rustls-ring", not(feature = "client-rustls")))]
    assert!(
        matches!(error, ory_identity_client::BuildError::Tls(_)),
        "{error:?}"
    );
}
