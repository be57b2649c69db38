//! Credentials, and which operations send which.

/// The credentials a client sends. `Debug` never shows them.
#[derive(Clone, Default)]
pub(crate) struct Credentials {
    bearer_token: Option<String>,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("bearer_token", &self.bearer_token.as_ref().map(|_| "<redacted>"))
            .finish()
    }
}

impl crate::ClientBuilder {
    /// The token sent as `Authorization: Bearer <token>` to operations that use `oryAccessToken`.
    pub fn bearer_token(mut self, token: impl Into<String>) -> Self {
        self.credentials.bearer_token = Some(token.into());
        self
    }
}

impl Credentials {
    /// The credentials to send for `oryAccessToken`.
    pub(crate) fn authorize_ory_access_token(&self) -> crate::auth::Auth<'_> {
        let mut auth = crate::auth::Auth::default();
        if let Some(c0) = &self.bearer_token {
            auth.bearer = Some(c0.as_str());
            return auth;
        }
        auth
    }
}
