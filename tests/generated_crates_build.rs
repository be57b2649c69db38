//! Every construct spec (`tests/specs/constructs/` and `operations/`)
//! generates a crate that builds without warnings under clippy, and that
//! behaves as the spec says: each crate gets the hand-written tests in
//! `tests/behaviour/<construct>.rs` (models against JSON, operations against
//! a local wiremock server), run by cargo inside it. One cargo workspace
//! holds all of them, so dependencies build once.

use std::path::{Path, PathBuf};
use std::process::Command;
use workspace_tests::{generate, options, root, specs_in};

/// What the behaviour tests use besides the crate under test.
const BEHAVIOUR_DEPENDENCIES: &str = "\
serde_json = \"1\"
uuid = \"1\"
chrono = { version = \"0.4\", default-features = false, features = [\"std\"] }
wiremock = \"0.6\"
tokio = { version = \"1\", features = [\"rt-multi-thread\", \"macros\"] }
futures-util = \"0.3\"
";

fn scratch() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("generated-crates")
}

fn cargo(dir: &Path, args: &[&str]) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", scratch().join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "`cargo {}` failed in {}:\n{}{}",
        args.join(" "),
        dir.display(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

fn write(path: &Path, contents: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, contents).unwrap();
}

#[test]
fn construct_crates_build_cleanly_and_behave() {
    let workspace = scratch().join("constructs");
    let _ = std::fs::remove_dir_all(&workspace);
    let mut members = Vec::new();
    let specs = specs_in("constructs")
        .into_iter()
        .chain(specs_in("operations"));
    for spec in specs {
        let output = generate(&spec).unwrap_or_else(|e| panic!("{e}"));
        let name = options(&spec).name;
        let dir = workspace.join(&name);
        for file in &output.files {
            write(&dir.join(&file.path), &file.contents);
        }
        let construct = Path::new(&spec)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let behaviour = root().join(format!("tests/behaviour/{construct}.rs"));
        if let Ok(test) = std::fs::read_to_string(&behaviour) {
            write(&dir.join("tests/behaviour.rs"), &test);
            let manifest = dir.join("Cargo.toml");
            let toml = std::fs::read_to_string(&manifest).unwrap();
            write(
                &manifest,
                &format!("{toml}\n[dev-dependencies]\n{BEHAVIOUR_DEPENDENCIES}"),
            );
        }
        members.push(format!("\"{name}\""));
    }
    write(
        &workspace.join("Cargo.toml"),
        &format!(
            "[workspace]\nresolver = \"3\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    );
    // Start from our lock file, so the versions are the ones CI already has.
    std::fs::copy(root().join("Cargo.lock"), workspace.join("Cargo.lock")).unwrap();
    cargo(
        &workspace,
        &[
            "clippy",
            "--quiet",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    );
    cargo(&workspace, &["test", "--quiet", "--workspace"]);
}

#[test]
fn standalone_crate_from_xtask_builds() {
    // What `cargo xtask generate` writes: a crate with its own `[workspace]`,
    // which builds wherever it is put.
    let dir = scratch().join("standalone-identity");
    let _ = std::fs::remove_dir_all(&dir);
    let output = xtask::generate_from(
        &root().join("spec/identity.yaml"),
        &generator::CrateOptions {
            name: "standalone-identity".to_owned(),
            version: None,
            standalone: true,
            ..Default::default()
        },
    )
    .unwrap();
    xtask::write_crate(&dir, &output).unwrap();
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    assert!(manifest.contains("\n[workspace]\n"), "{manifest}");
    std::fs::copy(root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    cargo(&dir, &["check", "--quiet"]);
}
