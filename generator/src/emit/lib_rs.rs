//! The generated crate's `src/lib.rs`: its docs (with an example), module
//! declarations and re-exports.

use super::Gating;
use super::crate_files::{CrateOptions, features_in_force};
use super::runtime::RuntimeModule;
use super::{ident, inner_doc_attrs};
use crate::ir::features::{FULL, Features, UNREFERENCED, UNTAGGED};
use crate::ir::http::ParamLocation;
use crate::ir::naming::bare;
use crate::ir::operations::Operation;
use crate::ir::security::SchemeKind;
use crate::ir::{Api, TypeKind, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

pub(crate) fn lib_rs(api: &Api, options: &CrateOptions, runtime: &[&RuntimeModule]) -> TokenStream {
    let crate_ident = options.name.replace('-', "_");
    let features = features_in_force(api, options);
    let mut doc_lines: Vec<String> = vec![format!("# {}", api.title), String::new()];
    if let Some(description) = &api.description {
        doc_lines.extend(crate::ir::docs::markdown_lines(description));
        doc_lines.push(String::new());
    }
    if !api.operations.is_empty() {
        doc_lines.extend(example(api, &crate_ident, features));
        doc_lines.push(String::new());
        doc_lines.push(
            "Each operation is a method of [`Client`] that returns a request builder (see [`requests`]): \
             required parameters are arguments, optional ones are setters, and `.await` sends it. \
             `send_with_response()` also gives the status and headers; errors are an [`Error`], with \
             `status()` and the decoded error body in `api_error()`."
                .to_owned(),
        );
        doc_lines.push(String::new());
        doc_lines.extend(production_use(&crate_ident));
        doc_lines.push(String::new());
    }
    if let Some(features) = features {
        doc_lines.extend(cargo_features(features));
        doc_lines.push(String::new());
    }
    doc_lines.push(format!(
        "Generated from version `{}` of the API description by `openapi-rust-generator`; do not edit by hand.",
        api.version
    ));
    let doc_refs: Vec<&str> = doc_lines.iter().map(String::as_str).collect();
    let docs = inner_doc_attrs(&doc_refs);
    // Every module, in name order: the generated ones public but `security`.
    let ops = !api.operations.is_empty();
    let mut modules: Vec<(&str, bool)> = vec![("models", true)];
    if ops {
        modules.extend([("requests", true), ("security", false)]);
    }
    modules.extend(runtime.iter().map(|m| (m.name, false)));
    modules.sort_unstable();
    let modules = modules.into_iter().map(|(name, public)| {
        let name = ident(name);
        if public {
            quote!(pub mod #name;)
        } else {
            quote!(mod #name;)
        }
    });
    let page = api.uses.pagination.then(|| {
        quote!(
            pub use pagination::{Page, PageCursor, PageFuture};
        )
    });
    let base64 = api.uses.base64.then(|| {
        quote!(
            pub use base64_string::Base64;
        )
    });
    let client = ops.then(|| {
        let base_url = api.default_base_url.clone().unwrap_or_default();
        let base_url_doc = if base_url.is_empty() {
            " The spec names no absolute server URL, so [`ClientBuilder::base_url`] must be set.".to_owned()
        } else {
            " Where requests go unless [`ClientBuilder::base_url`] says otherwise: the spec's first server, with its variables' defaults.".to_owned()
        };
        quote! {
            pub use client::{Client, ClientBuilder, DEFAULT_MAX_BODY_SIZE, DEFAULT_TIMEOUT};
            pub use error::{
                ApiError, BuildError, DecodeError, Error, InvalidRequest, MiddlewareError, TransportError,
            };
            pub use future::{ResponseFuture, SendFuture};
            pub use response::Response;
            pub use retry::Retry;
            /// The HTTP client this crate sends with, for [`Client::from_reqwest`]
            /// and for naming types such as [`reqwest::StatusCode`].
            pub use reqwest;

            #[doc = #base_url_doc]
            pub const DEFAULT_BASE_URL: &str = #base_url;
        }
    });
    // With some tags' features off, what only their operations use (in the
    // runtime, in `security`) goes unused; with all on, it is linted.
    let partial = features.map(|f| {
        let all = f.names.iter().map(|name| quote!(feature = #name));
        quote! {
            #![cfg_attr(not(all(#(#all),*)), allow(dead_code, unused_imports))]
        }
    });
    quote! {
        #docs
        #![forbid(unsafe_code)]
        #![warn(missing_docs)]
        #partial
        // A union mirrors its schema, and its variants' sizes depend on the
        // features the final build enables (serde_json's `preserve_order`
        // makes every `Value` larger): boxing is left to the user. A client
        // method takes each required parameter as an argument, however many
        // the API has.
        #![allow(
            clippy::type_complexity,
            clippy::large_enum_variant,
            clippy::too_many_arguments
        )]

        #(#modules)*
        #client
        #base64
        #page
    }
}

/// The crate docs' section on the features of the tags.
fn cargo_features(features: &Features) -> Vec<String> {
    let tags: Vec<&String> = features
        .names
        .iter()
        .filter(|n| ![UNTAGGED, UNREFERENCED].contains(&n.as_str()))
        .collect();
    let listed: Vec<String> = tags.iter().take(12).map(|n| format!("`{n}`")).collect();
    let more = match tags.len() {
        n if n > 12 => format!(" and {} more", n - 12),
        _ => String::new(),
    };
    let default = if features.none_by_default {
        "None of them is on by default: turn on those you use (`default-features` keeps \
         `rustls`)."
    } else {
        "All of them are on by default; with `default-features = false`, turn on only those \
         you use (and a TLS feature, such as `rustls`)."
    };
    vec![
        "# Cargo features".to_owned(),
        String::new(),
        format!(
            "Each tag of the API is a cargo feature that compiles the tag's operations and the \
             models they use, so a build compiles only what it needs: {}{more}. `{UNTAGGED}` \
             compiles the operations without a tag, `{UNREFERENCED}` the models no operation \
             uses, and `{FULL}` every one. {default}",
            listed.join(", ")
        ),
    ]
}

/// The crate docs' example: build a client and call the first operation that
/// can be called with placeholder arguments (behind its feature, when the
/// crate has features per tag).
fn example(api: &Api, crate_ident: &str, features: Option<&Features>) -> Vec<String> {
    let base_url = api
        .default_base_url
        .clone()
        .unwrap_or_else(|| "https://api.example.com".to_owned());
    let mut lines = vec![
        "```no_run".to_owned(),
        "# async fn example() -> Result<(), Box<dyn std::error::Error>> {".to_owned(),
        format!("let client = {crate_ident}::Client::builder()"),
        format!("    .base_url(\"{}\")", base_url.replace('"', "\\\"")),
    ];
    if let Some(token) = api
        .security
        .credentials
        .iter()
        .find(|c| c.kind == SchemeKind::Bearer)
    {
        lines.push(format!(
            "    .{}(std::env::var(\"API_TOKEN\")?)",
            bare(&token.name)
        ));
    }
    lines.push("    .build()?;".to_owned());
    if let Some((index, args)) = api
        .operations
        .iter()
        .enumerate()
        .find_map(|(i, op)| placeholder_args(op, api).map(|a| (i, a)))
    {
        let gating = features.and_then(|features| {
            Some(Gating {
                features,
                gate: features.operations.get(index)?,
            })
        });
        if let Some(gating) = gating {
            lines.push(format!("# #[cfg({})] {{", gating.predicate()));
        }
        lines.push(format!(
            "let response = client.{}({}).await?;",
            bare(&api.operations[index].method_name),
            args.join(", ")
        ));
        lines.push("println!(\"{response:?}\");".to_owned());
        if gating.is_some() {
            lines.push("# }".to_owned());
        }
    }
    lines.push("# Ok(())".to_owned());
    lines.push("# }".to_owned());
    lines.push("```".to_owned());
    lines
}

/// The crate docs' section on retries and timeouts: what the runtime does by
/// default and how to change it.
fn production_use(crate_ident: &str) -> Vec<String> {
    [
        "# Production use",
        "",
        "A call is tried again when a later try may work: requests whose method is idempotent \
         (`GET`, `HEAD`, `PUT`, `DELETE`, `OPTIONS`, `TRACE`) up to 3 times in all, on 429, 502, \
         503 and 504 and when the connection fails before any answer, waiting what `Retry-After` \
         asks (up to 30 s; past that the error is returned at once) or a random backoff that \
         doubles from 250 ms to at most 8 s. `POST` and `PATCH` are sent once, since sending them \
         twice may do their work twice. The client's timeout ([`DEFAULT_TIMEOUT`] unless \
         [`ClientBuilder::timeout`] says otherwise) bounds the whole call, retries included, and \
         the outcome is the last try's answer or error, whose [`Error::attempts`] says how many \
         tries there were. [`ClientBuilder::retry`] takes another [`Retry`] policy; one call can \
         have its own time and policy with its request builder's `with_timeout` and `with_retry`. \
         A response body is read up to [`DEFAULT_MAX_BODY_SIZE`] \
         ([`ClientBuilder::max_body_size`]). With the `middleware` feature, \
         `ClientBuilder::middleware` sends each try through a reqwest-middleware stack; with the \
         `tracing` feature, each call is a span and each retry an event (never a token or a body):",
        "",
        "```no_run",
        "# fn example() -> Result<(), Box<dyn std::error::Error>> {",
        "use std::time::Duration;",
        "",
    ]
    .into_iter()
    .map(str::to_owned)
    .chain([
        format!("let patient = {crate_ident}::Client::builder()"),
        format!("    .retry({crate_ident}::Retry::default().attempts(5).max_retry_after(Duration::from_secs(60)))"),
        "    .timeout(Duration::from_secs(120))".to_owned(),
        "    .build()?;".to_owned(),
        format!("let once = {crate_ident}::Client::builder().retry({crate_ident}::Retry::never()).build()?;"),
        "# Ok(())".to_owned(),
        "# }".to_owned(),
        "```".to_owned(),
    ])
    .collect()
}

/// What a named type is, through aliases (an enum another enum shares).
fn enum_behind(api: &Api, mut id: crate::ir::TypeId) -> Option<&TypeKind> {
    for _ in 0..api.types.defs.len() {
        match &api.types.get(id).kind {
            TypeKind::Alias(TypeRef::Named(target)) | TypeKind::SameAs(target) => id = *target,
            kind => return Some(kind),
        }
    }
    None
}

/// Arguments that compile for every positional parameter of `op`, if there
/// are such (string-like and enum parameters take a string literal).
fn placeholder_args(op: &Operation, api: &Api) -> Option<Vec<String>> {
    if op.body.as_ref().is_some_and(|b| b.required) || op.method_name.starts_with("r#") {
        return None;
    }
    op.params
        .iter()
        .filter(|p| p.positional())
        .map(|p| match &p.ty {
            TypeRef::String | TypeRef::Uuid | TypeRef::Date
                if p.location == ParamLocation::Path =>
            {
                Some(format!("\"{}\"", p.name.replace('"', "")))
            }
            TypeRef::String => Some("\"value\"".to_owned()),
            TypeRef::Named(id)
                if matches!(enum_behind(api, *id), Some(TypeKind::StringEnum(_))) =>
            {
                Some("\"value\"".to_owned())
            }
            TypeRef::I32 | TypeRef::I64 | TypeRef::U32 | TypeRef::U64 => Some("1".to_owned()),
            TypeRef::Bool => Some("true".to_owned()),
            _ => None,
        })
        .collect()
}
