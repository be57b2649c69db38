//! Walking the pages of a list: the `Link: <…>; rel="next"` header names the
//! next page, and the client asks for it as the server wrote it. Servers
//! differ in what the link carries (Ory Kratos pages by `page_token` or by
//! `page`, depending on the request), so the client does not pick a
//! parameter out of it: the next request is the operation's own path with the
//! link's whole query, which also keeps every filter of the first request.
//! For lists without usable links, the client counts pages itself in a
//! page-number parameter.

use crate::error::Error;
use crate::future::ResponseFuture;
use crate::response::Response;
use futures_util::Stream;
use reqwest::StatusCode;
use reqwest::header::{HeaderMap, LINK};
use std::collections::VecDeque;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// One page of a list, and where the next one starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The items of this page.
    pub items: Vec<T>,
    /// Where the next page starts (pass it to the request's `resume` to go
    /// on, now or later); `None` on the last page.
    pub next: Option<PageCursor>,
    /// The response's status.
    pub status: StatusCode,
    /// The response's headers.
    pub headers: HeaderMap,
}

/// The position of a page: the query of the `rel="next"` link that named it,
/// as the server wrote it (for example `page_size=100&page_token=…`).
///
/// A cursor can be stored as text and read back: `to_string()` and
/// `parse()` give the same cursor. Resuming at a cursor sends the
/// operation's own path with exactly this query, so the cursor decides the
/// filters too, and the request stays on the client's base URL whatever the
/// text says.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PageCursor {
    query: String,
}

impl PageCursor {
    /// The query, without a leading `?`.
    pub fn as_str(&self) -> &str {
        &self.query
    }

    /// Puts the cursor's query into `url`, replacing whatever query it had.
    pub(crate) fn apply(&self, url: &mut reqwest::Url) {
        url.set_query((!self.query.is_empty()).then_some(self.query.as_str()));
    }
}

impl fmt::Display for PageCursor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.query)
    }
}

impl std::str::FromStr for PageCursor {
    type Err = std::convert::Infallible;

    /// Any text is a query; a leading `?` is dropped. The server judges the
    /// parameters.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Ok(PageCursor {
            query: text.strip_prefix('?').unwrap_or(text).to_owned(),
        })
    }
}

/// How an operation's pages are found.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Paging {
    /// `Some((parameter, first))`: the client counts pages in that query
    /// parameter, starting from `first` when the request has none; `None`:
    /// it follows the `Link` header.
    pub(crate) number: Option<(&'static str, i64)>,
    /// Query parameters that carry credentials: left out of cursors (a
    /// stored cursor holds no secret; resuming adds them again).
    pub(crate) secret: &'static [&'static str],
}

/// A page from a response: its items, and the cursor of the next page. A
/// next link to another host is refused.
pub(crate) fn page<T, E>(response: Response<Vec<T>>, paging: Paging) -> Result<Page<T>, Error<E>> {
    let next = next_cursor(&response, paging).map_err(Error::Pagination)?;
    Ok(Page {
        items: response.body,
        next,
        status: response.status,
        headers: response.headers,
    })
}

/// The cursor of the next page, if there is one.
fn next_cursor<T>(response: &Response<Vec<T>>, paging: Paging) -> Result<Option<PageCursor>, String> {
    let query = match paging.number {
        None => linked_query(&response.url, &response.headers)?,
        // Past the last page the server answers with an empty one.
        Some(_) if response.body.is_empty() => None,
        Some((parameter, first)) => Some(numbered_query(&response.url, parameter, first)?),
    };
    Ok(query.map(|query| PageCursor {
        query: without(&query, paging.secret),
    }))
}

/// `query` without the parameters named in `secret`; the rest as it was.
fn without(query: &str, secret: &[&str]) -> String {
    if secret.is_empty() {
        return query.to_owned();
    }
    query
        .split('&')
        .filter(|pair| !secret.contains(&decoded_key(pair).as_str()))
        .collect::<Vec<_>>()
        .join("&")
}

/// The key of one `key=value` pair, decoded as the URL parser decodes it.
fn decoded_key(pair: &str) -> String {
    let mut url = reqwest::Url::parse("http://h/").expect("a valid URL");
    url.set_query(Some(pair.split('=').next().unwrap_or_default()));
    url.query_pairs().next().map(|(key, _)| key.into_owned()).unwrap_or_default()
}

/// The request's query with the page number one more than it was (or than
/// `first`, when the request had none).
fn numbered_query(request_url: &reqwest::Url, parameter: &str, first: i64) -> Result<String, String> {
    let current = match request_url.query_pairs().find(|(key, _)| key == parameter) {
        None => first,
        Some((_, value)) => value
            .parse::<i64>()
            .map_err(|_| format!("the page number `{parameter}` is `{value}`, not an integer"))?,
    };
    let next = current
        .checked_add(1)
        .ok_or_else(|| format!("the page number `{parameter}` cannot go past {current}"))?;
    let kept: Vec<(String, String)> = request_url
        .query_pairs()
        .filter(|(key, _)| key != parameter)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let mut url = request_url.clone();
    url.query_pairs_mut()
        .clear()
        .extend_pairs(kept)
        .append_pair(parameter, &next.to_string());
    Ok(url.query().unwrap_or_default().to_owned())
}

/// The query of the `rel="next"` link, if there is one.
fn linked_query(request_url: &reqwest::Url, headers: &HeaderMap) -> Result<Option<String>, String> {
    let Some(link) = next_link(request_url, headers)? else {
        return Ok(None);
    };
    // The client only sends to its own base URL, so this is not about
    // credentials; a link elsewhere means the server describes another
    // service, and guessing would page through the wrong list.
    if link.origin() != request_url.origin() {
        return Err(format!("the next page is on another host (`{link}`); it is not followed"));
    }
    Ok(Some(link.query().unwrap_or_default().to_owned()))
}

/// The target of the first link with `rel` `next` in the `Link` headers,
/// resolved against the URL of the request.
fn next_link(request_url: &reqwest::Url, headers: &HeaderMap) -> Result<Option<reqwest::Url>, String> {
    for value in headers.get_all(LINK) {
        let Ok(text) = value.to_str() else { continue };
        for link in parse_links(text) {
            let is_next = link
                .params
                .iter()
                .any(|(k, v)| k == "rel" && v.split_ascii_whitespace().any(|r| r.eq_ignore_ascii_case("next")));
            if is_next {
                return request_url
                    .join(&link.target)
                    .map(Some)
                    .map_err(|e| format!("the next link `{}` is not a URL: {e}", link.target));
            }
        }
    }
    Ok(None)
}

/// One link of a `Link` header value (RFC 8288).
#[derive(Debug, PartialEq)]
struct Link {
    target: String,
    /// Parameter names lowercased; values unquoted.
    params: Vec<(String, String)>,
}

/// Parses a `Link` header value: links separated by commas (which may also
/// appear inside `<…>` and quoted strings), each with `;`-separated
/// parameters, quoted or not. Malformed parts are skipped.
fn parse_links(text: &str) -> Vec<Link> {
    let mut links = Vec::new();
    let mut chars = text.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_whitespace() || *c == ',').is_some() {}
        match chars.next() {
            None => return links,
            Some('<') => {}
            Some(_) => {
                // Not a link: skip to the next one.
                skip_link(&mut chars);
                continue;
            }
        }
        let target: String = chars.by_ref().take_while(|c| *c != '>').collect();
        let mut params = Vec::new();
        loop {
            while chars.next_if(|c| c.is_whitespace()).is_some() {}
            match chars.next() {
                Some(';') => {}
                Some(',') | None => break,
                Some(_) => {
                    skip_link(&mut chars);
                    break;
                }
            }
            while chars.next_if(|c| c.is_whitespace()).is_some() {}
            let name: String = std::iter::from_fn(|| chars.next_if(|c| !matches!(c, '=' | ';' | ',') && !c.is_whitespace()))
                .collect::<String>()
                .to_ascii_lowercase();
            while chars.next_if(|c| c.is_whitespace()).is_some() {}
            let value = if chars.next_if_eq(&'=').is_some() {
                while chars.next_if(|c| c.is_whitespace()).is_some() {}
                if chars.next_if_eq(&'"').is_some() {
                    let mut value = String::new();
                    while let Some(c) = chars.next() {
                        match c {
                            '"' => break,
                            '\\' => value.extend(chars.next()),
                            c => value.push(c),
                        }
                    }
                    value
                } else {
                    std::iter::from_fn(|| chars.next_if(|c| !matches!(c, ';' | ',') && !c.is_whitespace())).collect()
                }
            } else {
                String::new()
            };
            if !name.is_empty() {
                params.push((name, value));
            }
        }
        links.push(Link { target, params });
    }
}

/// Skips to just after the next comma outside quotes.
fn skip_link(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    let mut quoted = false;
    for c in chars.by_ref() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => return,
            _ => {}
        }
    }
}

/// Sends the request for a page: the first as the builder was set with
/// `None`, then resumed at a cursor. Boxed, so the stream below is compiled
/// once per item and error type, not once per operation.
pub(crate) type SendPage<'a, T, E> =
    Box<dyn Fn(Option<PageCursor>) -> ResponseFuture<'a, Vec<T>, E> + Send + 'a>;

/// What a paginated request builder's `send_page()` gives: one page, and
/// where the next one starts.
#[must_use = "a request does nothing until it is awaited"]
pub struct PageFuture<'a, T, E> {
    response: ResponseFuture<'a, Vec<T>, E>,
    paging: Paging,
}

impl<'a, T, E> ResponseFuture<'a, Vec<T>, E> {
    /// The same call, giving the page and the next page's cursor.
    pub(crate) fn page(self, paging: Paging) -> PageFuture<'a, T, E> {
        PageFuture {
            response: self,
            paging,
        }
    }
}

impl<T, E> Future for PageFuture<'_, T, E> {
    type Output = Result<Page<T>, Error<E>>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        Pin::new(&mut this.response)
            .poll(cx)
            .map(|outcome| page(outcome?, this.paging))
    }
}

/// What the stream needs between pages.
struct Walk<'a, T, E> {
    /// The cursor of the page to ask for next (`Some(None)`: the first).
    next: Option<Option<PageCursor>>,
    items: VecDeque<T>,
    seen: Vec<PageCursor>,
    failure: Option<Error<E>>,
    send: SendPage<'a, T, E>,
    paging: Paging,
}

/// Every item of every page: the first page as the request was set, then
/// each next link's cursor, until a page has no next link or no items. An
/// error ends the stream after being yielded (after the items of its page,
/// when the page arrived but its next link cannot be used); so does a cursor
/// the server already gave, which would loop forever.
pub(crate) fn stream<'a, T: Send + 'a, E: Send + 'a>(
    send: SendPage<'a, T, E>,
    paging: Paging,
) -> Pin<Box<dyn Stream<Item = Result<T, Error<E>>> + Send + 'a>> {
    let walk = Walk {
        next: Some(None),
        items: VecDeque::new(),
        seen: Vec::new(),
        failure: None,
        send,
        paging,
    };
    Box::pin(futures_util::stream::unfold(walk, |mut walk| async move {
        loop {
            if let Some(item) = walk.items.pop_front() {
                return Some((Ok(item), walk));
            }
            if let Some(error) = walk.failure.take() {
                return Some((Err(error), walk));
            }
            let cursor = walk.next.take()?;
            let response = match (walk.send)(cursor).await {
                Ok(response) => response,
                Err(error) => return Some((Err(error), walk)),
            };
            if response.body.is_empty() {
                return None;
            }
            match next_cursor(&response, walk.paging) {
                Ok(None) => {}
                Ok(Some(cursor)) if walk.seen.contains(&cursor) => {
                    walk.failure = Some(Error::Pagination(format!(
                        "the server named the page `{cursor}` a second time; stopping rather than looping"
                    )));
                }
                Ok(Some(cursor)) => {
                    walk.seen.push(cursor.clone());
                    walk.next = Some(Some(cursor));
                }
                Err(message) => walk.failure = Some(Error::Pagination(message)),
            }
            walk.items.extend(response.body);
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    fn links(text: &str) -> Vec<(String, Vec<(String, String)>)> {
        parse_links(text)
            .into_iter()
            .map(|l| (l.target, l.params))
            .collect()
    }

    fn p(k: &str, v: &str) -> (String, String) {
        (k.to_owned(), v.to_owned())
    }

    #[test]
    fn parses_several_links_quoted_and_not() {
        assert_eq!(
            links(r#"</a?x=1,2>; rel="next"; title="a, b", </b>;rel=prev , <c>"#),
            [
                ("/a?x=1,2".to_owned(), vec![p("rel", "next"), p("title", "a, b")]),
                ("/b".to_owned(), vec![p("rel", "prev")]),
                ("c".to_owned(), vec![]),
            ]
        );
        assert_eq!(links(r#"<x>; REL = "next last""#), [("x".to_owned(), vec![p("rel", "next last")])]);
        assert_eq!(links(r#"<x>; title="say \"hi\""; rel=next"#)[0].1, [p("title", "say \"hi\""), p("rel", "next")]);
    }

    #[test]
    fn skips_what_is_not_a_link() {
        assert_eq!(links("garbage, <ok>; rel=next"), [("ok".to_owned(), vec![p("rel", "next")])]);
        assert_eq!(links(""), []);
        assert_eq!(links("<unterminated"), [("unterminated".to_owned(), vec![])]);
    }

    fn headers(values: &[&str]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for v in values {
            map.append(LINK, HeaderValue::from_str(v).unwrap());
        }
        map
    }

    const LINKS: Paging = Paging { number: None, secret: &[] };

    fn response(url: &str, links: &[&str], items: usize) -> Response<Vec<()>> {
        Response {
            url: reqwest::Url::parse(url).unwrap(),
            status: StatusCode::OK,
            headers: headers(links),
            body: vec![(); items],
        }
    }

    fn next_of(response: &Response<Vec<()>>, paging: Paging) -> Option<String> {
        next_cursor(response, paging).unwrap().map(|c| c.to_string())
    }

    #[test]
    fn a_cursor_is_the_next_links_query_and_round_trips_as_text() {
        let next = r#"</api/identities?credentials_identifier=a&page_size=2&page_token=x%2By>; rel="next""#;
        let first = response("https://h.example/api/identities?page_size=2&credentials_identifier=a", &[next], 2);
        let cursor = next_cursor(&first, LINKS).unwrap().unwrap();
        assert_eq!(cursor.as_str(), "credentials_identifier=a&page_size=2&page_token=x%2By");
        let stored = cursor.to_string();
        let back: PageCursor = stored.parse().unwrap();
        assert_eq!(back, cursor);
        assert_eq!("?a=1".parse::<PageCursor>().unwrap().as_str(), "a=1");

        // Resuming keeps the client's own origin and path, whatever the text.
        let mut url = reqwest::Url::parse("https://h.example/api/identities?page_size=9").unwrap();
        "page=3&per_page=2".parse::<PageCursor>().unwrap().apply(&mut url);
        assert_eq!(url.as_str(), "https://h.example/api/identities?page=3&per_page=2");
        "".parse::<PageCursor>().unwrap().apply(&mut url);
        assert_eq!(url.as_str(), "https://h.example/api/identities");
        let hostile: PageCursor = "x=1#https://evil.example/".parse().unwrap();
        hostile.apply(&mut url);
        assert_eq!(url.host_str(), Some("h.example"));
    }

    #[test]
    fn a_next_link_to_another_host_is_refused() {
        let elsewhere = response("https://h.example/list", &[r#"<https://other.example/list?page=2>; rel="next""#], 1);
        let error = next_cursor(&elsewhere, LINKS).unwrap_err();
        assert!(error.contains("another host"), "{error}");
        let last = response("https://h.example/list", &[r#"</list?page=2>; rel="first""#], 1);
        assert_eq!(next_of(&last, LINKS), None);
    }

    #[test]
    fn page_numbers_count_up_until_a_page_is_empty() {
        let numbers = Paging { number: Some(("page", 1)), secret: &[] };
        // No number in the request: the first page was `first`. Links are ignored.
        let first = response("https://h.example/s?per_page=2&active=true", &[r#"</s?page=0>; rel="next""#], 2);
        assert_eq!(next_of(&first, numbers).as_deref(), Some("per_page=2&active=true&page=2"));
        let third = response("https://h.example/s?page=3&per_page=2", &[], 2);
        assert_eq!(next_of(&third, numbers).as_deref(), Some("per_page=2&page=4"));
        let past_the_end = response("https://h.example/s?page=4&per_page=2", &[], 0);
        assert_eq!(next_of(&past_the_end, numbers), None);
        let broken = response("https://h.example/s?page=x", &[], 1);
        assert!(next_cursor(&broken, numbers).unwrap_err().contains("not an integer"));
        let zero_based = Paging { number: Some(("p", 0)), secret: &[] };
        assert_eq!(next_of(&response("https://h.example/s", &[], 1), zero_based).as_deref(), Some("p=1"));
    }

    #[test]
    fn credentials_in_the_query_stay_out_of_cursors() {
        let keyed = Paging { number: None, secret: &["api_key"] };
        let echoed = response("https://h.example/s?api_key=k&limit=1", &[r#"</s?api_key=k&limit=1&after=b>; rel="next""#], 1);
        assert_eq!(next_of(&echoed, keyed).as_deref(), Some("limit=1&after=b"));
        let numbered = Paging { number: Some(("page", 1)), secret: &["api_key"] };
        let sent = response("https://h.example/s?limit=1&api%5Fkey=k", &[], 1);
        assert_eq!(next_of(&sent, numbered).as_deref(), Some("limit=1&page=2"));
    }

    #[test]
    fn finds_next_in_any_header_and_resolves_it() {
        let base = reqwest::Url::parse("https://h.example/api/sessions?page_size=2").unwrap();
        let found = next_link(&base, &headers(&[r#"</api/sessions?page_token=a>; rel="first""#, r#"<?page_token=b>; rel="prev next""#]))
            .unwrap()
            .unwrap();
        assert_eq!(found.as_str(), "https://h.example/api/sessions?page_token=b");
        let absolute = next_link(&base, &headers(&[r#"<https://h.example/x?page_token=c>; rel=next"#])).unwrap().unwrap();
        assert_eq!(absolute.as_str(), "https://h.example/x?page_token=c");
        assert_eq!(next_link(&base, &headers(&[r#"</last>; rel="last""#])).unwrap(), None);
        assert_eq!(next_link(&base, &HeaderMap::new()).unwrap(), None);
    }
}
