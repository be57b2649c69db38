//! HTTPS with the `rustls-ring` feature: rustls with the *ring* crypto
//! provider and the platform's certificate verifier (the system's CA
//! certificates), for the clients this crate builds. reqwest's own `rustls`
//! feature brings aws-lc, whose build is most of a clean build of a small
//! program using this crate; *ring* checks the same certificates and builds
//! in a fraction of the time. The configuration is given to each client, so
//! no process-wide provider is installed and an application's own choice is
//! left alone.
#![cfg(all(feature = "rustls-ring", not(feature = "native-tls")))]

use std::sync::Arc;

/// A TLS configuration for a client: TLS 1.2 and 1.3, server certificates
/// checked against the platform's roots, and ALPN for the HTTP versions
/// this build can speak.
pub(crate) fn client_config() -> Result<rustls::ClientConfig, rustls::Error> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let verifier = rustls_platform_verifier::Verifier::new(provider.clone())?;
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    config.alpn_protocols = if cfg!(feature = "http2") {
        vec![b"h2".to_vec(), b"http/1.1".to_vec()]
    } else {
        vec![b"http/1.1".to_vec()]
    };
    Ok(config)
}
