//! What a corpus run prints, and the shares it is judged by.

use super::{Checked, DocumentResult, Outcome};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::time::Duration;

/// Generated of all documents, compiled and clippy-clean of those checked,
/// in percent.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub(super) struct Shares {
    pub(super) generated: f64,
    pub(super) compiled: f64,
    pub(super) clean: f64,
}

/// The shares this run reached. With nothing checked, the checked shares
/// are full (there is nothing that failed).
pub(super) fn shares(results: &[DocumentResult], checked: &Checked) -> Shares {
    let share = |part: usize, whole: usize| {
        if whole == 0 {
            100.0
        } else {
            part as f64 * 100.0 / whole as f64
        }
    };
    let generated = results
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Generated(_)))
        .count();
    let n = checked.crates.len();
    let clean = if checked.clippy_ran {
        share(n - checked.clippy_failed.len(), n)
    } else {
        100.0
    };
    Shares {
        generated: share(generated, results.len()),
        compiled: share(n - checked.check_failed.len(), n),
        clean,
    }
}

/// Each share below its minimum, said as a sentence.
pub(super) fn below_minimum(reached: &Shares, min: &Shares) -> Vec<String> {
    [
        ("generated", reached.generated, min.generated),
        ("compiled", reached.compiled, min.compiled),
        ("clippy-clean", reached.clean, min.clean),
    ]
    .into_iter()
    .filter(|(_, got, least)| got < least)
    .map(|(what, got, least)| format!("{what} {got:.1} % < {least} %"))
    .collect()
}

/// A refusal's message without its particulars (names, pointers, values),
/// so that refusals of one kind count together.
fn reason(message: &str) -> String {
    let mut out = String::new();
    let mut in_code = false;
    for c in message.chars() {
        match c {
            '`' if in_code => {
                in_code = false;
                out.push_str("…`");
            }
            '`' => {
                in_code = true;
                out.push('`');
            }
            _ if in_code => {}
            c if c.is_ascii_digit() => {
                if !out.ends_with('N') {
                    out.push('N');
                }
            }
            c => out.push(c),
        }
    }
    let out = out.split(": #/").next().unwrap_or(&out).to_owned();
    match out.char_indices().nth(110) {
        Some((i, _)) => format!("{}…", &out[..i]),
        None => out,
    }
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "-".to_owned();
    }
    format!("{:.1} %", part as f64 * 100.0 / whole as f64)
}

pub(super) fn report(results: &[DocumentResult], checked: &Checked) -> String {
    let total = results.len();
    let generated = results
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Generated(_)))
        .count();
    let warned = results
        .iter()
        .filter(|r| matches!(&r.outcome, Outcome::Generated(g) if g.warnings > 0))
        .count();
    let mut refused: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    let mut panics = Vec::new();
    for r in results {
        match &r.outcome {
            Outcome::Refused(message) => refused.entry(reason(message)).or_default().push(&r.name),
            Outcome::Panicked(message) => panics.push(format!("{}: {message}", r.name)),
            Outcome::Generated(_) => {}
        }
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\ngenerated: {generated} / {total} ({}); {warned} with warnings",
        percent(generated, total)
    );
    let _ = writeln!(
        out,
        "refused: {} / {total}",
        total - generated - panics.len()
    );
    let mut reasons: Vec<(&String, &Vec<&str>)> = refused.iter().collect();
    reasons.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
    for (reason, documents) in reasons {
        let _ = writeln!(
            out,
            "  {:>4}  {reason}  (e.g. {})",
            documents.len(),
            documents[0]
        );
    }
    let _ = writeln!(out, "panics: {}", panics.len());
    for p in &panics {
        let _ = writeln!(out, "  {p}");
    }
    let n = checked.crates.len();
    let compiled = n - checked.check_failed.len();
    let _ = writeln!(
        out,
        "cargo check: {compiled} / {n} compile ({})",
        percent(compiled, n)
    );
    for (name, error) in &checked.check_failed {
        let _ = writeln!(
            out,
            "  {name}: {}",
            error.lines().next().unwrap_or_default()
        );
    }
    if checked.clippy_ran {
        let clean = n - checked.clippy_failed.len();
        let _ = writeln!(
            out,
            "clippy -D warnings: {clean} / {n} clean ({})",
            percent(clean, n)
        );
        for (name, error) in &checked.clippy_failed {
            if !checked.check_failed.contains_key(name) {
                let _ = writeln!(
                    out,
                    "  {name}: {}",
                    error.lines().next().unwrap_or_default()
                );
            }
        }
    }
    let mut slowest: Vec<&DocumentResult> = results.iter().collect();
    slowest.sort_by_key(|r| std::cmp::Reverse(r.elapsed));
    let _ = writeln!(out, "slowest:");
    for r in slowest.iter().take(5) {
        let _ = writeln!(
            out,
            "  {:>9.1} ms  {}",
            r.elapsed.as_secs_f64() * 1e3,
            r.name
        );
    }
    let all: Duration = results.iter().map(|r| r.elapsed).sum();
    let _ = writeln!(out, "all documents: {:.1} s", all.as_secs_f64());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_lose_their_particulars() {
        assert_eq!(
            reason(
                "`$ref: #/a/b` points outside this document; only local references (`#/...`) are supported"
            ),
            "`…` points outside this document; only local references (`…`) are supported"
        );
        assert_eq!(
            reason("path `/a` has 3 parameters"),
            "path `…` has N parameters"
        );
    }

    #[test]
    fn a_share_below_its_minimum_fails_the_run() {
        let reached = Shares {
            generated: 99.6,
            compiled: 99.7,
            clean: 98.3,
        };
        let min = Shares {
            generated: 99.5,
            compiled: 99.5,
            clean: 99.0,
        };
        assert_eq!(
            below_minimum(&reached, &min),
            ["clippy-clean 98.3 % < 99 %"]
        );
        assert!(below_minimum(&reached, &Shares::default()).is_empty());
    }
}
