//! The generated client's `middleware` and `tracing` features, against
//! wiremock on 127.0.0.1: a reqwest-middleware stack sees every try and can
//! fail a call; each call is one span with OpenTelemetry's HTTP client field
//! names, each retry an event in it, and neither shows the token or a body.

use ory_identity_client::{Client, Error, Retry};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tracing::field::{Field, Visit};
use tracing_subscriber::layer::{Context, SubscriberExt};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "ory_pat_secret-token";
const ID: &str = "7a2e3f5c-9c55-4c7b-8b61-0b6c4f1d2e3a";
const IDENTITY_PATH: &str = "/admin/identities/7a2e3f5c-9c55-4c7b-8b61-0b6c4f1d2e3a";

fn identity() -> serde_json::Value {
    serde_json::json!({"id": ID, "schema_id": "default", "schema_url": "https://example.test/s",
        "state": "active", "traits": {"email": "ada@example.com"}})
}

/// 503 `failures` times, then the identity.
async fn flaky_server(failures: u64) -> MockServer {
    let server = MockServer::start().await;
    if failures > 0 {
        Mock::given(method("GET"))
            .and(path(IDENTITY_PATH))
            .respond_with(ResponseTemplate::new(503).set_body_string("down for a deploy"))
            .up_to_n_times(failures)
            .with_priority(1)
            .mount(&server)
            .await;
    }
    Mock::given(method("GET"))
        .and(path(IDENTITY_PATH))
        .respond_with(ResponseTemplate::new(200).set_body_json(identity()))
        .with_priority(2)
        .mount(&server)
        .await;
    server
}

fn quick() -> Retry {
    Retry::default().base_delay(Duration::from_millis(10))
}

/// Counts the requests it passes on and marks them with a header.
struct Marker(Arc<AtomicUsize>);

#[async_trait::async_trait]
impl reqwest_middleware::Middleware for Marker {
    async fn handle(
        &self,
        mut request: reqwest::Request,
        extensions: &mut http::Extensions,
        next: reqwest_middleware::Next<'_>,
    ) -> reqwest_middleware::Result<reqwest::Response> {
        self.0.fetch_add(1, Ordering::SeqCst);
        request
            .headers_mut()
            .insert("x-marked", reqwest::header::HeaderValue::from_static("yes"));
        next.run(request, extensions).await
    }
}

/// Fails every request before it is sent.
struct Refuse;

#[async_trait::async_trait]
impl reqwest_middleware::Middleware for Refuse {
    async fn handle(
        &self,
        _request: reqwest::Request,
        _extensions: &mut http::Extensions,
        _next: reqwest_middleware::Next<'_>,
    ) -> reqwest_middleware::Result<reqwest::Response> {
        Err(reqwest_middleware::Error::middleware(
            std::io::Error::other("quota used up"),
        ))
    }
}

fn stack(
    middleware: impl reqwest_middleware::Middleware,
) -> reqwest_middleware::ClientWithMiddleware {
    reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
        .with(middleware)
        .build()
}

#[tokio::test]
async fn a_middleware_stack_sees_every_try() {
    let server = flaky_server(2).await;
    let seen = Arc::new(AtomicUsize::new(0));
    let client = Client::builder()
        .base_url(server.uri())
        .bearer_token(TOKEN)
        .retry(quick())
        .middleware(stack(Marker(seen.clone())))
        .build()
        .unwrap();
    let got = client.get_identity(ID).await.unwrap();
    assert_eq!(got.id.to_string(), ID);
    assert_eq!(seen.load(Ordering::SeqCst), 3, "two 503s and the answer");
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 3);
    assert!(requests.iter().all(|r| r.headers.get("x-marked").is_some()));
    assert!(
        requests
            .iter()
            .all(|r| r.headers.get("authorization").is_some()),
        "credentials are set before the stack"
    );
}

#[tokio::test]
async fn a_middleware_that_fails_is_a_middleware_error() {
    let server = flaky_server(0).await;
    let client = Client::builder()
        .base_url(server.uri())
        .middleware(stack(Refuse))
        .build()
        .unwrap();
    let err = client.get_identity(ID).await.unwrap_err();
    assert!(matches!(err, Error::Middleware(_)), "{err:?}");
    assert!(err.to_string().contains("quota used up"), "{err}");
    assert_eq!(server.received_requests().await.unwrap().len(), 0);
}

/// A span or event as the test saw it: its name and fields, as text.
#[derive(Debug, Clone, Default)]
struct Seen {
    name: String,
    fields: BTreeMap<String, String>,
}

impl Visit for Seen {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.fields
            .insert(field.name().to_owned(), format!("{value:?}"));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.fields
            .insert(field.name().to_owned(), value.to_owned());
    }
}

/// Keeps every span (with the fields recorded on it later) and event.
#[derive(Clone, Default)]
struct Recorder {
    spans: Arc<Mutex<BTreeMap<u64, Seen>>>,
    events: Arc<Mutex<Vec<Seen>>>,
}

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Recorder {
    fn on_new_span(
        &self,
        attrs: &tracing::span::Attributes<'_>,
        id: &tracing::span::Id,
        _: Context<'_, S>,
    ) {
        let mut seen = Seen {
            name: attrs.metadata().name().to_owned(),
            ..Seen::default()
        };
        attrs.record(&mut seen);
        self.spans.lock().unwrap().insert(id.into_u64(), seen);
    }

    fn on_record(
        &self,
        id: &tracing::span::Id,
        values: &tracing::span::Record<'_>,
        _: Context<'_, S>,
    ) {
        if let Some(seen) = self.spans.lock().unwrap().get_mut(&id.into_u64()) {
            values.record(seen);
        }
    }

    fn on_event(&self, event: &tracing::Event<'_>, _: Context<'_, S>) {
        let mut seen = Seen {
            name: event.metadata().name().to_owned(),
            ..Seen::default()
        };
        event.record(&mut seen);
        self.events.lock().unwrap().push(seen);
    }
}

#[test]
fn a_call_is_one_span_and_each_retry_an_event() {
    let recorder = Recorder::default();
    let subscriber = tracing_subscriber::registry().with(recorder.clone());
    tracing::subscriber::with_default(subscriber, || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            let server = flaky_server(2).await;
            let client = Client::builder()
                .base_url(server.uri())
                .bearer_token(TOKEN)
                .retry(quick())
                .build()
                .unwrap();
            client.get_identity(ID).await.unwrap();
        });
    });
    let spans: Vec<Seen> = recorder
        .spans
        .lock()
        .unwrap()
        .values()
        .filter(|s| s.name == "http.client")
        .cloned()
        .collect();
    assert_eq!(spans.len(), 1, "{spans:#?}");
    let fields = &spans[0].fields;
    let field = |name: &str| fields.get(name).map(String::as_str);
    assert_eq!(field("operation"), Some("getIdentity"));
    assert_eq!(field("http.request.method"), Some("GET"));
    assert_eq!(field("url.template"), Some("/admin/identities/{id}"));
    assert_eq!(field("otel.name"), Some("GET /admin/identities/{id}"));
    assert_eq!(field("otel.kind"), Some("client"));
    assert_eq!(field("server.address"), Some("127.0.0.1"));
    assert_eq!(field("http.response.status_code"), Some("200"));
    assert_eq!(field("http.request.resend_count"), Some("2"));
    assert!(
        field("duration_ms").is_some_and(|d| d.parse::<u64>().is_ok()),
        "{fields:?}"
    );
    let events = recorder.events.lock().unwrap().clone();
    let retries: Vec<&Seen> = events
        .iter()
        .filter(|e| e.fields.get("message").map(String::as_str) == Some("trying the request again"))
        .collect();
    assert_eq!(retries.len(), 2, "{events:#?}");
    assert_eq!(
        retries[0].fields.get("attempt").map(String::as_str),
        Some("1")
    );
    assert_eq!(
        retries[0]
            .fields
            .get("http.response.status_code")
            .map(String::as_str),
        Some("503")
    );
    let everything = format!("{spans:?}{events:?}");
    assert!(!everything.contains(TOKEN), "the token is never traced");
    assert!(
        !everything.contains("ada@example.com") && !everything.contains("down for a deploy"),
        "nor a body"
    );
}
