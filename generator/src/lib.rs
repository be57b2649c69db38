//! Generates a typed Rust client crate from an OpenAPI 3.0 or 3.1 document.
//!
//! The pipeline runs one way, each stage a module that can be tested alone:
//!
//! 1. [`load`]: text → a plain JSON value (syntax errors with line and
//!    column) → `openapiv3::OpenAPI`. On the value, in order: `openapi31`
//!    rewrites a 3.1 document into the 3.0 shape openapiv3 reads (in place,
//!    so every pointer is still the original's); `tolerate` rewrites what is
//!    sloppy but clear into what it means, with a warning; `validate` checks
//!    the whole value, and every `$ref`'s target as the kind of object the
//!    reference stands for, reporting every problem it finds. It is the one
//!    validation stage, so every later stage reads only well-formed objects.
//! 2. [`ir::build`]: the typed document → the IR ([`ir::Api`]), plain data
//!    that holds every decision: type and field names, wire encodings,
//!    security, status dispatch, what the crate uses. `resolve` follows
//!    `$ref`s for it. What is well-formed but has no meaning is refused
//!    here, with its pointer (a reference cycle with nothing in between, a
//!    header name that is not a token); what is sloppy but clear is
//!    generated, with a warning.
//! 3. [`emit`]: IR → Rust tokens, one module per generated file; it prints
//!    what the IR decided and never looks at the spec.
//! 4. [`format`](mod@format): tokens → source text (prettyplease), a file's
//!    parts made and formatted on every core.
//!
//! [`diff`] compares the IR of two specs for the API change report.

pub mod diagnostics;
pub mod diff;
pub mod emit;
pub mod format;
pub mod ir;
pub mod load;
pub(crate) mod openapi31;
pub(crate) mod raw_schemas;
pub(crate) mod resolve;
pub(crate) mod tolerate;
pub(crate) mod validate;

pub use diagnostics::{Diagnostic, Errors, Location, Pointer};
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
pub fn generate(file: &str, text: &str, options: &CrateOptions) -> Result<Output, Errors> {
    // The stages recurse as deep as a document nests, up to their limits
    // (the parsers' 128 levels, lowering's 64): on a thread of its own with
    // a stack sized for those, a deep document is refused by the limits,
    // whatever stack the caller runs on.
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .name("openapi-rust-generator".to_owned())
            .stack_size(PIPELINE_STACK)
            .spawn_scoped(scope, || run(file, text, options))
            .map_err(|e| Diagnostic {
                file: file.to_owned(),
                location: Location::File,
                message: format!("cannot start the generator's thread: {e}"),
            })?
            .join()
            // A panic is a bug: it goes on to the caller as it was.
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// The stack [`generate`] runs the pipeline on.
pub(crate) const PIPELINE_STACK: usize = 64 * 1024 * 1024;

fn run(file: &str, text: &str, options: &CrateOptions) -> Result<Output, Errors> {
    use emit::crate_files::Planned;
    let spec = load::load(file, text)?;
    let (api, warnings) = ir::build(&spec)?;
    // The document's two trees are the largest thing alive (Microsoft
    // Graph's: 0.8 GB); the IR holds all that is needed from here on.
    drop(spec);
    let source = emit::crate_files::SpecSource { file, text };
    // The modules' parts are emitted and formatted on every core, a few at a
    // time, all modules' parts in one queue, so only those parts' tokens are
    // alive and no core waits at the end of a module.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let plan = emit::crate_files::crate_plan(&api, options, source);
    let modules: Vec<(&str, emit::crate_files::Parts<'_>)> = plan
        .iter()
        .filter_map(|(path, planned)| match planned {
            Planned::Module(module) => Some((
                path.as_str(),
                emit::crate_files::module_parts(&api, options, *module),
            )),
            Planned::Text(_) => None,
        })
        .collect();
    let parted: Vec<format::PartedFile<'_>> = modules
        .iter()
        .map(|(_, parts)| format::PartedFile {
            count: parts.count,
            make: parts.maker(),
        })
        .collect();
    let mut formatted = format::format_files(&parted, threads)
        .map_err(|e| Diagnostic {
            file: file.to_owned(),
            location: Location::File,
            message: match e.file {
                Some(index) => format!(
                    "internal error: the generated {} does not parse ({}); please report this",
                    modules[index].0, e.message
                ),
                None => e.message,
            },
        })?
        .into_iter();
    let files = plan
        .into_iter()
        .map(|(path, planned)| {
            let contents = match planned {
                Planned::Text(text) => text,
                // In the plan's order, as they were formatted.
                Planned::Module(_) => formatted.next().unwrap_or_default(),
            };
            format::GeneratedFile { path, contents }
        })
        .collect();
    Ok(Output {
        files,
        warnings: warnings.into_vec(),
    })
}
