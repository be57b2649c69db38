//! IR → Rust tokens. The functions here print the names and types the IR
//! decided; they never look at the spec.

pub(crate) mod cargo_toml;
pub mod crate_files;
pub(crate) mod lib_rs;
pub(crate) mod models;
pub(crate) mod operations;
pub(crate) mod runtime;
pub(crate) mod security;

use crate::ir::features::{Features, Gate};
use crate::ir::{Docs, TypeKind, TypeRef, TypeSet};
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

/// The features that compile an item of a crate with features per tag.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Gating<'a> {
    pub features: &'a Features,
    pub gate: &'a Gate,
}

impl Gating<'_> {
    /// `feature = "pets"`, or `any(feature = "pets", feature = "stores")`.
    pub fn predicate(&self) -> String {
        let feature = |name: &str| format!("feature = \"{name}\"");
        match self.gate {
            Gate::AnyOf(members) if members.len() == 1 => feature(&self.features.names[members[0]]),
            Gate::AnyOf(members) => {
                let names: Vec<String> = members
                    .iter()
                    .map(|&m| feature(&self.features.names[m]))
                    .collect();
                format!("any({})", names.join(", "))
            }
            Gate::Group(g) => feature(&self.features.groups[*g].name),
        }
    }

    /// The docs' note on which features compile the item.
    pub fn note(&self) -> String {
        let names = |members: &[usize]| {
            let names: Vec<String> = members
                .iter()
                .map(|&m| format!("`{}`", self.features.names[m]))
                .collect();
            names.join(", ")
        };
        match self.gate {
            Gate::AnyOf(members) if members.len() == 1 => {
                format!("Available with the cargo feature {}.", names(members))
            }
            Gate::AnyOf(members) => {
                format!(
                    "Available with any of the cargo features {}.",
                    names(members)
                )
            }
            Gate::Group(g) => format!(
                "Available with the cargo feature of any of the {} tags whose operations use it.",
                self.features.groups[*g].members.len()
            ),
        }
    }
}

/// `#[cfg(...)]` for an item behind `gating`; nothing without one.
pub(crate) fn cfg_attr(gating: Option<Gating<'_>>) -> TokenStream {
    let Some(gating) = gating else {
        return TokenStream::new();
    };
    let predicate: TokenStream = gating.predicate().parse().unwrap_or_else(|_| quote!(all()));
    quote!(#[cfg(#predicate)])
}

/// `#[doc = "..."]` attributes (printed as `///` comments).
pub fn doc_attrs(docs: &Docs) -> TokenStream {
    let lines = docs.lines.iter().map(|line| {
        let text = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #text])
    });
    quote!(#(#lines)*)
}

/// `//!` docs for a module or crate.
pub fn inner_doc_attrs(lines: &[&str]) -> TokenStream {
    let lines = lines.iter().map(|line| {
        let text = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#![doc = #text])
    });
    quote!(#(#lines)*)
}

/// An identifier as the IR named it (`r#type` becomes a raw identifier).
/// The IR only produces ASCII identifiers; anything else is repaired rather
/// than allowed to panic inside proc-macro2.
pub fn ident(name: &str) -> Ident {
    let (raw, bare) = match name.strip_prefix("r#") {
        Some(rest) => (true, rest),
        None => (false, name),
    };
    let mut cleaned: String = bare
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if cleaned.is_empty() || cleaned == "_" || cleaned.starts_with(|c: char| c.is_ascii_digit()) {
        cleaned.insert_str(0, "x_");
    }
    if raw {
        Ident::new_raw(&cleaned, Span::call_site())
    } else {
        Ident::new(&cleaned, Span::call_site())
    }
}

/// How a [`TypeRef`] is written. `models` is the path that leads to the
/// models module from where the type is printed (empty inside it).
pub fn type_tokens(ty: &TypeRef, types: &TypeSet, models: &TokenStream) -> TokenStream {
    match ty {
        TypeRef::Named(id) => {
            let def = types.get(*id);
            match &def.kind {
                // Aliases are printed as what they stand for.
                TypeKind::Alias(target) => type_tokens(target, types, models),
                _ => {
                    let name = ident(&def.name);
                    quote!(#models #name)
                }
            }
        }
        TypeRef::String => quote!(String),
        TypeRef::Bool => quote!(bool),
        TypeRef::I8 => quote!(i8),
        TypeRef::I16 => quote!(i16),
        TypeRef::I32 => quote!(i32),
        TypeRef::I64 => quote!(i64),
        TypeRef::U8 => quote!(u8),
        TypeRef::U16 => quote!(u16),
        TypeRef::U32 => quote!(u32),
        TypeRef::U64 => quote!(u64),
        TypeRef::F32 => quote!(f32),
        TypeRef::F64 => quote!(f64),
        TypeRef::Uuid => quote!(uuid::Uuid),
        TypeRef::DateTime => quote!(chrono::DateTime<chrono::Utc>),
        TypeRef::Date => quote!(chrono::NaiveDate),
        TypeRef::Base64 => quote!(crate::Base64),
        TypeRef::Binary => quote!(Vec<u8>),
        TypeRef::Json => quote!(serde_json::Value),
        TypeRef::Vec(inner) => {
            let inner = type_tokens(inner, types, models);
            quote!(Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = type_tokens(inner, types, models);
            quote!(std::collections::BTreeMap<String, #inner>)
        }
    }
}

/// An `i64` as a literal, negative numbers included (as `-` and a literal).
pub fn int_literal(n: i64) -> TokenStream {
    let abs = Literal::u64_unsuffixed(n.unsigned_abs());
    if n < 0 { quote!(-#abs) } else { quote!(#abs) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Pointer;
    use crate::ir::{TypeDef, TypeId};

    /// Docs and reports name types as the code writes them.
    #[test]
    fn the_text_of_a_type_is_its_code() {
        let def = |name: &str, kind| TypeDef {
            name: name.to_owned(),
            origin: Pointer::root(),
            docs: Docs::default(),
            kind,
        };
        let types = TypeSet {
            defs: vec![
                def("Pet", TypeKind::Newtype(TypeRef::String)),
                def(
                    "Ids",
                    TypeKind::Alias(TypeRef::Vec(Box::new(TypeRef::Uuid))),
                ),
            ],
            emit_order: vec![TypeId(0), TypeId(1)],
        };
        let all = [
            TypeRef::Named(TypeId(0)),
            TypeRef::Named(TypeId(1)),
            TypeRef::Map(Box::new(TypeRef::Vec(Box::new(TypeRef::DateTime)))),
            TypeRef::Vec(Box::new(TypeRef::Base64)),
            TypeRef::Json,
            TypeRef::Date,
            TypeRef::Binary,
            TypeRef::F32,
        ];
        for ty in all {
            let code = type_tokens(&ty, &types, &TokenStream::new()).to_string();
            assert_eq!(
                code.replace(' ', ""),
                ty.rust_text(&types).replace(' ', ""),
                "{ty:?}"
            );
        }
    }
}
