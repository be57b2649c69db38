//! What the generated client does with answers no real server gives on
//! demand, played by raw TCP servers on 127.0.0.1: a body over the size the
//! client reads, truncated and malformed bodies, bytes that are not HTTP, a
//! silent server. Each ends in a typed error, never a panic, and no error
//! shows the token.

use ory_identity_client::{Client, Error, Retry};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "ory_pat_secret-token";
const ID: &str = "7a2e3f5c-9c55-4c7b-8b61-0b6c4f1d2e3a";

/// A server that reads each request's head and answers every connection
/// with `reply`, then closes it (or holds it open, when `hold`).
async fn raw_server(reply: &'static [u8], hold: bool) -> (String, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let task = tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut buf = [0u8; 1024];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                    match socket.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buf[..n]),
                    }
                }
                let _ = socket.write_all(reply).await;
                if hold {
                    tokio::time::sleep(Duration::from_secs(30)).await;
                }
            });
        }
    });
    (url, task)
}

fn client(url: &str) -> Client {
    Client::builder()
        .base_url(url)
        .bearer_token(TOKEN)
        .timeout(Duration::from_secs(2))
        .retry(Retry::never())
        .build()
        .unwrap()
}

fn assert_no_token<E: std::fmt::Debug>(err: &Error<E>) {
    let shown = format!("{err:?} {err}");
    assert!(!shown.contains(TOKEN), "{shown}");
}

#[tokio::test]
async fn a_body_over_the_limit_is_a_typed_error() {
    let server = MockServer::start().await;
    let big = vec![b' '; 10_000];
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(big, "application/json"))
        .mount(&server)
        .await;
    let small = Client::builder()
        .base_url(server.uri())
        .max_body_size(1_000)
        .build()
        .unwrap();
    let err = small.get_identity(ID).await.unwrap_err();
    assert!(
        matches!(err, Error::BodyTooLarge { limit: 1_000, .. }),
        "{err:?}"
    );
    assert_eq!(err.status().map(|s| s.as_u16()), Some(200));
    assert!(err.to_string().contains("1000 bytes"), "{err}");
    // The default limit is far above any JSON answer.
    let roomy = Client::builder().base_url(server.uri()).build().unwrap();
    let err = roomy.get_identity(ID).await.unwrap_err();
    assert!(
        matches!(err, Error::Decode(_)),
        "read whole, then not JSON: {err:?}"
    );
}

#[tokio::test]
async fn a_chunked_body_over_the_limit_stops_being_read() {
    // No Content-Length, and the server holds the connection after two
    // chunks of 128 bytes: only the limit ends the read.
    static CHUNKS: &[u8] = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n\
        80\r\n[                                                                                                                               \r\n\
        80\r\n                                                                                                                                \r\n";
    let (url, task) = raw_server(CHUNKS, true).await;
    let client = Client::builder()
        .base_url(&url)
        .max_body_size(200)
        .retry(Retry::never())
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client.get_identity(ID).await.unwrap_err();
    assert!(
        matches!(err, Error::BodyTooLarge { limit: 200, .. }),
        "{err:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "not waiting for the rest"
    );
    task.abort();
}

#[tokio::test]
async fn broken_answers_are_typed_errors_without_the_token() {
    let cases: [(&str, &'static [u8]); 5] = [
        (
            "truncated body",
            b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"id\":",
        ),
        (
            "malformed chunked",
            b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\nnot a chunk\r\n",
        ),
        ("not HTTP", b"SSH-2.0-OpenSSH_9.6\r\n"),
        ("garbage bytes", b"\x00\xff\x13\x37\x00\x00\xfe\xfe\r\n\r\n"),
        ("nothing at all", b""),
    ];
    for (what, reply) in cases {
        let (url, task) = raw_server(reply, false).await;
        let err = client(&url).get_identity(ID).await.unwrap_err();
        assert!(matches!(err, Error::Transport(_)), "{what}: {err:?}");
        assert_no_token(&err);
        println!("{what}: {err}");
        task.abort();
    }
}

#[tokio::test]
async fn a_server_that_never_answers_is_bounded_by_the_timeout() {
    // Reads the request, then says nothing and keeps the connection open.
    let (url, task) = raw_server(b"", true).await;
    let client = Client::builder()
        .base_url(&url)
        .bearer_token(TOKEN)
        .timeout(Duration::from_millis(500))
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client.get_identity(ID).await.unwrap_err();
    let took = started.elapsed();
    assert!(err.is_timeout(), "{err:?}");
    assert!(took < Duration::from_secs(2), "{took:?}");
    assert_no_token(&err);
    task.abort();
}
