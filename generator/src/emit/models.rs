//! The `models` module: one Rust type per named IR type.

use super::{doc_attrs, ident, inner_doc_attrs, int_literal, type_tokens};
use crate::ir::naming::bare;
use crate::ir::*;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// The head of `models.rs`: its docs and imports.
pub(crate) fn models_head(uses: &crate::ir::uses::Uses) -> TokenStream {
    let header = inner_doc_attrs(&["The data types of the API: one type per schema."]);
    let serde = uses.model_serde.then(|| {
        quote!(
            use serde::{Deserialize, Serialize};
        )
    });
    quote! {
        #header
        #serde
    }
}

/// One named type's part of `models.rs`: its definition and impls.
pub(crate) fn type_def(def: &TypeDef, types: &TypeSet) -> TokenStream {
    let docs = doc_attrs(&def.docs);
    let name = ident(&def.name);
    let none = TokenStream::new();
    match &def.kind {
        TypeKind::Struct(s) => struct_def(&docs, &def.name, s, types),
        TypeKind::StringEnum(e) => string_enum(&docs, &def.name, e),
        TypeKind::IntEnum(e) => int_enum(&docs, &def.name, e),
        TypeKind::Union(u) if u.tag.is_some() => tagged_union(&docs, &def.name, u, types),
        TypeKind::Union(u) => untagged_union(&docs, &def.name, u, types),
        TypeKind::Newtype(inner) => {
            let inner = type_tokens(inner, types, &none);
            quote! {
                #docs
                #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
                #[serde(transparent)]
                pub struct #name(pub #inner);
            }
        }
        TypeKind::Alias(target) => {
            let target = type_tokens(target, types, &none);
            quote! {
                #docs
                pub type #name = #target;
            }
        }
        TypeKind::Responses(variants) => {
            let variants = variants.iter().map(|v| {
                let docs = doc_attrs(&v.docs);
                let n = ident(&v.name);
                match &v.body {
                    None => quote!(#docs #n,),
                    Some((ty, media)) => {
                        let ty = body_type(ty, *media, types, &none);
                        quote!(#docs #n(#ty),)
                    }
                }
            });
            quote! {
                #docs
                #[derive(Debug, Clone, PartialEq)]
                #[non_exhaustive]
                pub enum #name {
                    #(#variants)*
                }
            }
        }
    }
}

/// The Rust type of a response body: text is a `String`, other non-JSON
/// media raw bytes.
pub fn body_type(
    ty: &TypeRef,
    media: crate::ir::http::Media,
    types: &TypeSet,
    models: &TokenStream,
) -> TokenStream {
    use crate::ir::http::Media;
    match media {
        Media::Text => quote!(String),
        Media::Bytes => quote!(bytes::Bytes),
        Media::Json | Media::Form | Media::Multipart => type_tokens(ty, types, models),
    }
}

// ---- structs ----

fn struct_def(docs: &TokenStream, type_name: &str, s: &Struct, types: &TypeSet) -> TokenStream {
    let name = ident(type_name);
    let none = TokenStream::new();

    let fields = s.fields.iter().map(|f| field_def(type_name, f, types));
    let additional = s.additional.as_ref().map(|(field, ty)| {
        let field = ident(field);
        let ty = type_tokens(ty, types, &none);
        quote! {
            /// Properties not listed in the schema, by name.
            #[serde(flatten)]
            pub #field: std::collections::BTreeMap<String, #ty>,
        }
    });
    let flattened = s.flattened.iter().map(|(field, ty)| {
        let field = ident(field);
        let ty = type_tokens(ty, types, &none);
        quote! {
            /// The part of the object that is one of several shapes.
            #[serde(flatten)]
            pub #field: #ty,
        }
    });
    let derives = if s.default == StructDefault::Derive {
        quote!(#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)])
    } else {
        quote!(#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)])
    };

    let default_fns: Vec<TokenStream> = s
        .fields
        .iter()
        .filter(|f| f.presence() == Presence::Defaulted)
        .filter_map(|f| {
            let value = f.default.as_ref()?;
            let fn_name = ident(&f.default_fn());
            let ty = field_base_type(f, types);
            let expr = default_expr(value, &f.ty, types);
            Some(quote! {
                fn #fn_name() -> #ty {
                    #expr
                }
            })
        })
        .collect();
    let default_impl = (s.default == StructDefault::Impl).then(|| {
        let inits = s.fields.iter().map(|f| {
            let field = ident(&f.name);
            if f.presence() == Presence::Defaulted {
                let fn_name = ident(&f.default_fn());
                quote!(#field: Self::#fn_name(),)
            } else {
                quote!(#field: Default::default(),)
            }
        });
        let rest = s
            .additional
            .iter()
            .map(|(field, _)| field)
            .chain(s.flattened.iter().map(|(field, _)| field))
            .map(|field| {
                let field = ident(field);
                quote!(#field: Default::default(),)
            });
        quote! {
            impl Default for #name {
                fn default() -> Self {
                    Self { #(#inits)* #(#rest)* }
                }
            }
        }
    });
    let default_fns = (!default_fns.is_empty()).then(|| {
        quote! {
            impl #name {
                #(#default_fns)*
            }
        }
    });

    quote! {
        #docs
        #derives
        pub struct #name {
            #(#fields)*
            #(#flattened)*
            #additional
        }
        #default_fns
        #default_impl
    }
}

fn field_def(type_name: &str, f: &Field, types: &TypeSet) -> TokenStream {
    let docs = doc_attrs(&f.docs);
    let name = ident(&f.name);
    let base = field_base_type(f, types);
    let rename = (bare(&f.name) != f.json_name).then(|| {
        let json = &f.json_name;
        quote!(rename = #json,)
    });
    let (ty, serde_args) = match f.presence() {
        Presence::Required => (base, quote!()),
        Presence::RequiredNullable => (quote!(Option<#base>), quote!()),
        Presence::Optional => (
            quote!(Option<#base>),
            quote!(default, skip_serializing_if = "Option::is_none",),
        ),
        Presence::OptionalNullable => {
            // `Option<Value>` keeps `null` as `Value::Null`; anything else
            // needs a second `Option` to tell `null` from absent.
            let ty = if f.ty == TypeRef::Json {
                quote!(Option<#base>)
            } else {
                quote!(Option<Option<#base>>)
            };
            (
                ty,
                quote!(
                    default,
                    deserialize_with = "crate::nullable::deserialize_some",
                    skip_serializing_if = "Option::is_none",
                ),
            )
        }
        Presence::Defaulted => {
            let path = format!("{type_name}::{}", f.default_fn());
            (base, quote!(default = #path,))
        }
    };
    let serde_attr = if rename.is_none() && serde_args.is_empty() {
        quote!()
    } else {
        quote!(#[serde(#rename #serde_args)])
    };
    quote! {
        #docs
        #serde_attr
        pub #name: #ty,
    }
}

/// The field's type without the `Option` its presence adds.
fn field_base_type(f: &Field, types: &TypeSet) -> TokenStream {
    let ty = type_tokens(&f.ty, types, &TokenStream::new());
    if f.boxed { quote!(Box<#ty>) } else { ty }
}

fn default_expr(value: &DefaultValue, ty: &TypeRef, types: &TypeSet) -> TokenStream {
    match value {
        DefaultValue::Bool(b) => quote!(#b),
        DefaultValue::Int(n) => int_literal(*n),
        DefaultValue::Float(x) => {
            if *ty == TypeRef::F32 {
                let lit = Literal::f32_unsuffixed(*x as f32);
                quote!(#lit)
            } else {
                let lit = Literal::f64_unsuffixed(*x);
                quote!(#lit)
            }
        }
        DefaultValue::Str(s) => quote!(#s.to_owned()),
        DefaultValue::Variant(v) => {
            let ty = type_tokens(ty, types, &TokenStream::new());
            let v = ident(v);
            quote!(#ty::#v)
        }
    }
}

// ---- enums ----

fn string_enum(docs: &TokenStream, type_name: &str, e: &Enum<String>) -> TokenStream {
    let name = ident(type_name);
    let unknown = ident(&e.unknown_variant);
    let variants = e.variants.iter().map(|v| {
        let docs = doc_attrs(&v.docs);
        let v = ident(&v.name);
        quote!(#docs #v,)
    });
    let to_str = e.variants.iter().map(|v| {
        let (n, value) = (ident(&v.name), &v.value);
        quote!(Self::#n => #value,)
    });
    let from_str = e.variants.iter().map(|v| {
        let (n, value) = (ident(&v.name), &v.value);
        quote!(#value => Self::#n,)
    });
    quote! {
        #docs
        ///
        /// New values may be added as the API grows, so a `match` needs a
        /// catch-all arm.
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A value this client does not know, kept as it was received.
            #unknown(String),
        }

        impl #name {
            /// The value as it is sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_str)*
                    Self::#unknown(value) => value,
                }
            }
        }

        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #(#from_str)*
                    other => Self::#unknown(other.to_owned()),
                }
            }
        }

        impl From<String> for #name {
            fn from(value: String) -> Self {
                match Self::from(value.as_str()) {
                    Self::#unknown(_) => Self::#unknown(value),
                    known => known,
                }
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::enums::deserialize_string_enum(deserializer)
            }
        }
    }
}

fn int_enum(docs: &TokenStream, type_name: &str, e: &Enum<i64>) -> TokenStream {
    let name = ident(type_name);
    let unknown = ident(&e.unknown_variant);
    let variants = e.variants.iter().map(|v| {
        let docs = doc_attrs(&v.docs);
        let v = ident(&v.name);
        quote!(#docs #v,)
    });
    let to_int = e.variants.iter().map(|v| {
        let (n, value) = (ident(&v.name), int_literal(v.value));
        quote!(Self::#n => #value,)
    });
    let from_int = e.variants.iter().map(|v| {
        let (n, value) = (ident(&v.name), int_literal(v.value));
        quote!(#value => Self::#n,)
    });
    quote! {
        #docs
        ///
        /// New values may be added as the API grows, so a `match` needs a
        /// catch-all arm.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A value this client does not know, kept as it was received.
            #unknown(i64),
        }

        impl #name {
            /// The value as it is sent on the wire.
            pub fn value(&self) -> i64 {
                match self {
                    #(#to_int)*
                    Self::#unknown(value) => *value,
                }
            }
        }

        impl From<i64> for #name {
            fn from(value: i64) -> Self {
                match value {
                    #(#from_int)*
                    other => Self::#unknown(other),
                }
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.value())
            }
        }

        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.value())
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                i64::deserialize(deserializer).map(Self::from)
            }
        }
    }
}

// ---- unions ----

fn variant_payload(v: &UnionVariant, types: &TypeSet) -> TokenStream {
    let ty = type_tokens(&v.ty, types, &TokenStream::new());
    if v.boxed { quote!(Box<#ty>) } else { ty }
}

fn variant_doc(v: &UnionVariant, types: &TypeSet) -> String {
    format!(" A value of type `{}`.", v.ty.rust_text(types))
}

fn untagged_union(docs: &TokenStream, type_name: &str, u: &Union, types: &TypeSet) -> TokenStream {
    let name = ident(type_name);
    let variants = u.variants.iter().map(|v| {
        let doc = variant_doc(v, types);
        let n = ident(&v.name);
        let payload = variant_payload(v, types);
        quote!(#[doc = #doc] #n(#payload),)
    });
    quote! {
        #docs
        ///
        /// Read by trying each variant in order; the first that fits wins.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[serde(untagged)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
        }
    }
}

fn tagged_union(docs: &TokenStream, type_name: &str, u: &Union, types: &TypeSet) -> TokenStream {
    let Some(tag) = &u.tag else {
        return untagged_union(docs, type_name, u, types);
    };
    let name = ident(type_name);
    let unknown = ident(&tag.unknown_variant);
    let property = &tag.property;
    let unknown_doc = format!(" An object whose `{property}` names no variant this client knows.");
    let tag_doc = format!(" The variant is chosen by the `{property}` property.");
    let variants = u.variants.iter().map(|v| {
        let doc = variant_doc(v, types);
        let n = ident(&v.name);
        let payload = variant_payload(v, types);
        quote!(#[doc = #doc] #n(#payload),)
    });
    let serialize_arms = u.variants.iter().filter_map(|v| {
        let n = ident(&v.name);
        if v.carries_tag {
            return Some(quote!(Self::#n(value) => value.serialize(serializer),));
        }
        let value = v.tag_values.first()?;
        Some(quote!(Self::#n(value) => crate::tag_writer::serialize(serializer, #property, #value, value),))
    });
    let deserialize_arms = u.variants.iter().map(|v| {
        let n = ident(&v.name);
        let values = &v.tag_values;
        quote!(Some(#(#values)|*) => crate::tagged::variant(value).map(Self::#n),)
    });
    quote! {
        #docs
        ///
        #[doc = #tag_doc]
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            #[doc = #unknown_doc]
            #unknown(serde_json::Value),
        }

        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    #(#serialize_arms)*
                    Self::#unknown(value) => value.serialize(serializer),
                }
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let (tag, value) = crate::tagged::split(deserializer, #property)?;
                match tag.as_deref() {
                    #(#deserialize_arms)*
                    _ => Ok(Self::#unknown(value)),
                }
            }
        }
    }
}
