//! Request bodies: the main media type and the alternatives, and the type
//! of one media type's content (shared with responses).

use super::*;

impl OperationLowering<'_, '_, '_> {
    pub(super) fn body(
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
            // It says nothing about the body, not that there is a body of no kind.
            self.lowering.warnings.warn(
                &body_at.push("content"),
                "the request body names no media type; the operation is generated without a body",
            );
            return Ok(None);
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
    pub(super) fn media_type(
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
}

/// Classifies a content type (parameters such as `; charset=utf-8` ignored).
pub(super) fn media_of(content_type: &str) -> Media {
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
        Media::Json => naming::bare(&naming::field_name(content_type, "json")).to_owned(),
        Media::Form => "form".to_owned(),
        Media::Multipart => "multipart".to_owned(),
        Media::Text => "text".to_owned(),
        Media::Bytes => "bytes".to_owned(),
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
}
