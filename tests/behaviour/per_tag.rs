//! A crate with a feature per tag, every feature on: each operation and
//! model is there and works as in a crate without features.

use construct_per_tag::models::*;
use construct_per_tag::Client;
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn every_tags_operations_are_there() {
    let server = MockServer::start().await;
    let pet = serde_json::json!({"id": 1, "name": "rex", "owner": {"name": "ada"}});
    Mock::given(method("GET")).and(path("/pets")).and(query_param("api_key", "k"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!([pet]))).expect(1).mount(&server).await;
    Mock::given(method("POST")).and(path("/pets"))
        .respond_with(ResponseTemplate::new(201).set_body_json(&pet)).expect(1).mount(&server).await;
    Mock::given(method("GET")).and(path("/stores/s1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"pets": [pet]}))).expect(1).mount(&server).await;
    Mock::given(method("GET")).and(path("/orders")).and(query_param("status", "open"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!([{"id": "o", "state": "open"}]))).expect(1).mount(&server).await;
    Mock::given(method("GET")).and(path("/health"))
        .respond_with(ResponseTemplate::new(204)).expect(1).mount(&server).await;
    let client = Client::builder().base_url(server.uri()).query_key("k").build().unwrap();

    let pets = client.list_pets().await.unwrap();
    assert_eq!(pets[0].owner.as_ref().and_then(|o| o.name.as_deref()), Some("ada"));
    let created = client
        .create_pet(&NewPet { name: "rex".into(), kind: NewPetKind::Dog })
        .await
        .unwrap();
    assert_eq!(created.id, 1);
    assert_eq!(client.get_store("s1").await.unwrap().pets.unwrap().len(), 1);
    let orders = client.list_orders().status("open").await.unwrap();
    assert_eq!(orders[0].state, Some(OrderState::Open));
    client.health().await.unwrap();

    let archived: Archived = serde_json::from_value(serde_json::json!({"at": "2024-01-02T03:04:05Z"})).unwrap();
    assert!(archived.at.is_some());
}
