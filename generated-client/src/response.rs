//! Responses: what a successful call gives back, and reading what arrived.

use crate::error::{ApiError, Error};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

/// A successful response: the decoded body with the status and headers it
/// came with.
#[derive(Debug, Clone, PartialEq)]
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

/// A response as it arrived: status, headers, the whole body.
#[derive(Debug)]
pub(crate) struct RawResponse {
    url: reqwest::Url,
    status: StatusCode,
    headers: HeaderMap,
    body: bytes::Bytes,
}

impl RawResponse {
    pub(crate) fn new(
        url: reqwest::Url,
        status: StatusCode,
        headers: HeaderMap,
        body: bytes::Bytes,
    ) -> Self {
        RawResponse {
            url,
            status,
            headers,
            body,
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
        }))
    }
}
