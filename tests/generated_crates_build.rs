//! Every construct spec (`tests/specs/constructs/`, `operations/` and
//! `openapi31/`) and
//! every hostile but valid spec (`hostile/`: reference cycles through required
//! fields, identifiers invalid in every position, colliding names, deep
//! nesting) generates a crate that builds without warnings under clippy; the
//! construct crates also behave as the spec says: each gets the hand-written
//! tests in `tests/behaviour/<construct>.rs` (models against JSON, operations
//! against a local wiremock server), run by cargo inside it. One cargo
//! workspace holds all of them, so dependencies build once; TLS is left out
//! (`--no-default-features`), since it does not change the generated code.

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
        // Spec prose becomes rustdoc: broken links, bare URLs and stray HTML
        // tags in it must not reach users as warnings.
        .env("RUSTDOCFLAGS", "-D warnings")
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

/// Puts a hand-written behaviour test into a generated crate, with what it
/// uses besides the crate.
fn add_behaviour_test(dir: &Path, test: &str) {
    write(&dir.join("tests/behaviour.rs"), test);
    let manifest = dir.join("Cargo.toml");
    let toml = std::fs::read_to_string(&manifest).unwrap();
    write(
        &manifest,
        &format!("{toml}\n[dev-dependencies]\n{BEHAVIOUR_DEPENDENCIES}"),
    );
}

#[test]
fn construct_crates_build_cleanly_and_behave() {
    let workspace = scratch().join("constructs");
    let _ = std::fs::remove_dir_all(&workspace);
    let mut members = Vec::new();
    let specs = specs_in("constructs")
        .into_iter()
        .chain(specs_in("operations"))
        .chain(specs_in("openapi31"))
        .chain(specs_in("hostile"));
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
            add_behaviour_test(&dir, &test);
        }
        members.push(name);
    }
    write_workspace(&workspace, &members);
    cargo(
        &workspace,
        &[
            "clippy",
            "--quiet",
            "--workspace",
            "--all-targets",
            "--no-default-features",
            "--",
            "-D",
            "warnings",
        ],
    );
    cargo(
        &workspace,
        &["test", "--quiet", "--workspace", "--no-default-features"],
    );
    cargo(&workspace, DOC);
}

/// Rustdoc over the generated crates, which fails on any warning.
const DOC: &[&str] = &[
    "doc",
    "--quiet",
    "--workspace",
    "--no-deps",
    "--no-default-features",
];

/// A workspace manifest over the generated crates, with our lock file so
/// the versions are the ones CI already has.
fn write_workspace(workspace: &Path, members: &[String]) {
    let members: Vec<String> = members.iter().map(|m| format!("\"{m}\"")).collect();
    write(
        &workspace.join("Cargo.toml"),
        &format!(
            "[workspace]\nresolver = \"3\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    );
    std::fs::copy(root().join("Cargo.lock"), workspace.join("Cargo.lock")).unwrap();
}

#[test]
fn a_crate_with_a_feature_per_tag_builds_cleanly_with_none_one_and_all() {
    // Each tag's operations behind a feature: clippy is clean with no tag,
    // with one, and with all (the default set); with all, it behaves.
    let spec = "features/per_tag.yaml";
    let output = generate(spec).unwrap_or_else(|e| panic!("{e}"));
    let name = options(spec).name;
    let workspace = scratch().join("features");
    let _ = std::fs::remove_dir_all(&workspace);
    let dir = workspace.join(&name);
    for file in &output.files {
        write(&dir.join(&file.path), &file.contents);
    }
    let test = std::fs::read_to_string(root().join("tests/behaviour/per_tag.rs")).unwrap();
    add_behaviour_test(&dir, &test);
    write_workspace(&workspace, &[name]);
    let clippy = |features: &[&str]| {
        let mut args = vec!["clippy", "--quiet", "--workspace", "--no-default-features"];
        args.extend(features);
        // Tests use every tag: only the library is built with fewer.
        if features.contains(&"full") {
            args.push("--all-targets");
        }
        args.extend(["--", "-D", "warnings"]);
        cargo(&workspace, &args);
    };
    clippy(&[]);
    clippy(&["--features", "pets"]);
    clippy(&["--features", "tracing-2"]);
    clippy(&["--features", "full"]);
    cargo(
        &workspace,
        &[
            "test",
            "--quiet",
            "--workspace",
            "--no-default-features",
            "--features",
            "full",
        ],
    );
    let mut doc = DOC.to_vec();
    doc.extend(["--features", "full"]);
    cargo(&workspace, &doc);
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

#[test]
fn ory_documents_generate_crates_that_build_cleanly() {
    // Ory's published documents, unmodified: 1.1 MB and 453 schemas for v1.22.65.
    let specs = root().join("../shared/specs");
    let versions = ["1.1.11", "1.22.65"];
    if versions
        .iter()
        .any(|v| !specs.join(format!("ory-client-v{v}.json")).exists())
    {
        assert!(
            std::env::var_os("CI").is_none(),
            "the Ory documents are missing"
        );
        eprintln!("skipped: the Ory documents are not here");
        return;
    }
    let workspace = scratch().join("ory");
    let _ = std::fs::remove_dir_all(&workspace);
    let mut members = Vec::new();
    for v in versions {
        let file = format!("ory-client-v{v}.json");
        let text = std::fs::read_to_string(specs.join(&file)).unwrap();
        let name = format!("ory-client-{}", v.replace('.', "-"));
        let options = generator::CrateOptions {
            name: name.clone(),
            ..Default::default()
        };
        let output = generator::generate(&file, &text, &options).unwrap_or_else(|e| panic!("{e}"));
        // Every fallback is reported with its place.
        for w in &output.warnings {
            assert!(w.to_string().starts_with(&format!("{file}: #/")), "{w}");
        }
        for f in &output.files {
            write(&workspace.join(&name).join(&f.path), &f.contents);
        }
        members.push(name);
    }
    write_workspace(&workspace, &members);
    cargo(
        &workspace,
        &[
            "clippy",
            "--quiet",
            "--workspace",
            "--no-default-features",
            "--",
            "-D",
            "warnings",
        ],
    );
    cargo(&workspace, DOC);
}
