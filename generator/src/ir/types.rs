//! Plain data describing the Rust types a spec turns into. Every identifier in
//! here is final: the emitter prints them as they are.

use super::http::{Media, StatusMatch};
use crate::diagnostics::Pointer;

/// Index into [`TypeSet::defs`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub usize);

/// Every named type of a spec.
#[derive(Debug, Default, Clone)]
pub struct TypeSet {
    /// Indexed by [`TypeId`].
    pub defs: Vec<TypeDef>,
    /// The order to print them in: each component schema (in spec order)
    /// followed by the inline types made while lowering it.
    pub emit_order: Vec<TypeId>,
}

impl TypeSet {
    pub fn get(&self, id: TypeId) -> &TypeDef {
        &self.defs[id.0]
    }
}

/// A named Rust type.
#[derive(Debug, Clone)]
pub struct TypeDef {
    /// The Rust name (UpperCamelCase, unique in the `models` module).
    pub name: String,
    /// Where the schema is, for messages and for the change report.
    pub origin: Pointer,
    pub docs: Docs,
    pub kind: TypeKind,
}

/// Documentation, already cut into lines.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Docs {
    pub lines: Vec<String>,
}

impl Docs {
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

#[derive(Debug, Clone)]
pub enum TypeKind {
    Struct(Struct),
    /// An enum of strings that keeps values it does not know.
    StringEnum(Enum<String>),
    /// An enum of integers that keeps values it does not know.
    IntEnum(Enum<i64>),
    /// `oneOf` / `anyOf`.
    Union(Union),
    /// `pub struct Name(pub T)`: a component schema that is not a struct, enum
    /// or union but must still be a distinct type, because it refers to itself
    /// (a type alias cannot).
    Newtype(TypeRef),
    /// `pub type Name = T;` for component schemas that are primitives, arrays
    /// or maps. Uses of the schema print `T` directly.
    Alias(TypeRef),
    /// `pub type Name = Other;` for an enum that is the same as another (a
    /// parameter's enum an earlier parameter already has): uses print
    /// `Name`, so every operation's signature keeps its own name for it.
    SameAs(TypeId),
    /// What an operation returns when its success responses have different
    /// bodies: one variant per response.
    Responses(Vec<ResponseVariant>),
}

impl TypeKind {
    /// Calls `f` with every type the definition holds: fields, additional
    /// and flattened properties, union variants, the type a newtype or alias
    /// stands for, and response bodies.
    pub fn for_each_type(&self, mut f: impl FnMut(&TypeRef)) {
        match self {
            TypeKind::Struct(s) => {
                s.fields.iter().for_each(|field| f(&field.ty));
                s.additional.iter().for_each(|(_, t)| f(t));
                s.flattened.iter().for_each(|(_, t)| f(t));
            }
            TypeKind::Union(u) => u.variants.iter().for_each(|v| f(&v.ty)),
            TypeKind::Newtype(t) | TypeKind::Alias(t) => f(t),
            TypeKind::SameAs(id) => f(&TypeRef::Named(*id)),
            TypeKind::Responses(variants) => variants
                .iter()
                .filter_map(|v| v.body.as_ref())
                .for_each(|(t, _)| f(t)),
            TypeKind::StringEnum(_) | TypeKind::IntEnum(_) => {}
        }
    }
}

#[derive(Debug, Clone)]
pub struct ResponseVariant {
    pub name: String,
    pub status: StatusMatch,
    /// The body and how it is read; `None` for a response without one.
    pub body: Option<(TypeRef, Media)>,
    pub docs: Docs,
}

#[derive(Debug, Clone)]
pub struct Struct {
    pub fields: Vec<Field>,
    /// The value type of `additionalProperties`, collected into a flattened
    /// map field with this name.
    pub additional: Option<(String, TypeRef)>,
    /// `allOf` members that are unions, flattened into the struct.
    pub flattened: Vec<(String, TypeRef)>,
    /// How the struct gets `Default`, if it has one (decided once every
    /// type is known).
    pub default: StructDefault,
    /// How the struct implements serde's traits.
    pub serde: StructSerde,
}

/// How a struct implements `Serialize` and `Deserialize`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StructSerde {
    /// Written out on the runtime's `object` module: each field read and
    /// written as its presence says, in a fraction of the code serde's
    /// derive makes.
    Object,
    /// serde's derive, for a struct that flattens a union into itself: only
    /// serde's `flatten` hands a union the properties the struct leaves.
    Derive,
}

/// Whether and how a struct implements `Default`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StructDefault {
    /// Some field's type has no default (or the struct is in a cycle of
    /// required fields).
    None,
    /// `#[derive(Default)]`: every field's type has one, and no field has a
    /// default of the spec's own.
    Derive,
    /// `impl Default`: fields with a spec default take it, the others their
    /// type's.
    Impl,
}

#[derive(Debug, Clone)]
pub struct Field {
    /// The Rust name (snake_case; `r#type` for keywords).
    pub name: String,
    /// The JSON property name.
    pub json_name: String,
    pub ty: TypeRef,
    pub required: bool,
    /// `null` is a valid value.
    pub nullable: bool,
    /// The spec's `default`, as written.
    pub spec_default: Option<serde_json::Value>,
    /// The spec's `default` as a Rust value, when it can be one (decided
    /// once every type is known).
    pub default: Option<DefaultValue>,
    /// The field is behind a `Box` to break a cycle of types that contain
    /// each other.
    pub boxed: bool,
    pub docs: Docs,
}

impl Field {
    /// The struct's associated function that gives the spec's default
    /// (serde's `default = "..."` names it): `default_` and the field name,
    /// unique since field names are (the `_` before a leading digit is
    /// dropped: `default__2` is no snake case).
    pub fn default_fn(&self) -> String {
        format!("default_{}", self.stem())
    }

    /// The local that holds the field's value while a struct is read from
    /// an object (`crate::object`): `slot_` and the field name, so no field's
    /// is the reader's own `map` or `key`; unique as [`Field::default_fn`].
    pub fn slot(&self) -> String {
        format!("slot_{}", self.stem())
    }

    /// The field name without `r#` or leading `_`, to follow a prefix.
    fn stem(&self) -> &str {
        super::naming::bare(&self.name).trim_start_matches('_')
    }

    /// How the field is represented, which decides its Rust type and serde
    /// attributes.
    pub fn presence(&self) -> Presence {
        let value_holds_null = matches!(self.ty, TypeRef::Json);
        match (self.required, self.nullable, &self.default) {
            (true, false, _) => Presence::Required,
            (true, true, _) if value_holds_null => Presence::Required,
            (true, true, _) => Presence::RequiredNullable,
            (false, false, Some(_)) => Presence::Defaulted,
            (false, true, _) => Presence::OptionalNullable,
            (false, false, None) => Presence::Optional,
        }
    }
}

/// The five ways a property can be present in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// Always present, never null: `T`.
    Required,
    /// Always present, may be null: `Option<T>`, serialized as `null` when `None`.
    RequiredNullable,
    /// May be absent, never null: `Option<T>`, skipped when `None`.
    Optional,
    /// May be absent or null, and the two differ: `Option<Option<T>>` (or
    /// `Option<serde_json::Value>` holding `Value::Null`).
    OptionalNullable,
    /// May be absent, and then has the spec's default: `T`.
    Defaulted,
}

/// A default value that can be written as a Rust expression.
#[derive(Debug, Clone, PartialEq)]
pub enum DefaultValue {
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    /// The Rust name of a variant of the field's enum type.
    Variant(String),
}

#[derive(Debug, Clone)]
pub struct Enum<T> {
    pub variants: Vec<Variant<T>>,
    /// The name of the variant that holds values the spec does not list.
    pub unknown_variant: String,
}

#[derive(Debug, Clone)]
pub struct Variant<T> {
    pub name: String,
    pub value: T,
    pub docs: Docs,
}

#[derive(Debug, Clone)]
pub struct Union {
    pub variants: Vec<UnionVariant>,
    pub tag: Option<Tag>,
}

#[derive(Debug, Clone)]
pub struct UnionVariant {
    pub name: String,
    pub ty: TypeRef,
    pub boxed: bool,
    /// The discriminator values that select this variant (tagged unions only);
    /// the first is written when serializing.
    pub tag_values: Vec<String>,
    /// The variant's struct has the discriminator property itself, so it is
    /// written as it is (keeping whichever of `tag_values` it holds).
    pub carries_tag: bool,
}

/// The discriminator of a tagged union.
#[derive(Debug, Clone)]
pub struct Tag {
    /// The JSON property that names the variant.
    pub property: String,
    /// The variant that keeps objects whose tag names no known variant.
    pub unknown_variant: String,
}

/// A use of a type.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypeRef {
    Named(TypeId),
    String,
    Bool,
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
    F32,
    F64,
    Uuid,
    DateTime,
    Date,
    /// `format: byte`: base64 in JSON, bytes in Rust.
    Base64,
    /// `format: binary`: raw bytes.
    Binary,
    /// Any JSON value.
    Json,
    Vec(Box<TypeRef>),
    Map(Box<TypeRef>),
}

impl TypeRef {
    /// Named types this use mentions outside a `Vec` or map (those already
    /// put the value on the heap, so they break cycles).
    pub fn direct_named(&self) -> Option<TypeId> {
        match self {
            TypeRef::Named(id) => Some(*id),
            _ => None,
        }
    }

    /// Every named type this use mentions.
    pub fn named(&self, out: &mut Vec<TypeId>) {
        match self {
            TypeRef::Named(id) => out.push(*id),
            TypeRef::Vec(inner) | TypeRef::Map(inner) => inner.named(out),
            _ => {}
        }
    }
}

impl TypeRef {
    /// The Rust type as it is written in the generated code, for docs and
    /// reports: `Vec<Identity>`, `std::collections::BTreeMap<String, i64>`.
    /// Aliases are written as what they stand for, as in the code; names of
    /// models have no module path.
    pub fn rust_text(&self, types: &TypeSet) -> String {
        match self {
            TypeRef::Named(id) => {
                let def = types.get(*id);
                match &def.kind {
                    TypeKind::Alias(target) => target.rust_text(types),
                    _ => def.name.clone(),
                }
            }
            TypeRef::String => "String".to_owned(),
            TypeRef::Bool => "bool".to_owned(),
            TypeRef::I8 => "i8".to_owned(),
            TypeRef::I16 => "i16".to_owned(),
            TypeRef::I32 => "i32".to_owned(),
            TypeRef::I64 => "i64".to_owned(),
            TypeRef::U8 => "u8".to_owned(),
            TypeRef::U16 => "u16".to_owned(),
            TypeRef::U32 => "u32".to_owned(),
            TypeRef::U64 => "u64".to_owned(),
            TypeRef::F32 => "f32".to_owned(),
            TypeRef::F64 => "f64".to_owned(),
            TypeRef::Uuid => "uuid::Uuid".to_owned(),
            TypeRef::DateTime => "chrono::DateTime<chrono::Utc>".to_owned(),
            TypeRef::Date => "chrono::NaiveDate".to_owned(),
            TypeRef::Base64 => "crate::Base64".to_owned(),
            TypeRef::Binary => "Vec<u8>".to_owned(),
            TypeRef::Json => "serde_json::Value".to_owned(),
            TypeRef::Vec(inner) => format!("Vec<{}>", inner.rust_text(types)),
            TypeRef::Map(inner) => format!(
                "std::collections::BTreeMap<String, {}>",
                inner.rust_text(types)
            ),
        }
    }
}
