//! Generates a typed Rust client crate from an OpenAPI 3.0 document.
//!
//! The pipeline runs one way, each stage a module:
//! [`load`] (text → `openapiv3::OpenAPI`) → [`ir`] (resolve references,
//! decide every type and name) → [`emit`] (IR → tokens) → [`format`]
//! (tokens → source text).

pub mod diagnostics;
pub mod diff;
pub mod emit;
pub mod format;
pub mod ir;
pub mod load;
pub(crate) mod resolve;
pub(crate) mod validate;

pub use diagnostics::{Diagnostic, Location, Pointer};
pub use emit::crate_files::{CrateOptions, spec_copy_name};
pub use format::GeneratedFile;

/// The generated crate, and the warnings about constructs that were
/// generated with a looser type than the spec describes.
#[derive(Debug, Clone)]
pub struct Output {
    pub files: Vec<GeneratedFile>,
    pub warnings: Vec<Diagnostic>,
}

impl Output {
    /// The contents of the file at `path` (`src/models.rs`).
    pub fn file(&self, path: &str) -> Option<&str> {
        self.files
            .iter()
            .find(|f| f.path == path)
            .map(|f| f.contents.as_str())
    }
}

/// Runs the whole pipeline on the text of a spec. `file` names the spec in
/// messages (and a `.json` ending selects the JSON parser).
pub fn generate(file: &str, text: &str, options: &CrateOptions) -> Result<Output, Diagnostic> {
    let spec = load::load(file, text)?;
    let (api, warnings) = ir::build(&spec)?;
    let source = emit::crate_files::SpecSource { file, text };
    let sources = emit::crate_files::crate_sources(&api, options, source);
    let files = format::format_sources(sources).map_err(|e| Diagnostic {
        file: file.to_owned(),
        location: Location::File,
        message: format!(
            "internal error: the generated code does not parse ({e}); please report this"
        ),
    })?;
    Ok(Output {
        files,
        warnings: warnings.into_vec(),
    })
}
