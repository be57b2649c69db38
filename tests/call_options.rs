//! What one call sets for itself over the client's settings (a request
//! builder's `with_retry` and `with_timeout`), and the number of tries every
//! outcome of sending reports, against in-process servers on 127.0.0.1.

use futures::TryStreamExt;
use ory_identity_client::models::CreateIdentityBody;
use ory_identity_client::{Client, Error, Retry};
use serde_json::json;
use std::time::{Duration, Instant};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use workspace_tests::fixtures::{ID, IDENTITY_PATH, identity};

fn quick() -> Retry {
    Retry::default().base_delay(Duration::from_millis(20))
}

fn client(server: &MockServer, retry: Retry) -> Client {
    Client::builder()
        .base_url(server.uri())
        .retry(retry)
        .build()
        .unwrap()
}

/// `at` answers 503 `failures` times, then `ok`.
async fn failing_then(
    server: &MockServer,
    verb: &str,
    at: &str,
    failures: u64,
    ok: ResponseTemplate,
) {
    Mock::given(method(verb))
        .and(path(at))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(failures)
        .with_priority(1)
        .mount(server)
        .await;
    Mock::given(method(verb))
        .and(path(at))
        .respond_with(ok)
        .with_priority(2)
        .mount(server)
        .await;
}

async fn received(server: &MockServer) -> usize {
    server.received_requests().await.unwrap_or_default().len()
}

#[tokio::test]
async fn a_call_retries_as_its_own_policy_says() {
    let ok = ResponseTemplate::new(200).set_body_json(identity());
    // The client never retries; this call does.
    let server = MockServer::start().await;
    failing_then(&server, "GET", IDENTITY_PATH, 1, ok.clone()).await;
    let never = client(&server, Retry::never());
    never.get_identity(ID).with_retry(quick()).await.unwrap();
    assert_eq!(received(&server).await, 2);

    // The client retries; this call does not, and says it tried once.
    let server = MockServer::start().await;
    failing_then(&server, "GET", IDENTITY_PATH, 1, ok).await;
    let err = client(&server, quick())
        .get_identity(ID)
        .with_retry(Retry::never())
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!((err.attempts(), received(&server).await), (Some(1), 1));
    assert!(!err.to_string().contains("tries"), "{err}");
}

#[tokio::test]
async fn one_post_can_be_retried_without_the_others() {
    let body = CreateIdentityBody {
        schema_id: "default".into(),
        traits: json!({}),
        ..Default::default()
    };
    let server = MockServer::start().await;
    let created = ResponseTemplate::new(201).set_body_json(identity());
    failing_then(&server, "POST", "/admin/identities", 1, created).await;
    let client = client(&server, quick());
    client
        .create_identity(&body)
        .with_retry(quick().every_method(true))
        .await
        .unwrap();
    assert_eq!(received(&server).await, 2, "this POST was sent again");

    let server = MockServer::start().await;
    failing_then(
        &server,
        "POST",
        "/admin/identities",
        1,
        ResponseTemplate::new(201),
    )
    .await;
    let client = Client::builder()
        .base_url(server.uri())
        .retry(quick())
        .build()
        .unwrap();
    let err = client.create_identity(&body).await.unwrap_err();
    assert_eq!(
        (err.attempts(), received(&server).await),
        (Some(1), 1),
        "others are not"
    );
}

#[tokio::test]
async fn a_call_can_take_less_or_more_time_than_the_client_gives() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(IDENTITY_PATH))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(identity())
                .set_delay(Duration::from_millis(600)),
        )
        .mount(&server)
        .await;
    let patient = Client::builder()
        .base_url(server.uri())
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = patient
        .get_identity(ID)
        .with_timeout(Duration::from_millis(150))
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert!(
        started.elapsed() < Duration::from_millis(550),
        "{:?}",
        started.elapsed()
    );

    let hasty = Client::builder()
        .base_url(server.uri())
        .timeout(Duration::from_millis(150))
        .build()
        .unwrap();
    assert!(hasty.get_identity(ID).await.unwrap_err().is_timeout());
    let found = hasty
        .get_identity(ID)
        .with_timeout(Duration::from_secs(5))
        .await
        .unwrap();
    assert_eq!(found.id.to_string(), ID);
}

#[tokio::test]
async fn a_client_the_caller_built_without_a_timeout_is_still_bounded() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(IDENTITY_PATH))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(30)))
        .mount(&server)
        .await;
    // reqwest's own client waits for ever; the call's time still applies.
    let client = Client::builder()
        .http_client(reqwest::Client::new())
        .base_url(server.uri())
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client.get_identity(ID).await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn every_outcome_of_sending_says_how_many_tries_it_took() {
    let server = MockServer::start().await;
    // A 404 is answered once; a body that does not decode after a 503 was
    // the second try.
    Mock::given(method("GET"))
        .and(path(IDENTITY_PATH))
        .respond_with(
            ResponseTemplate::new(404)
                .set_body_json(json!({"error": {"code": 404, "message": "gone"}})),
        )
        .mount(&server)
        .await;
    failing_then(
        &server,
        "GET",
        "/admin/sessions/s1",
        1,
        ResponseTemplate::new(200).set_body_string("["),
    )
    .await;
    let client = client(&server, quick());
    let missing = client.get_identity(ID).await.unwrap_err();
    assert!(
        matches!(&missing, Error::Api(e) if e.attempts == 1),
        "{missing:?}"
    );
    let broken = client.get_session("s1").await.unwrap_err();
    assert!(
        matches!(&broken, Error::Decode(e) if e.attempts == 2),
        "{broken:?}"
    );
    assert!(
        broken.to_string().ends_with("(the last of 2 tries)"),
        "{broken}"
    );
    // Nothing was sent: no tries to count.
    let unsent = client.get_identity("").await.unwrap_err();
    assert!(matches!(unsent, Error::InvalidRequest(_)));
    assert_eq!(unsent.attempts(), None);
}

#[tokio::test]
async fn a_streams_pages_keep_the_calls_own_settings() {
    let server = MockServer::start().await;
    let page = |next: Option<&str>| {
        let mut template = ResponseTemplate::new(200).set_body_json(json!([identity()]));
        if let Some(next) = next {
            template = template.insert_header("link", format!("<{next}>; rel=\"next\"").as_str());
        }
        template
    };
    // The second page fails once: only the call's own policy retries it.
    Mock::given(method("GET"))
        .and(path("/admin/identities"))
        .and(wiremock::matchers::query_param("page_token", "b"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/admin/identities"))
        .and(wiremock::matchers::query_param("page_token", "b"))
        .respond_with(page(None))
        .with_priority(2)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/admin/identities"))
        .respond_with(page(Some("/admin/identities?page_token=b")))
        .with_priority(3)
        .mount(&server)
        .await;
    let never = client(&server, Retry::never());
    let all: Vec<_> = never
        .list_identities()
        .with_retry(quick())
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!((all.len(), received(&server).await), (2, 3));
}

#[tokio::test]
async fn the_futures_can_be_named_stored_and_polled_past_their_end() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(IDENTITY_PATH))
        .respond_with(ResponseTemplate::new(200).set_body_json(identity()))
        .mount(&server)
        .await;
    let client = client(&server, Retry::never());
    fn sendable<T: Send>(_: &T) {}
    let mut pending: ory_identity_client::SendFuture<'_, _, _> = client.get_identity(ID).send();
    sendable(&pending);
    let with_response: ory_identity_client::ResponseFuture<'_, _, _> =
        client.get_identity(ID).send_with_response();
    assert_eq!(with_response.await.unwrap().status.as_u16(), 200);
    assert_eq!((&mut pending).await.unwrap().id.to_string(), ID);
    // Awaited again after it ended: an error, not a panic and not a hang.
    let again = (&mut pending).await.unwrap_err();
    assert!(matches!(again, Error::InvalidRequest(_)), "{again:?}");
    assert_eq!(received(&server).await, 2);
}
