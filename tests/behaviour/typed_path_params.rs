use construct_typed_path_params::Client;
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn uuids_and_dates_are_taken_typed_or_as_text() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    let id = uuid::Uuid::parse_str("6f1c1a52-6d3b-4a8e-9e2a-3c4d5e6f7a8b").unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    client.get_day(id, day, 7).await.unwrap();
    client.get_day("6f1c1a52-6d3b-4a8e-9e2a-3c4d5e6f7a8b", "2026-12-02", -1).await.unwrap();
    let paths: Vec<String> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|r| r.url.path().to_owned())
        .collect();
    assert_eq!(
        paths,
        [
            "/accounts/6f1c1a52-6d3b-4a8e-9e2a-3c4d5e6f7a8b/days/2026-12-02/items/7",
            "/accounts/6f1c1a52-6d3b-4a8e-9e2a-3c4d5e6f7a8b/days/2026-12-02/items/-1",
        ]
    );
}
