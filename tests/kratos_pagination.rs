//! Walking pages on the real server. Kratos has two modes: by token
//! (`page_size`, `page_token`: the default, even when `per_page` is given)
//! and by page number (`per_page`, `page`: only when `page` is given, for at
//! most 1,000 items). The client follows the server's `rel="next"` link as
//! written, so both work; these tests walk a few hundred identities, and the
//! sessions and schemas, each way.

#[path = "support/kratos.rs"]
mod kratos;

use futures::TryStreamExt;
use kratos::{admin, env, public, unique_email};
use ory_identity_client::models::*;
use ory_identity_client::{Page, PageCursor};
use std::collections::BTreeSet;
use std::process::ExitCode;
use tokio::sync::OnceCell;

fn main() -> ExitCode {
    kratos::main(tests![
        every_identity_in_token_mode,
        per_page_without_page_is_token_mode,
        every_identity_in_page_number_mode,
        page_number_mode_stops_at_1000_items,
        a_stored_cursor_resumes_later,
        list_headers_are_sent,
        sessions_page_in_both_lists,
        the_servers_links_for_sessions_skip_a_page,
        schemas_page_one_at_a_time,
    ])
}

/// How many identities the walks must find.
const POPULATION: usize = 320;

/// The identities this binary creates once, for every test here (in two
/// batches, at most 1,000 entries each as the server allows).
async fn population() -> &'static BTreeSet<uuid::Uuid> {
    static IDS: OnceCell<BTreeSet<uuid::Uuid>> = OnceCell::const_new();
    IDS.get_or_init(|| async {
        let mut ids = BTreeSet::new();
        for batch in 0..2 {
            let entries = (0..POPULATION / 2)
                .map(|i| IdentityPatch {
                    create: Some(CreateIdentityBody {
                        schema_id: "person".into(),
                        traits: serde_json::json!({ "email": unique_email(&format!("many{batch}-{i}")) }),
                        ..Default::default()
                    }),
                    patch_id: None,
                })
                .collect();
            let results = kratos::batch_create(entries).await;
            ids.extend(results.iter().map(|r| r.identity.expect("created")));
        }
        assert_eq!(ids.len(), POPULATION);
        ids
    })
    .await
}

/// The IDs in `found`, checking that none came twice (a broken cursor
/// repeats or skips pages).
fn distinct(found: &[Identity]) -> BTreeSet<uuid::Uuid> {
    let ids: BTreeSet<uuid::Uuid> = found.iter().map(|i| i.id).collect();
    assert_eq!(ids.len(), found.len(), "an identity came twice");
    ids
}

fn query_of(page: &Page<Identity>) -> String {
    page.next
        .as_ref()
        .map(PageCursor::to_string)
        .unwrap_or_default()
}

async fn every_identity_in_token_mode() {
    let created = population().await;
    let every: Vec<Identity> = admin()
        .list_identities()
        .page_size(25)
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    let found = distinct(&every);
    assert!(
        found.is_superset(created),
        "{} of {POPULATION} found",
        found.intersection(created).count()
    );
}

/// The bug this issue started from: version 1 of the client took `page`
/// from the next link, which Kratos writes with `page_token` here.
async fn per_page_without_page_is_token_mode() {
    let created = population().await;
    let first = admin()
        .list_identities()
        .per_page(100)
        .send_page()
        .await
        .unwrap();
    assert_eq!(first.items.len(), 100);
    let next = query_of(&first);
    assert!(
        next.contains("page_size=100") && next.contains("page_token="),
        "{next}"
    );
    assert!(!next.contains("per_page"), "{next}");
    let every: Vec<Identity> = admin()
        .list_identities()
        .per_page(100)
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    assert!(distinct(&every).is_superset(created));
}

async fn every_identity_in_page_number_mode() {
    let created = population().await;
    let first = admin()
        .list_identities()
        .per_page(50)
        .page(0)
        .send_page()
        .await
        .unwrap();
    let next = query_of(&first);
    assert!(
        next.contains("page=1") && next.contains("per_page=50"),
        "{next}"
    );
    let total: usize = first.headers["x-total-count"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(total >= POPULATION, "{total}");
    let every: Vec<Identity> = admin()
        .list_identities()
        .per_page(50)
        .page(0)
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    assert!(distinct(&every).is_superset(created));
}

async fn page_number_mode_stops_at_1000_items() {
    // Pages 0 to 1 of 500 are the first 1,000 items; page 2 would pass them.
    let last = admin().list_identities().per_page(500).page(1).await;
    assert!(last.is_ok(), "{last:?}");
    let err = admin()
        .list_identities()
        .per_page(500)
        .page(3)
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(400), "{err}");
    let reason = err
        .api_error()
        .and_then(|e| e.error.reason.clone())
        .unwrap_or_default();
    assert!(
        reason.contains("not supported for enumerating over 1000 items"),
        "{reason}"
    );
    assert!(
        err.to_string().contains("page_token and page_size"),
        "{err}"
    );
}

/// `send_page` gives a cursor to store as text and resume from later, in a
/// new request (as a web app does between a user's clicks).
async fn a_stored_cursor_resumes_later() {
    let created = population().await;
    let client = admin();
    let mut page = client
        .list_identities()
        .page_size(60)
        .send_page()
        .await
        .unwrap();
    let mut every = page.items.clone();
    let mut pages = 1;
    while let Some(cursor) = page.next.take() {
        let stored: String = cursor.to_string();
        page = client
            .list_identities()
            .resume(stored.parse().unwrap())
            .send_page()
            .await
            .unwrap();
        every.extend(page.items.iter().cloned());
        pages += 1;
        assert!(pages < 100, "the walk does not end");
    }
    assert!(distinct(&every).is_superset(created));
    assert!(pages >= POPULATION / 60, "{pages} pages");
}

/// CORRECTION (list response headers): the server sends `Link` on every
/// list and `X-Total-Count` on all but identities in token mode.
async fn list_headers_are_sent() {
    population().await;
    let client = admin();
    let token_mode = client
        .list_identities()
        .page_size(10)
        .send_with_response()
        .await
        .unwrap();
    assert!(token_mode.headers.contains_key("link"));
    assert!(!token_mode.headers.contains_key("x-total-count"));
    let number_mode = client
        .list_identities()
        .per_page(10)
        .page(0)
        .send_with_response()
        .await
        .unwrap();
    assert!(number_mode.headers.contains_key("link"));
    assert!(number_mode.headers.contains_key("x-total-count"));

    let sessions = client
        .list_sessions()
        .page_size(10)
        .send_with_response()
        .await
        .unwrap();
    assert!(sessions.headers.contains_key("link"));
    assert!(sessions.headers.contains_key("x-total-count"));
    let someone = population().await.first().copied().unwrap();
    let theirs = client
        .list_identity_sessions(someone)
        .send_with_response()
        .await
        .unwrap();
    assert!(theirs.headers.contains_key("link"));
    assert!(theirs.headers.contains_key("x-total-count"));
    if env().local {
        let schemas = public()
            .list_identity_schemas()
            .send_with_response()
            .await
            .unwrap();
        assert!(schemas.headers.contains_key("link"));
        assert_eq!(schemas.headers["x-total-count"], "2");
    }
}

/// An identity with five sessions (five sign-ins), or `None` when signing in
/// cannot be tested here.
async fn five_sessions() -> Option<(Identity, BTreeSet<uuid::Uuid>)> {
    let email = unique_email("sessions");
    let identity = kratos::person_with_password(&email).await;
    let mut made = BTreeSet::new();
    for _ in 0..5 {
        made.insert(kratos::sign_in(&email, kratos::PASSWORD).await?.session_id);
    }
    Some((identity, made))
}

/// Both session lists page through five sessions two at a time: the
/// identity's by page number (the client counts), all sessions by the
/// server's links.
async fn sessions_page_in_both_lists() {
    let Some((identity, made)) = five_sessions().await else {
        return;
    };
    let client = admin();
    let first = client
        .list_identity_sessions(identity.id)
        .per_page(2)
        .send_page()
        .await
        .unwrap();
    assert_eq!(
        first.next.as_ref().map(PageCursor::as_str),
        Some("per_page=2&page=2")
    );
    let theirs: Vec<Session> = client
        .list_identity_sessions(identity.id)
        .per_page(2)
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(theirs.iter().map(|s| s.id).collect::<BTreeSet<_>>(), made);
    assert_eq!(theirs.len(), 5);
    let every: Vec<Session> = client
        .list_sessions()
        .page_size(2)
        .expand([ListSessionsExpand::Identity])
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    let mine: Vec<&Session> = every.iter().filter(|s| made.contains(&s.id)).collect();
    assert_eq!(mine.len(), 5);
    // `expand` is kept across pages: the server writes it into the links.
    assert!(
        mine.iter()
            .all(|s| s.identity.as_ref().map(|i| i.id) == Some(identity.id))
    );
}

/// Why the spec pages an identity's sessions by number: following the
/// server's own `rel="next"` links (with `page_size`, which they carry too)
/// gives the first page twice and never the last.
async fn the_servers_links_for_sessions_skip_a_page() {
    let Some((identity, made)) = five_sessions().await else {
        return;
    };
    let mut next = Some(format!(
        "/admin/identities/{}/sessions?page_size=2",
        identity.id
    ));
    let mut seen = Vec::new();
    while let Some(path) = next.take() {
        let response = kratos::raw_admin("GET", &path).send().await.unwrap();
        let link = response
            .headers()
            .get("link")
            .and_then(|l| l.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let page: Vec<serde_json::Value> =
            serde_json::from_str(&response.text().await.unwrap()).unwrap();
        seen.extend(
            page.iter()
                .map(|s| s["id"].as_str().unwrap().parse::<uuid::Uuid>().unwrap()),
        );
        next = link
            .split(',')
            .find(|l| l.contains(r#"rel="next""#))
            .and_then(|l| Some(l.split_once('<')?.1.split_once('>')?.0.to_owned()));
        assert!(seen.len() < 20, "the links do not end");
    }
    let distinct: BTreeSet<uuid::Uuid> = seen.iter().copied().collect();
    assert_eq!(seen.len(), 6, "three pages of two: {seen:?}");
    assert_eq!(distinct.len(), 4, "the first page came twice");
    assert_eq!(
        made.difference(&distinct).count(),
        1,
        "one session never came"
    );
}

async fn schemas_page_one_at_a_time() {
    if !env().local {
        return eprintln!("skipped: the schemas are ours only on a server started here");
    }
    let schemas: Vec<IdentitySchemaContainer> = public()
        .list_identity_schemas()
        .page_size(1)
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    let ids: Vec<String> = schemas.into_iter().filter_map(|s| s.id).collect();
    assert_eq!(ids.len(), 2, "{ids:?}");
    assert_eq!(ids.iter().collect::<BTreeSet<_>>().len(), 2, "{ids:?}");
}
