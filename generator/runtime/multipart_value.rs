//! `multipart/form-data` bodies whose schema is not an object with known
//! properties: each top-level property becomes a text part.

use crate::error::InvalidRequest;

/// A form with one part per property of `body` (serialized as JSON): strings
/// as they are, anything else as JSON text.
pub(crate) fn form<T: serde::Serialize + ?Sized>(
    body: &T,
) -> Result<reqwest::multipart::Form, InvalidRequest> {
    let value = serde_json::to_value(body)
        .map_err(|e| InvalidRequest::new(format!("the body cannot be written as JSON: {e}")))?;
    let serde_json::Value::Object(object) = value else {
        return Err(InvalidRequest::new(
            "a multipart body must be an object, one part per property",
        ));
    };
    let mut form = reqwest::multipart::Form::new();
    for (name, value) in object {
        let text = match value {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        };
        form = form.text(name, text);
    }
    Ok(form)
}
