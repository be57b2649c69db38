//! Decoding JSON success bodies.

use crate::error::{DecodeError, Error};
use crate::response::{RawResponse, Response};

impl RawResponse {
    /// Decodes the body as JSON into `T`, straight from the bytes received. A
    /// body that does not fit is an error naming where it stopped fitting.
    pub(crate) fn json<T: serde::de::DeserializeOwned, E>(self) -> Result<Response<T>, Error<E>> {
        let attempts = self.attempts;
        let response = self.into_response();
        // Path tracking costs a third more than plain decoding, so it only
        // runs again to explain a failure.
        match serde_json::from_slice::<T>(&response.body) {
            Ok(body) => Ok(response.map(|_| body)),
            Err(plain) => {
                let (path, source) = locate::<T>(&response.body, plain);
                Err(Error::Decode(Box::new(DecodeError {
                    status: response.status,
                    path,
                    raw_body: String::from_utf8_lossy(&response.body).into_owned(),
                    headers: response.headers,
                    attempts,
                    source,
                })))
            }
        }
    }
}

/// Where in `body` decoding into `T` fails (`.` for the top level or for text
/// after the value), and why.
fn locate<T: serde::de::DeserializeOwned>(body: &[u8], plain: serde_json::Error) -> (String, serde_json::Error) {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
        Err(e) => (e.path().to_string(), e.into_inner()),
        Ok(_) => (".".to_owned(), plain),
    }
}
