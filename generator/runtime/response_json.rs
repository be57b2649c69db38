//! Decoding JSON success bodies.

use crate::error::{DecodeError, Error};
use crate::response::{RawResponse, Response};

impl RawResponse {
    /// Decodes the body as JSON into `T`, straight from the bytes received. A
    /// body that does not fit is an error naming where it stopped fitting.
    pub(crate) fn json<T: serde::de::DeserializeOwned, E>(self) -> Result<Response<T>, Error<E>> {
        let response = self.into_response();
        let mut deserializer = serde_json::Deserializer::from_slice(&response.body);
        let decoded = match serde_path_to_error::deserialize(&mut deserializer) {
            // Anything but whitespace after the value is an error too.
            Ok(body) => deserializer.end().map(|()| body).map_err(|e| (".".to_owned(), e)),
            Err(e) => Err((e.path().to_string(), e.into_inner())),
        };
        match decoded {
            Ok(body) => Ok(response.map(|_| body)),
            Err((path, source)) => Err(Error::Decode(Box::new(DecodeError {
                status: response.status,
                path,
                raw_body: String::from_utf8_lossy(&response.body).into_owned(),
                headers: response.headers,
                source,
            }))),
        }
    }
}
