//! JSON request bodies.

use crate::error::InvalidRequest;

/// Sets `body`, serialized, as the JSON body of `request`.
pub(crate) fn json<T: serde::Serialize + ?Sized>(
    request: reqwest::RequestBuilder,
    content_type: &'static str,
    body: &T,
) -> Result<reqwest::RequestBuilder, InvalidRequest> {
    let bytes = serde_json::to_vec(body)
        .map_err(|e| InvalidRequest::new(format!("the body cannot be written as JSON: {e}")))?;
    Ok(request
        .header(reqwest::header::CONTENT_TYPE, content_type)
        .body(bytes))
}
