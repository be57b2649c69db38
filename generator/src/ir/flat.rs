//! One view of a schema, whatever `openapiv3::SchemaKind` variant it parsed
//! into, so lowering reads every schema the same way. (openapiv3 sorts schemas
//! into typed variants only when their keywords fit one type; `type: array`
//! with an `enum`, or `type: object` with `allOf`, land in `Any`.)

use openapiv3::{
    AdditionalProperties, ReferenceOr, Schema, SchemaKind, StringFormat, Type,
    VariantOrUnknownOrEmpty,
};
use serde_json::Value;

type Properties = indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>;

pub struct Flat<'a> {
    pub typ: Option<&'a str>,
    pub format: Option<String>,
    pub enumeration: Vec<Value>,
    pub properties: Option<&'a Properties>,
    pub required: &'a [String],
    pub additional: Option<&'a AdditionalProperties>,
    pub items: Option<&'a ReferenceOr<Box<Schema>>>,
    pub one_of: &'a [ReferenceOr<Schema>],
    pub any_of: &'a [ReferenceOr<Schema>],
    pub all_of: &'a [ReferenceOr<Schema>],
    pub has_not: bool,
}

impl<'a> Flat<'a> {
    pub fn of(schema: &'a Schema) -> Flat<'a> {
        let empty = Flat {
            typ: None,
            format: None,
            enumeration: Vec::new(),
            properties: None,
            required: &[],
            additional: None,
            items: None,
            one_of: &[],
            any_of: &[],
            all_of: &[],
            has_not: false,
        };
        match &schema.schema_kind {
            SchemaKind::Type(Type::String(s)) => Flat {
                typ: Some("string"),
                format: string_format(&s.format),
                enumeration: values(&s.enumeration, |v| Value::String(v.clone())),
                ..empty
            },
            SchemaKind::Type(Type::Integer(s)) => Flat {
                typ: Some("integer"),
                format: format_name(&s.format),
                enumeration: values(&s.enumeration, |v| Value::from(*v)),
                ..empty
            },
            SchemaKind::Type(Type::Number(s)) => Flat {
                typ: Some("number"),
                format: format_name(&s.format),
                enumeration: values(&s.enumeration, |v| Value::from(*v)),
                ..empty
            },
            SchemaKind::Type(Type::Boolean(s)) => Flat {
                typ: Some("boolean"),
                enumeration: values(&s.enumeration, |v| Value::Bool(*v)),
                ..empty
            },
            SchemaKind::Type(Type::Object(o)) => Flat {
                typ: Some("object"),
                properties: Some(&o.properties),
                required: &o.required,
                additional: o.additional_properties.as_ref(),
                ..empty
            },
            SchemaKind::Type(Type::Array(a)) => Flat {
                typ: Some("array"),
                items: a.items.as_ref(),
                ..empty
            },
            SchemaKind::OneOf { one_of } => Flat { one_of, ..empty },
            SchemaKind::AnyOf { any_of } => Flat { any_of, ..empty },
            SchemaKind::AllOf { all_of } => Flat { all_of, ..empty },
            SchemaKind::Not { .. } => Flat {
                has_not: true,
                ..empty
            },
            SchemaKind::Any(a) => Flat {
                typ: a.typ.as_deref(),
                format: a.format.clone(),
                enumeration: a.enumeration.clone(),
                properties: Some(&a.properties),
                required: &a.required,
                additional: a.additional_properties.as_ref(),
                items: a.items.as_ref(),
                one_of: &a.one_of,
                any_of: &a.any_of,
                all_of: &a.all_of,
                has_not: a.not.is_some(),
            },
        }
    }

    pub fn has_properties(&self) -> bool {
        self.properties.is_some_and(|p| !p.is_empty())
    }

    /// Nothing but (possibly) `allOf`: a wrapper such as
    /// `allOf: [{$ref: ...}]` used to add a description or `nullable`.
    pub fn only_all_of(&self) -> bool {
        self.typ.is_none_or(|t| t == "object")
            && self.enumeration.is_empty()
            && !self.has_properties()
            && self.additional.is_none()
            && self.items.is_none()
            && self.one_of.is_empty()
            && self.any_of.is_empty()
    }
}

fn values<T>(list: &[Option<T>], f: impl Fn(&T) -> Value) -> Vec<Value> {
    list.iter()
        .map(|v| v.as_ref().map_or(Value::Null, &f))
        .collect()
}

fn string_format(format: &VariantOrUnknownOrEmpty<StringFormat>) -> Option<String> {
    match format {
        VariantOrUnknownOrEmpty::Item(f) => Some(
            match f {
                StringFormat::Date => "date",
                StringFormat::DateTime => "date-time",
                StringFormat::Password => "password",
                StringFormat::Byte => "byte",
                StringFormat::Binary => "binary",
            }
            .to_owned(),
        ),
        VariantOrUnknownOrEmpty::Unknown(s) => Some(s.clone()),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

fn format_name<T: serde::Serialize>(format: &VariantOrUnknownOrEmpty<T>) -> Option<String> {
    match format {
        VariantOrUnknownOrEmpty::Item(f) => match serde_json::to_value(f) {
            Ok(Value::String(s)) => Some(s),
            _ => None,
        },
        VariantOrUnknownOrEmpty::Unknown(s) => Some(s.clone()),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

/// A `$ref` or an inline schema, whichever of openapiv3's two wrappers it came in.
#[derive(Debug, Clone, Copy)]
pub enum SchemaRef<'a> {
    Ref(&'a str),
    Item(&'a Schema),
}

impl<'a> From<&'a ReferenceOr<Schema>> for SchemaRef<'a> {
    fn from(r: &'a ReferenceOr<Schema>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(s) => SchemaRef::Item(s),
        }
    }
}

impl<'a> From<&'a ReferenceOr<Box<Schema>>> for SchemaRef<'a> {
    fn from(r: &'a ReferenceOr<Box<Schema>>) -> Self {
        match r {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(s) => SchemaRef::Item(s),
        }
    }
}
