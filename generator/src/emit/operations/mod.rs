//! The `requests` module: one `Client` method and one request builder per
//! operation.

mod builder;
mod dispatch;
mod docs;
mod pages;
mod request;

use builder::{body_value, builder};
use dispatch::response_arms;
use docs::method_docs;
use pages::page_methods;
use request::build_request_body;

use super::{Gating, cfg_attr, doc_attrs, ident, inner_doc_attrs, type_tokens};
use crate::ir::dispatch::Read;
use crate::ir::encoding::{
    Encoding, JsonQuery, Multipart, PartKind, PathPrefix, Present, Query, Text, Value,
};
use crate::ir::http::{Media, ParamLocation};
use crate::ir::operations::*;
use crate::ir::security::{Authorizer, Security};
use crate::ir::{Docs, TypeRef, TypeSet};
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

/// Path from the requests module to the models.
fn models() -> TokenStream {
    quote!(models::)
}

/// The head of `requests.rs`: its docs and imports.
pub(crate) fn requests_head(name_models: bool) -> TokenStream {
    let header = inner_doc_attrs(&[
        "Request builders, one per operation. A `Client` method starts each; optional",
        "parameters are setters; `.await` (or `send()`) sends it.",
    ]);
    let models_import = name_models.then(|| {
        quote!(
            use crate::models;
        )
    });
    quote! {
        #header
        use crate::{Client, Error, Response};
        #models_import
    }
}

/// One operation's part of `requests.rs`: its `Client` method, in an `impl`
/// block of its own, and its request builder. Each operation's code stands
/// together, and the parts are independent of each other, so they can be
/// made and formatted apart (Microsoft Graph has 22,361). Each item is
/// behind the features that compile the operation, if the crate has
/// features.
pub(crate) fn operation_part(
    op: &Operation,
    types: &TypeSet,
    security: &Security,
    gating: Option<Gating<'_>>,
) -> TokenStream {
    let method = client_method(op, types, gating);
    let authorizer = op.authorizer.map(|i| &security.authorizers[i]);
    let cfg = &cfg_attr(gating);
    let builder = builder(op, types, authorizer, cfg);
    quote! {
        #cfg
        impl Client {
            #method
        }
        #builder
    }
}

fn client_method(op: &Operation, types: &TypeSet, gating: Option<Gating<'_>>) -> TokenStream {
    let mut docs = method_docs(op, types);
    if let Some(gating) = gating {
        docs.push_paragraph(&gating.note());
    }
    let docs = doc_attrs(&docs);
    let name = ident(&op.method_name);
    let builder = ident(&op.builder_name);
    let deprecated = op
        .deprecated
        .then(|| quote!(#[deprecated = "the API marks this operation as deprecated"]));
    let mut args = Vec::new();
    let mut inits = Vec::new();
    for p in &op.params {
        let field = ident(&p.rust_name);
        if p.positional() {
            let (arg_ty, convert) = argument(p, types, &quote!(#field));
            args.push(quote!(#field: #arg_ty));
            if field == convert.to_string() {
                inits.push(quote!(#field));
            } else {
                inits.push(quote!(#field: #convert));
            }
        } else {
            inits.push(quote!(#field: None));
        }
    }
    if let Some(body) = &op.body {
        let field = ident(&body.rust_name);
        let ty = body_ref_type(&body.ty, types);
        if body.required {
            args.push(quote!(#field: #ty));
            inits.push(match body.enum_name {
                None => quote!(#field),
                Some(_) => {
                    let value = body_value(body, None, quote!(#field));
                    quote!(#field: #value)
                }
            });
        } else {
            inits.push(quote!(#field: None));
        }
    }
    if op.pagination.is_some() {
        inits.push(quote!(resume: None));
    }
    // A borrowed body lives as long as the builder, like the client.
    let signature = if op.body.as_ref().is_some_and(|b| b.required) {
        quote!(pub fn #name<'a>(&'a self, #(#args),*) -> #builder<'a>)
    } else {
        quote!(pub fn #name(&self, #(#args),*) -> #builder<'_>)
    };
    quote! {
        #docs
        #deprecated
        #signature {
            #builder { client: self, call_options: Default::default(), #(#inits),* }
        }
    }
}

/// The argument type of a parameter, as its [`Argument`] says, and how it
/// becomes the kept value.
fn argument(p: &Param, types: &TypeSet, value: &TokenStream) -> (TokenStream, TokenStream) {
    let m = models();
    match (p.argument, &p.ty) {
        (Argument::Display, _) => (quote!(impl std::fmt::Display), quote!(#value.to_string())),
        (Argument::IntoString, _) => (quote!(impl Into<String>), quote!(#value.into())),
        (Argument::IntoEnum, ty) => {
            let t = type_tokens(ty, types, &m);
            (quote!(impl Into<#t>), quote!(#value.into()))
        }
        (Argument::List, TypeRef::Vec(inner)) => {
            let item = type_tokens(inner, types, &m);
            (
                quote!(impl IntoIterator<Item = impl Into<#item>>),
                quote!(#value.into_iter().map(Into::into).collect()),
            )
        }
        (_, ty) => (type_tokens(ty, types, &m), quote!(#value)),
    }
}

/// The type a builder keeps a parameter as.
fn stored_type(p: &Param, types: &TypeSet) -> TokenStream {
    match p.argument {
        Argument::Display => quote!(String),
        _ => type_tokens(&p.ty, types, &models()),
    }
}

/// `&'a T`, or `&'a [U]` for lists, so `&vec![...]` and arrays both work.
fn body_ref_type(ty: &TypeRef, types: &TypeSet) -> TokenStream {
    let m = models();
    match ty {
        TypeRef::Vec(inner) => {
            let inner = type_tokens(inner, types, &m);
            quote!(&'a [#inner])
        }
        TypeRef::String => quote!(&'a str),
        TypeRef::Binary => quote!(&'a [u8]),
        other => {
            let t = type_tokens(other, types, &m);
            quote!(&'a #t)
        }
    }
}

/// What `send()` returns.
fn success_type(success: &Success, types: &TypeSet) -> TokenStream {
    let body = |ty: &TypeRef, media: Media| super::models::body_type(ty, media, types, &models());
    match success {
        Success::Empty => quote!(()),
        Success::Body(ty, media) => body(ty, *media),
        Success::Optional(ty, media) => {
            let t = body(ty, *media);
            quote!(Option<#t>)
        }
        Success::Variants(id) => type_tokens(&TypeRef::Named(*id), types, &models()),
    }
}
