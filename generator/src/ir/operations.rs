//! Plain data describing the operations of a spec: one method on the client
//! and one request builder each.

use super::http::{HttpMethod, Media, ParamLocation, ParamStyle, StatusMatch};
use super::types::{Docs, TypeId, TypeRef};
use crate::diagnostics::Pointer;

#[derive(Debug, Clone)]
pub struct Operation {
    /// The `operationId`, or one made from the method and path when the spec
    /// has none.
    pub operation_id: String,
    /// The client method (snake_case, unique).
    pub method_name: String,
    /// The request builder type (`GetIdentityRequest`, unique).
    pub builder_name: String,
    pub method: HttpMethod,
    /// The path template as written (`/admin/identities/{id}`).
    pub path: String,
    pub path_parts: Vec<PathPart>,
    pub params: Vec<Param>,
    pub body: Option<Body>,
    /// Responses in the order a status is matched against them: exact codes,
    /// then ranges (`4XX`), then `default`.
    pub responses: Vec<ResponseCase>,
    /// What `send()` returns.
    pub success: Success,
    /// The `Accept` header sent.
    pub accept: &'static str,
    /// How the status picks the way the response is read.
    pub dispatch: Vec<super::dispatch::Arm>,
    /// The type of error bodies (`serde_json::Value` when they differ or none is described).
    pub error_body: TypeRef,
    /// Alternatives, each a set of schemes that must all be applied; empty
    /// when the operation needs no credentials.
    pub security: Vec<Vec<String>>,
    /// The index, among the authorizers of the API's security, of the
    /// function that applies those credentials; `None` without security.
    pub authorizer: Option<usize>,
    pub summary: Option<String>,
    pub docs: Docs,
    pub deprecated: bool,
    pub tags: Vec<String>,
    /// The `x-pagination` extension, when the operation pages.
    pub pagination: Option<Pagination>,
    pub origin: Pointer,
}

impl Operation {
    /// Calls `f` with every type the operation's methods mention: its
    /// parameters, bodies (every media type), error body and success body (a
    /// success of several statuses as the named enum of them).
    pub fn for_each_type(&self, mut f: impl FnMut(&TypeRef)) {
        self.params.iter().for_each(|p| f(&p.ty));
        if let Some(body) = &self.body {
            f(&body.ty);
            body.alternatives.iter().for_each(|a| f(&a.ty));
        }
        f(&self.error_body);
        match &self.success {
            Success::Body(t, _) | Success::Optional(t, _) => f(t),
            Success::Variants(id) => f(&TypeRef::Named(*id)),
            Success::Empty => {}
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathPart {
    Literal(String),
    /// Index into [`Operation::params`].
    Param(usize),
}

#[derive(Debug, Clone)]
pub struct Param {
    /// The name on the wire.
    pub name: String,
    /// The builder field and setter name.
    pub rust_name: String,
    pub location: ParamLocation,
    pub required: bool,
    pub ty: TypeRef,
    pub style: ParamStyle,
    pub explode: bool,
    /// How the client method or setter takes it, and so how it is kept.
    pub argument: Argument,
    /// How it is written on the wire, decided from the five above.
    pub encoding: super::encoding::Encoding,
    pub docs: Docs,
    /// The spec's default, shown in the docs (the client sends nothing for
    /// an unset parameter, and the server applies its default).
    pub default: Option<serde_json::Value>,
}

impl Param {
    /// Required parameters are arguments of the client method; optional ones
    /// are setters on the builder.
    pub fn positional(&self) -> bool {
        self.required
    }
}

/// How a parameter is taken (`T` is its type), and kept by the builder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Argument {
    /// `impl Display`, kept as its text: path segments that are strings,
    /// UUIDs or dates, so a `Uuid` and a `&str` both do.
    Display,
    /// `impl Into<String>`.
    IntoString,
    /// `impl Into<T>`: string enums, which `&str` converts into.
    IntoEnum,
    /// `impl IntoIterator<Item = impl Into<U>>` for a list of `U`, kept as
    /// `Vec<U>`.
    List,
    /// `T` itself.
    Value,
}

#[derive(Debug, Clone)]
pub struct Body {
    /// The builder field (and setter, when optional).
    pub rust_name: String,
    pub ty: TypeRef,
    pub media: Media,
    /// The `Content-Type` sent.
    pub content_type: String,
    pub required: bool,
    pub docs: Docs,
    /// The other media types the spec allows, each with a setter of its own
    /// (`body_form`, …) that replaces the main one.
    pub alternatives: Vec<AltBody>,
    /// With alternatives: the builder's private enum of the media types
    /// (`CreatePetRequestBody`), and this media type's variant.
    pub enum_name: Option<String>,
    pub variant: String,
    /// A multipart body's parts (decided once every type is known); `None`
    /// for other media types, and for values that are not structs.
    pub multipart: Option<super::encoding::Multipart>,
}

#[derive(Debug, Clone)]
pub struct AltBody {
    pub setter: String,
    pub variant: String,
    pub ty: TypeRef,
    pub media: Media,
    pub content_type: String,
    /// As [`Body::multipart`].
    pub multipart: Option<super::encoding::Multipart>,
}

#[derive(Debug, Clone)]
pub struct ResponseCase {
    pub status: StatusMatch,
    pub success: bool,
    /// The body type and encoding; `None` when the response has no content.
    pub body: Option<(TypeRef, Media)>,
    /// Declared response headers (names as written).
    pub headers: Vec<String>,
    pub description: String,
}

/// Security alternatives in words for docs and reports: "`a` and `b` or
/// `c`", with "none" for the alternative that needs no credentials.
pub fn security_text(alternatives: &[Vec<String>]) -> String {
    join_security(alternatives, |s| format!("`{s}`"), " and ", " or ")
}

/// Security alternatives joined into one text: each scheme written by
/// `scheme`, the schemes of an alternative joined by `and`, the alternatives
/// by `or`; "none" stands for the alternative that needs no credentials.
pub fn join_security(
    alternatives: &[Vec<String>],
    scheme: impl Fn(&str) -> String,
    and: &str,
    or: &str,
) -> String {
    alternatives
        .iter()
        .map(|alt| {
            if alt.is_empty() {
                "none".to_owned()
            } else {
                alt.iter().map(|s| scheme(s)).collect::<Vec<_>>().join(and)
            }
        })
        .collect::<Vec<_>>()
        .join(or)
}

/// What a successful call gives back.
#[derive(Debug, Clone, PartialEq)]
pub enum Success {
    /// No body: `()`.
    Empty,
    /// Every success response has this body.
    Body(TypeRef, Media),
    /// Some success responses have this body, others none: `Option<T>`.
    Optional(TypeRef, Media),
    /// Success responses with different bodies: a generated enum with one
    /// variant per status.
    Variants(TypeId),
}

/// How an operation pages, from its `x-pagination` extension.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pagination {
    /// The type of one item of a page.
    pub item: TypeRef,
    /// Where the next page comes from.
    pub next: NextPage,
}

/// Where the next page of a list comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextPage {
    /// The `Link: <…>; rel="next"` header, followed as the server wrote it.
    Link,
    /// The page number in a query parameter, one more each time, until a
    /// page is empty: for servers without next links, or whose links are
    /// wrong.
    Number {
        /// The parameter's name on the wire.
        parameter: String,
        /// The number of the first page (when the request has none).
        first: i64,
    },
}

/// Operations with nothing but these security requirements, for unit tests
/// of the passes that read them.
#[cfg(test)]
pub(crate) fn test_operations(security: &[Vec<Vec<String>>]) -> Vec<Operation> {
    security
        .iter()
        .enumerate()
        .map(|(i, alternatives)| Operation {
            operation_id: format!("op{i}"),
            method_name: format!("op{i}"),
            builder_name: format!("Op{i}Request"),
            method: HttpMethod::Get,
            path: format!("/op{i}"),
            path_parts: vec![PathPart::Literal(format!("/op{i}"))],
            params: Vec::new(),
            body: None,
            responses: Vec::new(),
            success: Success::Empty,
            accept: "application/json",
            dispatch: Vec::new(),
            error_body: TypeRef::Json,
            security: alternatives.clone(),
            authorizer: None,
            summary: None,
            docs: Docs::default(),
            deprecated: false,
            tags: Vec::new(),
            pagination: None,
            origin: Pointer::root(),
        })
        .collect()
}
