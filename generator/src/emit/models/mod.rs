//! The `models` module: one Rust type per named IR type.

mod enums;
mod object;
mod structs;
mod unions;

use super::{Gating, cfg_attr, doc_attrs, ident, inner_doc_attrs, int_literal, type_tokens};
use crate::ir::*;
use enums::{int_enum, string_enum};
use proc_macro2::TokenStream;
use quote::quote;
use structs::struct_def;
use unions::{tagged_union, untagged_union};

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

/// One named type's part of `models.rs`: its definition and impls, each
/// behind the features that compile the type, if the crate has features.
pub(crate) fn type_def(def: &TypeDef, types: &TypeSet, gating: Option<Gating<'_>>) -> TokenStream {
    let mut docs = def.docs.clone();
    if let Some(gating) = gating {
        docs.push_paragraph(&gating.note());
    }
    let docs = doc_attrs(&docs);
    let cfg = &cfg_attr(gating);
    let name = ident(&def.name);
    let none = TokenStream::new();
    match &def.kind {
        TypeKind::Struct(s) => struct_def(&docs, cfg, &def.name, s, types),
        TypeKind::StringEnum(e) => string_enum(&docs, cfg, &def.name, e),
        TypeKind::IntEnum(e) => int_enum(&docs, cfg, &def.name, e),
        TypeKind::Union(u) if u.tag.is_some() => tagged_union(&docs, cfg, &def.name, u, types),
        TypeKind::Union(u) => untagged_union(&docs, cfg, &def.name, u, types),
        TypeKind::Newtype(inner) => {
            let inner = type_tokens(inner, types, &none);
            quote! {
                #cfg
                #docs
                #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
                #[serde(transparent)]
                pub struct #name(pub #inner);
            }
        }
        TypeKind::SameAs(other) => {
            let other = ident(&types.get(*other).name);
            quote! {
                #cfg
                #docs
                pub type #name = #other;
            }
        }
        TypeKind::Alias(target) => {
            let target = type_tokens(target, types, &none);
            quote! {
                #cfg
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
                #cfg
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
