//! # Ory Identity Administration API
//!
//! Manage the identities, credentials, sessions and identity schemas of an Ory
//! project. Administrative calls need a project API key sent as a bearer token.
//!
//! ```no_run
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! let client = ory_identity_client::Client::builder()
//!     .base_url("https://playground.projects.oryapis.com/")
//!     .bearer_token(std::env::var("API_TOKEN")?)
//!     .build()?;
//! let response = client.list_identities().await?;
//! println!("{response:?}");
//! # Ok(())
//! # }
//! ```
//!
//! Each operation is a method of [`Client`] that returns a request builder (see [`requests`]): required parameters are arguments, optional ones are setters, and `.await` sends it. `send_with_response()` also gives the status and headers; errors are an [`Error`], with `status()` and the decoded error body in `api_error()`.
//!
//! # Production use
//!
//! A call is tried again when a later try may work: requests whose method is idempotent (`GET`, `HEAD`, `PUT`, `DELETE`, `OPTIONS`, `TRACE`) up to 3 times in all, on 429, 502, 503 and 504 and when the connection fails before any answer, waiting what `Retry-After` asks (up to 30 s; past that the error is returned at once) or a random backoff that doubles from 250 ms to at most 8 s. `POST` and `PATCH` are sent once, since sending them twice may do their work twice. The client's timeout ([`DEFAULT_TIMEOUT`] unless [`ClientBuilder::timeout`] says otherwise) bounds the whole call, retries included, and the outcome is the last try's answer or error, whose [`Error::attempts`] says how many tries there were. [`ClientBuilder::retry`] takes another [`Retry`] policy; one call can have its own time and policy with its request builder's `with_timeout` and `with_retry`. A response body is read up to [`DEFAULT_MAX_BODY_SIZE`] ([`ClientBuilder::max_body_size`]). With the `middleware` feature, `ClientBuilder::middleware` sends each try through a reqwest-middleware stack; with the `tracing` feature, each call is a span and each retry an event (never a token or a body):
//!
//! ```no_run
//! # fn example() -> Result<(), Box<dyn std::error::Error>> {
//! use std::time::Duration;
//!
//! let patient = ory_identity_client::Client::builder()
//!     .retry(ory_identity_client::Retry::default().attempts(5).max_retry_after(Duration::from_secs(60)))
//!     .timeout(Duration::from_secs(120))
//!     .build()?;
//! let once = ory_identity_client::Client::builder().retry(ory_identity_client::Retry::never()).build()?;
//! # Ok(())
//! # }
//! ```
//!
//! Generated from version `v1.3.1` of the API description by `openapi-rust-generator`; do not edit by hand.
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![allow(
    clippy::type_complexity,
    clippy::large_enum_variant,
    clippy::too_many_arguments
)]
mod auth;
mod call;
mod client;
mod enums;
mod error;
mod future;
mod json_body;
pub mod models;
mod object;
mod pagination;
mod path;
mod query;
pub mod requests;
mod response;
mod response_json;
mod retry;
mod security;
mod tls;

pub use client::{Client, ClientBuilder, DEFAULT_MAX_BODY_SIZE, DEFAULT_TIMEOUT};
pub use error::{
    ApiError, BuildError, DecodeError, Error, InvalidRequest, MiddlewareError,
    TransportError,
};

pub use future::{ResponseFuture, SendFuture};
pub use response::Response;
pub use retry::Retry;

/// The HTTP client this crate sends with, for [`Client::from_reqwest`]
/// and for naming types such as [`reqwest::StatusCode`].
pub use reqwest;

/// Where requests go unless [`ClientBuilder::base_url`] says otherwise: the spec's first server, with its variables' defaults.
pub const DEFAULT_BASE_URL: &str = "https://playground.projects.oryapis.com/";

pub use pagination::{Page, PageCursor, PageFuture};
