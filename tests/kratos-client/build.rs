//! Generates the client from `../shared/specs/kratos-v1.3.1-api.json` (beside
//! the workspace; it is not ours to commit) into `OUT_DIR`. The generated
//! crate root is included by `src/lib.rs`; its `mod` declarations point at the
//! generated files by absolute path, so `crate::` paths in them mean this
//! crate. Without the document the crate is empty, and the tests that need it
//! say they were skipped (`tests/build.rs` sets `kratos_document` for them).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const DOCUMENT: &str = "../../../shared/specs/kratos-v1.3.1-api.json";

fn main() {
    println!("cargo::rustc-check-cfg=cfg(kratos_document)");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    let document = manifest.join(DOCUMENT);
    println!("cargo::rerun-if-changed={}", document.display());
    let root = match std::fs::read_to_string(&document) {
        Ok(text) => {
            println!("cargo::rustc-cfg=kratos_document");
            generate(&text, &out)
        }
        Err(_) => String::new(),
    };
    std::fs::write(out.join("root.rs"), root).expect("OUT_DIR is writable");
}

/// Writes the generated modules into `out` and returns the crate root, with
/// its inner attributes left to `src/lib.rs` (an included file cannot have them).
fn generate(text: &str, out: &Path) -> String {
    let options = generator::CrateOptions {
        name: "kratos-client".to_owned(),
        ..Default::default()
    };
    let output = generator::generate("kratos-v1.3.1-api.json", text, &options)
        .unwrap_or_else(|e| panic!("the generator refused Kratos's document: {e}"));
    let mut root = String::new();
    for file in &output.files {
        let Some(module) = file.path.strip_prefix("src/") else {
            continue;
        };
        if module == "lib.rs" {
            continue;
        }
        let path = out.join(module);
        std::fs::write(&path, &file.contents).expect("OUT_DIR is writable");
    }
    let lib = output.file("src/lib.rs").expect("a crate root");
    // Inner attributes may span lines (`#![allow(\n    a,\n    b\n)]`).
    let mut in_attribute = false;
    for line in lib.lines() {
        if line.starts_with("#![") {
            in_attribute = !line.ends_with(']');
            continue;
        }
        if in_attribute {
            in_attribute = line != ")]";
            continue;
        }
        if line.starts_with("//!") {
            continue;
        }
        let declaration = line.strip_suffix(';').and_then(|l| {
            l.strip_prefix("pub mod ")
                .map(|m| ("pub ", m))
                .or_else(|| l.strip_prefix("mod ").map(|m| ("", m)))
        });
        match declaration {
            Some((visibility, module)) => {
                let path = out.join(format!("{module}.rs"));
                writeln!(
                    root,
                    "#[path = {:?}]\n{visibility}mod {module};",
                    path.display().to_string()
                )
            }
            None => writeln!(root, "{line}"),
        }
        .expect("writing to a String");
    }
    root
}
