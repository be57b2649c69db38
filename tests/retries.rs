//! The generated client's retries against in-process servers on 127.0.0.1:
//! which requests are sent again and after what, counted at the server;
//! `Retry-After` in both forms, with the waits measured; the cap on it; the
//! client's timeout over the whole call; connections dropped before any
//! answer.

use ory_identity_client::models::CreateIdentityBody;
use ory_identity_client::{Client, Error, Retry, reqwest::StatusCode};
use serde_json::json;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use workspace_tests::fixtures::{ID, IDENTITY_PATH, identity};

/// Waits short enough for a test, long enough to be seen.
fn quick() -> Retry {
    Retry::default().base_delay(Duration::from_millis(20))
}

fn client(server: &MockServer, retry: Retry) -> Client {
    Client::builder()
        .base_url(server.uri())
        .bearer_token("ory_pat_secret")
        .retry(retry)
        .build()
        .unwrap()
}

/// `path` answers `status` (with `headers`) `failures` times, then 200.
async fn failing_then_ok(
    server: &MockServer,
    http_method: &str,
    at: &str,
    status: u16,
    headers: &[(&str, String)],
    failures: u64,
) {
    let mut failure = ResponseTemplate::new(status);
    for (name, value) in headers {
        failure = failure.insert_header(*name, value.as_str());
    }
    Mock::given(method(http_method))
        .and(path(at))
        .respond_with(failure)
        .up_to_n_times(failures)
        .with_priority(1)
        .mount(server)
        .await;
    Mock::given(method(http_method))
        .and(path(at))
        .respond_with(ResponseTemplate::new(200).set_body_json(identity()))
        .with_priority(2)
        .mount(server)
        .await;
}

async fn received(server: &MockServer) -> usize {
    server.received_requests().await.unwrap_or_default().len()
}

fn status<E>(err: &Error<E>) -> Option<u16> {
    err.status().map(|s| s.as_u16())
}

#[tokio::test]
async fn each_retried_status_is_tried_again_until_it_succeeds() {
    for code in [429, 502, 503, 504] {
        let server = MockServer::start().await;
        failing_then_ok(&server, "GET", IDENTITY_PATH, code, &[], 2).await;
        let got = client(&server, quick()).get_identity(ID).await;
        assert_eq!(got.unwrap().id.to_string(), ID, "{code}");
        assert_eq!(
            received(&server).await,
            3,
            "{code}: two failures, then the answer"
        );
    }
}

#[tokio::test]
async fn other_errors_are_not_tried_again() {
    for code in [400, 404, 500, 501] {
        let server = MockServer::start().await;
        failing_then_ok(&server, "GET", IDENTITY_PATH, code, &[], 1).await;
        let err = client(&server, quick()).get_identity(ID).await.unwrap_err();
        assert_eq!(status(&err), Some(code));
        assert_eq!(received(&server).await, 1, "{code}");
    }
}

#[tokio::test]
async fn a_server_that_always_fails_gets_three_tries_and_its_last_answer_is_the_error() {
    let server = MockServer::start().await;
    failing_then_ok(&server, "GET", IDENTITY_PATH, 503, &[], 100).await;
    let err = client(&server, quick()).get_identity(ID).await.unwrap_err();
    assert_eq!(status(&err), Some(503));
    assert_eq!(received(&server).await, 3);
    assert_eq!(err.attempts(), Some(3), "the number of tries is reachable");
    assert!(err.to_string().ends_with("(the last of 3 tries)"), "{err}");
    let server = MockServer::start().await;
    failing_then_ok(&server, "GET", IDENTITY_PATH, 503, &[], 100).await;
    let err = client(&server, quick().attempts(5))
        .get_identity(ID)
        .await
        .unwrap_err();
    assert_eq!((status(&err), received(&server).await), (Some(503), 5));
    assert_eq!(err.attempts(), Some(5));
}

#[tokio::test]
async fn post_is_sent_once_unless_the_caller_opts_in() {
    let body = CreateIdentityBody {
        schema_id: "default".into(),
        traits: json!({}),
        ..Default::default()
    };
    let server = MockServer::start().await;
    failing_then_ok(&server, "POST", "/admin/identities", 503, &[], 1).await;
    let err = client(&server, quick())
        .create_identity(&body)
        .await
        .unwrap_err();
    assert_eq!(status(&err), Some(503));
    assert_eq!(
        received(&server).await,
        1,
        "exactly one POST reached the server"
    );

    let server = MockServer::start().await;
    failing_then_ok(&server, "POST", "/admin/identities", 503, &[], 1).await;
    let retry = quick().every_method(true);
    client(&server, retry).create_identity(&body).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 2);
    assert_eq!(
        requests[0].body, requests[1].body,
        "the same body both times"
    );
}

#[tokio::test]
async fn retries_can_be_turned_off() {
    let server = MockServer::start().await;
    failing_then_ok(&server, "GET", IDENTITY_PATH, 503, &[], 1).await;
    let err = client(&server, Retry::never())
        .get_identity(ID)
        .await
        .unwrap_err();
    assert_eq!((status(&err), received(&server).await), (Some(503), 1));
}

#[tokio::test]
async fn retry_after_in_seconds_is_waited_for() {
    let server = MockServer::start().await;
    let headers = [("retry-after", "1".to_owned())];
    failing_then_ok(&server, "GET", IDENTITY_PATH, 429, &headers, 1).await;
    let started = Instant::now();
    client(&server, quick()).get_identity(ID).await.unwrap();
    let waited = started.elapsed();
    println!("Retry-After: 1 -> answered after {waited:?}");
    assert!(waited >= Duration::from_secs(1), "{waited:?}");
    assert!(waited < Duration::from_secs(3), "{waited:?}");
}

#[tokio::test]
async fn retry_after_as_a_date_is_waited_for() {
    let server = MockServer::start().await;
    // HTTP dates count whole seconds: two seconds from now is more than one.
    let at = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(2));
    failing_then_ok(
        &server,
        "GET",
        IDENTITY_PATH,
        503,
        &[("retry-after", at)],
        1,
    )
    .await;
    let started = Instant::now();
    client(&server, quick()).get_identity(ID).await.unwrap();
    let waited = started.elapsed();
    println!("Retry-After: <now + 2 s> -> answered after {waited:?}");
    assert!(waited >= Duration::from_millis(900), "{waited:?}");
    assert!(waited < Duration::from_secs(4), "{waited:?}");
}

#[tokio::test]
async fn a_retry_after_longer_than_the_cap_returns_the_error_at_once() {
    let server = MockServer::start().await;
    let headers = [("retry-after", "120".to_owned())];
    failing_then_ok(&server, "GET", IDENTITY_PATH, 429, &headers, 1).await;
    let started = Instant::now();
    let err = client(&server, quick()).get_identity(ID).await.unwrap_err();
    assert_eq!(status(&err), Some(429));
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(received(&server).await, 1);
    if let Error::Api(api) = &err {
        assert_eq!(
            api.headers["retry-after"], "120",
            "the caller can still read it"
        );
    }
}

#[tokio::test]
async fn the_client_timeout_bounds_the_whole_call_retries_included() {
    let server = MockServer::start().await;
    let headers = [("retry-after", "1".to_owned())];
    failing_then_ok(&server, "GET", IDENTITY_PATH, 503, &headers, 100).await;
    let client = Client::builder()
        .base_url(server.uri())
        .timeout(Duration::from_millis(1500))
        .retry(quick().attempts(10))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client.get_identity(ID).await.unwrap_err();
    let took = started.elapsed();
    assert_eq!(status(&err), Some(503));
    // One wait of a second fits in 1.5 s, a second one does not.
    assert_eq!(received(&server).await, 2);
    assert!(took < Duration::from_millis(1500), "{took:?}");
}

#[tokio::test]
async fn a_connection_dropped_before_any_answer_is_tried_again() {
    // A server that takes each connection and closes it without a word.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let accepted = Arc::new(AtomicUsize::new(0));
    let counter = accepted.clone();
    let server = tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            counter.fetch_add(1, Ordering::SeqCst);
            drop(socket);
        }
    });
    let client = Client::builder()
        .base_url(format!("http://{address}"))
        .bearer_token("ory_pat_secret")
        .retry(quick())
        .build()
        .unwrap();
    let err = client.get_identity(ID).await.unwrap_err();
    assert!(
        matches!(&err, Error::Transport(e) if e.attempts() == 3),
        "{err:?}"
    );
    assert_eq!(accepted.load(Ordering::SeqCst), 3);
    assert!(!format!("{err:?}{err}").contains("ory_pat_secret"));
    server.abort();
}

#[tokio::test]
async fn a_refused_connection_is_tried_again_then_reported() {
    // A port that was free a moment ago: connecting is refused.
    let address = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let client = Client::builder()
        .base_url(format!("http://{address}"))
        .retry(
            quick()
                .base_delay(Duration::from_millis(200))
                .max_delay(Duration::from_millis(200)),
        )
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client.get_identity(ID).await.unwrap_err();
    assert!(
        matches!(&err, Error::Transport(e) if e.is_connect()),
        "{err:?}"
    );
    assert_eq!(err.attempts(), Some(3));
    // Two waits of up to 200 ms: never longer, so the tries were bounded.
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[test]
fn the_policy_is_plain_data_a_caller_can_compare_and_print() {
    let policy = Retry::default()
        .attempts(4)
        .statuses([StatusCode::SERVICE_UNAVAILABLE]);
    assert_ne!(policy, Retry::default());
    assert_eq!(policy.clone(), policy);
    assert!(format!("{policy:?}").contains("attempts: 4"));
}
