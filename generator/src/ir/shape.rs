//! What a schema is, read from its keywords: the predicates lowering
//! decides by, and the Rust types of the primitive formats.

use super::flat::Flat;
use super::types::TypeRef;
use openapiv3::{ReferenceOr, Schema};
use serde_json::Value;

/// What lowering makes of a schema, decided from its keywords alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// `not` and nothing to say what the value is: any JSON value.
    Not,
    /// Nothing but an `allOf` with one member that says what the value is
    /// (the others only annotate): that member's type. Its index in `allOf`.
    Wrapper(usize),
    /// A struct: properties, or `allOf` members to merge.
    Struct,
    /// `oneOf` or `anyOf` without properties.
    Union,
    /// `enum`.
    Enum(EnumShape),
    /// Whatever `type` (written or inferred) says: a primitive, an array, a
    /// map or any JSON.
    Typed,
}

/// What an `enum`'s values (other than `null`) and `type` make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EnumShape {
    /// No values but `null`.
    OnlyNull,
    /// On an array, where it can only mean the items.
    OnArray,
    Strings,
    Integers,
    /// `type: boolean` or `number`, whose values a Rust enum cannot hold.
    Boolean,
    Number,
    /// Values of mixed types, or of another type than `type` says.
    Mixed,
}

impl Shape {
    /// Whether the schema becomes a type of its own (a component that does
    /// not is an alias of what it lowers to).
    pub(crate) fn is_named(self) -> bool {
        matches!(
            self,
            Shape::Struct | Shape::Union | Shape::Enum(EnumShape::Strings | EnumShape::Integers)
        )
    }
}

/// The one place that decides a schema's [`Shape`].
pub(crate) fn classify(flat: &Flat<'_>) -> Shape {
    if flat.has_not && flat.typ.is_none() && !flat.has_properties() {
        return Shape::Not;
    }
    if !flat.all_of.is_empty() {
        if flat.only_all_of() {
            let mut structural = flat.all_of.iter().enumerate().filter(|(_, m)| match m {
                ReferenceOr::Item(s) => !is_annotation_only(s),
                ReferenceOr::Reference { .. } => true,
            });
            if let (Some((i, _)), None) = (structural.next(), structural.next()) {
                return Shape::Wrapper(i);
            }
        }
        return Shape::Struct;
    }
    if !flat.one_of.is_empty() || !flat.any_of.is_empty() {
        return if flat.has_properties() {
            Shape::Struct
        } else {
            Shape::Union
        };
    }
    if !flat.enumeration.is_empty() {
        return Shape::Enum(enum_shape(flat));
    }
    if infer_type(flat) == Some("object") && flat.has_properties() {
        return Shape::Struct;
    }
    Shape::Typed
}

fn enum_shape(flat: &Flat<'_>) -> EnumShape {
    let values: Vec<&Value> = flat.enumeration.iter().filter(|v| !v.is_null()).collect();
    let all_strings = values.iter().all(|v| v.is_string());
    let all_ints = values.iter().all(|v| v.is_i64());
    match infer_type(flat) {
        _ if values.is_empty() => EnumShape::OnlyNull,
        Some("array") => EnumShape::OnArray,
        Some("string") | None if all_strings => EnumShape::Strings,
        Some("integer") | None if all_ints => EnumShape::Integers,
        Some("boolean") => EnumShape::Boolean,
        Some("number") => EnumShape::Number,
        _ => EnumShape::Mixed,
    }
}

/// `type`, or what the keywords present imply.
pub(crate) fn infer_type<'a>(flat: &Flat<'a>) -> Option<&'a str> {
    if flat.typ.is_some() {
        return flat.typ;
    }
    if flat.has_properties() || flat.additional.is_some() {
        return Some("object");
    }
    if flat.items.is_some() {
        return Some("array");
    }
    None
}

pub(crate) fn string_type(format: Option<&str>) -> TypeRef {
    match format {
        // go-swagger (and so every Ory document) writes `uuid4`.
        Some("uuid" | "uuid4") => TypeRef::Uuid,
        Some("date-time") => TypeRef::DateTime,
        Some("date") => TypeRef::Date,
        Some("byte") => TypeRef::Base64,
        Some("binary") => TypeRef::Binary,
        _ => TypeRef::String,
    }
}

pub(crate) fn integer_type(format: Option<&str>) -> TypeRef {
    match format {
        Some("int8") => TypeRef::I8,
        Some("int16") => TypeRef::I16,
        Some("int32") => TypeRef::I32,
        Some("uint8") => TypeRef::U8,
        Some("uint16") => TypeRef::U16,
        Some("uint32") => TypeRef::U32,
        Some("uint64" | "uint") => TypeRef::U64,
        _ => TypeRef::I64,
    }
}

pub(crate) fn number_type(format: Option<&str>) -> TypeRef {
    match format {
        Some("float") => TypeRef::F32,
        _ => TypeRef::F64,
    }
}

/// `{}`: any value.
pub(crate) fn is_empty_schema(schema: &ReferenceOr<Schema>) -> bool {
    matches!(schema, ReferenceOr::Item(s) if is_annotation_only(s))
}

/// A schema with only descriptive keywords (description, nullable, default, …).
pub(crate) fn is_annotation_only(schema: &Schema) -> bool {
    let f = Flat::of(schema);
    f.typ.is_none()
        && f.enumeration.is_empty()
        && !f.has_properties()
        && f.additional.is_none()
        && f.items.is_none()
        && f.one_of.is_empty()
        && f.any_of.is_empty()
        && f.all_of.is_empty()
        && !f.has_not
        && f.format.is_none()
}

/// Nothing but `oneOf`/`anyOf` (and descriptive keywords).
pub(crate) fn is_union_only(schema: &Schema) -> bool {
    let f = Flat::of(schema);
    (!f.one_of.is_empty() || !f.any_of.is_empty())
        && !f.has_properties()
        && f.all_of.is_empty()
        && f.typ.is_none_or(|t| t == "object")
}

/// `{type: "null"}` or `{nullable: true}` alone, as some specs write inside `oneOf`.
pub(crate) fn is_null_schema(schema: &Schema) -> bool {
    let f = Flat::of(schema);
    f.typ == Some("null") || (is_annotation_only(schema) && schema.schema_data.nullable)
}

pub(crate) fn items_are_plain_strings(flat: &Flat<'_>) -> bool {
    match flat.items {
        None => true,
        Some(ReferenceOr::Item(s)) => {
            let f = Flat::of(s);
            f.typ.is_none_or(|t| t == "string") && f.enumeration.is_empty()
        }
        Some(ReferenceOr::Reference { .. }) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(yaml: &str) -> Shape {
        let schema: Schema = serde_yaml::from_str(yaml).expect("a schema");
        classify(&Flat::of(&schema))
    }

    #[test]
    fn shapes() {
        assert_eq!(shape("{not: {type: string}}"), Shape::Not);
        assert_eq!(
            shape("{allOf: [{description: d}, {$ref: '#/components/schemas/a'}]}"),
            Shape::Wrapper(1)
        );
        assert_eq!(
            shape("{allOf: [{$ref: '#/a'}, {$ref: '#/b'}]}"),
            Shape::Struct
        );
        assert_eq!(shape("{properties: {a: {}}, oneOf: [{}]}"), Shape::Struct);
        assert_eq!(shape("{oneOf: [{type: string}]}"), Shape::Union);
        assert_eq!(shape("{enum: [a, null]}"), Shape::Enum(EnumShape::Strings));
        assert_eq!(shape("{enum: [1, 2]}"), Shape::Enum(EnumShape::Integers));
        assert_eq!(shape("{enum: [null]}"), Shape::Enum(EnumShape::OnlyNull));
        assert_eq!(
            shape("{type: array, enum: [a]}"),
            Shape::Enum(EnumShape::OnArray)
        );
        assert_eq!(
            shape("{type: string, enum: [1, a]}"),
            Shape::Enum(EnumShape::Mixed)
        );
        assert_eq!(shape("{properties: {a: {}}}"), Shape::Struct);
        assert_eq!(shape("{type: object}"), Shape::Typed);
        assert!(Shape::Enum(EnumShape::Integers).is_named());
        assert!(!Shape::Wrapper(0).is_named() && !shape("{type: integer}").is_named());
    }
}
