use construct_many_arguments::{Client, models::*};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

#[tokio::test]
async fn eight_arguments_and_enums_on_the_wire() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    let client = Client::builder().base_url(server.uri()).build().unwrap();
    client
        .get_report(2026, 12, "eu", GetReportUnit::Usd, ["sales", "costs"], "ada", "gold", "core")
        .x_shade(GetReportXShade::Dark)
        .await
        .unwrap();
    let r = &server.received_requests().await.unwrap()[0];
    assert_eq!(r.url.path(), "/reports/2026/12");
    assert_eq!(r.url.query(), Some("region=eu&unit=usd&kinds=sales&kinds=costs&owner=ada"));
    let header = |name: &str| r.headers.get(name).unwrap().to_str().unwrap().to_owned();
    assert_eq!((header("x-tier"), header("x-team"), header("x-shade")), ("gold".into(), "core".into(), "dark".into()));
}
