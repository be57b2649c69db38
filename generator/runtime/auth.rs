//! The credentials chosen for one request.

/// What to add to a request: chosen by a generated `authorize_*` function
/// from the credentials the client holds and the operation accepts.
#[derive(Debug, Default)]
pub(crate) struct Auth<'a> {
    /// `Authorization: Bearer <token>`.
    pub(crate) bearer: Option<&'a str>,
    /// HTTP basic: user and password.
    pub(crate) basic: Option<(&'a str, Option<&'a str>)>,
    /// API keys sent as headers (a cookie key is a `Cookie` header).
    pub(crate) headers: Vec<(&'static str, String)>,
}

impl Auth<'_> {
    /// Adds the chosen credentials to `request`. Header values are marked
    /// sensitive, so they are not logged by `reqwest`'s debug output.
    pub(crate) fn apply(self, mut request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        if let Some(token) = self.bearer {
            request = request.bearer_auth(token);
        }
        if let Some((user, password)) = self.basic {
            request = request.basic_auth(user, password);
        }
        for (name, value) in self.headers {
            request = match reqwest::header::HeaderValue::from_str(&value) {
                Ok(mut value) => {
                    value.set_sensitive(true);
                    request.header(name, value)
                }
                // A key that cannot be a header value is not sent; the
                // server answers as it does to a missing key.
                Err(_) => request,
            };
        }
        request
    }
}
