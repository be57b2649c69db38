//! The mutation fuzzer (`tests/src/fuzz.rs`) over load → validate → IR →
//! emit → format. `cargo test` runs a short, fixed set of cases; the long run
//! is
//!
//! ```sh
//! FUZZ_SECONDS=1200 cargo test --release -p workspace-tests --test fuzz -- --ignored --nocapture
//! ```
//!
//! (`FUZZ_START` picks the first case number; `FUZZ_CASE=n` with the
//! `fuzz_one` test writes case n's input to `target/fuzz-findings/` and runs
//! it alone). With `FUZZ_COMPILE=N` it
//! also writes N of the crates it generated (spread over the run) into one
//! workspace and runs clippy and rustdoc with `-D warnings` on them: generated
//! code must build, and its docs too. Findings are written to `target/fuzz-findings/` and make the test
//! fail.

use std::io::Write;
use std::time::{Duration, Instant};
use workspace_tests::fuzz::{Outcome, corpus, run_case};

/// Runs cases on a 2 MiB stack (deep inputs must be refused, not overflow it).
fn run(
    cases: impl Iterator<Item = u64> + Send + 'static,
    deadline: Option<Instant>,
    keep: usize,
) -> (u64, u64, Vec<String>, Vec<(u64, generator::Output)>) {
    std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || {
            let corpus = corpus();
            let findings_dir = workspace_tests::root().join("target/fuzz-findings");
            let (mut generated, mut total, mut findings) = (0, 0, Vec::new());
            let mut kept = Vec::new();
            for n in cases {
                if deadline.is_some_and(|d| Instant::now() >= d) {
                    break;
                }
                // A crash (stack overflow) kills the process; the last case
                // number is left here to reproduce it.
                let _ = std::fs::create_dir_all(&findings_dir);
                if let Ok(mut f) = std::fs::File::create(findings_dir.join("last-case")) {
                    let _ = writeln!(f, "{n}");
                }
                let began = Instant::now();
                let (mut outcome, file, input, output) = run_case(&corpus, n);
                if began.elapsed() > Duration::from_secs(2) {
                    outcome = Outcome::Finding(format!("slow: {:?}", began.elapsed()));
                }
                total += 1;
                match outcome {
                    Outcome::Generated => {
                        generated += 1;
                        // Keep every 500th generated crate, up to `keep`.
                        if kept.len() < keep && generated % 500 == 1 {
                            kept.extend(output.map(|o| (n, o)));
                        }
                    }
                    Outcome::Rejected => {}
                    Outcome::Finding(what) => {
                        let _ = std::fs::write(findings_dir.join(&file), &input);
                        findings.push(format!("case {n} ({file}): {what}"));
                    }
                }
            }
            (total, generated, findings, kept)
        })
        .expect("a thread")
        .join()
        .expect("the fuzzer did not crash")
}

#[test]
fn fuzz_smoke() {
    let (total, generated, findings, _) = run(0..400, None, 0);
    assert!(findings.is_empty(), "{findings:#?}");
    // The mutations must leave enough specs valid to reach the later stages
    // (about a tenth do: half the seeds are malformed on purpose, and the
    // share moves a little as the corpus grows).
    assert!(
        generated > total / 20,
        "only {generated} of {total} cases generated"
    );
}

#[test]
#[ignore = "long run; see the module docs"]
fn fuzz_long() {
    let seconds: u64 = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let start: u64 = std::env::var("FUZZ_START")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    let keep: usize = std::env::var("FUZZ_COMPILE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let began = Instant::now();
    let (total, generated, mut findings, kept) =
        run(start.., Some(began + Duration::from_secs(seconds)), keep);
    println!(
        "fuzz: {total} cases in {:.0} s ({generated} generated, {} rejected), {} findings",
        began.elapsed().as_secs_f64(),
        total - generated,
        findings.len()
    );
    if !kept.is_empty() {
        findings.extend(compile(&kept));
        println!("fuzz: compiled {} generated crates", kept.len());
    }
    assert!(findings.is_empty(), "{findings:#?}");
}

/// Builds the kept crates with clippy; each crate that fails is a finding.
fn compile(kept: &[(u64, generator::Output)]) -> Vec<String> {
    let dir = workspace_tests::root().join("target/fuzz-compile");
    let _ = std::fs::remove_dir_all(&dir);
    let mut members = Vec::new();
    for (n, output) in kept {
        let name = format!("case-{n}");
        for f in &output.files {
            let path = dir.join(&name).join(&f.path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            let contents = if f.path == "Cargo.toml" {
                f.contents.replacen(
                    "name = \"construct-fuzz\"",
                    &format!("name = \"{name}\""),
                    1,
                )
            } else {
                f.contents.clone()
            };
            std::fs::write(path, contents).unwrap();
        }
        members.push(format!("\"{name}\""));
    }
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"3\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )
    .unwrap();
    let _ = std::fs::copy(
        workspace_tests::root().join("Cargo.lock"),
        dir.join("Cargo.lock"),
    );
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let clippy = [
        "clippy",
        "--workspace",
        "--no-default-features",
        "--message-format=short",
        "--",
        "-D",
        "warnings",
    ];
    let doc = ["doc", "--workspace", "--no-deps", "--no-default-features"];
    for args in [&clippy[..], &doc[..]] {
        let out = std::process::Command::new(&cargo)
            .args(args)
            .current_dir(&dir)
            .env("CARGO_TARGET_DIR", dir.join("target"))
            .env("RUSTDOCFLAGS", "-D warnings")
            .output()
            .expect("cargo runs");
        if !out.status.success() {
            return String::from_utf8_lossy(&out.stderr)
                .lines()
                .filter(|l| l.contains("error:") || l.contains("error[") || l.contains("warning:"))
                .map(|l| format!("`cargo {}` fails: {l}", args[0]))
                .collect();
        }
    }
    Vec::new()
}

#[test]
#[ignore = "reproduces one case; see the module docs"]
fn fuzz_one() {
    let n: u64 = std::env::var("FUZZ_CASE")
        .ok()
        .and_then(|s| s.parse().ok())
        .expect("FUZZ_CASE=n");
    let corpus = corpus();
    let (file, input) = workspace_tests::fuzz::make_case(&corpus, n);
    let dir = workspace_tests::root().join("target/fuzz-findings");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(&file), &input).unwrap();
    let began = Instant::now();
    let (outcome, _) = workspace_tests::fuzz::check(&file, &input);
    println!(
        "case {n} ({file}, {} bytes): {outcome:?} in {:?}",
        input.len(),
        began.elapsed()
    );
}
