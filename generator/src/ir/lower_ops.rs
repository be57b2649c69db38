//! Paths and operations → [`Operation`]s: parameters, bodies, responses and
//! security, with their types lowered through [`Lowering`].

use super::encoding;
use super::flat::SchemaRef;
use super::http::{HttpMethod, Media, ParamLocation, StatusMatch};
use super::lower_schema::{Hint, Lowering};
use super::naming::{self, Namespace};
use super::operations::*;
use super::reserved;
use super::security::{SchemeKind, SchemeUse};
use super::types::{Docs, ResponseVariant, TypeKind, TypeRef};
use crate::diagnostics::{Diagnostic, Pointer};
use crate::load::Spec;
use crate::resolve;
use openapiv3::{
    MediaType, Parameter, ParameterSchemaOrContent, PathItem, ReferenceOr, RequestBody, Response,
    SecurityScheme, StatusCode,
};
use std::borrow::Cow;

pub struct LoweredOperations {
    pub operations: Vec<Operation>,
    /// The schemes operations use, in order of first use.
    pub schemes: Vec<SchemeUse>,
}

pub fn lower_operations<'s>(
    spec: &'s Spec,
    lowering: &mut Lowering<'s>,
) -> Result<LoweredOperations, Diagnostic> {
    let mut methods = Namespace::new();
    methods.reserve(reserved::CLIENT);
    let mut builders = Namespace::new();
    let mut operations = Vec::new();
    let mut schemes = Vec::new();
    let paths_at = Pointer::root().push("paths");
    for (path, item) in &spec.api.paths.paths {
        let item_at = paths_at.push(path);
        let (item, item_at) = resolve::follow(spec, item, &item_at, &resolve::PATH_ITEMS)?;
        for (method, op) in methods_of(&item) {
            let op_at = item_at.push(&method.as_str().to_ascii_lowercase());
            let index = operations.len();
            let built = OperationLowering {
                spec,
                lowering: &mut *lowering,
                path,
                item: &item,
                item_at: &item_at,
                method,
                op,
                at: &op_at,
                index,
            }
            .lower(&mut methods, &mut builders, &mut schemes)?;
            operations.push(built);
        }
    }
    Ok(LoweredOperations {
        operations,
        schemes,
    })
}

fn methods_of(item: &PathItem) -> Vec<(HttpMethod, &openapiv3::Operation)> {
    [
        (HttpMethod::Get, &item.get),
        (HttpMethod::Put, &item.put),
        (HttpMethod::Post, &item.post),
        (HttpMethod::Delete, &item.delete),
        (HttpMethod::Options, &item.options),
        (HttpMethod::Head, &item.head),
        (HttpMethod::Patch, &item.patch),
        (HttpMethod::Trace, &item.trace),
    ]
    .into_iter()
    .filter_map(|(m, op)| op.as_ref().map(|op| (m, op)))
    .collect()
}

struct OperationLowering<'a, 'l, 's> {
    spec: &'s Spec,
    lowering: &'l mut Lowering<'s>,
    path: &'a str,
    item: &'a PathItem,
    item_at: &'a Pointer,
    method: HttpMethod,
    op: &'a openapiv3::Operation,
    at: &'a Pointer,
    index: usize,
}

impl OperationLowering<'_, '_, '_> {
    fn lower(
        mut self,
        methods: &mut Namespace,
        builders: &mut Namespace,
        schemes: &mut Vec<SchemeUse>,
    ) -> Result<Operation, Diagnostic> {
        let operation_id = match &self.op.operation_id {
            Some(id) if !id.trim().is_empty() => id.clone(),
            _ => format!(
                "{} {}",
                self.method.as_str().to_ascii_lowercase(),
                self.path
            ),
        };
        let method_name = methods.claim(&naming::field_name(&operation_id, "operation"));
        let builder_name = builders.claim(&naming::builder_name(&method_name));
        let camel = builder_name.trim_end_matches("Request").to_owned();

        let mut member_names = Namespace::new();
        member_names.reserve(reserved::REQUEST_BUILDER);
        let params = self.params(&camel, &mut member_names)?;
        let path_parts = self.path_parts(&params)?;
        let body = self.body(&camel, &builder_name, &mut member_names, builders)?;
        let responses = self.responses(&camel)?;
        let success = match success_of(&responses) {
            Some(success) => success,
            None => self.response_enum(&camel, &responses),
        };
        let error_body = error_body_of(&responses);
        let accept = accept_of(&responses);
        let security = self.security(schemes)?;
        let pagination = self.pagination(&params, &success)?;

        let docs = Docs::from_spec(self.op.description.as_deref(), None, &[]);
        Ok(Operation {
            operation_id,
            method_name,
            builder_name,
            method: self.method,
            path: self.path.to_owned(),
            path_parts,
            params,
            body,
            responses,
            accept,
            success,
            dispatch: Vec::new(),
            error_body,
            security,
            authorizer: None,
            summary: self.op.summary.clone().filter(|s| !s.trim().is_empty()),
            docs,
            deprecated: self.op.deprecated,
            tags: self.op.tags.clone(),
            pagination,
            origin: self.at.clone(),
        })
    }

    fn error(&self, at: &Pointer, message: impl Into<String>) -> Diagnostic {
        Diagnostic::at(&self.spec.file, at, message)
    }

    /// Path-level parameters, overridden by operation-level ones of the same
    /// name and location.
    fn params(&mut self, camel: &str, names: &mut Namespace) -> Result<Vec<Param>, Diagnostic> {
        let mut found: Vec<(Cow<'_, Parameter>, Pointer)> = Vec::new();
        let lists = [
            (&self.item.parameters, self.item_at.push("parameters")),
            (&self.op.parameters, self.at.push("parameters")),
        ];
        for (list, list_at) in lists {
            for (i, p) in list.iter().enumerate() {
                let (param, at) =
                    resolve::follow(self.spec, p, &list_at.index(i), &resolve::PARAMETERS)?;
                let data = param.parameter_data_ref();
                let key = (data.name.clone(), location_of(&param));
                if let Some(existing) = found
                    .iter_mut()
                    .find(|(e, _)| (e.parameter_data_ref().name.clone(), location_of(e)) == key)
                {
                    *existing = (param, at);
                } else {
                    found.push((param, at));
                }
            }
        }
        // A `Cookie` header parameter joins the cookie parameters, if any.
        let cookies = found
            .iter()
            .any(|(p, _)| location_of(p) == ParamLocation::Cookie);
        let mut params = Vec::with_capacity(found.len());
        for (param, at) in found {
            let data = param.parameter_data_ref();
            let ignored = ["accept", "content-type", "authorization"];
            if matches!(*param, Parameter::Header { .. })
                && ignored.contains(&data.name.to_ascii_lowercase().as_str())
            {
                // OpenAPI: these come from the content types and security instead.
                self.lowering.warnings.warn(
                    &at,
                    format!(
                        "a header parameter named `{}` is ignored, as OpenAPI says",
                        data.name
                    ),
                );
                continue;
            }
            params.push(self.param(&param, &at, camel, names, cookies)?);
        }
        Ok(params)
    }

    fn param(
        &mut self,
        param: &Parameter,
        at: &Pointer,
        camel: &str,
        names: &mut Namespace,
        cookies: bool,
    ) -> Result<Param, Diagnostic> {
        let data = param.parameter_data_ref();
        let location = location_of(param);
        if matches!(location, ParamLocation::Header | ParamLocation::Cookie)
            && !is_http_token(&data.name)
        {
            return Err(self.error(
                &at.push("name"),
                format!(
                    "`{}` cannot be the name of a {}: only letters, digits and !#$%&'*+-.^_`|~ are allowed",
                    data.name,
                    if location == ParamLocation::Header { "header" } else { "cookie" }
                ),
            ));
        }
        let (style, explode_default) = match param {
            Parameter::Query { style, .. } => (
                match style {
                    openapiv3::QueryStyle::Form => ParamStyle::Form,
                    openapiv3::QueryStyle::SpaceDelimited => ParamStyle::SpaceDelimited,
                    openapiv3::QueryStyle::PipeDelimited => ParamStyle::PipeDelimited,
                    openapiv3::QueryStyle::DeepObject => ParamStyle::DeepObject,
                },
                matches!(style, openapiv3::QueryStyle::Form),
            ),
            Parameter::Path { style, .. } => (
                match style {
                    openapiv3::PathStyle::Simple => ParamStyle::Simple,
                    openapiv3::PathStyle::Label => ParamStyle::Label,
                    openapiv3::PathStyle::Matrix => ParamStyle::Matrix,
                },
                false,
            ),
            Parameter::Header { .. } => (ParamStyle::Simple, false),
            Parameter::Cookie { .. } => (ParamStyle::Form, true),
        };
        if matches!(style, ParamStyle::Label | ParamStyle::Matrix) && data.explode == Some(true) {
            self.lowering.warnings.warn(
                &at.push("explode"),
                "exploded `label` and `matrix` values are sent as if `explode` were false",
            );
        }
        let (schema, schema_at): (SchemaRef<'_>, Pointer) = match &data.format {
            ParameterSchemaOrContent::Schema(s) => (SchemaRef::from(s), at.push("schema")),
            ParameterSchemaOrContent::Content(content) => {
                let Some((media, m)) = content.iter().next() else {
                    return Err(self.error(
                        &at.push("content"),
                        "a parameter's `content` must name one media type",
                    ));
                };
                self.lowering.warnings.warn(
                    &at.push("content"),
                    "a parameter described by `content` is sent as the text of its value",
                );
                match &m.schema {
                    Some(s) => (
                        SchemaRef::from(s),
                        at.push("content").push(media).push("schema"),
                    ),
                    None => {
                        return Err(self.error(&at.push("content"), "the media type has no schema"));
                    }
                }
            }
        };
        let meta = self.lowering.meta(schema, &schema_at)?;
        let hint = Hint::derived(
            format!("{camel}{}", naming::camel(&data.name)),
            data.description.as_deref(),
        );
        let lowered = self
            .lowering
            .lower_inline(schema, &schema_at, hint, self.index)?;
        let required = data.required || location == ParamLocation::Path;
        if location == ParamLocation::Path && !data.required {
            self.lowering.warnings.warn(
                at,
                "path parameters are always required; treating it as required",
            );
        }
        let mut notes = Vec::new();
        if let Some(d) = &meta.default {
            notes.push(format!("The server's default: `{d}`."));
        }
        if data.deprecated == Some(true) {
            notes.push("Deprecated.".to_owned());
        }
        let docs = Docs::from_spec(
            data.description.as_deref(),
            meta.description.as_deref(),
            &notes,
        );
        let explode = data.explode.unwrap_or(explode_default);
        // Every type a parameter mentions is lowered by now.
        let encoding = encoding::encoding(
            location,
            &data.name,
            style,
            explode,
            &lowered.ty,
            self.lowering.defs(),
            cookies,
        );
        Ok(Param {
            name: data.name.clone(),
            rust_name: names.claim(&naming::field_name(&data.name, "param")),
            location,
            required,
            ty: lowered.ty,
            style,
            explode,
            encoding,
            docs,
            default: meta.default,
        })
    }

    fn path_parts(&self, params: &[Param]) -> Result<Vec<PathPart>, Diagnostic> {
        let mut parts = Vec::new();
        let mut rest = self.path;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|c| open + c) else {
                return Err(self.error(
                    self.at,
                    format!("path `{}` has a `{{` without a `}}`", self.path),
                ));
            };
            if open > 0 {
                parts.push(PathPart::Literal(rest[..open].to_owned()));
            }
            let name = &rest[open + 1..close];
            let index = params
                .iter()
                .position(|p| p.location == ParamLocation::Path && p.name == name)
                .ok_or_else(|| {
                    self.error(
                        self.at,
                        format!("the path names `{{{name}}}` but the operation declares no path parameter `{name}`"),
                    )
                })?;
            parts.push(PathPart::Param(index));
            rest = &rest[close + 1..];
        }
        if !rest.is_empty() {
            parts.push(PathPart::Literal(rest.to_owned()));
        }
        Ok(parts)
    }

    fn body(
        &mut self,
        camel: &str,
        builder: &str,
        names: &mut Namespace,
        builders: &mut Namespace,
    ) -> Result<Option<Body>, Diagnostic> {
        let Some(body) = &self.op.request_body else {
            return Ok(None);
        };
        let body_at = self.at.push("requestBody");
        let (body, body_at): (Cow<'_, RequestBody>, Pointer) =
            resolve::follow(self.spec, body, &body_at, &resolve::REQUEST_BODIES)?;
        let mut medias: Vec<(&String, &MediaType)> = body.content.iter().collect();
        if medias.is_empty() {
            return Err(self.error(
                &body_at.push("content"),
                "a request body must name at least one media type",
            ));
        }
        // JSON first; the others stay reachable through setters of their own.
        medias.sort_by_key(|(m, _)| media_of(m) != Media::Json);
        let rust_name = names.claim("body");
        let mut lowered = Vec::new();
        for (content_type, media_type) in medias {
            let media = media_of(content_type);
            let hint = Hint::derived(format!("{camel}Body"), body.description.as_deref());
            let ty = self.media_type(
                media,
                media_type,
                &body_at.push("content"),
                content_type,
                hint,
            )?;
            lowered.push((content_type.clone(), media, ty));
        }
        let mut variants = Namespace::new();
        let mut iter = lowered.into_iter();
        let Some((content_type, media, ty)) = iter.next() else {
            return Ok(None);
        };
        let variant = variants.claim(&naming::camel(&media_suffix(media, &content_type)));
        let alternatives = iter
            .map(|(content_type, media, ty)| {
                let suffix = media_suffix(media, &content_type);
                AltBody {
                    setter: names.claim(&format!("{rust_name}_{suffix}")),
                    variant: variants.claim(&naming::camel(&suffix)),
                    ty,
                    media,
                    content_type,
                    multipart: None,
                }
            })
            .collect::<Vec<_>>();
        // Several media types: the builder keeps whichever was set last in
        // an enum of its own.
        let enum_name =
            (!alternatives.is_empty()).then(|| builders.claim(&format!("{builder}Body")));
        Ok(Some(Body {
            rust_name,
            ty,
            media,
            content_type,
            required: body.required,
            docs: Docs::from_spec(body.description.as_deref(), None, &[]),
            alternatives,
            enum_name,
            variant,
            multipart: None,
        }))
    }

    /// The Rust type of one media type's content: text and bytes whatever
    /// their schema says, free JSON without a schema.
    fn media_type(
        &mut self,
        media: Media,
        media_type: &MediaType,
        content_at: &Pointer,
        content_type: &str,
        hint: Hint,
    ) -> Result<TypeRef, Diagnostic> {
        Ok(match (&media_type.schema, media) {
            (_, Media::Text) => TypeRef::String,
            (_, Media::Bytes) => TypeRef::Binary,
            (None, _) => TypeRef::Json,
            (Some(schema), _) => {
                let at = content_at.push(content_type).push("schema");
                self.lowering
                    .lower_inline(SchemaRef::from(schema), &at, hint, self.index)?
                    .ty
            }
        })
    }

    fn responses(&mut self, camel: &str) -> Result<Vec<ResponseCase>, Diagnostic> {
        let responses_at = self.at.push("responses");
        let mut cases = Vec::new();
        let mut all: Vec<(StatusMatch, &ReferenceOr<Response>, Pointer)> = Vec::new();
        for (code, r) in &self.op.responses.responses {
            let status = match code {
                StatusCode::Code(c) => StatusMatch::Code(*c),
                StatusCode::Range(r) => StatusMatch::Range(*r),
            };
            all.push((status, r, responses_at.push(&code.to_string())));
        }
        if let Some(d) = &self.op.responses.default {
            all.push((StatusMatch::Default, d, responses_at.push("default")));
        }
        all.sort_by_key(|(s, _, _)| match s {
            StatusMatch::Code(_) => 0,
            StatusMatch::Range(_) => 1,
            StatusMatch::Default => 2,
        });
        let successes = success_statuses(all.iter().map(|(s, _, _)| *s));
        for (status, r, at) in all {
            let (response, at) = resolve::follow(self.spec, r, &at, &resolve::RESPONSES)?;
            let success = successes.contains(&status);
            let body = match preferred_media(&response.content) {
                None => None,
                Some((content_type, media_type)) => {
                    let media = media_of(content_type);
                    let name = if success {
                        format!("{camel}Response")
                    } else {
                        format!("{camel}Error")
                    };
                    let hint = Hint::derived(name, Some(&response.description));
                    let ty = self.media_type(
                        media,
                        media_type,
                        &at.push("content"),
                        content_type,
                        hint,
                    )?;
                    Some((ty, media))
                }
            };
            cases.push(ResponseCase {
                status,
                success,
                body,
                headers: response.headers.keys().cloned().collect(),
                description: response.description.clone(),
            });
        }
        Ok(cases)
    }

    /// Reads `x-pagination`:
    ///
    /// ```yaml
    /// x-pagination:
    ///   next: link          # the `Link: <...>; rel="next"` target (the default)
    /// x-pagination:
    ///   next: page-number   # the page number, counted by the client
    ///   parameter: page     # the integer query parameter that holds it
    ///   first: 1            # the first page's number (default 1)
    /// ```
    ///
    /// `cursor` (a query parameter's name), which earlier versions required,
    /// is accepted with a warning and ignored: the client now follows the next
    /// link's query as the server wrote it, whatever its parameters are called.
    fn pagination(
        &mut self,
        params: &[Param],
        success: &Success,
    ) -> Result<Option<Pagination>, Diagnostic> {
        let Some(value) = self.op.extensions.get("x-pagination") else {
            return Ok(None);
        };
        let at = self.at.push("x-pagination");
        let Some(object) = value.as_object() else {
            return Err(self.error(
                &at,
                "`x-pagination` must be a mapping, such as `{next: link}`",
            ));
        };
        for key in object.keys() {
            match key.as_str() {
                "next" | "parameter" | "first" => {}
                "cursor" => self.lowering.warnings.warn(
                    &at.push(key),
                    "`cursor` is ignored: the client follows the `rel=\"next\"` link's query as the server wrote it",
                ),
                _ => {
                    return Err(self.error(
                        &at.push(key),
                        format!("unknown `x-pagination` field `{key}`; expected `next`, `parameter` or `first`"),
                    ));
                }
            }
        }
        let next = match object.get("next") {
            None => NextPage::Link,
            Some(serde_json::Value::String(s)) if s == "link" => NextPage::Link,
            Some(serde_json::Value::String(s)) if s == "page-number" => {
                self.page_number(&at, object, params)?
            }
            Some(other) => {
                return Err(self.error(
                    &at.push("next"),
                    format!("`next: {other}` is not supported; the next page comes from the `Link` header (`next: link`) or a page number (`next: page-number`)"),
                ));
            }
        };
        if next == NextPage::Link
            && let Some(key) = ["parameter", "first"]
                .into_iter()
                .find(|k| object.contains_key(*k))
        {
            return Err(self.error(
                &at.push(key),
                format!("`{key}` only goes with `next: page-number`"),
            ));
        }
        let item = match success {
            Success::Body(TypeRef::Vec(item), Media::Json) => (**item).clone(),
            _ => {
                return Err(self.error(
                    &at,
                    "a paginated operation must answer with a JSON array of items",
                ));
            }
        };
        Ok(Some(Pagination { item, next }))
    }

    /// `next: page-number`: an optional integer query parameter, and the
    /// first page's number.
    fn page_number(
        &self,
        at: &Pointer,
        object: &serde_json::Map<String, serde_json::Value>,
        params: &[Param],
    ) -> Result<NextPage, Diagnostic> {
        let Some(name) = object.get("parameter").and_then(|p| p.as_str()) else {
            return Err(self.error(at, "`next: page-number` needs `parameter`: the query parameter that holds the page number"));
        };
        let Some(param) = params
            .iter()
            .find(|p| p.location == ParamLocation::Query && p.name == name)
        else {
            return Err(self.error(
                &at.push("parameter"),
                format!("the operation has no query parameter `{name}`"),
            ));
        };
        let integer = matches!(
            param.ty,
            TypeRef::I8
                | TypeRef::I16
                | TypeRef::I32
                | TypeRef::I64
                | TypeRef::U8
                | TypeRef::U16
                | TypeRef::U32
                | TypeRef::U64
        );
        if !integer || param.required {
            return Err(self.error(
                &at.push("parameter"),
                format!("the page number `{name}` must be an optional integer parameter"),
            ));
        }
        let first = match object.get("first") {
            None => 1,
            Some(value) => value.as_i64().ok_or_else(|| {
                self.error(
                    &at.push("first"),
                    format!("`first` must be an integer, not {value}"),
                )
            })?,
        };
        Ok(NextPage::Number {
            parameter: name.to_owned(),
            first,
        })
    }

    /// Success responses with different bodies: an enum with a variant each.
    fn response_enum(&mut self, camel: &str, responses: &[ResponseCase]) -> Success {
        let mut names = Namespace::new();
        let variants = responses
            .iter()
            .filter(|r| r.success)
            .map(|r| {
                let status = r.status;
                ResponseVariant {
                    name: names.claim(&status_variant(r.status)),
                    status: r.status,
                    body: r.body.clone(),
                    docs: Docs::from_spec(
                        Some(&format!("`{status}`: {}", r.description)),
                        None,
                        &[],
                    ),
                }
            })
            .collect();
        let docs = Docs::from_spec(
            Some(&format!(
                "The successful responses of `{}`, which differ in their bodies.",
                self.path
            )),
            None,
            &[],
        );
        let id = self.lowering.add_type(
            &format!("{camel}Response"),
            self.at,
            docs,
            TypeKind::Responses(variants),
            self.index,
        );
        Success::Variants(id)
    }

    fn security(&mut self, used: &mut Vec<SchemeUse>) -> Result<Vec<Vec<String>>, Diagnostic> {
        let (requirements, at) = match &self.op.security {
            Some(s) => (s, self.at.push("security")),
            None => match &self.spec.api.security {
                Some(s) => (s, Pointer::root().push("security")),
                None => return Ok(Vec::new()),
            },
        };
        let mut alternatives = Vec::new();
        'requirements: for (i, requirement) in requirements.iter().enumerate() {
            let mut names = Vec::new();
            for name in requirement.keys() {
                let name_at = at.index(i).push(name);
                let Some(kind) = self.scheme_kind(name)? else {
                    // Credentials for an undefined scheme cannot be sent, so
                    // this alternative can never be chosen.
                    self.lowering.warnings.warn(
                        &name_at,
                        format!("the security scheme `{name}` is not defined in #/components/securitySchemes; this alternative is left out"),
                    );
                    continue 'requirements;
                };
                if !used.iter().any(|u| u.name == *name) {
                    used.push(SchemeUse {
                        name: name.clone(),
                        kind,
                    });
                }
                names.push(name.clone());
            }
            alternatives.push(names);
        }
        // `security: [{}]` alone means no credentials at all.
        if alternatives.iter().all(Vec::is_empty) {
            alternatives.clear();
        }
        Ok(alternatives)
    }

    /// The kind of a scheme; `None` when the spec does not define it.
    fn scheme_kind(&self, name: &str) -> Result<Option<SchemeKind>, Diagnostic> {
        let Some(scheme) = self
            .spec
            .api
            .components
            .as_ref()
            .and_then(|c| c.security_schemes.get(name))
        else {
            return Ok(None);
        };
        let scheme_at = Pointer::root()
            .push("components")
            .push("securitySchemes")
            .push(name);
        let (scheme, _) =
            resolve::follow(self.spec, scheme, &scheme_at, &resolve::SECURITY_SCHEMES)?;
        Ok(Some(match scheme.as_ref() {
            SecurityScheme::HTTP { scheme, .. } if scheme.eq_ignore_ascii_case("basic") => {
                SchemeKind::Basic
            }
            SecurityScheme::HTTP { .. }
            | SecurityScheme::OAuth2 { .. }
            | SecurityScheme::OpenIDConnect { .. } => SchemeKind::Bearer,
            SecurityScheme::APIKey { location, name, .. } => SchemeKind::ApiKey {
                location: match location {
                    openapiv3::APIKeyLocation::Query => ParamLocation::Query,
                    openapiv3::APIKeyLocation::Header => ParamLocation::Header,
                    openapiv3::APIKeyLocation::Cookie => ParamLocation::Cookie,
                },
                name: name.clone(),
            },
        }))
    }
}

fn location_of(p: &Parameter) -> ParamLocation {
    match p {
        Parameter::Query { .. } => ParamLocation::Query,
        Parameter::Header { .. } => ParamLocation::Header,
        Parameter::Path { .. } => ParamLocation::Path,
        Parameter::Cookie { .. } => ParamLocation::Cookie,
    }
}

/// A `token` of RFC 9110: what header and cookie names are made of.
fn is_http_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// Classifies a content type (parameters such as `; charset=utf-8` ignored).
pub fn media_of(content_type: &str) -> Media {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    if essence == "application/json" || essence.ends_with("+json") || essence == "*/*" {
        Media::Json
    } else if essence == "application/x-www-form-urlencoded" {
        Media::Form
    } else if essence.starts_with("multipart/") {
        Media::Multipart
    } else if essence.starts_with("text/") {
        Media::Text
    } else {
        Media::Bytes
    }
}

fn media_suffix(media: Media, content_type: &str) -> String {
    match media {
        Media::Json if content_type.eq_ignore_ascii_case("application/json") => "json".to_owned(),
        Media::Json => naming::field_name(content_type, "json")
            .trim_start_matches("r#")
            .to_owned(),
        Media::Form => "form".to_owned(),
        Media::Multipart => "multipart".to_owned(),
        Media::Text => "text".to_owned(),
        Media::Bytes => "bytes".to_owned(),
    }
}

/// The media type a response is read as: JSON when offered.
fn preferred_media(
    content: &indexmap::IndexMap<String, MediaType>,
) -> Option<(&String, &MediaType)> {
    content
        .iter()
        .find(|(m, _)| media_of(m) == Media::Json)
        .or_else(|| content.iter().next())
}

/// Which of the documented statuses mean success: the 2xx ones; with none,
/// the 3xx ones (an operation that only redirects); with neither, `default`.
fn success_statuses(statuses: impl Iterator<Item = StatusMatch> + Clone) -> Vec<StatusMatch> {
    let in_class = |class: u16| {
        statuses
            .clone()
            .filter(move |s| match s {
                StatusMatch::Code(c) => c / 100 == class,
                StatusMatch::Range(r) => *r == class,
                StatusMatch::Default => false,
            })
            .collect::<Vec<_>>()
    };
    let ok = in_class(2);
    if !ok.is_empty() {
        return ok;
    }
    let redirects = in_class(3);
    if !redirects.is_empty() {
        return redirects;
    }
    statuses.filter(|s| *s == StatusMatch::Default).collect()
}

/// The `Accept` header: what the first success response with a body is.
fn accept_of(responses: &[ResponseCase]) -> &'static str {
    let success_media = responses
        .iter()
        .filter(|r| r.success)
        .find_map(|r| r.body.as_ref().map(|(_, m)| *m));
    match success_media {
        Some(Media::Text) => "text/plain, application/json;q=0.9",
        Some(Media::Bytes) => "*/*",
        _ => "application/json",
    }
}

/// The success type when the success responses agree on a body (or have
/// none); `None` when their bodies differ.
fn success_of(responses: &[ResponseCase]) -> Option<Success> {
    let successes: Vec<&ResponseCase> = responses.iter().filter(|r| r.success).collect();
    let bodies: Vec<&(TypeRef, Media)> = successes.iter().filter_map(|r| r.body.as_ref()).collect();
    match bodies.first() {
        None => Some(Success::Empty),
        Some(first) if bodies.iter().all(|b| b == first) => {
            let (ty, media) = (*first).clone();
            Some(if bodies.len() == successes.len() {
                Success::Body(ty, media)
            } else {
                Success::Optional(ty, media)
            })
        }
        Some(_) => None,
    }
}

/// A variant name for a success status.
fn status_variant(status: StatusMatch) -> String {
    match status {
        StatusMatch::Code(c) => match c {
            200 => "Ok".to_owned(),
            201 => "Created".to_owned(),
            202 => "Accepted".to_owned(),
            203 => "NonAuthoritativeInformation".to_owned(),
            204 => "NoContent".to_owned(),
            205 => "ResetContent".to_owned(),
            206 => "PartialContent".to_owned(),
            207 => "MultiStatus".to_owned(),
            301 => "MovedPermanently".to_owned(),
            302 => "Found".to_owned(),
            303 => "SeeOther".to_owned(),
            304 => "NotModified".to_owned(),
            307 => "TemporaryRedirect".to_owned(),
            308 => "PermanentRedirect".to_owned(),
            other => format!("Status{other}"),
        },
        StatusMatch::Range(class) => format!("Status{class}xx"),
        StatusMatch::Default => "Default".to_owned(),
    }
}

fn error_body_of(responses: &[ResponseCase]) -> TypeRef {
    let bodies: Vec<&TypeRef> = responses
        .iter()
        .filter(|r| !r.success)
        .filter_map(|r| r.body.as_ref())
        .filter(|(_, media)| *media == Media::Json)
        .map(|(ty, _)| ty)
        .collect();
    match bodies.first() {
        Some(first) if bodies.iter().all(|b| b == first) => (*first).clone(),
        _ => TypeRef::Json,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_types() {
        assert_eq!(media_of("application/json; charset=utf-8"), Media::Json);
        assert_eq!(media_of("application/problem+json"), Media::Json);
        assert_eq!(media_of("application/x-www-form-urlencoded"), Media::Form);
        assert_eq!(media_of("multipart/form-data"), Media::Multipart);
        assert_eq!(media_of("text/plain"), Media::Text);
        assert_eq!(media_of("application/octet-stream"), Media::Bytes);
    }

    #[test]
    fn success_statuses_prefer_2xx_then_3xx_then_default() {
        use StatusMatch::*;
        let v = |s: &[StatusMatch]| success_statuses(s.iter().copied());
        assert_eq!(v(&[Code(200), Code(404), Default]), [Code(200)]);
        assert_eq!(v(&[Code(201), Range(2), Default]), [Code(201), Range(2)]);
        assert_eq!(v(&[Code(303), Default]), [Code(303)]);
        assert_eq!(v(&[Default]), [Default]);
        assert_eq!(v(&[Code(400)]), Vec::<StatusMatch>::new());
    }
}
