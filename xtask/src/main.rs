//! `cargo xtask <task>`: see `cargo xtask help`.

use generator::CrateOptions;
use std::path::PathBuf;
use std::process::Command;
use std::process::ExitCode;
use std::time::Instant;
use xtask::{CLIENT_DIR, identity_client, stale_files, workspace_root, write_crate};

const USAGE: &str = "\
usage: cargo xtask <task>

tasks:
  regenerate                 rewrite generated-client/ from spec/identity.yaml
  check                      fail if generated-client/ differs from a fresh generation
  test                       install the pinned Prism (npm ci in tests/prism) if npm is
                             available, then run every test (`cargo test --workspace`)
  generate --spec FILE --out DIR --name CRATE [--version VERSION]
                             write a standalone crate generated from any OpenAPI 3.0 spec
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("regenerate") => regenerate(),
        Some("check") => check(),
        Some("test") => test(&args[1..]),
        Some("generate") => generate(&args[1..]),
        Some("help" | "--help" | "-h") => {
            print!("{USAGE}");
            Ok(())
        }
        _ => Err(format!("unknown or missing task\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn regenerate() -> Result<(), String> {
    let started = Instant::now();
    let output = identity_client()?;
    let generated = started.elapsed();
    let dir = workspace_root().join(CLIENT_DIR);
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
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = Command::new(cargo)
        .args(["test", "--workspace"])
        .args(extra)
        .current_dir(&root)
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("tests failed ({status})"))
    }
}

fn generate(args: &[String]) -> Result<(), String> {
    let mut spec = None;
    let mut out = None;
    let mut name = None;
    let mut version = None;
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
        ..Default::default()
    };
    let output = xtask::generate_from(&spec, &options)?;
    write_crate(&out, &output)?;
    println!("wrote {} file(s) to {}", output.files.len(), out.display());
    Ok(())
}
