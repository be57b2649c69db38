//! One call of an operation: the tries its retry policy allows, within its
//! time, each answer read whole up to the client's limit. Every request
//! builder's call goes through here (see `future`), so the sending,
//! retrying and tracing are compiled once for the whole crate, not once per
//! operation.

use crate::client::Client;
use crate::error::Error;
use crate::response::RawResponse;
use crate::retry::Retry;
use std::time::{Duration, Instant};

/// What one call sets for itself instead of the client's settings: a
/// request builder's `with_timeout` and `with_retry`.
#[derive(Debug, Clone, Default)]
pub(crate) struct CallOptions {
    pub(crate) timeout: Option<Duration>,
    pub(crate) retry: Option<Retry>,
}

/// What a call is: the operation and its path template, for its trace
/// (never the URL, whose query may hold a credential), and its own settings.
#[derive(Debug, Clone)]
pub(crate) struct Call {
    // Only the trace reads these, so without the `tracing` feature they are unread.
    #[cfg_attr(not(feature = "tracing"), allow(dead_code))]
    pub(crate) operation: &'static str,
    #[cfg_attr(not(feature = "tracing"), allow(dead_code))]
    pub(crate) path: &'static str,
    pub(crate) options: CallOptions,
}

/// Why a call has no answer to read, before the operation's error body type
/// is known; each becomes the [`Error`] variant of the same name.
#[derive(Debug)]
pub(crate) enum Failure {
    Transport(reqwest::Error, u32),
    #[cfg(feature = "middleware")]
    Middleware(Box<dyn std::error::Error + Send + Sync>, u32),
    BodyTooLarge {
        status: reqwest::StatusCode,
        limit: usize,
        attempts: u32,
    },
}

impl Failure {
    /// A transport failure of try `attempts`. reqwest's error names the URL,
    /// whose query may hold a credential (an API key sent as a query
    /// parameter): it keeps the URL without its query.
    fn transport(error: reqwest::Error, attempts: u32) -> Failure {
        let error = match error.url().map(crate::response::without_query) {
            Some(std::borrow::Cow::Owned(bare)) => error.with_url(bare),
            _ => error,
        };
        Failure::Transport(error, attempts)
    }
}

impl<E> From<Failure> for Error<E> {
    fn from(failure: Failure) -> Self {
        match failure {
            Failure::Transport(error, attempts) => {
                Error::Transport(crate::error::TransportError::new(error, attempts))
            }
            #[cfg(feature = "middleware")]
            Failure::Middleware(error, attempts) => {
                Error::Middleware(crate::error::MiddlewareError::new(error, attempts))
            }
            Failure::BodyTooLarge {
                status,
                limit,
                attempts,
            } => Error::BodyTooLarge {
                status,
                limit,
                attempts,
            },
        }
    }
}

impl Client {
    /// Sends a request and reads the whole response, trying again as the
    /// call's [`Retry`] says (the client's unless the call has its own),
    /// within the call's time from the first try. The answer or failure of
    /// the last try is the outcome. With the `tracing` feature the call is
    /// a span, and each retry an event in it.
    pub(crate) async fn execute(
        &self,
        request: reqwest::RequestBuilder,
        call: Call,
    ) -> Result<RawResponse, Failure> {
        let request = request.build().map_err(|e| Failure::transport(e, 0))?;
        #[cfg(feature = "tracing")]
        {
            use tracing::Instrument;
            let span = tracing::info_span!(
                "http.client",
                otel.name = %format_args!("{} {}", request.method(), call.path),
                otel.kind = "client",
                operation = call.operation,
                http.request.method = %request.method(),
                url.template = call.path,
                server.address = request.url().host_str().unwrap_or_default(),
                http.response.status_code = tracing::field::Empty,
                http.request.resend_count = tracing::field::Empty,
                duration_ms = tracing::field::Empty,
                error.type = tracing::field::Empty,
            );
            self.tries(request, call.options).instrument(span).await
        }
        #[cfg(not(feature = "tracing"))]
        {
            self.tries(request, call.options).await
        }
    }

    /// The tries of one call.
    async fn tries(
        &self,
        mut request: reqwest::Request,
        options: CallOptions,
    ) -> Result<RawResponse, Failure> {
        let started = Instant::now();
        let retry = options.retry.as_ref().unwrap_or(&self.retry);
        let timeout = options.timeout.unwrap_or(self.timeout);
        // Each try ends within the call's time, whatever the HTTP client's
        // own timeout (one the caller built may have none).
        *request.timeout_mut() = Some(timeout);
        let mut attempt = 1;
        loop {
            let again = retry
                .allows(request.method(), attempt)
                .then(|| request.try_clone())
                .flatten();
            let outcome = self.send_once(request, attempt).await;
            let wait = match (&again, &outcome) {
                (None, _) => None,
                (Some(_), Ok(response)) if retry.retries_status(response.status_code()) => {
                    retry.wait(attempt, response.header(reqwest::header::RETRY_AFTER))
                }
                // No answer came: the connection failed, or broke before the
                // response began. A timeout has used the time up already.
                (Some(_), Err(Failure::Transport(e, _)))
                    if (e.is_connect() || e.is_request()) && !e.is_timeout() =>
                {
                    retry.wait(attempt, None)
                }
                _ => None,
            };
            let left = timeout.saturating_sub(started.elapsed());
            let (Some(mut next), Some(wait)) = (again, wait.filter(|wait| *wait < left)) else {
                #[cfg(feature = "tracing")]
                trace_outcome(&outcome, attempt, started);
                return outcome;
            };
            #[cfg(feature = "tracing")]
            tracing::info!(
                attempt,
                wait_ms = wait.as_millis() as u64,
                http.response.status_code = outcome.as_ref().ok().map(|r| r.status()),
                "trying the request again"
            );
            tokio::time::sleep(wait).await;
            // The next try ends within the call's time too.
            *next.timeout_mut() = Some(left - wait);
            request = next;
            attempt += 1;
        }
    }

    /// Try number `attempt`: the request sent, and the whole response read,
    /// up to the client's limit.
    async fn send_once(
        &self,
        request: reqwest::Request,
        attempt: u32,
    ) -> Result<RawResponse, Failure> {
        let transport = |e| Failure::transport(e, attempt);
        let mut response = self.send(request, attempt).await?;
        let url = response.url().clone();
        let status = response.status();
        let too_large = Failure::BodyTooLarge {
            status,
            limit: self.max_body_size,
            attempts: attempt,
        };
        let announced = response.content_length().unwrap_or(0);
        if announced > self.max_body_size as u64 {
            return Err(too_large);
        }
        let headers = std::mem::take(response.headers_mut());
        let mut body = Vec::with_capacity(announced as usize);
        while let Some(chunk) = response.chunk().await.map_err(transport)? {
            if body.len() + chunk.len() > self.max_body_size {
                return Err(too_large);
            }
            body.extend_from_slice(&chunk);
        }
        Ok(RawResponse::new(url, status, headers, body.into(), attempt))
    }

    /// Hands the request to the HTTP client, or to the middleware stack
    /// when there is one.
    async fn send(&self, request: reqwest::Request, attempt: u32) -> Result<reqwest::Response, Failure> {
        #[cfg(feature = "middleware")]
        if let Some(stack) = &self.middleware {
            return stack.execute(request).await.map_err(|e| match e {
                reqwest_middleware::Error::Reqwest(e) => Failure::transport(e, attempt),
                reqwest_middleware::Error::Middleware(e) => Failure::Middleware(e.into(), attempt),
            });
        }
        self.http
            .execute(request)
            .await
            .map_err(|e| Failure::transport(e, attempt))
    }
}

/// The call's span gets how it ended: status, tries after the first, time.
#[cfg(feature = "tracing")]
fn trace_outcome(outcome: &Result<RawResponse, Failure>, attempt: u32, started: Instant) {
    let span = tracing::Span::current();
    span.record("duration_ms", started.elapsed().as_millis() as u64);
    if attempt > 1 {
        span.record("http.request.resend_count", attempt - 1);
    }
    match outcome {
        Ok(response) => {
            span.record("http.response.status_code", response.status());
            if response.status() >= 500 {
                span.record("error.type", response.status());
            }
        }
        Err(Failure::BodyTooLarge { status, .. }) => {
            span.record("http.response.status_code", status.as_u16());
            span.record("error.type", "body_too_large");
        }
        Err(Failure::Transport(e, _)) => {
            if let Some(status) = e.status() {
                span.record("http.response.status_code", status.as_u16());
            }
            span.record("error.type", if e.is_timeout() { "timeout" } else { "transport" });
        }
        #[cfg(feature = "middleware")]
        Err(Failure::Middleware(..)) => {
            span.record("error.type", "middleware");
        }
    }
}
