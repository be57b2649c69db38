//! The shape of the generator's source: no file over 600 lines, and no two
//! modules that use each other. A module here is a file, or a directory with
//! a `mod.rs` (its files are one module split by concern); `ir` and `emit`
//! are only namespaces, and a module's own submodules do not count.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 600;

fn sources() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&src(), &mut out);
    out.sort();
    out
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// `ir/lower_ops/params.rs` → `["ir", "lower_ops", "params"]`.
fn module_path(file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src()).expect("under src");
    let mut parts: Vec<String> = relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

const NAMESPACES: [&[&str]; 3] = [&[], &["ir"], &["emit"]];

/// The module a path belongs to: its first prefix that is not a namespace.
fn unit(path: &[String]) -> Vec<String> {
    (1..=path.len())
        .map(|k| path[..k].to_vec())
        .find(|prefix| !NAMESPACES.iter().any(|n| n.iter().eq(prefix.iter())))
        .unwrap_or_default()
}

/// Every `crate::a::b` and `super::a` path in the code (tests left out).
fn mentioned_paths(text: &str, here: &[String]) -> Vec<Vec<String>> {
    let code = text.split("#[cfg(test)]\nmod tests").next().unwrap_or(text);
    let mut out = Vec::new();
    for start in ["crate::", "super::"] {
        let mut rest = code;
        while let Some(i) = rest.find(start) {
            let preceded = rest[..i]
                .chars()
                .last()
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':');
            let after = &rest[i + start.len()..];
            let tail: String = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            rest = &after[tail.len()..];
            if preceded {
                continue;
            }
            let mut path: Vec<String> = if start == "crate::" {
                Vec::new()
            } else {
                // `super` of `a/b.rs` and of `a/b/mod.rs` is `a`.
                here[..here.len().saturating_sub(1)].to_vec()
            };
            path.extend(
                tail.split("::")
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned),
            );
            out.push(path);
        }
    }
    out
}

#[test]
fn no_source_file_is_over_600_lines() {
    let long: Vec<String> = sources()
        .iter()
        .filter_map(|f| {
            let lines = std::fs::read_to_string(f).ok()?.lines().count();
            (lines > MAX_LINES).then(|| format!("{} ({lines} lines)", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "split these along their seams: {long:?}");
}

#[test]
fn no_two_modules_use_each_other() {
    let files = sources();
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| module_path(f)).collect();
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for file in &files {
        let here = module_path(file);
        let from = unit(&here);
        let text = std::fs::read_to_string(file).expect("readable");
        for path in mentioned_paths(&text, &here) {
            // The longest prefix that is a module; `crate::ir::Name` is a
            // name `ir` re-exports from `ir::types`.
            let Some(target) = (1..=path.len())
                .rev()
                .map(|k| path[..k].to_vec())
                .find(|p| modules.contains(p))
            else {
                continue;
            };
            let target = if target == ["ir"] && path.len() > 1 {
                vec!["ir".to_owned(), "types".to_owned()]
            } else {
                target
            };
            let to = unit(&target);
            let related = from.starts_with(&to) || to.starts_with(&from);
            if !to.is_empty() && !related {
                edges.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    let cycles: Vec<String> = edges
        .keys()
        .filter_map(|start| cycle_from(start, &edges))
        .map(|cycle| {
            cycle
                .iter()
                .map(|m| m.join("::"))
                .collect::<Vec<_>>()
                .join(" -> ")
        })
        .collect();
    assert!(
        cycles.is_empty(),
        "modules that use each other: {cycles:#?}"
    );
    // The check sees real edges (it would pass vacuously otherwise).
    let ir_types = vec!["ir".to_owned(), "types".to_owned()];
    assert!(edges.values().any(|t| t.contains(&ir_types)), "{edges:?}");
}

type Graph = BTreeMap<Vec<String>, BTreeSet<Vec<String>>>;

/// A path of edges from `start` back to itself, if there is one.
fn cycle_from(start: &Vec<String>, edges: &Graph) -> Option<Vec<Vec<String>>> {
    let mut stack = vec![vec![start.clone()]];
    let mut visited = BTreeSet::new();
    while let Some(path) = stack.pop() {
        let last = path.last()?;
        for next in edges.get(last).into_iter().flatten() {
            if next == start {
                let mut cycle = path.clone();
                cycle.push(next.clone());
                return Some(cycle);
            }
            if visited.insert(next.clone()) {
                let mut longer = path.clone();
                longer.push(next.clone());
                stack.push(longer);
            }
        }
    }
    None
}
