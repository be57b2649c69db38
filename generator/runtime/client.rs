//! The client and its builder (sending a call is in `call`).

use crate::error::{BuildError, InvalidRequest};
use crate::retry::Retry;
use std::fmt;
use std::time::Duration;

/// How long a request may take, from sending to the last byte of the
/// response, unless [`ClientBuilder::timeout`] says otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// The longest response body a client reads into memory unless
/// [`ClientBuilder::max_body_size`] says otherwise: far more than any answer
/// of a JSON API, far less than what would exhaust a machine.
pub const DEFAULT_MAX_BODY_SIZE: usize = 64 * 1024 * 1024;

/// How long connecting may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// A client for the API. Cloning is cheap: clones share one connection pool.
///
/// Operations are methods that return a request builder; `.await` it (or
/// call `send()`) to send the request.
#[derive(Clone)]
pub struct Client {
    pub(crate) http: reqwest::Client,
    /// Without a trailing `/`, so that paths (which start with one) join cleanly.
    base_url: String,
    pub(crate) credentials: crate::security::Credentials,
    pub(crate) retry: Retry,
    /// The time a call may take, its retries included.
    pub(crate) timeout: Duration,
    pub(crate) max_body_size: usize,
    #[cfg(feature = "middleware")]
    pub(crate) middleware: Option<reqwest_middleware::ClientWithMiddleware>,
}

impl Client {
    /// A builder, with the spec's server as the base URL, a
    /// [`DEFAULT_TIMEOUT`] and no credentials.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client that sends through an HTTP client the caller configured
    /// (timeouts, proxies, TLS, default headers), without credentials; to add
    /// them, use [`ClientBuilder::http_client`] instead.
    pub fn from_reqwest(http: reqwest::Client, base_url: &str) -> Result<Client, BuildError> {
        Client::builder().http_client(http).base_url(base_url).build()
    }

    /// Whether requests go through a middleware stack.
    fn has_middleware(&self) -> bool {
        #[cfg(feature = "middleware")]
        return self.middleware.is_some();
        #[cfg(not(feature = "middleware"))]
        false
    }

    /// The base URL requests go to, without a trailing `/`.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The URL of `path` (which starts with `/` and is already encoded).
    pub(crate) fn url(&self, path: &str) -> Result<reqwest::Url, InvalidRequest> {
        let joined = format!("{}{path}", self.base_url);
        reqwest::Url::parse(&joined)
            .map_err(|e| InvalidRequest::new(format!("`{joined}` is not a valid URL: {e}")))
    }

    /// A request to `url`, accepting `accept`.
    pub(crate) fn request(
        &self,
        method: reqwest::Method,
        url: reqwest::Url,
        accept: &'static str,
    ) -> reqwest::RequestBuilder {
        self.http
            .request(method, url)
            .header(reqwest::header::ACCEPT, accept)
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.base_url)
            .field("credentials", &self.credentials)
            .field("retry", &self.retry)
            .field("timeout", &self.timeout)
            .field("max_body_size", &self.max_body_size)
            .field("middleware", &self.has_middleware())
            .finish_non_exhaustive()
    }
}

/// Settings for a [`Client`].
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    base_url: String,
    timeout: Duration,
    user_agent: String,
    http: Option<reqwest::Client>,
    pub(crate) credentials: crate::security::Credentials,
    retry: Retry,
    max_body_size: usize,
    #[cfg(feature = "middleware")]
    middleware: Option<reqwest_middleware::ClientWithMiddleware>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            base_url: crate::DEFAULT_BASE_URL.to_owned(),
            timeout: DEFAULT_TIMEOUT,
            user_agent: concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")).to_owned(),
            http: None,
            credentials: Default::default(),
            retry: Retry::default(),
            max_body_size: DEFAULT_MAX_BODY_SIZE,
            #[cfg(feature = "middleware")]
            middleware: None,
        }
    }
}

impl ClientBuilder {
    /// The URL requests go to (a trailing `/` does not matter). Checked by
    /// [`build`](Self::build).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// How long a call may take, from sending to the last byte of the
    /// response, its retries and their waits included ([`DEFAULT_TIMEOUT`]
    /// unless set).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The longest response body the client reads into memory, in bytes
    /// ([`DEFAULT_MAX_BODY_SIZE`] unless set); a longer one is an
    /// [`Error::BodyTooLarge`](crate::Error::BodyTooLarge).
    pub fn max_body_size(mut self, bytes: usize) -> Self {
        self.max_body_size = bytes;
        self
    }

    /// When requests are sent again ([`Retry::default`] unless set;
    /// [`Retry::never`] turns retries off).
    pub fn retry(mut self, retry: Retry) -> Self {
        self.retry = retry;
        self
    }

    /// The `User-Agent` header (by default this crate's name and version).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Sends through this HTTP client, configured by the caller, instead of
    /// one built from [`timeout`](Self::timeout) and
    /// [`user_agent`](Self::user_agent). The user agent then does not
    /// apply; the timeout still bounds each call, its retries included.
    ///
    /// With this crate's `rustls-ring` feature and without its `rustls`
    /// one, reqwest has no crypto provider of its own (this crate gives one
    /// to the clients it builds, not to others): a client built by the
    /// caller then needs reqwest's `rustls` or `native-tls` feature, or a
    /// provider installed with `rustls::crypto::CryptoProvider::install_default`,
    /// or reqwest panics while building it.
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Sends every request through this middleware stack (the `middleware`
    /// feature: tracing, caching, auth of one's own from the
    /// reqwest-middleware ecosystem). Requests are still built, retried and
    /// bounded by this client; the stack's own reqwest client sends them,
    /// with its settings (its user agent, its TLS), and a middleware's
    /// failure is an [`Error::Middleware`](crate::Error::Middleware).
    #[cfg(feature = "middleware")]
    pub fn middleware(mut self, stack: reqwest_middleware::ClientWithMiddleware) -> Self {
        self.middleware = Some(stack);
        self
    }

    /// The client; fails when the base URL is not an `http` or `https` URL.
    pub fn build(self) -> Result<Client, BuildError> {
        let base_url = checked_base_url(&self.base_url)?;
        if let Some(http) = self.http {
            return Ok(Client {
                http,
                base_url,
                credentials: self.credentials,
                retry: self.retry,
                timeout: self.timeout,
                max_body_size: self.max_body_size,
                #[cfg(feature = "middleware")]
                middleware: self.middleware,
            });
        }
        let builder = reqwest::Client::builder()
            .timeout(self.timeout)
            .connect_timeout(CONNECT_TIMEOUT.min(self.timeout))
            .user_agent(self.user_agent)
            // The spec says which statuses an operation answers with; a
            // redirect is one of them or an error, not something to follow.
            .redirect(reqwest::redirect::Policy::none());
        #[cfg(all(feature = "rustls-ring", not(feature = "native-tls")))]
        let builder = builder.tls_backend_preconfigured(
            crate::tls::client_config().map_err(|e| BuildError::Tls(Box::new(e)))?,
        );
        let http = builder.build().map_err(BuildError::Http)?;
        Ok(Client {
            http,
            base_url,
            credentials: self.credentials,
            retry: self.retry,
            timeout: self.timeout,
            max_body_size: self.max_body_size,
            #[cfg(feature = "middleware")]
            middleware: self.middleware,
        })
    }
}

/// Checks a base URL and drops its trailing `/`.
fn checked_base_url(url: &str) -> Result<String, BuildError> {
    let invalid = |reason: String| BuildError::InvalidBaseUrl {
        url: url.to_owned(),
        reason,
    };
    let parsed = reqwest::Url::parse(url.trim()).map_err(|e| invalid(e.to_string()))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(invalid(format!(
            "the scheme must be http or https, not `{}`",
            parsed.scheme()
        )));
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(invalid("a base URL cannot have a query or fragment".to_owned()));
    }
    Ok(parsed.as_str().trim_end_matches('/').to_owned())
}

#[cfg(test)]
mod tests {
    use super::checked_base_url;

    #[test]
    fn base_urls_lose_their_trailing_slash() {
        assert_eq!(checked_base_url("https://a.example/").unwrap(), "https://a.example");
        assert_eq!(checked_base_url("http://127.0.0.1:8080/api/").unwrap(), "http://127.0.0.1:8080/api");
        assert_eq!(checked_base_url("https://a.example").unwrap(), "https://a.example");
    }

    #[test]
    fn bad_base_urls_are_errors() {
        for bad in ["", "not a url", "ftp://a.example", "https://a.example/?x=1", "https://a.example/#f", "/relative"] {
            assert!(checked_base_url(bad).is_err(), "{bad}");
        }
    }
}
