use construct_json_body::{Client, models::*};
use serde_json::{Value, json};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn bodies_are_json_with_the_spec_content_type() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path("/pets"))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({"name": "rex"})))
        .mount(&server).await;
    Mock::given(path("/pets")).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();

    let rex = Pet { name: "rex".into() };
    assert_eq!(client.create_pet(&rex).await.unwrap(), rex);
    let pets: Vec<Pet> = vec![rex.clone()];
    client.replace_pets(&pets).await.unwrap();
    client.replace_pets(&[]).await.unwrap();
    client.touch_pets().await.unwrap();
    client.touch_pets().body(&TouchPetsBody { note: Some("hi".into()) }).await.unwrap();

    let r = server.received_requests().await.unwrap();
    let body = |i: usize| serde_json::from_slice::<Value>(&r[i].body).unwrap();
    let content_type = |i: usize| r[i].headers.get("content-type").map(|v| v.to_str().unwrap().to_owned());
    assert_eq!((content_type(0).as_deref(), body(0)), (Some("application/json"), json!({"name": "rex"})));
    assert_eq!((content_type(1).as_deref(), body(1)), (Some("application/merge-patch+json"), json!([{"name": "rex"}])));
    assert_eq!(body(2), json!([]));
    assert_eq!((content_type(3), r[3].body.len()), (None, 0));
    assert_eq!(body(4), json!({"note": "hi"}));
}
