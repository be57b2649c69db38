//! The files of a generated crate: `Cargo.toml`, `src/lib.rs`, the generated
//! modules, and the fixed runtime modules the generated code uses.

use super::models::{self, ModelNeeds};
use super::{ident, inner_doc_attrs};
use crate::format::format_file;
use crate::ir::{Api, TypeKind, TypeRef};
use proc_macro2::TokenStream;
use quote::quote;

/// Settings for the crate as a whole.
#[derive(Debug, Clone)]
pub struct CrateOptions {
    /// The package name (`ory-identity-client`).
    pub name: String,
    /// The package version; by default the spec's `info.version` when it is
    /// a semantic version (a leading `v` is dropped), else `0.1.0`.
    pub version: Option<String>,
    /// Adds an empty `[workspace]` table, so the crate builds wherever it is
    /// written, even inside another workspace's directory.
    pub standalone: bool,
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

const ENUMS: RuntimeModule = RuntimeModule {
    name: "enums",
    source: include_str!("../../runtime/enums.rs"),
};
const NULLABLE: RuntimeModule = RuntimeModule {
    name: "nullable",
    source: include_str!("../../runtime/nullable.rs"),
};
const TAGGED: RuntimeModule = RuntimeModule {
    name: "tagged",
    source: include_str!("../../runtime/tagged.rs"),
};
const TAG_WRITER: RuntimeModule = RuntimeModule {
    name: "tag_writer",
    source: include_str!("../../runtime/tag_writer.rs"),
};
const BASE64: RuntimeModule = RuntimeModule {
    name: "base64_string",
    source: include_str!("../../runtime/base64_string.rs"),
};

/// The crates the generated code uses, so `Cargo.toml` lists those and no others.
#[derive(Debug, Default, Clone, Copy)]
struct Dependencies {
    uuid: bool,
    chrono: bool,
    serde_json: bool,
    base64: bool,
}

pub fn crate_files(api: &Api, options: &CrateOptions) -> Result<Vec<GeneratedFile>, String> {
    let needs = models::needs(&api.types);
    let deps = dependencies(api, &needs);
    let runtime: Vec<&RuntimeModule> = [
        (needs.enums, &ENUMS),
        (needs.nullable, &NULLABLE),
        (needs.tagged, &TAGGED),
        (needs.tag_writer, &TAG_WRITER),
        (needs.base64, &BASE64),
    ]
    .into_iter()
    .filter_map(|(used, module)| used.then_some(module))
    .collect();

    let mut files = vec![
        GeneratedFile {
            path: "Cargo.toml".to_owned(),
            contents: cargo_toml(api, options, &deps),
        },
        GeneratedFile {
            // The layout is prettyplease's; rustfmt would rewrite it, and
            // `cargo fmt --check` in the consumer's workspace would fail.
            path: "rustfmt.toml".to_owned(),
            contents: "# Generated code, laid out by prettyplease: rustfmt leaves it alone.\ndisable_all_formatting = true\n".to_owned(),
        },
        GeneratedFile {
            path: "src/lib.rs".to_owned(),
            contents: format_file(lib_rs(api, &runtime, &needs))?,
        },
        GeneratedFile {
            path: "src/models.rs".to_owned(),
            contents: format_file(models::models_file(&api.types))?,
        },
    ];
    for module in runtime {
        files.push(GeneratedFile {
            path: format!("src/{}.rs", module.name),
            contents: module.source.to_owned(),
        });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

fn lib_rs(api: &Api, runtime: &[&RuntimeModule], needs: &ModelNeeds) -> TokenStream {
    let mut doc_lines: Vec<String> = vec![format!("# {}", api.title), String::new()];
    if let Some(description) = &api.description {
        doc_lines.extend(crate::ir::docs::markdown_lines(description));
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
    let base64 = needs.base64.then(|| {
        quote!(
            pub use base64_string::Base64;
        )
    });
    quote! {
        #docs
        #![forbid(unsafe_code)]
        #![warn(missing_docs)]

        pub mod models;
        #(#modules)*
        #base64
    }
}

fn dependencies(api: &Api, needs: &ModelNeeds) -> Dependencies {
    let mut deps = Dependencies {
        serde_json: needs.tagged,
        base64: needs.base64,
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
        match &def.kind {
            TypeKind::Struct(s) => {
                s.fields.iter().for_each(|f| visit(&f.ty));
                s.additional.iter().for_each(|(_, t)| visit(t));
            }
            TypeKind::Union(u) => {
                u.variants.iter().for_each(|v| visit(&v.ty));
                if u.tag.is_some() {
                    visit(&TypeRef::Json);
                }
            }
            TypeKind::Newtype(t) | TypeKind::Alias(t) => visit(t),
            TypeKind::StringEnum(_) | TypeKind::IntEnum(_) => {}
        }
    }
    deps
}

fn cargo_toml(api: &Api, options: &CrateOptions, deps: &Dependencies) -> String {
    let version = options
        .version
        .clone()
        .unwrap_or_else(|| semver_of(&api.version).unwrap_or_else(|| "0.1.0".to_owned()));
    let description = format!("Rust client for {}", api.title).replace('"', "'");
    let mut out = format!(
        "# Generated by openapi-rust-generator; do not edit by hand.\n\
         [package]\n\
         name = \"{}\"\n\
         version = \"{version}\"\n\
         edition = \"2024\"\n\
         rust-version = \"1.85\"\n\
         description = \"{description}\"\n\
         \n\
         [dependencies]\n",
        options.name
    );
    if options.standalone {
        out = out.replace("\n[dependencies]\n", "\n[workspace]\n\n[dependencies]\n");
    }
    // Only the features the generated code needs, to keep builds small.
    out.push_str("serde = { version = \"1\", features = [\"derive\"] }\n");
    if deps.serde_json {
        out.push_str("serde_json = \"1\"\n");
    }
    if deps.chrono {
        out.push_str(
            "chrono = { version = \"0.4\", default-features = false, features = [\"serde\", \"std\"] }\n",
        );
    }
    if deps.uuid {
        out.push_str("uuid = { version = \"1\", default-features = false, features = [\"serde\", \"std\"] }\n");
    }
    if deps.base64 {
        out.push_str("base64 = \"0.22\"\n");
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
