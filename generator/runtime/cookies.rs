//! Cookie parameters.

use crate::error::InvalidRequest;
use reqwest::header::HeaderValue;

/// The `Cookie` header for `pairs`, with each value percent-encoded where a
/// cookie value could not hold it, after `raw` (the value of a header
/// parameter named `Cookie`, sent as it is).
pub(crate) fn cookie(
    raw: Option<&str>,
    pairs: &[(&str, String)],
) -> Result<Option<HeaderValue>, InvalidRequest> {
    if pairs.is_empty() && raw.is_none() {
        return Ok(None);
    }
    const COOKIE_VALUE: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
        .add(b' ')
        .add(b'"')
        .add(b',')
        .add(b';')
        .add(b'\\')
        .add(b'%');
    let text = raw
        .map(str::to_owned)
        .into_iter()
        .chain(
            pairs
                .iter()
                .map(|(k, v)| format!("{k}={}", percent_encoding::utf8_percent_encode(v, COOKIE_VALUE))),
        )
        .collect::<Vec<_>>()
        .join("; ");
    crate::headers::value("Cookie", &text).map(Some)
}
