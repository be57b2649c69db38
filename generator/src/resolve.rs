//! Following local `$ref`s.
//!
//! References of the usual form `#/components/{kind}/{name}` are looked up in
//! the typed document; any other local pointer (`#/paths/~1a/get/parameters/0`,
//! `#/components/schemas/a/properties/b`) is read from the raw value and
//! converted on the spot. References to other files or URLs are rejected.

use crate::diagnostics::{Diagnostic, Pointer};
use crate::load::Spec;
use indexmap::IndexMap;
use openapiv3::{Components, ReferenceOr};
use serde::de::DeserializeOwned;
use std::borrow::Cow;

/// The table of one kind of component (`parameters`, `responses`, …).
pub type Table<T> = fn(&Components) -> &IndexMap<String, ReferenceOr<T>>;

/// Follows `item` through any chain of references to the object it names.
/// Returns the object and the pointer it lives at (`at` itself when `item` is
/// not a reference).
pub fn follow<'a, T: DeserializeOwned + Clone>(
    spec: &'a Spec,
    item: &'a ReferenceOr<T>,
    at: &Pointer,
    kind: &str,
    table: Table<T>,
) -> Result<(Cow<'a, T>, Pointer), Diagnostic> {
    let mut current: Cow<'a, ReferenceOr<T>> = Cow::Borrowed(item);
    let mut here = at.clone();
    let mut seen: Vec<Pointer> = Vec::new();
    loop {
        let reference = match current {
            Cow::Borrowed(ReferenceOr::Item(t)) => return Ok((Cow::Borrowed(t), here)),
            Cow::Owned(ReferenceOr::Item(t)) => return Ok((Cow::Owned(t), here)),
            Cow::Borrowed(ReferenceOr::Reference { reference }) => reference.clone(),
            Cow::Owned(ReferenceOr::Reference { reference }) => reference,
        };
        let target = local_target(spec, &reference, &here)?;
        if seen.contains(&target) || target == *at {
            seen.push(target);
            return Err(Diagnostic::at(
                &spec.file,
                at,
                format!("reference cycle: {}", chain(at, &seen)),
            ));
        }
        seen.push(target.clone());
        current = lookup(spec, &target, &here, kind, table)?;
        here = target;
    }
}

/// Checks a `$ref` string and turns it into a pointer into this document.
pub fn local_target(spec: &Spec, reference: &str, at: &Pointer) -> Result<Pointer, Diagnostic> {
    let Some(pointer) = Pointer::from_ref(&percent_decode(reference)) else {
        return Err(Diagnostic::at(
            &spec.file,
            at,
            format!(
                "`$ref: {reference}` points outside this document; only local references (`#/...`) are supported"
            ),
        ));
    };
    Ok(pointer)
}

fn lookup<'a, T: DeserializeOwned + Clone>(
    spec: &'a Spec,
    target: &Pointer,
    at: &Pointer,
    kind: &str,
    table: Table<T>,
) -> Result<Cow<'a, ReferenceOr<T>>, Diagnostic> {
    let segments: Vec<String> = target.segments().collect();
    if let [components, k, name] = segments.as_slice()
        && components == "components"
        && k == kind
        && let Some(found) = spec
            .api
            .components
            .as_ref()
            .and_then(|c| table(c).get(name))
    {
        return Ok(Cow::Borrowed(found));
    }
    let value = raw_at(spec, target, at)?;
    crate::validate::component(&spec.file, kind, value, target)?;
    serde_json::from_value::<ReferenceOr<T>>(value.clone())
        .map(Cow::Owned)
        .map_err(|e| {
            Diagnostic::at(
                &spec.file,
                at,
                format!(
                    "`$ref: {target}` does not point at a valid {}: {e}",
                    singular(kind)
                ),
            )
        })
}

/// The raw value a pointer names, or an error naming the broken reference.
pub fn raw_at<'a>(
    spec: &'a Spec,
    target: &Pointer,
    at: &Pointer,
) -> Result<&'a serde_json::Value, Diagnostic> {
    let json_pointer = target.as_str().trim_start_matches('#');
    spec.raw.pointer(json_pointer).ok_or_else(|| {
        Diagnostic::at(
            &spec.file,
            at,
            format!("`$ref: {target}` does not resolve: nothing is defined there"),
        )
    })
}

fn chain(start: &Pointer, seen: &[Pointer]) -> String {
    std::iter::once(start)
        .chain(seen)
        .map(Pointer::as_str)
        .collect::<Vec<_>>()
        .join(" → ")
}

fn singular(kind: &str) -> &str {
    match kind {
        "parameters" => "parameter",
        "requestBodies" => "request body",
        "responses" => "response",
        "headers" => "header",
        "schemas" => "schema",
        other => other,
    }
}

/// `$ref` values are URI fragments, so `%7B` may stand for `{`.
fn percent_decode(reference: &str) -> String {
    if !reference.contains('%') {
        return reference.to_owned();
    }
    percent_encoding::percent_decode_str(reference)
        .decode_utf8_lossy()
        .into_owned()
}

/// Table accessors, one per component kind.
pub fn parameters(c: &Components) -> &IndexMap<String, ReferenceOr<openapiv3::Parameter>> {
    &c.parameters
}
pub fn request_bodies(c: &Components) -> &IndexMap<String, ReferenceOr<openapiv3::RequestBody>> {
    &c.request_bodies
}
pub fn responses(c: &Components) -> &IndexMap<String, ReferenceOr<openapiv3::Response>> {
    &c.responses
}
pub fn security_schemes(
    c: &Components,
) -> &IndexMap<String, ReferenceOr<openapiv3::SecurityScheme>> {
    &c.security_schemes
}
