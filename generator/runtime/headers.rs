//! Header parameters.

use crate::error::InvalidRequest;
use reqwest::header::HeaderValue;

/// A header value, refused if it holds characters a header cannot carry
/// (line breaks would otherwise let a value add headers of its own).
pub(crate) fn value(name: &str, value: &str) -> Result<HeaderValue, InvalidRequest> {
    HeaderValue::from_str(value).map_err(|_| {
        InvalidRequest::new(format!(
            "the value of header `{name}` contains characters a header cannot carry"
        ))
    })
}
