//! The project's tasks, as a library so that tests can run them too.

pub mod commands;
pub mod corpus;

use generator::{CrateOptions, Output};
use std::fs;
use std::path::{Path, PathBuf};

/// Our spec, relative to the workspace root.
pub const SPEC: &str = "spec/identity.yaml";
/// The committed client crate, relative to the workspace root.
pub const CLIENT_DIR: &str = "generated-client";
/// Its package name.
pub const CLIENT_NAME: &str = "ory-identity-client";
/// The client's own version, by semver on the crate's API (see
/// `spec/CHANGELOG.md`); the server version it describes is the
/// spec's `info.version`.
pub const CLIENT_VERSION: &str = "3.0.0";

/// The workspace root (the parent of this crate).
pub fn workspace_root() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    here.parent().unwrap_or(here).to_path_buf()
}

/// Reads and generates a spec, printing warnings to stderr. The error is the
/// message to show.
pub fn generate_from(spec: &Path, options: &CrateOptions) -> Result<Output, String> {
    let text = fs::read_to_string(spec).map_err(|e| format!("{}: {e}", spec.display()))?;
    let name = display_name(spec);
    let output = generator::generate(&name, &text, options).map_err(|d| d.to_string())?;
    for w in &output.warnings {
        eprintln!("warning: {w}");
    }
    Ok(output)
}

/// Hand-written files copied into the identity client, from `spec/examples/`.
const EXAMPLES: &[&str] = &["list_identities.rs"];

/// The identity client as the current spec generates it.
pub fn identity_client() -> Result<Output, String> {
    let root = workspace_root();
    let mut extra_files = Vec::new();
    for name in EXAMPLES {
        let source = root.join("spec/examples").join(name);
        let contents =
            fs::read_to_string(&source).map_err(|e| format!("{}: {e}", source.display()))?;
        extra_files.push(generator::GeneratedFile {
            path: format!("examples/{name}"),
            contents,
        });
    }
    // The maintainer's account of each release, shipped with the crate.
    let changelog = root.join("spec/CHANGELOG.md");
    extra_files.push(generator::GeneratedFile {
        path: "CHANGELOG.md".to_owned(),
        contents: fs::read_to_string(&changelog)
            .map_err(|e| format!("{}: {e}", changelog.display()))?,
    });
    generate_from(
        &root.join(SPEC),
        &CrateOptions {
            name: CLIENT_NAME.to_owned(),
            version: Some(CLIENT_VERSION.to_owned()),
            standalone: false,
            extra_files,
            dev_dependencies: vec![
                "tokio = { version = \"1\", features = [\"rt\", \"macros\"] }".to_owned(),
            ],
            // One tag, one crate: the identity client keeps its shape.
            features_per_tag: false,
        },
    )
}

/// The spec's path as messages show it: relative to the workspace when inside it.
fn display_name(spec: &Path) -> String {
    let root = workspace_root();
    let absolute = spec.canonicalize().unwrap_or_else(|_| spec.to_path_buf());
    let root = root.canonicalize().unwrap_or(root);
    absolute
        .strip_prefix(&root)
        .unwrap_or(spec)
        .display()
        .to_string()
}

/// Writes the crate into `dir`, and removes generated-looking files in its
/// `src/` that the generator no longer produces.
pub fn write_crate(dir: &Path, output: &Output) -> Result<(), String> {
    for file in &output.files {
        let path = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        let unchanged = fs::read(&path).is_ok_and(|old| old == file.contents.as_bytes());
        if !unchanged {
            fs::write(&path, &file.contents).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    for extra in extra_files(dir, output) {
        fs::remove_file(dir.join(&extra)).map_err(|e| format!("{extra}: {e}"))?;
    }
    Ok(())
}

/// The files under `dir` that differ from `output`: changed, missing, or
/// left over in `src/`. Empty when the committed crate is fresh.
pub fn stale_files(dir: &Path, output: &Output) -> Vec<String> {
    let mut stale: Vec<String> = output
        .files
        .iter()
        .filter(|f| fs::read(dir.join(&f.path)).map_or(true, |old| old != f.contents.as_bytes()))
        .map(|f| f.path.clone())
        .collect();
    stale.extend(extra_files(dir, output));
    stale.sort();
    stale
}

/// `.rs` files in `dir/src` and `dir/examples` that the generator did not produce.
fn extra_files(dir: &Path, output: &Output) -> Vec<String> {
    let mut extra = Vec::new();
    let mut stack = vec![dir.join("src"), dir.join("examples")];
    while let Some(d) = stack.pop() {
        let Ok(entries) = fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path
                    .strip_prefix(dir)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace('\\', "/");
                if output.file(&rel).is_none() {
                    extra.push(rel);
                }
            }
        }
    }
    extra.sort();
    extra
}
