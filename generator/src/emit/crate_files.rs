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

/// The files of the crate, with the generated modules as tokens.
pub fn crate_sources(api: &Api, options: &CrateOptions, spec: SpecSource<'_>) -> Vec<Source> {
    let runtime = runtime::modules(&api.uses);
    let text = |path: &str, contents: String| Source {
        path: path.to_owned(),
        contents: Contents::Text(contents),
    };
    let rust = |path: &str, tokens: TokenStream| Source {
        path: path.to_owned(),
        contents: Contents::Rust(tokens),
    };
    let mut sources = vec![
        text("Cargo.toml", cargo_toml::cargo_toml(api, options)),
        // The layout is prettyplease's; rustfmt would rewrite it, and
        // `cargo fmt --check` in the consumer's workspace would fail.
        text(
            "rustfmt.toml",
            "# Generated code, laid out by prettyplease: rustfmt leaves it alone.\ndisable_all_formatting = true\n".to_owned(),
        ),
        rust("src/lib.rs", lib_rs::lib_rs(api, options, &runtime)),
        rust("src/models.rs", models::models_file(&api.types, &api.uses)),
    ];
    if api.uses.operations {
        sources.push(rust(
            "src/security.rs",
            security::security_file(&api.security),
        ));
        sources.push(rust(
            "src/requests.rs",
            operations::requests_file(
                &api.operations,
                &api.types,
                &api.security,
                api.uses.requests_name_models,
            ),
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
