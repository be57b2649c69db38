use construct_media_types::{Client, models::*};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

async fn setup() -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path("/login"))
        .respond_with(ResponseTemplate::new(200).set_body_raw("hello ada", "text/plain")).mount(&server).await;
    Mock::given(method("POST")).and(path("/files"))
        .respond_with(ResponseTemplate::new(201).set_body_raw(vec![0u8, 159, 146, 150], "application/octet-stream")).mount(&server).await;
    Mock::given(method("PUT")).and(path("/notes")).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    Mock::given(method("POST")).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    (server, client)
}

fn content_type(r: &Request) -> String {
    r.headers.get("content-type").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default()
}

#[tokio::test]
async fn form_body_and_text_response() {
    let (server, client) = setup().await;
    let greeting = client.login(&LoginBody { user: "ada lovelace".into(), remember: Some(true) }).await.unwrap();
    assert_eq!(greeting, "hello ada");
    let r = &server.received_requests().await.unwrap()[0];
    assert_eq!(content_type(r), "application/x-www-form-urlencoded");
    assert_eq!(std::str::from_utf8(&r.body).unwrap(), "user=ada+lovelace&remember=true");
}

#[tokio::test]
async fn several_media_types_json_first_others_by_setter() {
    let (server, client) = setup().await;
    let note = Note { text: Some("hi there".into()) };
    client.put_note(&note).await.unwrap();
    client.put_note(&note).body_form(&note).await.unwrap();
    client.put_note(&note).body_text("plain words").await.unwrap();
    let r = server.received_requests().await.unwrap();
    assert_eq!((content_type(&r[0]).as_str(), &r[0].body[..]), ("application/json", &br#"{"text":"hi there"}"#[..]));
    assert_eq!((content_type(&r[1]).as_str(), &r[1].body[..]), ("application/x-www-form-urlencoded", &b"text=hi+there"[..]));
    assert_eq!((content_type(&r[2]).as_str(), &r[2].body[..]), ("text/plain", &b"plain words"[..]));
}

#[tokio::test]
async fn problem_json_errors_decode() {
    let server = MockServer::start().await;
    Mock::given(path("/notes"))
        .respond_with(ResponseTemplate::new(422).set_body_raw(r#"{"title":"too long"}"#, "application/problem+json"))
        .mount(&server).await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    let err = client.put_note(&Note { text: None }).await.unwrap_err();
    assert_eq!(err.api_error().and_then(|p| p.title.as_deref()), Some("too long"));
}

#[tokio::test]
async fn multipart_with_a_file_and_bytes_back() {
    let (server, client) = setup().await;
    let upload = UploadFileBody {
        file: b"\x00\x01binary".to_vec(),
        name: Some("notes.txt".into()),
        tags: Some(vec!["a".into(), "b".into()]),
        size: Some(8),
    };
    let bytes = client.upload_file(&upload).await.unwrap();
    assert_eq!(&bytes[..], &[0u8, 159, 146, 150]);
    let r = &server.received_requests().await.unwrap()[0];
    let ct = content_type(r);
    assert!(ct.starts_with("multipart/form-data; boundary="), "{ct}");
    let body = String::from_utf8_lossy(&r.body);
    for expected in [
        "name=\"file\"; filename=\"file\"",
        "\x00\x01binary",
        "name=\"name\"\r\n\r\nnotes.txt",
        "name=\"tags\"\r\n\r\na\r\n",
        "name=\"tags\"\r\n\r\nb\r\n",
        "name=\"size\"\r\n\r\n8\r\n",
    ] {
        assert!(body.contains(expected), "{expected:?} not in {body:?}");
    }
}

#[tokio::test]
async fn raw_bytes_and_free_form_multipart() {
    let (server, client) = setup().await;
    client.post_raw().body(&[1, 2, 3]).await.unwrap();
    client.post_anything().body(&serde_json::json!({"a": "x", "n": 2})).await.unwrap();
    let r = server.received_requests().await.unwrap();
    assert_eq!((content_type(&r[0]).as_str(), &r[0].body[..]), ("application/octet-stream", &[1u8, 2, 3][..]));
    let body = String::from_utf8_lossy(&r[1].body);
    assert!(body.contains("name=\"a\"\r\n\r\nx") && body.contains("name=\"n\"\r\n\r\n2"), "{body}");
}
