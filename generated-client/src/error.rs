//! The error of every operation, and of building a client.

use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use std::fmt;

/// Why an operation failed. `E` is the type of the error bodies the API
/// describes for the operation.
///
/// When the call was tried more than once, the error is that of its last
/// try; [`attempts`](Error::attempts) says how many tries there were.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E> {
    /// The request was not sent, because a parameter or the body could not
    /// be encoded (an empty path parameter, for example, would change the
    /// route).
    InvalidRequest(InvalidRequest),
    /// No response arrived: the connection failed, timed out, or the body
    /// could not be read. The `reqwest` error is the [`source`](std::error::Error::source).
    Transport(TransportError),
    /// The server answered with a status the operation does not treat as
    /// success.
    Api(Box<ApiError<E>>),
    /// The server answered with success, but the body did not decode.
    Decode(Box<DecodeError>),
    /// Walking the pages of a list went wrong: the next link points at
    /// another host, lacks the cursor, or repeats a cursor.
    Pagination(String),
    /// A middleware of the client's stack failed the request (the
    /// `middleware` feature's `ClientBuilder::middleware`).
    Middleware(MiddlewareError),
    /// The response's body is longer than the client reads into memory
    /// ([`ClientBuilder::max_body_size`](crate::ClientBuilder::max_body_size));
    /// reading stopped there.
    BodyTooLarge {
        /// The response's status.
        status: StatusCode,
        /// The most the client reads, in bytes.
        limit: usize,
        /// The tries sent, this one included.
        attempts: u32,
    },
}

/// No response arrived: the `reqwest` error of the last try (its methods,
/// such as `is_timeout()`, are this error's too), and how many tries there
/// were.
#[derive(Debug)]
pub struct TransportError {
    error: reqwest::Error,
    attempts: u32,
}

impl TransportError {
    pub(crate) fn new(error: reqwest::Error, attempts: u32) -> Self {
        TransportError { error, attempts }
    }

    /// The tries sent, the last included (0 when the request could not even
    /// be built).
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    /// The `reqwest` error.
    pub fn into_inner(self) -> reqwest::Error {
        self.error
    }
}

impl std::ops::Deref for TransportError {
    type Target = reqwest::Error;
    fn deref(&self) -> &reqwest::Error {
        &self.error
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.error, f)
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}

/// A middleware's failure (the `middleware` feature), and how many tries
/// there were.
#[derive(Debug)]
pub struct MiddlewareError {
    error: Box<dyn std::error::Error + Send + Sync>,
    attempts: u32,
}

impl MiddlewareError {
    // Only the `middleware` feature makes one.
    #[cfg_attr(not(feature = "middleware"), allow(dead_code))]
    pub(crate) fn new(error: Box<dyn std::error::Error + Send + Sync>, attempts: u32) -> Self {
        MiddlewareError { error, attempts }
    }

    /// The tries sent, the last included.
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    /// The middleware's own error.
    pub fn into_inner(self) -> Box<dyn std::error::Error + Send + Sync> {
        self.error
    }
}

impl fmt::Display for MiddlewareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.error, f)
    }
}

impl std::error::Error for MiddlewareError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self.error.as_ref())
    }
}

/// An error response from the server.
#[derive(Debug, Clone)]
pub struct ApiError<E> {
    /// The response's status.
    pub status: StatusCode,
    /// The response's headers.
    pub headers: HeaderMap,
    /// The body, decoded, when it is JSON of the described shape.
    pub body: Option<E>,
    /// The body as text (invalid UTF-8 replaced), whether it decoded or not.
    pub raw_body: String,
    /// The tries sent, this one included.
    pub attempts: u32,
}

/// A success response whose body did not decode.
#[derive(Debug)]
pub struct DecodeError {
    /// The response's status.
    pub status: StatusCode,
    /// The response's headers.
    pub headers: HeaderMap,
    /// Where in the body decoding failed, such as `[2].created_at` (`.` for the
    /// top level).
    pub path: String,
    /// The body as text (invalid UTF-8 replaced).
    pub raw_body: String,
    /// The tries sent, this one included.
    pub attempts: u32,
    pub(crate) source: serde_json::Error,
}

/// A parameter or body that cannot be sent as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidRequest {
    message: String,
}

impl InvalidRequest {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        InvalidRequest {
            message: message.into(),
        }
    }
}

impl fmt::Display for InvalidRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for InvalidRequest {}

impl<E> From<InvalidRequest> for Error<E> {
    fn from(e: InvalidRequest) -> Self {
        Error::InvalidRequest(e)
    }
}

impl<E> Error<E> {
    /// The response's status, when a response arrived.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            Error::Transport(e) => e.status(),
            Error::BodyTooLarge { status, .. } => Some(*status),
            Error::InvalidRequest(_) | Error::Pagination(_) | Error::Middleware(_) => None,
        }
    }

    /// The decoded error body, when the server sent one of the described shape.
    pub fn api_error(&self) -> Option<&E> {
        match self {
            Error::Api(e) => e.body.as_ref(),
            _ => None,
        }
    }

    /// The response's headers, when a response arrived.
    pub fn headers(&self) -> Option<&HeaderMap> {
        match self {
            Error::Api(e) => Some(&e.headers),
            Error::Decode(e) => Some(&e.headers),
            _ => None,
        }
    }

    /// The response's body as text, when a response arrived.
    pub fn raw_body(&self) -> Option<&str> {
        match self {
            Error::Api(e) => Some(&e.raw_body),
            Error::Decode(e) => Some(&e.raw_body),
            _ => None,
        }
    }

    /// Whether the request timed out.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Transport(e) if e.is_timeout())
    }

    /// How many times the request was sent, the try that gave this error
    /// included: more than 1 when the client tried again (see
    /// [`Retry`](crate::Retry)); `None` when the error is not the outcome
    /// of sending (the request could not be encoded, or the next page could
    /// not be found).
    pub fn attempts(&self) -> Option<u32> {
        match self {
            Error::Transport(e) => Some(e.attempts),
            Error::Api(e) => Some(e.attempts),
            Error::Decode(e) => Some(e.attempts),
            Error::Middleware(e) => Some(e.attempts),
            Error::BodyTooLarge { attempts, .. } => Some(*attempts),
            Error::InvalidRequest(_) | Error::Pagination(_) => None,
        }
    }
}

impl<E> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InvalidRequest(e) => write!(f, "request not sent: {e}")?,
            Error::Transport(e) if e.is_timeout() => write!(f, "request timed out: {e}")?,
            Error::Transport(e) => write!(f, "request failed: {e}")?,
            Error::Api(e) => {
                write!(f, "server answered {}", e.status)?;
                if let Some(message) = server_message(&e.raw_body) {
                    write!(f, ": {message}")?;
                }
            }
            Error::Decode(e) => write!(
                f,
                "could not decode the {} response at `{}`: {}",
                e.status, e.path, e.source
            )?,
            Error::Pagination(message) => write!(f, "cannot go on to the next page: {message}")?,
            Error::Middleware(e) => write!(f, "a middleware failed the request: {e}")?,
            Error::BodyTooLarge { status, limit, .. } => write!(
                f,
                "the {status} response's body is over the {limit} bytes the client reads"
            )?,
        }
        match self.attempts() {
            Some(tries) if tries > 1 => write!(f, " (the last of {tries} tries)"),
            _ => Ok(()),
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(&e.error),
            Error::Decode(e) => Some(&e.source),
            Error::InvalidRequest(e) => Some(e),
            Error::Middleware(e) => Some(e.error.as_ref()),
            Error::Api(_) | Error::Pagination(_) | Error::BodyTooLarge { .. } => None,
        }
    }
}

/// The message a server put in an error body: the first of the usual JSON
/// fields (`message`, `error_description`, `detail`, `title`), at the top or
/// inside an `error` object, with the `reason` beside it when that says
/// more; an `error` string; or the start of a text body.
fn server_message(body: &str) -> Option<String> {
    const LIMIT: usize = 200;
    let body = body.trim();
    if body.is_empty() {
        return None;
    }
    let Ok(json) = serde_json::from_str::<serde_json::Value>(body) else {
        let mut text: String = body.chars().take(LIMIT).collect();
        if text.len() < body.len() {
            text.push('…');
        }
        return Some(text);
    };
    message_in(&json, 0)
}

fn message_in(value: &serde_json::Value, depth: usize) -> Option<String> {
    let text = |key: &str| value.get(key).and_then(|m| m.as_str()).map(str::to_owned);
    if let Some(message) = ["message", "error_description", "detail", "title"]
        .into_iter()
        .find_map(text)
    {
        return Some(match text("reason") {
            Some(reason) if reason != message => format!("{message} ({reason})"),
            _ => message,
        });
    }
    match value.get("error")? {
        serde_json::Value::String(s) => Some(s.clone()),
        nested if nested.is_object() && depth == 0 => message_in(nested, depth + 1),
        _ => None,
    }
}

/// Why a client could not be built.
#[derive(Debug)]
#[non_exhaustive]
pub enum BuildError {
    /// The base URL does not parse, or is not `http`/`https`.
    InvalidBaseUrl {
        /// The URL as given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The HTTP client could not be set up (for example, no TLS backend).
    Http(reqwest::Error),
    /// HTTPS could not be set up (for example, the system has no CA
    /// certificates to check servers against).
    Tls(Box<dyn std::error::Error + Send + Sync>),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::InvalidBaseUrl { url, reason } => {
                write!(f, "invalid base URL `{url}`: {reason}")
            }
            BuildError::Http(e) => write!(f, "could not set up the HTTP client: {e}"),
            BuildError::Tls(e) => write!(f, "could not set up HTTPS: {e}"),
        }
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BuildError::Http(e) => Some(e),
            BuildError::Tls(e) => Some(e.as_ref()),
            BuildError::InvalidBaseUrl { .. } => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::server_message;

    #[test]
    fn finds_the_server_message() {
        let ory = r#"{"error":{"code":404,"status":"Not Found","message":"The requested resource could not be found","reason":"no such identity"}}"#;
        assert_eq!(
            server_message(ory).as_deref(),
            Some("The requested resource could not be found (no such identity)")
        );
        assert_eq!(server_message(r#"{"message":"nope"}"#).as_deref(), Some("nope"));
        assert_eq!(server_message(r#"{"error":"invalid_grant"}"#).as_deref(), Some("invalid_grant"));
        assert_eq!(server_message("upstream timed out").as_deref(), Some("upstream timed out"));
        assert_eq!(server_message("  "), None);
        assert_eq!(
            server_message(r#"{"title":"Bad","detail":"name is empty"}"#).as_deref(),
            Some("name is empty")
        );
        assert_eq!(server_message(r#"{"error":{"error":{"message":"deep"}}}"#), None);
        assert_eq!(server_message("{}"), None);
        let long = "x".repeat(500);
        assert_eq!(server_message(&long).map(|m| m.chars().count()), Some(201));
    }
}
