//! Spec text → `openapiv3::OpenAPI`, with errors that say where.
//!
//! The text is parsed into a `serde_json::Value` first (YAML through
//! `serde_yaml`, the only place that crate is used, since it is no longer
//! maintained), so that syntax errors carry a line and column, the version can
//! be checked before openapiv3 reads a 3.1 document as if it were 3.0, and a
//! structural error carries the JSON pointer of the value that did not fit.

use crate::diagnostics::{Diagnostic, Location, Pointer};
use serde_json::Value;

/// A spec that parsed: the typed document, and the raw value it came from
/// (kept for `$ref`s that point inside schemas, which the typed form cannot
/// follow).
#[derive(Debug)]
pub struct Spec {
    /// The file name used in messages.
    pub file: String,
    pub api: openapiv3::OpenAPI,
    pub raw: Value,
}

/// Parses `text` (YAML or JSON; JSON when `file` ends in `.json` or the text
/// starts with `{`) and checks that it is an OpenAPI 3.0.x document.
pub fn load(file: &str, text: &str) -> Result<Spec, Diagnostic> {
    let raw = parse_text(file, text)?;
    check_version(file, &raw)?;
    let api = to_openapi(file, &raw)?;
    Ok(Spec {
        file: file.to_owned(),
        api,
        raw,
    })
}

fn parse_text(file: &str, text: &str) -> Result<Value, Diagnostic> {
    let looks_like_json =
        file.ends_with(".json") || text.trim_start().starts_with('{');
    if looks_like_json {
        serde_json::from_str(text).map_err(|e| Diagnostic {
            file: file.to_owned(),
            location: Location::Text {
                line: e.line(),
                column: e.column(),
            },
            message: format!("invalid JSON: {}", strip_position(&e.to_string())),
        })
    } else {
        parse_yaml(file, text)
    }
}

/// The one place YAML is read.
fn parse_yaml(file: &str, text: &str) -> Result<Value, Diagnostic> {
    serde_yaml::from_str(text).map_err(|e| {
        let location = match e.location() {
            Some(l) => Location::Text {
                line: l.line(),
                column: l.column(),
            },
            None => Location::File,
        };
        Diagnostic {
            file: file.to_owned(),
            location,
            message: format!("invalid YAML: {}", strip_position(&e.to_string())),
        }
    })
}

/// serde's messages end in " at line L column C"; the location is already in
/// the diagnostic.
fn strip_position(message: &str) -> String {
    match message.find(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

fn check_version(file: &str, raw: &Value) -> Result<(), Diagnostic> {
    let root = Pointer::root();
    let Some(object) = raw.as_object() else {
        return Err(Diagnostic::at(
            file,
            &root,
            format!(
                "expected an OpenAPI document (a mapping) but found {}",
                describe(raw)
            ),
        ));
    };
    if object.contains_key("swagger") {
        return Err(Diagnostic::at(
            file,
            &root.push("swagger"),
            "this is a Swagger 2.0 document; only OpenAPI 3.0.x is supported (convert it first)",
        ));
    }
    match object.get("openapi") {
        None => Err(Diagnostic::at(
            file,
            &root,
            "missing the `openapi` field; expected `openapi: 3.0.x`",
        )),
        Some(Value::String(v)) if is_30(v) => Ok(()),
        Some(Value::String(v)) => Err(Diagnostic::at(
            file,
            &root.push("openapi"),
            format!("OpenAPI version `{v}` is not supported; only 3.0.x documents are"),
        )),
        Some(other) => Err(Diagnostic::at(
            file,
            &root.push("openapi"),
            format!(
                "expected the version as a string such as \"3.0.3\" but found {}",
                describe(other)
            ),
        )),
    }
}

fn is_30(version: &str) -> bool {
    version == "3.0"
        || version
            .strip_prefix("3.0.")
            .is_some_and(|patch| !patch.is_empty() && patch.bytes().all(|b| b.is_ascii_digit()))
}

fn to_openapi(file: &str, raw: &Value) -> Result<openapiv3::OpenAPI, Diagnostic> {
    serde_path_to_error::deserialize(raw).map_err(|e| {
        let mut pointer = Pointer::root();
        for segment in e.path().iter() {
            match segment {
                serde_path_to_error::Segment::Seq { index } => pointer = pointer.index(*index),
                serde_path_to_error::Segment::Map { key } => pointer = pointer.push(key),
                serde_path_to_error::Segment::Enum { .. }
                | serde_path_to_error::Segment::Unknown => {}
            }
        }
        let message = e.into_inner().to_string();
        Diagnostic::at(file, &pointer, explain_serde_message(&message))
    })
}

/// openapiv3 reads `$ref`-or-object values through an untagged enum whose
/// message says nothing useful; say what was expected instead.
fn explain_serde_message(message: &str) -> String {
    if message.starts_with("data did not match any variant of untagged enum ReferenceOr") {
        "expected a `$ref` or an object of the right shape here".to_owned()
    } else {
        message.to_owned()
    }
}

/// "a string", "an array", … for messages.
pub(crate) fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "a mapping",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";

    #[test]
    fn loads_minimal_yaml_and_json() {
        assert!(load("a.yaml", MINIMAL).is_ok());
        let json = r#"{"openapi":"3.0.0","info":{"title":"t","version":"1"},"paths":{}}"#;
        assert!(load("a.json", json).is_ok());
    }

    #[test]
    fn version_must_be_30() {
        for bad in ["3.1.0", "'2.0'", "3.0.x", "'3'"] {
            let text = MINIMAL.replace("3.0.3", bad);
            let err = load("a.yaml", &text).unwrap_err();
            assert!(err.to_string().contains("not supported"), "{err}");
        }
        assert!(is_30("3.0") && is_30("3.0.0") && is_30("3.0.12"));
        let err = load("a.yaml", &MINIMAL.replace("3.0.3", "3.0")).unwrap_err();
        assert!(err.to_string().contains("expected the version as a string"), "{err}");
    }

    #[test]
    fn yaml_syntax_error_has_line_and_column() {
        let err = load("a.yaml", "openapi: 3.0.3\ninfo: [\n").unwrap_err();
        assert!(matches!(err.location, Location::Text { line: 3, .. }), "{err:?}");
        assert!(err.to_string().starts_with("a.yaml:3:"), "{err}");
    }

    #[test]
    fn unquoted_status_code_keys_are_read() {
        let text = MINIMAL.replace(
            "paths: {}",
            "paths:\n  /a:\n    get:\n      responses:\n        200:\n          description: ok\n",
        );
        let spec = load("a.yaml", &text).unwrap();
        assert_eq!(spec.api.paths.paths.len(), 1);
    }
}
