//! Walking pages with `into_stream()` and `send_page()`, against a local
//! server that answers with `Link` headers the way Ory does (and the ways it
//! might). The next request is the server's next link as it wrote it: its
//! query on the operation's path. `tests/kratos_pagination.rs` does the same
//! against the real server.

use futures::{StreamExt, TryStreamExt};
use ory_identity_client::models::*;
use ory_identity_client::{Client, Error, PageCursor};
use serde_json::{Value, json};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

fn session(n: u32) -> Value {
    json!({"id": format!("00000000-0000-0000-0000-{n:012}")})
}

fn identity(n: u32) -> Value {
    json!({"id": format!("00000000-0000-0000-0000-{n:012}"), "schema_id": "d", "schema_url": "u", "traits": {}})
}

fn page(items: Vec<Value>, links: &[&str]) -> ResponseTemplate {
    let mut response = ResponseTemplate::new(200).set_body_json(Value::Array(items));
    for link in links {
        response = response.append_header("link", *link);
    }
    response
}

async fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .bearer_token("t")
        .build()
        .unwrap()
}

fn query(r: &Request) -> String {
    r.url.query().unwrap_or_default().to_owned()
}

fn number(id: &uuid::Uuid) -> u32 {
    id.as_u128() as u32
}

#[tokio::test]
async fn three_pages_are_followed_as_the_server_wrote_the_links() {
    let server = MockServer::start().await;
    let uri = server.uri();
    Mock::given(method("GET"))
        .and(path("/admin/sessions"))
        .and(query_param_is_missing("page_token"))
        .respond_with(page(
            vec![session(1), session(2)],
            &[r#"</admin/sessions?page_size=2&page_token=t2>; rel="next""#],
        ))
        .mount(&server)
        .await;
    // Two links in one header; the next one absolute, with a comma in it.
    let page2_link = format!(
        r#"</admin/sessions?page_token=t1>; rel="prev", <{uri}/admin/sessions?page_token=t3%2Cx&page_size=2>; rel="next""#
    );
    Mock::given(method("GET"))
        .and(path("/admin/sessions"))
        .and(query_param("page_token", "t2"))
        .respond_with(page(vec![session(3), session(4)], &[&page2_link]))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/admin/sessions"))
        .and(query_param("page_token", "t3,x"))
        .respond_with(page(
            vec![session(5)],
            &[r#"</admin/sessions?page_token=t1>; rel="first""#],
        ))
        .mount(&server)
        .await;

    let client = client(&server).await;
    let every: Vec<Session> = client
        .list_sessions()
        .page_size(2)
        .active(true)
        .expand([ListSessionsExpand::Identity])
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        every.iter().map(|s| number(&s.id)).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5]
    );

    let queries: Vec<String> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(query)
        .collect();
    assert_eq!(
        queries,
        [
            "page_size=2&active=true&expand=identity",
            "page_size=2&page_token=t2",
            "page_token=t3%2Cx&page_size=2",
        ]
    );
    assert!(
        server
            .received_requests()
            .await
            .unwrap()
            .iter()
            .all(|r| r.headers["authorization"] == "Bearer t")
    );
}

#[tokio::test]
async fn page_numbers_from_several_link_headers_and_relative_links() {
    let server = MockServer::start().await;
    Mock::given(path("/admin/identities"))
        .and(query_param_is_missing("page"))
        .respond_with(page(
            vec![identity(1)],
            &[
                "</admin/identities?page=1>; rel=first",
                "<?page=2&per_page=1>; rel=\"next last\"",
            ],
        ))
        .mount(&server)
        .await;
    Mock::given(path("/admin/identities"))
        .and(query_param("page", "2"))
        .respond_with(page(
            vec![identity(2)],
            &["<identities?page=3&per_page=1>; REL=next"],
        ))
        .mount(&server)
        .await;
    // An empty page ends the walk even though it links further.
    Mock::given(path("/admin/identities"))
        .and(query_param("page", "3"))
        .respond_with(page(vec![], &["</admin/identities?page=4>; rel=next"]))
        .mount(&server)
        .await;
    let client = client(&server).await;
    let every: Vec<Identity> = client
        .list_identities()
        .per_page(1)
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        every.iter().map(|i| number(&i.id)).collect::<Vec<_>>(),
        [1, 2]
    );
    let queries: Vec<String> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(query)
        .collect();
    assert_eq!(
        queries,
        ["per_page=1", "page=2&per_page=1", "page=3&per_page=1"]
    );
}

#[tokio::test]
async fn an_error_on_page_two_is_an_item_and_ends_the_stream() {
    let server = MockServer::start().await;
    Mock::given(path("/admin/sessions"))
        .and(query_param_is_missing("page_token"))
        .respond_with(page(
            vec![session(1)],
            &["</admin/sessions?page_token=b>; rel=next"],
        ))
        .mount(&server)
        .await;
    Mock::given(path("/admin/sessions"))
        .and(query_param("page_token", "b"))
        .respond_with(
            ResponseTemplate::new(500)
                .set_body_json(json!({"error": {"message": "database unavailable"}})),
        )
        .mount(&server)
        .await;
    let client = client(&server).await;
    let items: Vec<Result<Session, Error<ErrorGeneric>>> =
        client.list_sessions().into_stream().collect().await;
    assert_eq!(items.len(), 2);
    assert!(items[0].is_ok());
    let err = items[1].as_ref().unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(
        err.api_error().map(|e| e.error.message.as_str()),
        Some("database unavailable")
    );
}

#[tokio::test]
async fn a_next_link_to_another_host_is_not_followed() {
    let server = MockServer::start().await;
    let elsewhere = MockServer::start().await;
    Mock::given(path("/admin/sessions"))
        .respond_with(page(vec![], &[]))
        .mount(&elsewhere)
        .await;
    let link = format!(
        "<{}/admin/sessions?page_token=b>; rel=next",
        elsewhere.uri()
    );
    Mock::given(path("/admin/sessions"))
        .respond_with(page(vec![session(1)], &[&link]))
        .mount(&server)
        .await;
    let client = client(&server).await;
    let items: Vec<_> = client.list_sessions().into_stream().collect().await;
    assert_eq!(items.len(), 2);
    let err = items[1].as_ref().unwrap_err();
    assert!(matches!(err, Error::Pagination(_)), "{err:?}");
    assert!(err.to_string().contains("another host"), "{err}");
    assert!(
        elsewhere.received_requests().await.unwrap().is_empty(),
        "the token went to another host"
    );
    // The page call reports it too.
    let err = client.list_sessions().send_page().await.unwrap_err();
    assert!(err.to_string().contains("another host"), "{err}");
}

#[tokio::test]
async fn a_repeated_cursor_is_an_error_not_a_loop() {
    let server = MockServer::start().await;
    Mock::given(path("/admin/sessions"))
        .respond_with(page(
            vec![session(1)],
            &["</admin/sessions?page_token=same>; rel=next"],
        ))
        .mount(&server)
        .await;
    let client = client(&server).await;
    let items: Vec<_> = client.list_sessions().into_stream().collect().await;
    // Page one, page "same", then the repeat is noticed.
    assert_eq!(items.len(), 3);
    assert!(items[0].is_ok() && items[1].is_ok());
    let err = items[2].as_ref().unwrap_err();
    assert!(
        err.to_string().contains("`page_token=same` a second time"),
        "{err}"
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

/// Kratos without `page` pages by token even when asked with `per_page`:
/// the next link carries `page_size` and `page_token`, a parameter the first
/// request did not have. Version 1 of this client looked for `page` in it and
/// stopped at the second page.
#[tokio::test]
async fn a_next_link_with_other_parameters_than_the_request_is_followed() {
    let server = MockServer::start().await;
    Mock::given(path("/admin/identities"))
        .and(query_param("per_page", "2"))
        .respond_with(page(
            vec![identity(1), identity(2)],
            &[r#"</admin/identities?page_size=2&page_token=00000000-0000-0000-0000-000000000000>; rel="first",</admin/identities?credentials_identifier=a&page_size=2&page_token=00000000-0000-0000-0000-000000000002>; rel="next""#],
        ))
        .mount(&server)
        .await;
    Mock::given(path("/admin/identities"))
        .and(query_param("page_token", "00000000-0000-0000-0000-000000000002"))
        .respond_with(page(
            vec![identity(3)],
            &[r#"</admin/identities?page_size=2&page_token=00000000-0000-0000-0000-000000000000>; rel="first""#],
        ))
        .mount(&server)
        .await;
    let client = client(&server).await;
    let every: Vec<Identity> = client
        .list_identities()
        .per_page(2)
        .credentials_identifier("a")
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        every.iter().map(|i| number(&i.id)).collect::<Vec<_>>(),
        [1, 2, 3]
    );
    let queries: Vec<String> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(query)
        .collect();
    assert_eq!(
        queries,
        [
            "per_page=2&credentials_identifier=a",
            "credentials_identifier=a&page_size=2&page_token=00000000-0000-0000-0000-000000000002",
        ]
    );
}

#[tokio::test]
async fn one_page_with_its_next_cursor() {
    let server = MockServer::start().await;
    Mock::given(path("/admin/sessions"))
        .and(query_param_is_missing("page_token"))
        .respond_with(
            page(
                vec![session(1), session(2)],
                &[r#"</admin/sessions?page_size=2&page_token=abc>; rel="next""#],
            )
            .append_header("x-total-count", "3"),
        )
        .mount(&server)
        .await;
    Mock::given(path("/admin/sessions"))
        .and(query_param("page_token", "abc"))
        .respond_with(page(vec![session(3)], &[]))
        .mount(&server)
        .await;
    let client = client(&server).await;
    let first = client
        .list_sessions()
        .page_size(2)
        .active(true)
        .send_page()
        .await
        .unwrap();
    assert_eq!(first.items.len(), 2);
    assert_eq!(
        first.next.as_ref().map(PageCursor::as_str),
        Some("page_size=2&page_token=abc")
    );
    assert_eq!(first.headers["x-total-count"], "3");
    // Stored as text and used later: the cursor's query replaces the
    // parameters set on the builder.
    let stored: String = first.next.unwrap().to_string();
    let cursor: PageCursor = stored.parse().unwrap();
    let last = client
        .list_sessions()
        .active(false)
        .resume(cursor)
        .send_page()
        .await
        .unwrap();
    assert_eq!(last.items.len(), 1);
    assert_eq!(last.next, None);
    let second = &server.received_requests().await.unwrap()[1];
    assert_eq!(query(second), "page_size=2&page_token=abc");
    assert_eq!(second.headers["authorization"], "Bearer t");
}

#[tokio::test]
async fn a_next_link_that_is_not_a_url_is_an_error() {
    let server = MockServer::start().await;
    Mock::given(path("/admin/identities"))
        .respond_with(page(
            vec![identity(1)],
            &["<http://[::1/admin/identities?page=2>; rel=next"],
        ))
        .mount(&server)
        .await;
    let client = client(&server).await;
    let err = client.list_identities().send_page().await.unwrap_err();
    assert!(matches!(err, Error::Pagination(_)), "{err:?}");
    assert!(err.to_string().contains("is not a URL"), "{err}");
    // The stream yields the page's item, then the error, then ends.
    let items: Vec<_> = client.list_identities().into_stream().collect().await;
    assert_eq!(items.len(), 2);
    assert!(items[0].is_ok() && items[1].is_err());
}
