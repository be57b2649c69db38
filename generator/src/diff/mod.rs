//! What a spec change does to the generated client: two specs compared
//! through their IR, operation by operation and type by type, each change
//! marked breaking (code written against the old client may stop compiling
//! or working) or additive.

use crate::diagnostics::Errors;
use crate::ir::http::ParamLocation;
use crate::ir::operations::{NextPage, Operation, Success, security_text};
use crate::ir::{Api, TypeRef, TypeSet};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

mod types;
use types::{kind_name, named_types, type_changes};

/// Which part of the API to compare.
#[derive(Debug, Clone, Default)]
pub struct DiffOptions {
    /// Only operations with this tag, and the types they use.
    pub tag: Option<String>,
}

/// The changes between two versions of a spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub old_name: String,
    pub new_name: String,
    pub tag: Option<String>,
    pub operations: Vec<Entry>,
    pub types: Vec<Entry>,
}

/// An operation or type that was added, removed or changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    /// What it is (`GET /admin/identities`, `struct`, …).
    pub detail: String,
    pub status: Status,
    pub changes: Vec<Change>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Added,
    Removed,
    Changed,
}

/// One change inside a changed entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub text: String,
    pub breaking: bool,
}

impl Entry {
    fn breaking(&self) -> usize {
        match self.status {
            Status::Removed => 1,
            Status::Added => 0,
            Status::Changed => self.changes.iter().filter(|c| c.breaking).count(),
        }
    }

    fn additive(&self) -> usize {
        match self.status {
            Status::Removed => 0,
            Status::Added => 1,
            Status::Changed => self.changes.iter().filter(|c| !c.breaking).count(),
        }
    }
}

impl Report {
    pub fn breaking(&self) -> usize {
        self.operations
            .iter()
            .chain(&self.types)
            .map(Entry::breaking)
            .sum()
    }

    pub fn additive(&self) -> usize {
        self.operations
            .iter()
            .chain(&self.types)
            .map(Entry::additive)
            .sum()
    }

    pub fn is_empty(&self) -> bool {
        self.operations.is_empty() && self.types.is_empty()
    }
}

/// Loads and compares two specs.
pub fn diff_specs(
    old: (&str, &str),
    new: (&str, &str),
    options: &DiffOptions,
) -> Result<Report, Errors> {
    let old_spec = crate::load::load(old.0, old.1)?;
    let new_spec = crate::load::load(new.0, new.1)?;
    let (old_api, _) = crate::ir::build(&old_spec)?;
    let (new_api, _) = crate::ir::build(&new_spec)?;
    Ok(diff(old.0, &old_api, new.0, &new_api, options))
}

pub fn diff(old_name: &str, old: &Api, new_name: &str, new: &Api, options: &DiffOptions) -> Report {
    let included = |op: &&Operation| options.tag.as_ref().is_none_or(|t| op.tags.contains(t));
    let old_ops: BTreeMap<&str, &Operation> = old
        .operations
        .iter()
        .filter(included)
        .map(|o| (o.method_name.as_str(), o))
        .collect();
    let new_ops: BTreeMap<&str, &Operation> = new
        .operations
        .iter()
        .filter(included)
        .map(|o| (o.method_name.as_str(), o))
        .collect();

    let operations = entries(
        &old_ops,
        &new_ops,
        |o| route(o),
        |o, n| operation_changes(o, &old.types, n, &new.types),
    );
    let types = entries(
        &named_types(old, options),
        &named_types(new, options),
        |t| kind_name(t).to_owned(),
        |o, n| type_changes(o, &old.types, n, &new.types),
    );
    Report {
        old_name: old_name.to_owned(),
        new_name: new_name.to_owned(),
        tag: options.tag.clone(),
        operations,
        types,
    }
}

/// One entry per name that was added, removed or changed, in name order.
fn entries<V>(
    old: &BTreeMap<&str, V>,
    new: &BTreeMap<&str, V>,
    detail: impl Fn(&V) -> String,
    changes: impl Fn(&V, &V) -> Vec<Change>,
) -> Vec<Entry> {
    let entry = |name: &str, value: &V, status, changes| Entry {
        name: name.to_owned(),
        detail: detail(value),
        status,
        changes,
    };
    pair_up(old, new)
        .into_iter()
        .filter_map(|(name, o, n)| match (o, n) {
            (Some(o), None) => Some(entry(name, o, Status::Removed, Vec::new())),
            (None, Some(n)) => Some(entry(name, n, Status::Added, Vec::new())),
            (Some(o), Some(n)) => {
                let changes = changes(o, n);
                (!changes.is_empty()).then(|| entry(name, n, Status::Changed, changes))
            }
            (None, None) => None,
        })
        .collect()
}

/// The keys of both maps in order, with the value each side has.
pub(super) fn pair_up<'m, K: Ord, V>(
    old: &'m BTreeMap<K, V>,
    new: &'m BTreeMap<K, V>,
) -> Vec<(&'m K, Option<&'m V>, Option<&'m V>)> {
    old.keys()
        .chain(new.keys())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .map(|k| (k, old.get(k), new.get(k)))
        .collect()
}

fn route(op: &Operation) -> String {
    format!("{} {}", op.method.as_str(), op.path)
}

fn breaking(text: String) -> Change {
    Change {
        text,
        breaking: true,
    }
}

fn additive(text: String) -> Change {
    Change {
        text,
        breaking: false,
    }
}

// ---- operations ----

fn operation_changes(
    old: &Operation,
    old_types: &TypeSet,
    new: &Operation,
    new_types: &TypeSet,
) -> Vec<Change> {
    let mut changes = Vec::new();
    if route(old) != route(new) {
        changes.push(additive(format!(
            "now sent as `{}` (was `{}`)",
            route(new),
            route(old)
        )));
    }
    let key = |p: &crate::ir::operations::Param| (location_order(p.location), p.name.clone());
    let old_params: BTreeMap<_, _> = old.params.iter().map(|p| (key(p), p)).collect();
    let new_params: BTreeMap<_, _> = new.params.iter().map(|p| (key(p), p)).collect();
    for (_, o, n) in pair_up(&old_params, &new_params) {
        match (o, n) {
            (Some(p), None) => changes.push(breaking(format!(
                "{} parameter `{}` removed",
                p.location.as_str(),
                p.name
            ))),
            (None, Some(p)) => {
                let text = format!(
                    "{} parameter `{}` added: {}, {}",
                    p.location.as_str(),
                    p.name,
                    p.ty.rust_text(new_types),
                    if p.required {
                        "required (a new argument)"
                    } else {
                        "optional"
                    }
                );
                changes.push(Change {
                    text,
                    breaking: p.required,
                });
            }
            (Some(o), Some(n)) => {
                let (ot, nt) = (o.ty.rust_text(old_types), n.ty.rust_text(new_types));
                if ot != nt {
                    changes.push(breaking(format!(
                        "{} parameter `{}`: type {ot} → {nt}",
                        n.location.as_str(),
                        n.name
                    )));
                }
                match (o.required, n.required) {
                    (false, true) => changes.push(breaking(format!(
                        "{} parameter `{}` became required (a new argument)",
                        n.location.as_str(),
                        n.name
                    ))),
                    (true, false) => changes.push(breaking(format!(
                        "{} parameter `{}` became optional (an argument becomes a setter)",
                        n.location.as_str(),
                        n.name
                    ))),
                    _ => {}
                }
            }
            (None, None) => {}
        }
    }
    match (&old.body, &new.body) {
        (Some(_), None) => changes.push(breaking("request body removed".to_owned())),
        (None, Some(b)) => {
            let text = format!(
                "request body added: {} ({})",
                b.ty.rust_text(new_types),
                if b.required {
                    "required, a new argument"
                } else {
                    "optional"
                }
            );
            changes.push(Change {
                text,
                breaking: b.required,
            });
        }
        (Some(o), Some(n)) => {
            let (ot, nt) = (o.ty.rust_text(old_types), n.ty.rust_text(new_types));
            if ot != nt {
                changes.push(breaking(format!("request body: type {ot} → {nt}")));
            }
            if o.required != n.required {
                changes.push(breaking(format!(
                    "request body became {}",
                    if n.required {
                        "required (a new argument)"
                    } else {
                        "optional (an argument becomes a setter)"
                    }
                )));
            }
            if o.content_type != n.content_type {
                changes.push(additive(format!(
                    "request body sent as `{}` (was `{}`)",
                    n.content_type, o.content_type
                )));
            }
        }
        (None, None) => {}
    }
    let (os, ns) = (
        success_text(&old.success, old_types),
        success_text(&new.success, new_types),
    );
    if os != ns {
        changes.push(breaking(format!("response: {os} → {ns}")));
    }
    let (oe, ne) = (
        old.error_body.rust_text(old_types),
        new.error_body.rust_text(new_types),
    );
    if oe != ne {
        changes.push(breaking(format!("error body: {oe} → {ne}")));
    }
    match (old.security.is_empty(), new.security.is_empty()) {
        (true, false) => changes.push(breaking(format!(
            "now needs credentials ({}); calls without them will be refused",
            security_text(&new.security)
        ))),
        (false, true) => changes.push(additive("no longer needs credentials".to_owned())),
        (false, false) if old.security != new.security => changes.push(additive(format!(
            "credentials: {} → {}",
            security_text(&old.security),
            security_text(&new.security)
        ))),
        _ => {}
    }
    match (old.pagination.is_some(), new.pagination.is_some()) {
        (false, true) => changes.push(additive(
            "pages: `send_page` and `into_stream` added".to_owned(),
        )),
        (true, false) => changes.push(breaking(
            "no longer pages: `send_page` and `into_stream` removed".to_owned(),
        )),
        _ => {}
    }
    if let (Some(a), Some(b)) = (&old.pagination, &new.pagination)
        && a.next != b.next
    {
        let how = |next: &NextPage| match next {
            NextPage::Link => "the `Link` header".to_owned(),
            NextPage::Number { parameter, .. } => format!("the page number in `{parameter}`"),
        };
        changes.push(additive(format!(
            "pages by {} instead of {}",
            how(&b.next),
            how(&a.next)
        )));
    }
    if !old.deprecated && new.deprecated {
        changes.push(additive("deprecated".to_owned()));
    }
    changes
}

fn location_order(l: ParamLocation) -> u8 {
    match l {
        ParamLocation::Path => 0,
        ParamLocation::Query => 1,
        ParamLocation::Header => 2,
        ParamLocation::Cookie => 3,
    }
}

fn success_text(s: &Success, types: &TypeSet) -> String {
    match s {
        Success::Empty => "()".to_owned(),
        Success::Body(t, _) => t.rust_text(types),
        Success::Optional(t, _) => format!("Option<{}>", t.rust_text(types)),
        Success::Variants(id) => TypeRef::Named(*id).rust_text(types),
    }
}

/// The report as `cargo xtask diff` and `regenerate` print it.
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "API changes: {} → {}", self.old_name, self.new_name)?;
        if let Some(tag) = &self.tag {
            write!(f, " (operations tagged `{tag}` and the types they use)")?;
        }
        writeln!(f)?;
        if self.is_empty() {
            return writeln!(f, "\nNo changes to the generated API.");
        }
        for (title, entries) in [("Operations", &self.operations), ("Types", &self.types)] {
            if entries.is_empty() {
                continue;
            }
            writeln!(f, "\n{title}")?;
            for e in entries {
                match e.status {
                    Status::Added => writeln!(f, "  + {} ({}): additive", e.name, e.detail)?,
                    Status::Removed => writeln!(f, "  - {} ({}): BREAKING", e.name, e.detail)?,
                    Status::Changed => {
                        writeln!(f, "  ~ {} ({})", e.name, e.detail)?;
                        for c in &e.changes {
                            let mark = if c.breaking { "BREAKING" } else { "additive" };
                            writeln!(f, "      {}: {mark}", c.text)?;
                        }
                    }
                }
            }
        }
        writeln!(
            f,
            "\n{} breaking, {} additive.",
            self.breaking(),
            self.additive()
        )
    }
}
