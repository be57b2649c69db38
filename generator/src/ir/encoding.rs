//! How each parameter is written on the wire, decided from its location,
//! style, `explode` and type.

use super::http::{ParamLocation, ParamStyle};
use super::types::{Presence, TypeDef, TypeId, TypeKind, TypeRef};

/// How a value becomes text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// A `String`, as it is.
    Str,
    /// A string enum's value.
    EnumStr,
    /// An integer enum's number.
    IntEnum,
    /// RFC 3339, with `Z` for UTC.
    DateTime,
    /// Its `Display` text: numbers, booleans, UUIDs, dates, JSON values,
    /// base64.
    Display,
    /// Its JSON text: bytes, maps and other types without a text of their
    /// own.
    Json,
    /// A list, its items' texts joined by commas.
    List(Box<Text>),
}

impl Text {
    /// Whether writing it can fail (JSON text, which serde may refuse).
    pub fn can_fail(&self) -> bool {
        match self {
            Text::Json => true,
            Text::List(item) => item.can_fail(),
            _ => false,
        }
    }
}

/// A parameter's value: text, or (for objects, maps and free JSON, whose
/// shape is only known at run time) written from its JSON form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(Text),
    /// RFC 6570 `simple` expansion of the JSON value.
    JsonSimple {
        explode: bool,
    },
}

/// Where a parameter goes and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Encoding {
    /// A path segment, percent-encoded, after the style's prefix.
    Path {
        value: Value,
        prefix: PathPrefix,
    },
    Query(Query),
    /// A header of the parameter's name.
    Header(Value),
    /// A `name=value` pair of the `Cookie` header.
    Cookie(Value),
    /// A header parameter named `Cookie` in an operation with cookie
    /// parameters: its text starts the one `Cookie` header they share.
    CookieHeader(Value),
}

/// RFC 6570 prefixes of `label` and `matrix` path parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathPrefix {
    None,
    /// `.value`.
    Label,
    /// `;name=value`, with the `;name=` written here.
    Matrix(String),
}

/// How a query parameter is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Query {
    /// One `name=text` pair.
    One(Text),
    /// A list as one pair per item (`form`, exploded).
    Exploded(Text),
    /// A list in one pair, its items joined by `separator`.
    Joined { item: Text, separator: &'static str },
    /// A JSON value written by style at run time.
    Json(JsonQuery),
}

/// The runtime's styles for query parameters known only as JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonQuery {
    DeepObject,
    FormExploded,
    Form,
}

/// A multipart body made of a struct: one part per property.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Multipart {
    pub parts: Vec<Part>,
    /// The struct's map of other properties (its field, and the text of a
    /// value): a text part each.
    pub additional: Option<(String, Text)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// The struct field.
    pub field: String,
    /// The part's name (the JSON property).
    pub name: String,
    pub present: Present,
    pub kind: PartKind,
}

/// How to reach a field's value, by the field's Rust type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Present {
    /// `T`: always.
    Always,
    /// `Option<T>`: when `Some`.
    IfSome,
    /// `Option<Option<T>>`: when `Some(Some)`.
    IfSomeSome,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartKind {
    /// Bytes, as a file part named like the property.
    File,
    /// A list: a text part per item.
    Each(Text),
    /// One text part.
    One(Text),
}

/// The parts of a multipart body of type `ty`, when it is a struct (any
/// other value is written from its JSON form at run time).
pub(crate) fn multipart(ty: &TypeRef, defs: &[TypeDef]) -> Option<Multipart> {
    let s = match ty {
        TypeRef::Named(id) => match &defs[id.0].kind {
            TypeKind::Struct(s) => s,
            TypeKind::Alias(t) => return multipart(t, defs),
            _ => return None,
        },
        _ => return None,
    };
    let parts = s
        .fields
        .iter()
        .map(|f| Part {
            field: f.name.clone(),
            name: f.json_name.clone(),
            present: match f.presence() {
                Presence::Required | Presence::Defaulted => Present::Always,
                Presence::Optional | Presence::RequiredNullable => Present::IfSome,
                // `Option<serde_json::Value>`, holding `Value::Null`.
                Presence::OptionalNullable if f.ty == TypeRef::Json => Present::IfSome,
                Presence::OptionalNullable => Present::IfSomeSome,
            },
            kind: match &f.ty {
                TypeRef::Binary => PartKind::File,
                TypeRef::Vec(inner) => PartKind::Each(text(inner, defs)),
                ty => PartKind::One(text(ty, defs)),
            },
        })
        .collect();
    Some(Multipart {
        parts,
        additional: s
            .additional
            .as_ref()
            .map(|(field, ty)| (field.clone(), text(ty, defs))),
    })
}

/// What a parameter's encoding is decided from.
pub(crate) struct Wire<'a> {
    pub location: ParamLocation,
    pub name: &'a str,
    pub style: ParamStyle,
    pub explode: bool,
    pub ty: &'a TypeRef,
    /// The builder keeps the value as the text it was given.
    pub kept_as_text: bool,
}

/// The encoding of a parameter. `cookie_header` says the operation has
/// cookie parameters (a `Cookie` header parameter then joins them).
pub(crate) fn encoding(wire: &Wire<'_>, defs: &[TypeDef], cookie_header: bool) -> Encoding {
    let Wire {
        location,
        name,
        style,
        explode,
        ty,
        kept_as_text,
    } = *wire;
    let object = is_object_like(ty, defs);
    let value = |explode: bool| {
        if object {
            Value::JsonSimple { explode }
        } else if kept_as_text {
            // Kept as the text it was given.
            Value::Text(Text::Str)
        } else {
            Value::Text(text(ty, defs))
        }
    };
    match location {
        ParamLocation::Path => Encoding::Path {
            value: value(explode),
            prefix: match style {
                ParamStyle::Label => PathPrefix::Label,
                ParamStyle::Matrix => PathPrefix::Matrix(format!(";{name}=")),
                _ => PathPrefix::None,
            },
        },
        ParamLocation::Query => Encoding::Query(query(style, explode, ty, defs, object)),
        ParamLocation::Header if cookie_header && name.eq_ignore_ascii_case("cookie") => {
            Encoding::CookieHeader(value(explode))
        }
        ParamLocation::Header => Encoding::Header(value(explode)),
        // Each cookie is one `name=value` pair, whatever `explode` says.
        ParamLocation::Cookie => Encoding::Cookie(value(false)),
    }
}

fn query(style: ParamStyle, explode: bool, ty: &TypeRef, defs: &[TypeDef], object: bool) -> Query {
    if object {
        return Query::Json(match (style, explode) {
            (ParamStyle::DeepObject, _) => JsonQuery::DeepObject,
            (_, true) => JsonQuery::FormExploded,
            (_, false) => JsonQuery::Form,
        });
    }
    match (ty, style, explode) {
        (TypeRef::Vec(inner), ParamStyle::Form, true) => Query::Exploded(text(inner, defs)),
        (TypeRef::Vec(inner), style, _) => Query::Joined {
            item: text(inner, defs),
            separator: match style {
                ParamStyle::SpaceDelimited => " ",
                ParamStyle::PipeDelimited => "|",
                _ => ",",
            },
        },
        (ty, _, _) => Query::One(text(ty, defs)),
    }
}

/// How a value of `ty` is written as text (aliases are what they stand for).
pub(crate) fn text(ty: &TypeRef, defs: &[TypeDef]) -> Text {
    match ty {
        TypeRef::String => Text::Str,
        TypeRef::DateTime => Text::DateTime,
        TypeRef::Named(id) => match &defs[id.0].kind {
            TypeKind::StringEnum(_) => Text::EnumStr,
            TypeKind::IntEnum(_) => Text::IntEnum,
            TypeKind::Alias(t) => text(t, defs),
            TypeKind::SameAs(other) => text(&TypeRef::Named(*other), defs),
            _ => Text::Json,
        },
        TypeRef::Binary | TypeRef::Map(_) => Text::Json,
        TypeRef::Vec(inner) => Text::List(Box::new(text(inner, defs))),
        _ => Text::Display,
    }
}

/// Whether a value of this type is, or may be, a JSON object (or a list of
/// them).
fn is_object_like(ty: &TypeRef, defs: &[TypeDef]) -> bool {
    // A newtype may contain itself (`A = [A]`): each named type is looked at once.
    fn walk(ty: &TypeRef, defs: &[TypeDef], seen: &mut Vec<TypeId>) -> bool {
        match ty {
            TypeRef::Map(_) | TypeRef::Json => true,
            TypeRef::Vec(inner) => walk(inner, defs, seen),
            TypeRef::Named(id) if seen.contains(id) => false,
            TypeRef::Named(id) => {
                seen.push(*id);
                match &defs[id.0].kind {
                    TypeKind::Struct(_) | TypeKind::Union(_) | TypeKind::Responses(_) => true,
                    TypeKind::Alias(t) | TypeKind::Newtype(t) => walk(t, defs, seen),
                    TypeKind::StringEnum(_) | TypeKind::IntEnum(_) | TypeKind::SameAs(_) => false,
                }
            }
            _ => false,
        }
    }
    walk(ty, defs, &mut Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wire<'a>(
        location: ParamLocation,
        name: &'a str,
        style: ParamStyle,
        explode: bool,
        ty: &'a TypeRef,
        kept_as_text: bool,
    ) -> Wire<'a> {
        Wire {
            location,
            name,
            style,
            explode,
            ty,
            kept_as_text,
        }
    }

    fn query_of(style: ParamStyle, explode: bool, ty: TypeRef) -> Encoding {
        let wire = wire(ParamLocation::Query, "q", style, explode, &ty, false);
        encoding(&wire, &[], false)
    }

    #[test]
    fn query_lists_by_style() {
        let strings = || TypeRef::Vec(Box::new(TypeRef::String));
        assert_eq!(
            query_of(ParamStyle::Form, true, strings()),
            Encoding::Query(Query::Exploded(Text::Str))
        );
        assert_eq!(
            query_of(ParamStyle::Form, false, strings()),
            Encoding::Query(Query::Joined {
                item: Text::Str,
                separator: ","
            })
        );
        assert_eq!(
            query_of(
                ParamStyle::PipeDelimited,
                false,
                TypeRef::Vec(Box::new(TypeRef::I64))
            ),
            Encoding::Query(Query::Joined {
                item: Text::Display,
                separator: "|"
            })
        );
        assert_eq!(
            query_of(
                ParamStyle::DeepObject,
                true,
                TypeRef::Map(Box::new(TypeRef::String))
            ),
            Encoding::Query(Query::Json(JsonQuery::DeepObject))
        );
        assert_eq!(
            query_of(ParamStyle::Form, false, TypeRef::Json),
            Encoding::Query(Query::Json(JsonQuery::Form))
        );
    }

    #[test]
    fn path_prefixes_and_cookie_headers() {
        let path = |style| {
            encoding(
                &wire(
                    ParamLocation::Path,
                    "id",
                    style,
                    false,
                    &TypeRef::Uuid,
                    false,
                ),
                &[],
                false,
            )
        };
        assert_eq!(
            path(ParamStyle::Matrix),
            Encoding::Path {
                value: Value::Text(Text::Display),
                prefix: PathPrefix::Matrix(";id=".to_owned())
            }
        );
        // A UUID taken as `impl Display` is kept, and sent, as its text.
        assert_eq!(
            encoding(
                &wire(
                    ParamLocation::Path,
                    "id",
                    ParamStyle::Simple,
                    false,
                    &TypeRef::Uuid,
                    true
                ),
                &[],
                false
            ),
            Encoding::Path {
                value: Value::Text(Text::Str),
                prefix: PathPrefix::None
            }
        );
        let header = |cookies| {
            encoding(
                &wire(
                    ParamLocation::Header,
                    "Cookie",
                    ParamStyle::Simple,
                    false,
                    &TypeRef::String,
                    false,
                ),
                &[],
                cookies,
            )
        };
        assert_eq!(header(false), Encoding::Header(Value::Text(Text::Str)));
        assert_eq!(header(true), Encoding::CookieHeader(Value::Text(Text::Str)));
        // A cookie is never exploded.
        assert_eq!(
            encoding(
                &wire(
                    ParamLocation::Cookie,
                    "c",
                    ParamStyle::Form,
                    true,
                    &TypeRef::Json,
                    false
                ),
                &[],
                true
            ),
            Encoding::Cookie(Value::JsonSimple { explode: false })
        );
    }

    #[test]
    fn texts_look_through_aliases_and_lists() {
        let defs = [TypeDef {
            name: "When".to_owned(),
            origin: crate::diagnostics::Pointer::root(),
            docs: Default::default(),
            kind: TypeKind::Alias(TypeRef::DateTime),
        }];
        let list = TypeRef::Vec(Box::new(TypeRef::Named(TypeId(0))));
        assert_eq!(text(&list, &defs), Text::List(Box::new(Text::DateTime)));
        assert_eq!(text(&TypeRef::Binary, &defs), Text::Json);
    }
}
