//! `application/x-www-form-urlencoded` request bodies.

use crate::error::InvalidRequest;

/// Sets `body`, form-encoded, as the body of `request`. Nested objects cannot
/// be form-encoded and are refused.
pub(crate) fn form<T: serde::Serialize + ?Sized>(
    request: reqwest::RequestBuilder,
    content_type: &'static str,
    body: &T,
) -> Result<reqwest::RequestBuilder, InvalidRequest> {
    let text = serde_urlencoded::to_string(body)
        .map_err(|e| InvalidRequest::new(format!("the body cannot be form-encoded: {e}")))?;
    Ok(request
        .header(reqwest::header::CONTENT_TYPE, content_type)
        .body(text))
}
