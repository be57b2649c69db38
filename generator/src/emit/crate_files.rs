//! The files of a generated crate: `Cargo.toml`, `src/lib.rs`, the generated
//! modules as tokens, the runtime modules they use, and a copy of the spec.

use super::{cargo_toml, lib_rs, models, operations, runtime, security};
use crate::format::{Contents, GeneratedFile, Source};
use crate::ir::Api;
use proc_macro2::TokenStream;

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

/// A generated module of the crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Module {
    Lib,
    Models,
    Security,
    Requests,
}

/// One file of the crate as planned: its text, or the module whose tokens
/// [`module_parts`] emits.
#[derive(Debug, Clone)]
pub enum Planned {
    Text(String),
    Module(Module),
}

/// The files of the crate, sorted by path, with each generated module named
/// but not yet emitted: a caller can emit and format one part of a module at
/// a time ([`module_parts`]), so only one part's tokens are alive at once
/// (Microsoft Graph's modules are a gigabyte of tokens together).
pub fn crate_plan(
    api: &Api,
    options: &CrateOptions,
    spec: SpecSource<'_>,
) -> Vec<(String, Planned)> {
    let text = |path: &str, contents: String| (path.to_owned(), Planned::Text(contents));
    let module = |path: &str, module: Module| (path.to_owned(), Planned::Module(module));
    let mut files = vec![
        text("Cargo.toml", cargo_toml::cargo_toml(api, options)),
        // The layout is prettyplease's; rustfmt would rewrite it, and
        // `cargo fmt --check` in the consumer's workspace would fail.
        text(
            "rustfmt.toml",
            "# Generated code, laid out by prettyplease: rustfmt leaves it alone.\ndisable_all_formatting = true\n".to_owned(),
        ),
        module("src/lib.rs", Module::Lib),
        module("src/models.rs", Module::Models),
    ];
    if api.uses.operations {
        files.push(module("src/security.rs", Module::Security));
        files.push(module("src/requests.rs", Module::Requests));
    }
    for m in runtime::modules(&api.uses) {
        files.push(text(&format!("src/{}.rs", m.name), m.source.to_owned()));
    }
    // The spec itself, so the next generation can tell what changed.
    files.push(text(spec_copy_name(spec.file), spec.text.to_owned()));
    files.extend(
        options
            .extra_files
            .iter()
            .map(|f| text(&f.path, f.contents.clone())),
    );
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

/// The tokens of one generated module, in parts that each hold whole items
/// (the first may open with the module's docs), made as they are asked for:
/// formatting each part before the next is made keeps one part's tokens
/// alive at a time.
pub fn module_parts<'a>(
    api: &'a Api,
    options: &CrateOptions,
    module: Module,
) -> Box<dyn Iterator<Item = TokenStream> + 'a> {
    match module {
        Module::Lib => Box::new(std::iter::once(lib_rs::lib_rs(
            api,
            options,
            &runtime::modules(&api.uses),
        ))),
        Module::Models => Box::new(models::models_parts(&api.types, &api.uses)),
        Module::Security => Box::new(std::iter::once(security::security_file(&api.security))),
        Module::Requests => Box::new(operations::requests_parts(
            &api.operations,
            &api.types,
            &api.security,
            api.uses.requests_name_models,
        )),
    }
}

/// The files of the crate, with every generated module emitted as tokens.
pub fn crate_sources(api: &Api, options: &CrateOptions, spec: SpecSource<'_>) -> Vec<Source> {
    crate_plan(api, options, spec)
        .into_iter()
        .map(|(path, planned)| Source {
            path,
            contents: match planned {
                Planned::Text(text) => Contents::Text(text),
                Planned::Module(m) => Contents::Rust(module_parts(api, options, m).collect()),
            },
        })
        .collect()
}
