//! The files of a generated crate: `Cargo.toml`, `src/lib.rs`, the generated
//! modules as tokens, the runtime modules they use, and a copy of the spec.

use super::{cargo_toml, lib_rs, models, operations, runtime, security};
use crate::format::{Contents, GeneratedFile, Source};
use crate::ir::Api;
use crate::ir::features::Features;
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
    /// Puts each tag's operations behind a cargo feature, and each model
    /// behind the features of the operations that use it (as the spec's
    /// `x-rust-client: {features-per-tag: true}` does).
    pub features_per_tag: bool,
}

/// The features per tag in force for this crate: asked for by the options
/// or by the spec, and only for a crate with operations.
pub(crate) fn features_in_force<'a>(api: &'a Api, options: &CrateOptions) -> Option<&'a Features> {
    let asked = options.features_per_tag || api.features.requested;
    (asked && !api.operations.is_empty()).then_some(&api.features)
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

/// A generated module's tokens in parts that each hold whole items (the
/// first may open with the module's docs), made by index when they are asked
/// for. The parts are independent of each other: they can be made and
/// formatted apart, on several threads, with only those being formatted
/// alive ([`crate::format::format_files`]).
pub struct Parts<'a> {
    pub count: usize,
    make: Box<dyn Fn(usize) -> TokenStream + Sync + 'a>,
}

impl Parts<'_> {
    /// Part `index` (below [`Parts::count`]).
    pub fn make(&self, index: usize) -> TokenStream {
        (self.make)(index)
    }

    /// The function that makes a part, for [`crate::format::format_files`].
    pub fn maker(&self) -> &(dyn Fn(usize) -> TokenStream + Sync) {
        &*self.make
    }

    /// Every part, in order, as one stream.
    pub fn all(&self) -> TokenStream {
        (0..self.count).map(|i| self.make(i)).collect()
    }
}

/// The parts of one generated module: its head, then a part per type
/// (`models.rs`) or per operation (`requests.rs`).
pub fn module_parts<'a>(api: &'a Api, options: &'a CrateOptions, module: Module) -> Parts<'a> {
    let one = |make: Box<dyn Fn(usize) -> TokenStream + Sync + 'a>| Parts { count: 1, make };
    let features = features_in_force(api, options);
    let gating = move |gate: Option<&'a crate::ir::features::Gate>| {
        Some(super::Gating {
            features: features?,
            gate: gate?,
        })
    };
    match module {
        Module::Lib => one(Box::new(move |_| {
            lib_rs::lib_rs(api, options, &runtime::modules(&api.uses))
        })),
        Module::Security => one(Box::new(move |_| security::security_file(&api.security))),
        Module::Models => Parts {
            count: 1 + api.types.emit_order.len(),
            make: Box::new(move |i| match i {
                0 => models::models_head(&api.uses),
                _ => {
                    let id = api.types.emit_order[i - 1];
                    let gating = gating(api.features.types.get(id.0));
                    models::type_def(api.types.get(id), &api.types, gating)
                }
            }),
        },
        Module::Requests => Parts {
            count: 1 + api.operations.len(),
            make: Box::new(move |i| match i {
                0 => operations::requests_head(api.uses.requests_name_models),
                _ => {
                    let gating = gating(api.features.operations.get(i - 1));
                    operations::operation_part(
                        &api.operations[i - 1],
                        &api.types,
                        &api.security,
                        gating,
                    )
                }
            }),
        },
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
                Planned::Module(m) => Contents::Rust(module_parts(api, options, m).all()),
            },
        })
        .collect()
}
