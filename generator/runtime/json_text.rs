//! The JSON text of values that have no text of their own (bytes, maps,
//! objects) where a parameter or a multipart part needs one.

use crate::error::InvalidRequest;

/// `value` as JSON text, or an error naming `name` (the parameter or part)
/// when serde cannot write it.
pub(crate) fn text(name: &str, value: &impl serde::Serialize) -> Result<String, InvalidRequest> {
    serde_json::to_string(value)
        .map_err(|e| InvalidRequest::new(format!("`{name}` cannot be written as JSON: {e}")))
}
