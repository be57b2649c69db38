//! The generated client under load, against a hyper server of the test's own
//! on 127.0.0.1 that counts its connections: 1,000 calls in flight over one
//! client, and calls dropped mid-flight.

use bytes::Bytes;
use http_body_util::Full;
use hyper::header::{CONTENT_TYPE, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use ory_identity_client::Client;
use std::convert::Infallible;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const ID: &str = "7a2e3f5c-9c55-4c7b-8b61-0b6c4f1d2e3a";

/// Connections the server has taken, is holding, and held at most at once.
#[derive(Default)]
struct Connections {
    accepted: AtomicUsize,
    open: AtomicUsize,
    peak: AtomicUsize,
}

/// Serves every request with one identity after `delay`, until the test ends.
async fn server(delay: Duration) -> (String, Arc<Connections>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let connections = Arc::new(Connections::default());
    let counts = connections.clone();
    let body = Bytes::from(format!(
        r#"{{"id":"{ID}","schema_id":"default","schema_url":"https://example.test/s","state":"active","traits":{{}}}}"#
    ));
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            counts.accepted.fetch_add(1, Ordering::SeqCst);
            let open = counts.open.fetch_add(1, Ordering::SeqCst) + 1;
            counts.peak.fetch_max(open, Ordering::SeqCst);
            let (counts, body) = (counts.clone(), body.clone());
            tokio::spawn(async move {
                let service = service_fn(move |_request| {
                    let body = body.clone();
                    async move {
                        tokio::time::sleep(delay).await;
                        let mut response = hyper::Response::new(Full::new(body));
                        response
                            .headers_mut()
                            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                        Ok::<_, Infallible>(response)
                    }
                });
                let _ = http1::Builder::new()
                    .serve_connection(hyper_util::rt::TokioIo::new(socket), service)
                    .await;
                counts.open.fetch_sub(1, Ordering::SeqCst);
            });
        }
    });
    (url, connections)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_calls_in_flight_over_one_client_all_succeed() {
    let (url, connections) = server(Duration::from_millis(20)).await;
    let client = Client::builder().base_url(&url).build().unwrap();
    let started = Instant::now();
    let calls = (0..1_000).map(|_| client.get_identity(ID).into_future());
    let results = futures::future::join_all(calls).await;
    let took = started.elapsed();
    let failed: Vec<_> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    assert!(
        failed.is_empty(),
        "{} failed, the first: {:?}",
        failed.len(),
        failed.first()
    );
    let peak = connections.peak.load(Ordering::SeqCst);
    println!(
        "1,000 calls in {took:?}; {} connections, at most {peak} open at once",
        connections.accepted.load(Ordering::SeqCst)
    );
    // HTTP/1.1 sends one request at a time on a connection: calls in flight
    // together each have one, and the pool keeps them for the next calls.
    assert!(peak > 1 && peak <= 1_000, "{peak}");
    // The same client goes on working.
    client.get_identity(ID).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn calls_dropped_mid_flight_leave_the_client_usable_and_nothing_open() {
    let (url, connections) = server(Duration::from_millis(300)).await;
    let client = Client::builder().base_url(&url).build().unwrap();
    let calls = (0..100).map(|_| {
        tokio::time::timeout(
            Duration::from_millis(50),
            client.get_identity(ID).into_future(),
        )
    });
    let results = futures::future::join_all(calls).await;
    assert!(
        results.iter().all(Result::is_err),
        "each was dropped before its answer"
    );
    // Most reached the server (a busy machine may drop some before they
    // connect); each that did holds a connection.
    let accepted = connections.accepted.load(Ordering::SeqCst);
    assert!(accepted > 0 && accepted <= 100, "{accepted}");
    // A dropped call's connection is closed, not handed to the next call
    // with an answer still coming on it.
    let started = Instant::now();
    while connections.open.load(Ordering::SeqCst) > 0 && started.elapsed() < Duration::from_secs(5)
    {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(
        connections.open.load(Ordering::SeqCst),
        0,
        "connections left open"
    );
    let identity = client.get_identity(ID).await.unwrap();
    assert_eq!(identity.id.to_string(), ID);
}
