use construct_content_encoding_31::{Client, models::*};
use serde_json::json;
use wiremock::matchers::{body_bytes, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[test]
fn base64_content_is_bytes() {
    let photo: Photo =
        serde_json::from_value(json!({"data": "aGkh", "thumbnail": "aGkh", "caption": "hi"}))
            .unwrap();
    assert_eq!(photo.data.as_ref().map(|d| d.0.as_slice()), Some(&b"hi!"[..]));
    assert_eq!(photo.thumbnail.as_deref(), Some("aGkh"), "base64url is left as text");
    assert_eq!(serde_json::to_value(&photo).unwrap()["data"], json!("aGkh"));
}

#[tokio::test]
async fn a_body_with_a_content_media_type_is_sent_as_bytes() {
    let server = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/photos"))
        .and(header("content-type", "image/png"))
        .and(body_bytes(&b"\x89PNG"[..]))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    client.put_photo().body(b"\x89PNG").await.unwrap();
}
