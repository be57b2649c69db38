use construct_json_text::{Client, models::*};
use std::collections::BTreeMap;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn setup() -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(method("POST")).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    (server, client)
}

#[tokio::test]
async fn object_and_map_parts_are_their_json_text() {
    let (server, client) = setup().await;
    let author = |name: &str| Meta { author: Some(name.to_owned()) };
    let upload = UploadBody {
        file: b"bytes".to_vec(),
        meta: author("ada"),
        history: Some(vec![author("bob"), author("cy")]),
        labels: Some(BTreeMap::from([("k".to_owned(), "v".to_owned())])),
    };
    client.upload(&upload).await.unwrap();
    let r = &server.received_requests().await.unwrap()[0];
    let body = String::from_utf8_lossy(&r.body);
    for expected in [
        "name=\"meta\"\r\n\r\n{\"author\":\"ada\"}\r\n",
        "name=\"history\"\r\n\r\n{\"author\":\"bob\"}\r\n",
        "name=\"history\"\r\n\r\n{\"author\":\"cy\"}\r\n",
        "name=\"labels\"\r\n\r\n{\"k\":\"v\"}\r\n",
    ] {
        assert!(body.contains(expected), "{expected:?} not in {body:?}");
    }
}

#[tokio::test]
async fn a_list_of_byte_strings_in_a_header_is_each_one_as_json() {
    let (server, client) = setup().await;
    client.checksums().x_digests([vec![1u8, 2], vec![3u8]]).await.unwrap();
    let r = &server.received_requests().await.unwrap()[0];
    assert_eq!(r.headers.get("x-digests").unwrap().to_str().unwrap(), "[1,2],[3]");
}
