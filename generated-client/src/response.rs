//! Responses: what a successful call gives back, and reading what arrived.

use crate::error::{ApiError, Error};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

/// A successful response: the decoded body with the status and headers it
/// came with.
#[derive(Clone, PartialEq)]
pub struct Response<T> {
    /// The URL the request went to.
    pub url: reqwest::Url,
    /// The response's status.
    pub status: StatusCode,
    /// The response's headers.
    pub headers: HeaderMap,
    /// The decoded body.
    pub body: T,
}

impl<T> Response<T> {
    /// The body alone.
    pub fn into_body(self) -> T {
        self.body
    }

    /// The same response with its body changed by `f`.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response {
            url: self.url,
            status: self.status,
            headers: self.headers,
            body: f(self.body),
        }
    }
}

/// Shows the URL without its query, which may hold a credential (an API
/// key sent as a query parameter).
impl<T: std::fmt::Debug> std::fmt::Debug for Response<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Response")
            .field("url", &without_query(&self.url).as_str())
            .field("status", &self.status)
            .field("headers", &self.headers)
            .field("body", &self.body)
            .finish()
    }
}

/// `url` with its query left out.
pub(crate) fn without_query(url: &reqwest::Url) -> std::borrow::Cow<'_, reqwest::Url> {
    if url.query().is_none() {
        return std::borrow::Cow::Borrowed(url);
    }
    let mut bare = url.clone();
    bare.set_query(None);
    std::borrow::Cow::Owned(bare)
}

/// A response as it arrived: status, headers, the whole body, and the try
/// that got it.
#[derive(Debug)]
pub(crate) struct RawResponse {
    url: reqwest::Url,
    status: StatusCode,
    headers: HeaderMap,
    body: bytes::Bytes,
    /// The tries sent, the one that got this response included.
    pub(crate) attempts: u32,
}

impl RawResponse {
    pub(crate) fn new(
        url: reqwest::Url,
        status: StatusCode,
        headers: HeaderMap,
        body: bytes::Bytes,
        attempts: u32,
    ) -> Self {
        RawResponse {
            url,
            status,
            headers,
            body,
            attempts,
        }
    }

    /// The status.
    pub(crate) fn status_code(&self) -> StatusCode {
        self.status
    }

    /// A header's value, when it was sent.
    pub(crate) fn header(&self, name: reqwest::header::HeaderName) -> Option<&reqwest::header::HeaderValue> {
        self.headers.get(name)
    }

    /// The status as a number, for matching against the spec's statuses.
    pub(crate) fn status(&self) -> u16 {
        self.status.as_u16()
    }

    /// The response with its body undecoded.
    pub(crate) fn into_response(self) -> Response<bytes::Bytes> {
        Response {
            url: self.url,
            status: self.status,
            headers: self.headers,
            body: self.body,
        }
    }

    /// The error for a status the operation does not treat as success: the
    /// body decoded as `E` when it is JSON of that shape, and as text always.
    pub(crate) fn into_error<E: serde::de::DeserializeOwned>(self) -> Error<E> {
        let body = serde_json::from_slice::<E>(&self.body).ok();
        Error::Api(Box::new(ApiError {
            status: self.status,
            headers: self.headers,
            body,
            raw_body: String::from_utf8_lossy(&self.body).into_owned(),
            attempts: self.attempts,
        }))
    }
}
