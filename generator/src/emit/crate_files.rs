//! The files of a generated crate: `Cargo.toml`, `src/lib.rs`, the generated
//! modules, and the fixed runtime modules the generated code uses (each only
//! when it is used, so no crate carries dead code).

use super::models::{self, ModelNeeds};
use super::{ident, inner_doc_attrs, operations, security};
use crate::format::format_file;
use crate::ir::encoding::{Encoding, Query, Value};
use crate::ir::http::{Media, ParamLocation};
use crate::ir::operations::{Operation, Success};
use crate::ir::security::SchemeKind;
use crate::ir::{Api, TypeKind, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

/// Settings for the crate as a whole.
#[derive(Debug, Clone, Default)]
pub struct CrateOptions {
    /// The package name (`ory-identity-client`).
    pub name: String,
    /// The package version; by default the spec's `info.version` when it is
    /// a semantic version (a leading `v` is dropped), else `0.1.0`.
    pub version: Option<String>,
    /// Adds an empty `[workspace]` table, so the crate builds wherever it is
    /// written, even inside another workspace's directory.
    pub standalone: bool,
    /// Files copied into the crate as they are (examples, say).
    pub extra_files: Vec<GeneratedFile>,
    /// Lines added under `[dev-dependencies]` (for the extra files).
    pub dev_dependencies: Vec<String>,
}

/// The spec a crate is generated from: its file name and text. The crate
/// keeps a copy (see [`spec_copy_name`]).
#[derive(Debug, Clone, Copy)]
pub struct SpecSource<'a> {
    pub file: &'a str,
    pub text: &'a str,
}

/// Where the crate keeps a copy of the spec it was generated from.
pub fn spec_copy_name(spec_file: &str) -> &'static str {
    if spec_file.ends_with(".json") {
        "openapi.json"
    } else {
        "openapi.yaml"
    }
}

/// One file of the output, with a path relative to the crate root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: String,
    pub contents: String,
}

/// A runtime module copied verbatim into the crate.
struct RuntimeModule {
    name: &'static str,
    source: &'static str,
}

macro_rules! runtime {
    ($name:literal) => {
        RuntimeModule {
            name: $name,
            source: include_str!(concat!("../../runtime/", $name, ".rs")),
        }
    };
}

const ENUMS: RuntimeModule = runtime!("enums");
const NULLABLE: RuntimeModule = runtime!("nullable");
const TAGGED: RuntimeModule = runtime!("tagged");
const TAG_WRITER: RuntimeModule = runtime!("tag_writer");
const BASE64: RuntimeModule = runtime!("base64_string");
const CLIENT: RuntimeModule = runtime!("client");
const ERROR: RuntimeModule = runtime!("error");
const RESPONSE: RuntimeModule = runtime!("response");
const RESPONSE_JSON: RuntimeModule = runtime!("response_json");
const PATH: RuntimeModule = runtime!("path");
const QUERY: RuntimeModule = runtime!("query");
const JSON_PARAMS: RuntimeModule = runtime!("json_params");
const JSON_QUERY: RuntimeModule = runtime!("json_query");
const HEADERS: RuntimeModule = runtime!("headers");
const COOKIES: RuntimeModule = runtime!("cookies");
const JSON_BODY: RuntimeModule = runtime!("json_body");
const AUTH: RuntimeModule = runtime!("auth");
const PAGINATION: RuntimeModule = runtime!("pagination");
const FORM_BODY: RuntimeModule = runtime!("form_body");
const MULTIPART_VALUE: RuntimeModule = runtime!("multipart_value");
const TLS: RuntimeModule = runtime!("tls");

/// What the operations need from the runtime.
#[derive(Debug, Default, Clone, Copy)]
struct OperationNeeds {
    any: bool,
    json_response: bool,
    path: bool,
    query: bool,
    headers: bool,
    cookies: bool,
    json_body: bool,
    auth: bool,
    date_time_text: bool,
    pagination: bool,
    form_body: bool,
    multipart: bool,
    multipart_value: bool,
    json_params: bool,
    json_query: bool,
}

fn operation_needs(api: &Api) -> OperationNeeds {
    let ops = &api.operations;
    let has = |loc: ParamLocation| {
        ops.iter()
            .any(|o| o.params.iter().any(|p| p.location == loc))
    };
    let query_keys = api.security.schemes.iter().any(|s| {
        matches!(
            s.kind,
            SchemeKind::ApiKey {
                location: ParamLocation::Query,
                ..
            }
        )
    });
    let cookies = has(ParamLocation::Cookie);
    let params = || ops.iter().flat_map(|o| &o.params);
    OperationNeeds {
        any: !ops.is_empty(),
        json_response: ops.iter().any(|o| {
            matches!(
                &o.success,
                Success::Body(_, Media::Json)
                    | Success::Optional(_, Media::Json)
                    | Success::Variants(_)
            )
        }),
        path: has(ParamLocation::Path),
        query: has(ParamLocation::Query) || query_keys,
        headers: has(ParamLocation::Header) || cookies,
        cookies,
        json_body: body_media(ops).any(|(m, _)| m == Media::Json),
        form_body: body_media(ops).any(|(m, _)| m == Media::Form),
        multipart: body_media(ops).any(|(m, _)| m == Media::Multipart),
        multipart_value: ops.iter().filter_map(|o| o.body.as_ref()).any(|b| {
            let multipart =
                |media: Media, parts: &Option<_>| media == Media::Multipart && parts.is_none();
            multipart(b.media, &b.multipart)
                || b.alternatives
                    .iter()
                    .any(|a| multipart(a.media, &a.multipart))
        }),
        auth: ops.iter().any(|o| !o.security.is_empty()),
        pagination: ops.iter().any(|o| o.pagination.is_some()),
        date_time_text: ops
            .iter()
            .any(|o| o.params.iter().any(|p| mentions_date_time(&p.ty))),
        json_params: params().any(|p| {
            matches!(
                p.encoding,
                Encoding::Query(Query::Json(_))
                    | Encoding::Path {
                        value: Value::JsonSimple { .. },
                        ..
                    }
                    | Encoding::Header(Value::JsonSimple { .. })
                    | Encoding::Cookie(Value::JsonSimple { .. })
                    | Encoding::CookieHeader(Value::JsonSimple { .. })
            )
        }),
        json_query: params().any(|p| matches!(p.encoding, Encoding::Query(Query::Json(_)))),
    }
}

/// Every media type (and its type) a request body may be sent as.
fn body_media(ops: &[Operation]) -> impl Iterator<Item = (Media, &TypeRef)> {
    ops.iter().filter_map(|o| o.body.as_ref()).flat_map(|b| {
        std::iter::once((b.media, &b.ty)).chain(b.alternatives.iter().map(|a| (a.media, &a.ty)))
    })
}

fn mentions_date_time(ty: &TypeRef) -> bool {
    match ty {
        TypeRef::DateTime | TypeRef::Date => true,
        TypeRef::Vec(i) | TypeRef::Map(i) => mentions_date_time(i),
        _ => false,
    }
}

/// One file of the crate before formatting.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: String,
    pub contents: Contents,
}

#[derive(Debug, Clone)]
pub enum Contents {
    /// A generated module, still to be formatted.
    Rust(TokenStream),
    /// Anything else, as it is written.
    Text(String),
}

/// The files of the crate, with the generated modules as tokens.
pub fn crate_sources(api: &Api, options: &CrateOptions, spec: SpecSource<'_>) -> Vec<Source> {
    let pages = api.operations.iter().any(|o| o.pagination.is_some());
    let needs = models::needs(&api.types);
    let ops = operation_needs(api);
    let runtime: Vec<&RuntimeModule> = [
        (needs.enums, &ENUMS),
        (needs.nullable, &NULLABLE),
        (needs.tagged, &TAGGED),
        (needs.tag_writer, &TAG_WRITER),
        (needs.base64, &BASE64),
        (ops.any, &CLIENT),
        (ops.any, &ERROR),
        (ops.any, &TLS),
        (ops.any, &RESPONSE),
        (ops.json_response, &RESPONSE_JSON),
        (ops.path, &PATH),
        (ops.query, &QUERY),
        (ops.json_params, &JSON_PARAMS),
        (ops.json_query, &JSON_QUERY),
        (ops.headers, &HEADERS),
        (ops.cookies, &COOKIES),
        (ops.json_body, &JSON_BODY),
        (ops.auth, &AUTH),
        (ops.pagination, &PAGINATION),
        (ops.form_body, &FORM_BODY),
        (ops.multipart_value, &MULTIPART_VALUE),
    ]
    .into_iter()
    .filter_map(|(used, module)| used.then_some(module))
    .collect();
    let deps = dependencies(api, &needs, &ops);

    let text = |path: &str, contents: String| Source {
        path: path.to_owned(),
        contents: Contents::Text(contents),
    };
    let rust = |path: &str, tokens: TokenStream| Source {
        path: path.to_owned(),
        contents: Contents::Rust(tokens),
    };
    let mut sources = vec![
        text("Cargo.toml", cargo_toml(api, options, &deps)),
        // The layout is prettyplease's; rustfmt would rewrite it, and
        // `cargo fmt --check` in the consumer's workspace would fail.
        text(
            "rustfmt.toml",
            "# Generated code, laid out by prettyplease: rustfmt leaves it alone.\ndisable_all_formatting = true\n".to_owned(),
        ),
        rust("src/lib.rs", lib_rs(api, options, &runtime, &needs, pages)),
        rust("src/models.rs", models::models_file(&api.types)),
    ];
    if ops.any {
        sources.push(rust(
            "src/security.rs",
            security::security_file(&api.security),
        ));
        sources.push(rust(
            "src/requests.rs",
            operations::requests_file(&api.operations, &api.types, &api.security),
        ));
    }
    for module in runtime {
        sources.push(text(
            &format!("src/{}.rs", module.name),
            module.source.to_owned(),
        ));
    }
    // The spec itself, so the next generation can tell what changed.
    sources.push(text(spec_copy_name(spec.file), spec.text.to_owned()));
    sources.extend(
        options
            .extra_files
            .iter()
            .map(|f| text(&f.path, f.contents.clone())),
    );
    sources.sort_by(|a, b| a.path.cmp(&b.path));
    sources
}

/// The files of the crate, the generated modules formatted.
pub fn crate_files(
    api: &Api,
    options: &CrateOptions,
    spec: SpecSource<'_>,
) -> Result<Vec<GeneratedFile>, String> {
    format_sources(crate_sources(api, options, spec))
}

/// Formats the generated modules (prettyplease); the rest is copied.
pub fn format_sources(sources: Vec<Source>) -> Result<Vec<GeneratedFile>, String> {
    sources
        .into_iter()
        .map(|s| {
            let contents = match s.contents {
                Contents::Text(text) => text,
                Contents::Rust(tokens) => {
                    format_file(tokens).map_err(|e| format!("{}: {e}", s.path))?
                }
            };
            Ok(GeneratedFile {
                path: s.path,
                contents,
            })
        })
        .collect()
}

fn lib_rs(
    api: &Api,
    options: &CrateOptions,
    runtime: &[&RuntimeModule],
    needs: &ModelNeeds,
    pages: bool,
) -> TokenStream {
    let crate_ident = options.name.replace('-', "_");
    let mut doc_lines: Vec<String> = vec![format!("# {}", api.title), String::new()];
    if let Some(description) = &api.description {
        doc_lines.extend(crate::ir::docs::markdown_lines(description));
        doc_lines.push(String::new());
    }
    if !api.operations.is_empty() {
        doc_lines.extend(example(api, &crate_ident));
        doc_lines.push(String::new());
        doc_lines.push(
            "Each operation is a method of [`Client`] that returns a request builder (see [`requests`]): \
             required parameters are arguments, optional ones are setters, and `.await` sends it. \
             `send_with_response()` also gives the status and headers; errors are an [`Error`], with \
             `status()` and the decoded error body in `api_error()`."
                .to_owned(),
        );
        doc_lines.push(String::new());
    }
    doc_lines.push(format!(
        "Generated from version `{}` of the API description by `openapi-rust-generator`; do not edit by hand.",
        api.version
    ));
    let doc_refs: Vec<&str> = doc_lines.iter().map(String::as_str).collect();
    let docs = inner_doc_attrs(&doc_refs);
    let modules = runtime.iter().map(|m| {
        let name = ident(m.name);
        quote!(mod #name;)
    });
    let page = pages.then(|| {
        quote!(
            pub use pagination::{Page, PageCursor};
        )
    });
    let base64 = needs.base64.then(|| {
        quote!(
            pub use base64_string::Base64;
        )
    });
    let client = (!api.operations.is_empty()).then(|| {
        let base_url = api.default_base_url.clone().unwrap_or_default();
        let base_url_doc = if base_url.is_empty() {
            " The spec names no absolute server URL, so [`ClientBuilder::base_url`] must be set.".to_owned()
        } else {
            " Where requests go unless [`ClientBuilder::base_url`] says otherwise: the spec's first server, with its variables' defaults.".to_owned()
        };
        quote! {
            pub mod requests;
            mod security;

            pub use client::{Client, ClientBuilder, DEFAULT_TIMEOUT};
            pub use error::{ApiError, BuildError, DecodeError, Error, InvalidRequest};
            pub use response::Response;
            /// The HTTP client this crate sends with, for [`Client::from_reqwest`]
            /// and for naming types such as [`reqwest::StatusCode`].
            pub use reqwest;

            #[doc = #base_url_doc]
            pub const DEFAULT_BASE_URL: &str = #base_url;
        }
    });
    quote! {
        #docs
        #![forbid(unsafe_code)]
        #![warn(missing_docs)]
        #![allow(clippy::type_complexity)]

        pub mod models;
        #client
        #(#modules)*
        #base64
        #page
    }
}

/// The crate docs' example: build a client and call the first operation that
/// can be called with placeholder arguments.
fn example(api: &Api, crate_ident: &str) -> Vec<String> {
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
            crate::ir::naming::bare(&token.name)
        ));
    }
    lines.push("    .build()?;".to_owned());
    if let Some((op, args)) = api
        .operations
        .iter()
        .find_map(|op| placeholder_args(op, api).map(|a| (op, a)))
    {
        lines.push(format!(
            "let response = client.{}({}).await?;",
            op.method_name.trim_start_matches("r#"),
            args.join(", ")
        ));
        lines.push("println!(\"{response:?}\");".to_owned());
    }
    lines.push("# Ok(())".to_owned());
    lines.push("# }".to_owned());
    lines.push("```".to_owned());
    lines
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
            TypeRef::Named(id) if matches!(api.types.get(*id).kind, TypeKind::StringEnum(_)) => {
                Some("\"value\"".to_owned())
            }
            TypeRef::I32 | TypeRef::I64 | TypeRef::U32 | TypeRef::U64 => Some("1".to_owned()),
            TypeRef::Bool => Some("true".to_owned()),
            _ => None,
        })
        .collect()
}

/// The crates the generated code uses, so `Cargo.toml` lists those and no others.
#[derive(Debug, Default, Clone, Copy)]
struct Dependencies {
    uuid: bool,
    chrono: bool,
    serde_json: bool,
    base64: bool,
    client: bool,
    form: bool,
    multipart: bool,
    futures: bool,
    path_to_error: bool,
    percent_encoding: bool,
}

fn dependencies(api: &Api, needs: &ModelNeeds, ops: &OperationNeeds) -> Dependencies {
    let mut deps = Dependencies {
        serde_json: needs.tagged || ops.any,
        base64: needs.base64,
        client: ops.any,
        form: ops.form_body,
        multipart: ops.multipart,
        futures: ops.pagination,
        path_to_error: ops.json_response,
        percent_encoding: ops.path || ops.cookies,
        chrono: ops.date_time_text,
        ..Dependencies::default()
    };
    let mut visit = |ty: &TypeRef| {
        let mut stack = vec![ty];
        while let Some(t) = stack.pop() {
            match t {
                TypeRef::Uuid => deps.uuid = true,
                TypeRef::DateTime | TypeRef::Date => deps.chrono = true,
                TypeRef::Json => deps.serde_json = true,
                TypeRef::Vec(i) | TypeRef::Map(i) => stack.push(i),
                _ => {}
            }
        }
    };
    for def in &api.types.defs {
        def.kind.for_each_type(&mut visit);
        // A tagged union is read through a `serde_json::Value`.
        if matches!(&def.kind, TypeKind::Union(u) if u.tag.is_some()) {
            visit(&TypeRef::Json);
        }
    }
    for op in &api.operations {
        op.for_each_type(&mut visit);
    }
    deps
}

fn cargo_toml(api: &Api, options: &CrateOptions, deps: &Dependencies) -> String {
    let version = options
        .version
        .clone()
        .unwrap_or_else(|| semver_of(&api.version).unwrap_or_else(|| "0.1.0".to_owned()));
    let description = format!("Rust client for {}", api.title).replace(['"', '\\'], "'");
    let mut out = format!(
        "# Generated by openapi-rust-generator; do not edit by hand.\n\
         [package]\n\
         name = \"{}\"\n\
         version = \"{version}\"\n\
         edition = \"2024\"\n\
         rust-version = \"1.85\"\n\
         description = \"{description}\"\n",
        options.name
    );
    if options.standalone {
        out.push_str("\n[workspace]\n");
    }
    // Only what the generated code uses, with only the features it needs.
    let reqwest = format!(
        "reqwest = {{ version = \"0.13\", default-features = false{} }}",
        if deps.multipart {
            ", features = [\"multipart\"]"
        } else {
            ""
        }
    );
    let dependencies = [
        (true, "serde = { version = \"1\", features = [\"derive\"] }"),
        (deps.serde_json, "serde_json = \"1\""),
        (
            deps.chrono,
            "chrono = { version = \"0.4\", default-features = false, features = [\"serde\", \"std\"] }",
        ),
        (
            deps.uuid,
            "uuid = { version = \"1\", default-features = false, features = [\"serde\", \"std\"] }",
        ),
        (deps.base64, "base64 = \"0.22\""),
        (deps.client, &reqwest),
        (deps.client, "bytes = \"1\""),
        // For the `rustls-ring` feature (see src/tls.rs).
        (
            deps.client,
            "rustls = { version = \"0.23\", default-features = false, features = [\"ring\", \"std\", \"tls12\"], optional = true }",
        ),
        (
            deps.client,
            "rustls-platform-verifier = { version = \"0.7\", optional = true }",
        ),
        (deps.form, "serde_urlencoded = \"0.7\""),
        (
            deps.futures,
            "futures-util = { version = \"0.3\", default-features = false }",
        ),
        (deps.path_to_error, "serde_path_to_error = \"0.1\""),
        (deps.percent_encoding, "percent-encoding = \"2\""),
    ];
    out.push_str("\n[dependencies]\n");
    for (used, line) in dependencies {
        if used {
            out.push_str(line);
            out.push('\n');
        }
    }
    if !options.dev_dependencies.is_empty() {
        out.push_str("\n[dev-dependencies]\n");
        for line in &options.dev_dependencies {
            out.push_str(line);
            out.push('\n');
        }
    }
    if deps.client {
        out.push_str(
            "\n[features]\n\
             default = [\"rustls\"]\n\
             # HTTPS through rustls (the default, with aws-lc) or the platform's TLS library.\n\
             rustls = [\"reqwest/rustls\"]\n\
             # HTTPS through rustls with ring, which builds much faster than aws-lc: use it\n\
             # with `default-features = false` when nothing else needs reqwest's `rustls`.\n\
             rustls-ring = [\"reqwest/rustls-no-provider\", \"dep:rustls\", \"dep:rustls-platform-verifier\"]\n\
             native-tls = [\"reqwest/native-tls\"]\n\
             # HTTP/2, and proxies from the environment (`HTTPS_PROXY`, ...).\n\
             http2 = [\"reqwest/http2\"]\n\
             system-proxy = [\"reqwest/system-proxy\"]\n",
        );
    }
    out
}

/// `v1.1.11` → `1.1.11`; `None` for versions that are not semantic versions.
fn semver_of(version: &str) -> Option<String> {
    let v = version.strip_prefix('v').unwrap_or(version);
    let (core, pre) = match v.split_once('-') {
        Some((core, pre)) => (core, Some(pre)),
        None => (v, None),
    };
    let parts: Vec<&str> = core.split('.').collect();
    let numeric = |p: &&str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let pre_ok = pre.is_none_or(|p| {
        !p.is_empty()
            && p.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
    });
    (parts.len() == 3 && parts.iter().all(numeric) && pre_ok).then(|| v.to_owned())
}

#[cfg(test)]
mod tests {
    use super::semver_of;

    #[test]
    fn crate_version_from_spec_version() {
        assert_eq!(semver_of("v1.1.11").as_deref(), Some("1.1.11"));
        assert_eq!(semver_of("2.0.0-beta.1").as_deref(), Some("2.0.0-beta.1"));
        assert_eq!(semver_of("latest"), None);
        assert_eq!(semver_of("1.0"), None);
    }
}
