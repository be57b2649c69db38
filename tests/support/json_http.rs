//! One connection served by hyper, every request answered with JSON: for
//! the tests and benches that run a server of their own (over TLS, or
//! without a mock server's own cost in the measurement).

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::header::{CONTENT_TYPE, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use std::convert::Infallible;

/// Serves HTTP/1.1 on `io` until the client closes it, answering each
/// request with status 200 and the JSON body `answer` gives for it.
pub async fn serve_json<I, F>(io: I, answer: F)
where
    I: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
    F: Fn(&hyper::Request<Incoming>) -> Bytes + Send + Sync,
{
    let service = service_fn(|request| {
        let mut response = hyper::Response::new(Full::new(answer(&request)));
        response
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        std::future::ready(Ok::<_, Infallible>(response))
    });
    // A client that drops the connection ends it; that is no failure here.
    let _ = http1::Builder::new()
        .serve_connection(hyper_util::rt::TokioIo::new(io), service)
        .await;
}
