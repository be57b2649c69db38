//! What a generated crate uses: which runtime modules it needs and which
//! crates its `Cargo.toml` lists. One walk over the types and operations,
//! made once, so the files and the manifest cannot disagree.

use super::encoding::{Encoding, PartKind, Query, Text, Value};
use super::http::{Media, ParamLocation};
use super::operations::{Operation, Success};
use super::security::{SchemeKind, Security};
use super::types::{Presence, StructSerde, TypeKind, TypeRef, TypeSet};

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Uses {
    // Mentioned by some type or operation.
    /// `uuid::Uuid`.
    pub uuid: bool,
    /// `chrono` dates and times.
    pub chrono: bool,
    /// `serde_json::Value`, or JSON read through one (tagged unions).
    pub json_value: bool,
    /// `crate::Base64`.
    pub base64: bool,

    // The models.
    /// Some type derives serde's traits (not only aliases and response enums).
    pub model_serde: bool,
    /// The string enum helper in `crate::enums`.
    pub string_enums: bool,
    /// `crate::nullable::deserialize_some` (a derived struct's field that
    /// may be absent or null).
    pub nullable: bool,
    /// `crate::object`, which structs with written-out serde impls use.
    pub object: bool,
    /// The tagged-union helpers in `crate::tagged`.
    pub tagged: bool,
    /// `crate::tag_writer`, for variants that do not hold their tag.
    pub tag_writer: bool,

    // The operations.
    /// There are operations: a client, errors, responses.
    pub operations: bool,
    /// Some response is read as JSON.
    pub json_response: bool,
    pub path_params: bool,
    /// Query parameters, or API keys sent in the query.
    pub query: bool,
    /// Header parameters, or cookies (sent in a header).
    pub headers: bool,
    pub cookies: bool,
    /// Parameters written from their JSON form.
    pub json_params: bool,
    /// Query parameters written from their JSON form.
    pub json_query: bool,
    /// Parameters or multipart parts whose text is their JSON.
    pub json_text: bool,
    pub json_body: bool,
    pub form_body: bool,
    pub multipart: bool,
    /// Multipart bodies that are not structs, written from their JSON form.
    pub multipart_value: bool,
    /// Some operation sends credentials.
    pub auth: bool,
    pub pagination: bool,
    /// The `requests` module names a type of the `models` module.
    pub requests_name_models: bool,
}

/// Walks every type and operation once.
pub(crate) fn uses(types: &TypeSet, operations: &[Operation], security: &Security) -> Uses {
    let mut u = Uses {
        operations: !operations.is_empty(),
        ..Uses::default()
    };
    let leaf = |u: &mut Uses, ty: &TypeRef| {
        let mut stack = vec![ty];
        while let Some(t) = stack.pop() {
            match t {
                TypeRef::Uuid => u.uuid = true,
                TypeRef::DateTime | TypeRef::Date => u.chrono = true,
                TypeRef::Json => u.json_value = true,
                TypeRef::Base64 => u.base64 = true,
                TypeRef::Vec(i) | TypeRef::Map(i) => stack.push(i),
                _ => {}
            }
        }
    };
    for def in &types.defs {
        def.kind.for_each_type(|t| leaf(&mut u, t));
        match &def.kind {
            TypeKind::Struct(s) if s.serde == StructSerde::Object => u.object = true,
            TypeKind::Struct(s) => {
                u.nullable |= s
                    .fields
                    .iter()
                    .any(|f| f.presence() == Presence::OptionalNullable);
            }
            TypeKind::StringEnum(_) => u.string_enums = true,
            TypeKind::Union(union) if union.tag.is_some() => {
                u.tagged = true;
                // A tagged union is read through a `serde_json::Value`.
                u.json_value = true;
                u.tag_writer |= union.variants.iter().any(|v| !v.carries_tag);
            }
            _ => {}
        }
        u.model_serde |= !matches!(
            def.kind,
            TypeKind::Alias(_) | TypeKind::SameAs(_) | TypeKind::Responses(_)
        );
    }
    for op in operations {
        op.for_each_type(|t| leaf(&mut u, t));
        op.for_each_type(|t| u.requests_name_models |= names_a_model(t, types));
        u.json_response |= matches!(
            &op.success,
            Success::Body(_, Media::Json)
                | Success::Optional(_, Media::Json)
                | Success::Variants(_)
        );
        for p in &op.params {
            match p.location {
                ParamLocation::Path => u.path_params = true,
                ParamLocation::Query => u.query = true,
                ParamLocation::Header => u.headers = true,
                ParamLocation::Cookie => {
                    u.cookies = true;
                    u.headers = true;
                }
            }
            u.json_query |= matches!(p.encoding, Encoding::Query(Query::Json(_)));
            u.json_text |= encoding_text(&p.encoding).is_some_and(Text::can_fail);
            // What is not written as text is written from its JSON form.
            u.json_params |= encoding_text(&p.encoding).is_none();
        }
        if let Some(b) = &op.body {
            let alternatives = b.alternatives.iter().map(|a| (a.media, &a.multipart));
            for (media, multipart) in std::iter::once((b.media, &b.multipart)).chain(alternatives) {
                match media {
                    Media::Json => u.json_body = true,
                    Media::Form => u.form_body = true,
                    Media::Multipart => {
                        u.multipart = true;
                        u.multipart_value |= multipart.is_none();
                        u.json_text |= multipart.iter().any(|m| {
                            let parts = m.parts.iter().filter_map(|p| match &p.kind {
                                PartKind::Each(t) | PartKind::One(t) => Some(t),
                                PartKind::File => None,
                            });
                            parts
                                .chain(m.additional.iter().map(|(_, t)| t))
                                .any(Text::can_fail)
                        });
                    }
                    Media::Text | Media::Bytes => {}
                }
            }
        }
        u.auth |= op.authorizer.is_some();
        u.pagination |= op.pagination.is_some();
    }
    u.query |= security.schemes.iter().any(|s| {
        matches!(
            s.kind,
            SchemeKind::ApiKey {
                location: ParamLocation::Query,
                ..
            }
        )
    });
    u
}

/// The text a parameter's value is written as, unless it is written from
/// its JSON form.
fn encoding_text(encoding: &Encoding) -> Option<&Text> {
    match encoding {
        Encoding::Query(Query::One(t) | Query::Exploded(t))
        | Encoding::Query(Query::Joined { item: t, .. })
        | Encoding::Path {
            value: Value::Text(t),
            ..
        }
        | Encoding::Header(Value::Text(t))
        | Encoding::Cookie(Value::Text(t))
        | Encoding::CookieHeader(Value::Text(t)) => Some(t),
        _ => None,
    }
}

/// Whether printing `ty` names a type of the models module (an alias is
/// printed as what it stands for).
fn names_a_model(ty: &TypeRef, types: &TypeSet) -> bool {
    let mut named = Vec::new();
    ty.named(&mut named);
    named.iter().any(|id| match &types.get(*id).kind {
        TypeKind::Alias(target) => names_a_model(target, types),
        _ => true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uses_of(spec: &str) -> Uses {
        let spec = crate::load::load("t.yaml", spec).expect("the spec loads");
        crate::ir::build(&spec).expect("the IR builds").0.uses
    }

    #[test]
    fn one_walk_finds_what_operations_and_types_use() {
        let u = uses_of(
            r#"
openapi: 3.0.3
info: {title: t, version: '1'}
components:
  securitySchemes:
    key: {type: apiKey, in: query, name: k}
  schemas:
    Pet:
      type: object
      properties:
        born: {type: string, format: date-time}
paths:
  /pets/{id}:
    post:
      security: [{key: []}]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string, format: uuid}}
        - {name: session, in: cookie, schema: {type: string}}
      requestBody:
        content:
          multipart/form-data:
            schema: {type: array, items: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
"#,
        );
        assert!(u.operations && u.uuid && u.chrono && u.path_params && u.cookies && u.headers);
        assert!(u.query, "the API key goes in the query");
        assert!(u.auth && u.multipart && u.multipart_value && u.json_response);
        assert!(u.requests_name_models && u.model_serde);
        assert!(!u.json_body && !u.pagination && !u.base64 && !u.json_query && !u.tagged);
    }

    #[test]
    fn object_parts_need_json_text() {
        let u = uses_of(
            r#"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    post:
      requestBody:
        content:
          multipart/form-data:
            schema:
              type: object
              properties:
                meta: {type: object, properties: {a: {type: string}}}
      responses:
        '204': {description: ok}
"#,
        );
        assert!(u.json_text && u.multipart && !u.multipart_value && !u.json_params);
    }

    #[test]
    fn types_alone_need_no_client() {
        let u = uses_of(
            r#"
openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Kind: {type: string, enum: [a, b]}
    Blob: {type: string, format: byte}
"#,
        );
        assert!(u.string_enums && u.base64 && u.model_serde);
        assert!(!u.operations && !u.query && !u.auth && !u.uuid);
    }
}
