//! Following local `$ref`s: the one place that does.
//!
//! References of the usual form `#/components/{kind}/{name}` are looked up in
//! the typed document; any other local pointer (`#/paths/~1a/get/parameters/0`,
//! `#/components/schemas/a/properties/b`) is read from the raw value, checked
//! like a component of its kind, and converted on the spot. References to
//! other files or URLs are rejected.

use crate::diagnostics::{Diagnostic, Pointer};
use crate::load::Spec;
use openapiv3::{Components, ReferenceOr};
use serde::de::DeserializeOwned;
use std::borrow::Cow;

/// More references than this in one chain is an error: no spec needs them.
const MAX_CHAIN: usize = 64;

/// A kind of object a `$ref` can point at.
pub(crate) struct Kind<T> {
    /// The key under `components` (`parameters`), which also selects how a
    /// target outside `components` is checked.
    pub key: &'static str,
    /// The word in messages (`parameter`).
    pub singular: &'static str,
    /// A component of this kind by name, from the typed document.
    pub component: for<'c> fn(&'c Components, &str) -> Option<&'c ReferenceOr<T>>,
}

pub(crate) const SCHEMAS: Kind<openapiv3::Schema> = Kind {
    key: "schemas",
    singular: "schema",
    component: |c, name| c.schemas.get(name),
};
pub(crate) const PARAMETERS: Kind<openapiv3::Parameter> = Kind {
    key: "parameters",
    singular: "parameter",
    component: |c, name| c.parameters.get(name),
};
pub(crate) const REQUEST_BODIES: Kind<openapiv3::RequestBody> = Kind {
    key: "requestBodies",
    singular: "request body",
    component: |c, name| c.request_bodies.get(name),
};
pub(crate) const RESPONSES: Kind<openapiv3::Response> = Kind {
    key: "responses",
    singular: "response",
    component: |c, name| c.responses.get(name),
};
pub(crate) const SECURITY_SCHEMES: Kind<openapiv3::SecurityScheme> = Kind {
    key: "securitySchemes",
    singular: "security scheme",
    component: |c, name| c.security_schemes.get(name),
};
/// OpenAPI 3.0 has no `components.pathItems`: a path item's `$ref` points
/// at another path.
pub(crate) const PATH_ITEMS: Kind<openapiv3::PathItem> = Kind {
    key: "pathItems",
    singular: "path item",
    component: |_, _| None,
};

/// Follows `item` through any chain of references to the object it names.
/// Returns the object and the pointer it lives at (`at` itself when `item` is
/// not a reference).
pub(crate) fn follow<'a, T: DeserializeOwned + Clone>(
    spec: &'a Spec,
    item: &'a ReferenceOr<T>,
    at: &Pointer,
    kind: &Kind<T>,
) -> Result<(Cow<'a, T>, Pointer), Diagnostic> {
    match item {
        ReferenceOr::Item(t) => Ok((Cow::Borrowed(t), at.clone())),
        ReferenceOr::Reference { reference } => follow_ref(spec, reference, at, kind),
    }
}

/// [`follow`], starting from the text of a `$ref` found at `at`.
pub(crate) fn follow_ref<'a, T: DeserializeOwned + Clone>(
    spec: &'a Spec,
    reference: &str,
    at: &Pointer,
    kind: &Kind<T>,
) -> Result<(Cow<'a, T>, Pointer), Diagnostic> {
    let mut reference = reference.to_owned();
    let mut here = at.clone();
    let mut seen: Vec<Pointer> = Vec::new();
    loop {
        let target = local_target(spec, &reference, &here)?;
        let cycle = seen.contains(&target) || target == *at;
        seen.push(target.clone());
        if cycle || seen.len() > MAX_CHAIN {
            let what = if cycle {
                "reference cycle"
            } else {
                "reference chain too long"
            };
            return Err(Diagnostic::at(
                &spec.file,
                at,
                format!("{what}: {}", chain(at, &seen)),
            ));
        }
        reference = match step(spec, &target, &here, kind)? {
            Cow::Borrowed(ReferenceOr::Item(t)) => return Ok((Cow::Borrowed(t), target)),
            Cow::Owned(ReferenceOr::Item(t)) => return Ok((Cow::Owned(t), target)),
            Cow::Borrowed(ReferenceOr::Reference { reference }) => reference.clone(),
            Cow::Owned(ReferenceOr::Reference { reference }) => reference,
        };
        here = target;
    }
}

/// Checks a `$ref` string and turns it into a pointer into this document.
pub(crate) fn local_target(
    spec: &Spec,
    reference: &str,
    at: &Pointer,
) -> Result<Pointer, Diagnostic> {
    let Some(pointer) = Pointer::from_ref(reference) else {
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

/// What `target` holds, itself perhaps a reference: one step of a chain.
pub(crate) fn step<'a, T: DeserializeOwned + Clone>(
    spec: &'a Spec,
    target: &Pointer,
    at: &Pointer,
    kind: &Kind<T>,
) -> Result<Cow<'a, ReferenceOr<T>>, Diagnostic> {
    let segments: Vec<String> = target.segments().collect();
    if kind.key == SCHEMAS.key && !is_schema_location(&segments) {
        return Err(Diagnostic::at(
            &spec.file,
            at,
            format!(
                "`$ref: {target}` does not point at a schema; schemas live under #/components/schemas or in a `schema` field"
            ),
        ));
    }
    if let [components, key, name] = segments.as_slice()
        && components == "components"
        && key == kind.key
        && let Some(found) = spec
            .api
            .components
            .as_ref()
            .and_then(|c| (kind.component)(c, name))
    {
        return Ok(Cow::Borrowed(found));
    }
    // `validate` checked the value as this kind, so reading it cannot go
    // wrong slowly.
    let value = raw_at(spec, target, at)?;
    serde_json::from_value::<ReferenceOr<T>>(value.clone())
        .map(Cow::Owned)
        .map_err(|e| {
            Diagnostic::at(
                &spec.file,
                at,
                format!(
                    "`$ref: {target}` does not point at a valid {}: {e}",
                    kind.singular
                ),
            )
        })
}

/// The raw value a pointer names, or an error naming the broken reference.
fn raw_at<'a>(
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

/// Schemas live in `components.schemas` and in `schema` fields.
fn is_schema_location(segments: &[String]) -> bool {
    matches!(segments, [c, s, _, ..] if c == "components" && s == "schemas")
        || segments.iter().any(|s| s == "schema")
}

fn chain(start: &Pointer, seen: &[Pointer]) -> String {
    std::iter::once(start)
        .chain(seen)
        .map(Pointer::as_str)
        .collect::<Vec<_>>()
        .join(" → ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(components: &str) -> Spec {
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n{components}"
        );
        crate::load::load("t.yaml", &text).expect("the spec loads")
    }

    #[test]
    fn chains_end_at_the_object_and_say_where_it_is() {
        let spec = spec(
            "  parameters:\n    a: {$ref: '#/components/parameters/b'}\n    b: {name: q, in: query, schema: {type: string}}\n",
        );
        let (param, at) = follow_ref(
            &spec,
            "#/components/parameters/a",
            &Pointer::root(),
            &PARAMETERS,
        )
        .expect("the chain resolves");
        assert_eq!(param.parameter_data_ref().name, "q");
        assert_eq!(at.as_str(), "#/components/parameters/b");
    }

    #[test]
    fn cycles_are_named_in_full() {
        let spec = spec(
            "  parameters:\n    a: {$ref: '#/components/parameters/b'}\n    b: {$ref: '#/components/parameters/a'}\n",
        );
        let at = Pointer::root().push("paths");
        let err = follow_ref(&spec, "#/components/parameters/a", &at, &PARAMETERS).unwrap_err();
        assert_eq!(
            err.message,
            "reference cycle: #/paths → #/components/parameters/a → #/components/parameters/b → #/components/parameters/a"
        );
    }

    #[test]
    fn schemas_are_only_read_where_schemas_live() {
        let spec = spec("  parameters:\n    a: {name: q, in: query, schema: {type: string}}\n");
        let err = follow_ref(
            &spec,
            "#/components/parameters/a",
            &Pointer::root(),
            &SCHEMAS,
        )
        .unwrap_err();
        assert!(
            err.message.contains("does not point at a schema"),
            "{}",
            err.message
        );
        let (schema, _) = follow_ref(
            &spec,
            "#/components/parameters/a/schema",
            &Pointer::root(),
            &SCHEMAS,
        )
        .expect("a parameter's schema is a schema");
        assert!(matches!(
            schema.schema_kind,
            openapiv3::SchemaKind::Type(openapiv3::Type::String(_))
        ));
    }
}
