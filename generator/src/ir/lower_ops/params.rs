//! Parameters: path-level and operation-level ones merged, their types,
//! styles and wire encodings, and the path template's parts.

use super::*;

impl OperationLowering<'_, '_, '_> {
    /// Path-level parameters, overridden by operation-level ones of the same
    /// name and location.
    pub(super) fn params(
        &mut self,
        camel: &str,
        names: &mut Namespace,
    ) -> Result<Vec<Param>, Diagnostic> {
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
            if data.name.is_empty() {
                self.lowering.warnings.warn(
                    &at.push("name"),
                    "a parameter with an empty name cannot be sent; it is left out",
                );
                continue;
            }
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
        let argument = argument_of(location, &lowered.ty, self.lowering.defs());
        let wire = encoding::Wire {
            location,
            name: &data.name,
            style,
            explode,
            ty: &lowered.ty,
            kept_as_text: argument == Argument::Display,
        };
        let encoding = encoding::encoding(&wire, self.lowering.defs(), cookies);
        Ok(Param {
            name: data.name.clone(),
            rust_name: names.claim(&naming::field_name(&data.name, "param")),
            location,
            required,
            ty: lowered.ty,
            style,
            explode,
            argument,
            encoding,
            docs,
            default: meta.default,
        })
    }

    /// The path template's parts. A name the operation declares no path
    /// parameter for becomes a required string parameter, with a warning:
    /// the template says it is there, and text is what a path holds.
    pub(super) fn path_parts(
        &mut self,
        params: &mut Vec<Param>,
        names: &mut Namespace,
    ) -> Result<Vec<PathPart>, Diagnostic> {
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
            if name.is_empty() {
                return Err(
                    self.error(self.at, format!("path `{}` has an empty `{{}}`", self.path))
                );
            }
            let index = match params
                .iter()
                .position(|p| p.location == ParamLocation::Path && p.name == name)
            {
                Some(index) => index,
                None => {
                    self.lowering.warnings.warn(
                        self.at,
                        format!("the path names `{{{name}}}` but the operation declares no path parameter `{name}`; it is taken as a required string"),
                    );
                    params.push(undeclared_path_param(name, names));
                    params.len() - 1
                }
            };
            parts.push(PathPart::Param(index));
            rest = &rest[close + 1..];
        }
        if !rest.is_empty() {
            parts.push(PathPart::Literal(rest.to_owned()));
        }
        Ok(parts)
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

/// How a parameter of type `ty` is taken: path segments that are text take
/// anything `Display`; strings, string enums and lists take what converts
/// into them; the rest is taken as it is.
fn argument_of(location: ParamLocation, ty: &TypeRef, defs: &[TypeDef]) -> Argument {
    match ty {
        TypeRef::String | TypeRef::Uuid | TypeRef::Date if location == ParamLocation::Path => {
            Argument::Display
        }
        TypeRef::String => Argument::IntoString,
        TypeRef::Named(id) if matches!(defs[id.0].kind, TypeKind::StringEnum(_)) => {
            Argument::IntoEnum
        }
        TypeRef::Vec(_) => Argument::List,
        _ => Argument::Value,
    }
}

/// The parameter a path template names without declaring it.
fn undeclared_path_param(name: &str, names: &mut Namespace) -> Param {
    Param {
        name: name.to_owned(),
        rust_name: names.claim(&naming::field_name(name, "param")),
        location: ParamLocation::Path,
        required: true,
        ty: TypeRef::String,
        style: ParamStyle::Simple,
        explode: false,
        argument: Argument::Display,
        encoding: encoding::Encoding::Path {
            value: encoding::Value::Text(encoding::Text::Str),
            prefix: encoding::PathPrefix::None,
        },
        docs: Docs::from_spec(
            None,
            None,
            &["Named by the path but not declared by the API description.".to_owned()],
        ),
        default: None,
    }
}
