use construct_object_params::{Client, models::*};
use serde_json::json;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

async fn server() -> (MockServer, Client) {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    (server, client)
}

#[tokio::test]
async fn objects_follow_their_style() {
    let (server, client) = server().await;
    let filter = Filter {
        role: Some("admin".into()),
        size: Some(3),
        tags: Some(vec!["a".into(), "b".into()]),
    };
    client
        .list_items()
        .filter(filter.clone())
        .joined(Filter { role: Some("x y".into()), size: None, tags: None })
        .deep(filter.clone())
        .labels([("team".to_owned(), "core".to_owned())].into_iter().collect())
        .any(json!({"q": "rust"}))
        .x_filter(filter)
        .await
        .unwrap();
    let requests = server.received_requests().await.unwrap();
    let query: Vec<(String, String)> = requests[0].url.query_pairs().into_owned().collect();
    let pairs: Vec<String> = query.iter().map(|(k, v)| format!("{k}={v}")).collect();
    assert_eq!(
        pairs,
        [
            "role=admin", "size=3", "tags=a", "tags=b",
            "joined=role,x y",
            "deep[role]=admin", "deep[size]=3", "deep[tags]=a", "deep[tags]=b",
            "labels[team]=core",
            "q=rust",
        ]
    );
    // No style says how a list inside an object is written: it goes as JSON.
    assert_eq!(
        requests[0].headers.get("x-filter").unwrap().to_str().unwrap(),
        r#"role=admin,size=3,tags=["a","b"]"#
    );
}

#[tokio::test]
async fn unset_objects_send_nothing() {
    let (server, client) = server().await;
    client.list_items().await.unwrap();
    client.list_items().any(json!(null)).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests[0].url.query(), None);
    assert_eq!(requests[1].url.query(), None);
}

#[tokio::test]
async fn label_and_matrix_paths() {
    let (server, client) = server().await;
    client.get_file("a b", 7).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests[0].url.path(), "/files/.a%20b/;version=7");
}
