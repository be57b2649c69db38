//! Security as plain data: the schemes operations use.

use super::http::ParamLocation;

/// A security scheme some operation uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SchemeUse {
    /// The name in `components.securitySchemes`.
    pub name: String,
    pub kind: SchemeKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchemeKind {
    /// HTTP bearer, OAuth 2 and OpenID Connect: `Authorization: Bearer <token>`.
    Bearer,
    /// HTTP basic.
    Basic,
    /// An API key in a header, query parameter or cookie.
    ApiKey {
        location: ParamLocation,
        name: String,
    },
}
