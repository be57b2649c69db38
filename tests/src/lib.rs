//! Helpers shared by the workspace tests.

pub mod bench_data;
pub mod fixtures;
pub mod fuzz;
pub mod handwritten;
pub mod kratos;
pub mod local_server;
pub mod prism;

use generator::{CrateOptions, Output};
use std::path::{Path, PathBuf};

/// The workspace root.
pub fn root() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    here.parent().unwrap_or(here).to_path_buf()
}

/// A file under `tests/specs/`, as text.
pub fn spec_text(relative: &str) -> String {
    let path = root().join("tests/specs").join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Generates a crate from a spec under `tests/specs/`; the spec's name in
/// messages is its path relative to `tests/specs/`.
pub fn generate(relative: &str) -> Result<Output, generator::Errors> {
    generator::generate(relative, &spec_text(relative), &options(relative))
}

/// Crate options for a test spec: a package name made from the file name.
pub fn options(relative: &str) -> CrateOptions {
    let stem = Path::new(relative)
        .file_stem()
        .map(|s| s.to_string_lossy().replace('_', "-"))
        .unwrap_or_else(|| "spec".to_owned());
    CrateOptions {
        name: format!("construct-{stem}"),
        version: None,
        standalone: false,
        ..Default::default()
    }
}

/// The specs in a folder under `tests/specs/`, sorted, as paths relative to
/// `tests/specs/`.
pub fn specs_in(folder: &str) -> Vec<String> {
    let dir = root().join("tests/specs").join(folder);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".yaml") || n.ends_with(".json"))
        .map(|n| format!("{folder}/{n}"))
        .collect();
    names.sort();
    names
}
