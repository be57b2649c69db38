//! Decoding JSON success bodies.

use crate::error::{DecodeError, Error};
use crate::response::{RawResponse, Response};

impl RawResponse {
    /// Decodes the body as JSON into `T`, straight from the bytes received. A
    /// body that does not fit is an error naming where it stopped fitting.
    pub(crate) fn json<T: serde::de::DeserializeOwned, E>(self) -> Result<Response<T>, Error<E>> {
        let attempts = self.attempts;
        let response = self.into_response();
        match serde_json::from_slice::<T>(&response.body) {
            Ok(body) => Ok(response.map(|_| body)),
            Err(source) => Err(Error::Decode(Box::new(DecodeError {
                status: response.status,
                path: path_of(&response.body, &source),
                raw_body: String::from_utf8_lossy(&response.body).into_owned(),
                headers: response.headers,
                attempts,
                source,
            }))),
        }
    }
}

/// Where in `body` decoding stopped with `error`: `[1].id`, `data.items[0]`,
/// `.` for the top level.
///
/// serde_json says where (the line and column of the last byte it read), not
/// in which value; the value is found by reading the body's structure up to
/// there. Decoding once more with a path-tracking deserializer would say it
/// too, but would make the compiler translate every response type's
/// `Deserialize` twice.
fn path_of(body: &[u8], error: &serde_json::Error) -> String {
    if error.line() == 0 {
        return ".".to_owned();
    }
    // The start of the error's line (after the newline that ends the line
    // before it), then its column (bytes read in it).
    let line_start = match error.line().checked_sub(2) {
        None => 0,
        Some(newlines_before) => body
            .iter()
            .enumerate()
            .filter(|(_, b)| **b == b'\n')
            .nth(newlines_before)
            .map_or(body.len(), |(i, _)| i + 1),
    };
    path_at(body, line_start + error.column())
}

/// One level of the value being read: an array at an index, or an object
/// at a key (`None` between properties).
enum Level {
    Array(usize),
    Object(Option<String>),
}

/// The path of the innermost value being read after `end` bytes of `body`.
fn path_at(body: &[u8], end: usize) -> String {
    let end = end.min(body.len());
    let mut levels: Vec<Level> = Vec::new();
    let mut i = 0;
    while i < end {
        match body[i] {
            b'[' => levels.push(Level::Array(0)),
            b'{' => levels.push(Level::Object(None)),
            b']' | b'}' => {
                levels.pop();
            }
            b',' => match levels.last_mut() {
                Some(Level::Array(index)) => *index += 1,
                Some(Level::Object(key)) => *key = None,
                None => {}
            },
            b'"' => {
                let close = string_end(body, i);
                // A string where an object expects a key is the key.
                if let Some(Level::Object(key @ None)) = levels.last_mut() {
                    let text = &body[i..close.min(body.len())];
                    *key = Some(
                        serde_json::from_slice::<String>(text)
                            .unwrap_or_else(|_| String::from_utf8_lossy(text).into_owned()),
                    );
                }
                i = close;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for level in &levels {
        match level {
            Level::Array(index) => path.push_str(&format!("[{index}]")),
            Level::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Level::Object(None) => {}
        }
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}

/// The index after the string that opens at `start` (its closing quote
/// included), or the body's end when it is not closed.
fn string_end(body: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < body.len() {
        match body[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    body.len()
}

#[cfg(test)]
mod tests {
    use super::path_of;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Item {
        id: u32,
        name: String,
        tags: Option<Vec<u32>>,
    }

    fn path(body: &str) -> String {
        let error = serde_json::from_str::<Vec<Item>>(body).unwrap_err();
        path_of(body.as_bytes(), &error)
    }

    #[test]
    fn names_the_value_that_did_not_fit() {
        assert_eq!(path(r#"[{"id":1,"name":"a"},{"id":"x","name":"b"}]"#), "[1].id");
        assert_eq!(path(r#"[{"id":1,"name":"a","tags":[1,"x"]}]"#), "[0].tags[1]");
        assert_eq!(path("[{\"id\":1,\n \"name\":\n 5}]"), "[0].name");
        // A missing property: the object that lacks it.
        assert_eq!(path(r#"[{"id":1}]"#), "[0]");
        // Keys with escapes, commas and brackets inside strings.
        assert_eq!(path(r#"[{"n\u0061me":"a,]}","id":{}}]"#), "[0].id");
        assert_eq!(path(r#"{"id":1}"#), ".");
        assert_eq!(path(""), ".");
        assert_eq!(path(r#"[{"id":"#), "[0].id");
    }

    #[test]
    fn any_body_gives_a_path() {
        let body = "[{\"id\":1,\"name\":\"a\\\"\\\\\",\n\"tags\":[1,2]},\u{ff}{\"\\";
        for end in 0..=body.len() {
            if let Some(prefix) = body.get(..end) {
                assert!(!path(prefix).is_empty());
            }
        }
        for garbage in [&b"\xff\xfe\"\\"[..], b"{\"a\":[[[[", b"]]]}}}", b"\"\\\"", b"\n\n\n"] {
            let error = serde_json::from_slice::<Vec<Item>>(garbage).unwrap_err();
            assert!(!path_of(garbage, &error).is_empty());
        }
    }
}
