//! The tasks behind `cargo xtask`.

use crate::{CLIENT_DIR, identity_client, stale_files, workspace_root, write_crate};
use generator::CrateOptions;
use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

const USAGE: &str = "\
usage: cargo xtask <task>

tasks:
  regenerate                 rewrite generated-client/ from spec/identity.yaml
  check                      fail if generated-client/ differs from a fresh generation
  test                       install the pinned Prism (npm ci in tests/prism) if npm is
                             available, build the pinned Ory Kratos (scripts/kratos.sh) if Go
                             is and the FastAPI service's packages (scripts/fastapi.sh) if
                             Python is, then run every test (`cargo test --workspace`, and the HTTPS
                             tests with the client's `rustls-ring` and `native-tls`)
  generate --spec FILE --out DIR --name CRATE [--version VERSION] [--features-per-tag]
                             write a standalone crate generated from any OpenAPI 3.0 or 3.1
                             spec; --features-per-tag puts each tag's operations (and the
                             models they use) behind a cargo feature of the tag's name
  diff OLD NEW [--tag TAG] [--deny-breaking]
                             what changing spec OLD into NEW does to the generated client;
                             exits non-zero with --deny-breaking when anything breaks
";

/// Runs a task (`args` without the program name); the error is the message to show.
pub fn run(args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        Some("regenerate") => regenerate(),
        Some("check") => check(),
        Some("test") => test(&args[1..]),
        Some("generate") => generate(&args[1..]),
        Some("diff") => diff(&args[1..]),
        Some("corpus") => crate::corpus::run(&args[1..]),
        Some("help" | "--help" | "-h") => {
            print!("{USAGE}");
            println!("{}", crate::corpus::USAGE);
            Ok(())
        }
        _ => Err(format!("unknown or missing task\n\n{USAGE}")),
    }
}

fn regenerate() -> Result<(), String> {
    let started = Instant::now();
    let output = identity_client()?;
    let generated = started.elapsed();
    let dir = workspace_root().join(CLIENT_DIR);
    // What the change does to the client's API, against the spec the
    // committed client was generated from.
    let previous = dir.join(generator::spec_copy_name(crate::SPEC));
    match std::fs::read_to_string(&previous) {
        Ok(old_text) => {
            let new_text = std::fs::read_to_string(workspace_root().join(crate::SPEC))
                .map_err(|e| format!("{}: {e}", crate::SPEC))?;
            let old_name = format!("{CLIENT_DIR}/{}", generator::spec_copy_name(crate::SPEC));
            let report = generator::diff::diff_specs(
                (&old_name, &old_text),
                (crate::SPEC, &new_text),
                &Default::default(),
            )
            .map_err(|d| d.to_string())?;
            print!("{report}");
        }
        Err(_) => println!(
            "no previous generation to compare with ({} is missing)",
            previous.display()
        ),
    }
    let stale = stale_files(&dir, &output);
    write_crate(&dir, &output)?;
    if stale.is_empty() {
        println!("{CLIENT_DIR}/ is up to date");
    } else {
        println!("rewrote {} file(s) in {CLIENT_DIR}/:", stale.len());
        for file in &stale {
            println!("  {file}");
        }
    }
    println!(
        "generated in {:.1} ms ({} files)",
        generated.as_secs_f64() * 1e3,
        output.files.len()
    );
    Ok(())
}

fn check() -> Result<(), String> {
    let output = identity_client()?;
    let stale = stale_files(&workspace_root().join(CLIENT_DIR), &output);
    if stale.is_empty() {
        println!("{CLIENT_DIR}/ is up to date with the spec");
        return Ok(());
    }
    Err(format!(
        "{CLIENT_DIR}/ is stale; run `cargo xtask regenerate`. Files that differ:\n  {}",
        stale.join("\n  ")
    ))
}

fn test(extra: &[String]) -> Result<(), String> {
    let root = workspace_root();
    let prism = root.join("tests/prism/node_modules/.bin/prism");
    if !prism.exists() {
        println!("installing Prism (npm ci in tests/prism)");
        let npm = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--prefix"])
            .arg(root.join("tests/prism"))
            .status();
        match npm {
            Ok(status) if status.success() => {}
            Ok(status) => return Err(format!("npm ci failed ({status})")),
            Err(e) => println!("npm is not available ({e}); the Prism tests will be skipped"),
        }
    }
    // The end-to-end tests' servers, set up once into a cache outside the
    // repository (a second run finds them there): Ory Kratos, built from
    // the Go module proxy, and the FastAPI service's Python packages.
    for (script, what) in [
        ("scripts/kratos.sh", "Kratos"),
        ("scripts/fastapi.sh", "FastAPI"),
    ] {
        match Command::new("bash").arg(root.join(script)).status() {
            Ok(status) if status.success() => {}
            Ok(status) => return Err(format!("{script} failed ({status})")),
            Err(e) => println!("cannot run {script} ({e}); the {what} tests will be skipped"),
        }
    }
    cargo_test(&["--workspace"], extra)?;
    // The client's other TLS setups each need a build without the default.
    for features in ["client-rustls-ring", "client-native-tls"] {
        cargo_test(
            &[
                "-p",
                "workspace-tests",
                "--no-default-features",
                "--features",
                features,
                "--test",
                "https",
            ],
            extra,
        )?;
    }
    Ok(())
}

fn cargo_test(args: &[&str], extra: &[String]) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = Command::new(cargo)
        .arg("test")
        .args(args)
        .args(extra)
        .current_dir(workspace_root())
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("tests failed ({status})"))
    }
}

fn diff(args: &[String]) -> Result<(), String> {
    let mut files = Vec::new();
    let mut options = generator::diff::DiffOptions::default();
    let mut deny_breaking = false;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--tag" => {
                let tag = it
                    .next()
                    .ok_or_else(|| format!("--tag needs a value\n\n{USAGE}"))?;
                options.tag = Some(tag.clone());
            }
            "--deny-breaking" => deny_breaking = true,
            flag if flag.starts_with("--") => {
                return Err(format!("unknown argument `{flag}`\n\n{USAGE}"));
            }
            file => files.push(PathBuf::from(file)),
        }
    }
    let [old, new] = files.as_slice() else {
        return Err(format!("diff needs two specs, OLD and NEW\n\n{USAGE}"));
    };
    let read =
        |p: &PathBuf| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let (old_text, new_text) = (read(old)?, read(new)?);
    let (old_name, new_name) = (old.display().to_string(), new.display().to_string());
    let report =
        generator::diff::diff_specs((&old_name, &old_text), (&new_name, &new_text), &options)
            .map_err(|d| d.to_string())?;
    print!("{report}");
    if deny_breaking && report.breaking() > 0 {
        return Err(format!("{} breaking change(s)", report.breaking()));
    }
    Ok(())
}

fn generate(args: &[String]) -> Result<(), String> {
    let mut spec = None;
    let mut out = None;
    let mut name = None;
    let mut version = None;
    let mut features_per_tag = false;
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let mut value = || {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{flag} needs a value\n\n{USAGE}"))
        };
        match flag.as_str() {
            "--spec" => spec = Some(PathBuf::from(value()?)),
            "--out" => out = Some(PathBuf::from(value()?)),
            "--name" => name = Some(value()?),
            "--version" => version = Some(value()?),
            "--features-per-tag" => features_per_tag = true,
            other => return Err(format!("unknown argument `{other}`\n\n{USAGE}")),
        }
    }
    let (Some(spec), Some(out), Some(name)) = (spec, out, name) else {
        return Err(format!(
            "generate needs --spec, --out and --name\n\n{USAGE}"
        ));
    };
    let options = CrateOptions {
        name,
        version,
        standalone: true,
        features_per_tag,
        ..Default::default()
    };
    let output = crate::generate_from(&spec, &options)?;
    write_crate(&out, &output)?;
    println!("wrote {} file(s) to {}", output.files.len(), out.display());
    Ok(())
}
