//! The futures a request builder gives; `.await` one for the answer. Each
//! holds the call on its way (the runtime's one sending future, compiled
//! once for every operation) and the function that reads the answer, so
//! what is compiled per operation's types is the reading alone.

use crate::call::{Call, Failure};
use crate::client::Client;
use crate::error::{Error, InvalidRequest};
use crate::response::{RawResponse, Response};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// The answer of a call on its way.
type Answer<'a> = Pin<Box<dyn Future<Output = Result<RawResponse, Failure>> + Send + 'a>>;

/// A call on its way, and how its answer is read.
pub(crate) struct Sending<'a, T, E> {
    /// The call, or why it was not sent; `None` once it has ended.
    answer: Option<Result<Answer<'a>, InvalidRequest>>,
    read: fn(RawResponse) -> Result<Response<T>, Error<E>>,
}

impl<T, E> Sending<'_, T, E> {
    fn poll_response(&mut self, cx: &mut Context<'_>) -> Poll<Result<Response<T>, Error<E>>> {
        let outcome = match self.answer.as_mut() {
            Some(Ok(answer)) => match answer.as_mut().poll(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(outcome) => outcome.map_err(Error::from),
            },
            Some(Err(invalid)) => Err(Error::InvalidRequest(invalid.clone())),
            None => Err(Error::InvalidRequest(InvalidRequest::new(
                "this request was sent already; its future was polled after it ended",
            ))),
        };
        self.answer = None;
        Poll::Ready(outcome.and_then(self.read))
    }
}

/// What `.await` on a request builder, or its `send()`, gives: the decoded
/// body.
#[must_use = "a request does nothing until it is awaited"]
pub struct SendFuture<'a, T, E>(Sending<'a, T, E>);

impl<T, E> Future for SendFuture<'_, T, E> {
    type Output = Result<T, Error<E>>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        self.get_mut()
            .0
            .poll_response(cx)
            .map(|outcome| outcome.map(Response::into_body))
    }
}

/// What a request builder's `send_with_response()` gives: the decoded body
/// with the response's status and headers.
#[must_use = "a request does nothing until it is awaited"]
pub struct ResponseFuture<'a, T, E>(Sending<'a, T, E>);

impl<'a, T, E> ResponseFuture<'a, T, E> {
    /// Sends `request` as `call`; `read` reads the answer.
    pub(crate) fn new(
        client: &'a Client,
        request: Result<reqwest::RequestBuilder, InvalidRequest>,
        call: Call,
        read: fn(RawResponse) -> Result<Response<T>, Error<E>>,
    ) -> Self {
        let answer = request.map(|request| -> Answer<'a> { Box::pin(client.execute(request, call)) });
        ResponseFuture(Sending {
            answer: Some(answer),
            read,
        })
    }

    /// The same call, giving the body alone.
    pub(crate) fn body(self) -> SendFuture<'a, T, E> {
        SendFuture(self.0)
    }
}

impl<T, E> Future for ResponseFuture<'_, T, E> {
    type Output = Result<Response<T>, Error<E>>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        self.get_mut().0.poll_response(cx)
    }
}
