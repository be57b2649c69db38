//! Walking the pages of a list: the `Link: <…>; rel="next"` header names the
//! next page, and the value of the cursor parameter in that link is all the
//! client takes from it; the next request is the caller's request with only
//! the cursor changed, so every other parameter is kept.

use crate::error::Error;
use crate::response::Response;
use futures_util::Stream;
use reqwest::StatusCode;
use reqwest::header::{HeaderMap, LINK};
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::str::FromStr;

/// One page of a list, and where the next one starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T, C> {
    /// The items of this page.
    pub items: Vec<T>,
    /// The cursor of the next page (pass it to the cursor parameter's setter
    /// to continue, now or later); `None` on the last page.
    pub next: Option<C>,
    /// The response's status.
    pub status: StatusCode,
    /// The response's headers.
    pub headers: HeaderMap,
}

/// A page from a response: its items, and the cursor the `rel="next"` link
/// gives for `cursor_param`. A next link to another host is refused (the
/// client would otherwise send its credentials there).
pub(crate) fn page<T, C: FromStr, E>(
    response: Response<Vec<T>>,
    cursor_param: &str,
) -> Result<Page<T, C>, Error<E>> {
    let next = next_cursor(&response.url, &response.headers, cursor_param).map_err(Error::Pagination)?;
    Ok(Page {
        items: response.body,
        next,
        status: response.status,
        headers: response.headers,
    })
}

/// The value of `cursor_param` in the `rel="next"` link, if there is one.
fn next_cursor<C: FromStr>(
    request_url: &reqwest::Url,
    headers: &HeaderMap,
    cursor_param: &str,
) -> Result<Option<C>, String> {
    let Some(link) = next_link(request_url, headers)? else {
        return Ok(None);
    };
    if link.origin() != request_url.origin() {
        return Err(format!("the next page is on another host (`{link}`); it is not followed"));
    }
    let value = link
        .query_pairs()
        .find(|(key, _)| key == cursor_param)
        .map(|(_, value)| value.into_owned())
        .ok_or_else(|| format!("the next link `{link}` has no `{cursor_param}`"))?;
    value
        .parse::<C>()
        .map(Some)
        .map_err(|_| format!("the next link's `{cursor_param}` is `{value}`, which is not a valid value"))
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

/// What the stream needs between pages.
struct Walk<R, T, C, E, S, N> {
    next: Option<R>,
    items: VecDeque<T>,
    seen: Vec<C>,
    failure: Option<Error<E>>,
    send: S,
    cursor_param: &'static str,
    set_cursor: N,
}

/// Every item of every page: `first` is sent as it is, then again with each
/// next cursor, until a page has no next link or no items. An error ends the
/// stream after being yielded (after the items of its page, when the page
/// arrived but its next link cannot be used); so does a cursor the server
/// already gave, which would loop forever.
pub(crate) fn stream<'a, R, T, C, E, S, F, N>(
    first: R,
    send: S,
    cursor_param: &'static str,
    set_cursor: N,
) -> Pin<Box<dyn Stream<Item = Result<T, Error<E>>> + Send + 'a>>
where
    R: Clone + Send + 'a,
    T: Send + 'a,
    C: Clone + PartialEq + FromStr + std::fmt::Display + Send + 'a,
    E: Send + 'a,
    S: Fn(R) -> F + Send + 'a,
    F: Future<Output = Result<Response<Vec<T>>, Error<E>>> + Send + 'a,
    N: Fn(R, C) -> R + Send + 'a,
{
    let walk = Walk {
        next: Some(first),
        items: VecDeque::new(),
        seen: Vec::new(),
        failure: None,
        send,
        cursor_param,
        set_cursor,
    };
    Box::pin(futures_util::stream::unfold(walk, |mut walk| async move {
        loop {
            if let Some(item) = walk.items.pop_front() {
                return Some((Ok(item), walk));
            }
            if let Some(error) = walk.failure.take() {
                return Some((Err(error), walk));
            }
            let request = walk.next.take()?;
            let response = match (walk.send)(request.clone()).await {
                Ok(response) => response,
                Err(error) => return Some((Err(error), walk)),
            };
            if response.body.is_empty() {
                return None;
            }
            match next_cursor::<C>(&response.url, &response.headers, walk.cursor_param) {
                Ok(None) => {}
                Ok(Some(cursor)) if walk.seen.contains(&cursor) => {
                    walk.failure = Some(Error::Pagination(format!(
                        "the server gave the cursor `{cursor}` a second time; stopping rather than looping"
                    )));
                }
                Ok(Some(cursor)) => {
                    walk.seen.push(cursor.clone());
                    walk.next = Some((walk.set_cursor)(request, cursor));
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
