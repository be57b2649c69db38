//! Spec text → `openapiv3::OpenAPI`, with errors that say where.
//!
//! Four steps:
//! 1. The text is parsed into a plain value, rejecting duplicate keys; syntax
//!    errors carry a line and column.
//! 2. The `openapi` version is checked (openapiv3 would read a 3.1 document as
//!    if it were 3.0).
//! 3. `validate` walks the value and reports any object of the wrong
//!    shape by its exact JSON pointer, `$ref` targets included (each as the
//!    kind of object its reference stands for).
//! 4. The value is read into openapiv3's typed document (serde_json keeps
//!    the spec's order of schemas, properties and paths in it).
//!
//! Between them, a 3.1 document is rewritten into the 3.0 shape
//! (`openapi31`), and sloppy but clear constructs into what they mean
//! (`tolerate`, before step 3; callbacks are left out after it).

use crate::diagnostics::{Diagnostic, Errors, Location, Pointer, Warnings};
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// A spec that parsed and has the shape of an OpenAPI 3.0 document.
#[derive(Debug)]
pub struct Spec {
    /// The file name used in messages.
    pub file: String,
    pub api: openapiv3::OpenAPI,
    /// The document as a plain value, for `$ref`s into places the typed
    /// document does not expose (`#/components/schemas/a/properties/b`).
    pub raw: Value,
    /// What reading it loosened (3.1 constructs 3.0 cannot say).
    pub warnings: Warnings,
}

/// The OpenAPI versions read: 3.1 is rewritten into the 3.0 shape first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Version {
    V30,
    V31,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Yaml,
}

/// Parses `text` (YAML or JSON; JSON when `file` ends in `.json` or the text
/// starts with `{`) and checks that it is an OpenAPI 3.0.x document.
pub fn load(file: &str, text: &str) -> Result<Spec, Errors> {
    let format = if file.ends_with(".json") || text.trim_start().starts_with('{') {
        Format::Json
    } else {
        Format::Yaml
    };
    let mut raw = parse_strict(file, text, format)?;
    let mut warnings = Warnings::new(file);
    let version = check_version(file, &raw)?;
    if version == Version::V31 {
        crate::openapi31::downgrade(&mut raw, &mut warnings);
    }
    crate::tolerate::rewrite(&mut raw, version == Version::V31, &mut warnings);
    crate::validate::validate(file, &raw)?;
    crate::tolerate::leave_out_callbacks(&mut raw, &mut warnings);
    // openapiv3 can panic on input its untagged enums read differently the
    // second time; the checks above rule out the known cases, and this turns
    // any other into an error rather than a crash.
    let typed = || typed(file, &raw);
    let api = catch_unwind(AssertUnwindSafe(typed)).unwrap_or_else(|_| {
        Err(Diagnostic {
            file: file.to_owned(),
            location: Location::File,
            message: "openapiv3 failed on this document in a way the checks before it did not foresee; please report it".to_owned(),
        })
    })?;
    Ok(Spec {
        file: file.to_owned(),
        api,
        raw,
        warnings,
    })
}

/// Parses the text into a plain value. The one place YAML is read besides
/// [`parse`] (serde_yaml is no longer maintained, so it stays in this module).
fn parse_strict(file: &str, text: &str, format: Format) -> Result<Value, Diagnostic> {
    let (kind, result) = match format {
        Format::Json => {
            let mut de = serde_json::Deserializer::from_str(text);
            let result = serde_path_to_error::deserialize::<_, Strict>(&mut de)
                .map_err(|e| {
                    let pointer = pointer_of(e.path());
                    let inner = e.into_inner();
                    (
                        pointer,
                        Some((inner.line(), inner.column())),
                        inner.to_string(),
                    )
                })
                .and_then(|v| {
                    // Text after the document.
                    de.end()
                        .map(|()| v)
                        .map_err(|e| (Pointer::root(), Some((e.line(), e.column())), e.to_string()))
                });
            ("JSON", result)
        }
        Format::Yaml => {
            let de = serde_yaml::Deserializer::from_str(text);
            let result = serde_path_to_error::deserialize::<_, Strict>(de).map_err(|e| {
                let pointer = pointer_of(e.path());
                let inner = e.into_inner();
                let at = inner.location().map(|l| (l.line(), l.column()));
                (pointer, at, strip_yaml_path(&inner.to_string()))
            });
            ("YAML", result)
        }
    };
    result.map(|s| s.0).map_err(|(pointer, line_col, message)| {
        let message = strip_position(&message);
        let location = match line_col {
            Some((line, column)) if pointer == Pointer::root() => Location::Text { line, column },
            Some((line, column)) => Location::Both {
                pointer,
                line,
                column,
            },
            None => Location::Pointer(pointer),
        };
        Diagnostic {
            file: file.to_owned(),
            location,
            message: format!("invalid {kind}: {message}"),
        }
    })
}

/// A JSON value read from JSON or YAML, with duplicate keys rejected (serde
/// keeps the last one silently, and openapiv3 can trip over them).
struct Strict(Value);

impl<'de> Deserialize<'de> for Strict {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON or YAML value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| E::custom(format!("the number {v} cannot be represented in JSON")))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        Strict::deserialize(d).map(|s| s.0)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(Strict(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                return Err(de::Error::custom(format!("duplicate key `{key}`")));
            }
            let Strict(value) = map.next_value()?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

/// Reads the checked (and rewritten) value as openapiv3's typed document. A
/// value of the wrong shape that the checks missed is reported by pointer.
fn typed(file: &str, raw: &Value) -> Result<openapiv3::OpenAPI, Diagnostic> {
    serde_path_to_error::deserialize(raw).map_err(|e| {
        let pointer = pointer_of(e.path());
        let message = e.into_inner().to_string();
        Diagnostic::at(
            file,
            &pointer,
            explain_serde_message(&strip_position(&message)),
        )
    })
}

fn pointer_of(path: &serde_path_to_error::Path) -> Pointer {
    let mut pointer = Pointer::root();
    for segment in path.iter() {
        match segment {
            serde_path_to_error::Segment::Seq { index } => pointer = pointer.index(*index),
            serde_path_to_error::Segment::Map { key } => pointer = pointer.push(key),
            serde_path_to_error::Segment::Enum { .. } | serde_path_to_error::Segment::Unknown => {}
        }
    }
    pointer
}

/// serde_yaml starts its messages with its own dotted path
/// (`components.schemas.a: ...`); the pointer says the same.
fn strip_yaml_path(message: &str) -> String {
    match message.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') && !path.is_empty() => rest.to_owned(),
        _ => message.to_owned(),
    }
}

/// serde's messages end in " at line L column C"; the location is already in
/// the diagnostic.
fn strip_position(message: &str) -> String {
    match message.find(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

fn check_version(file: &str, raw: &Value) -> Result<Version, Diagnostic> {
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
            "this is a Swagger 2.0 document; only OpenAPI 3.0.x and 3.1.x are supported (convert it first)",
        ));
    }
    match object.get("openapi") {
        None => Err(Diagnostic::at(
            file,
            &root,
            "missing the `openapi` field; expected `openapi: 3.0.x` or `3.1.x`",
        )),
        Some(Value::String(v)) if is_minor(v, "3.0") => Ok(Version::V30),
        Some(Value::String(v)) if is_minor(v, "3.1") => Ok(Version::V31),
        Some(Value::String(v)) => Err(Diagnostic::at(
            file,
            &root.push("openapi"),
            format!("OpenAPI version `{v}` is not supported; only 3.0.x and 3.1.x documents are"),
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

/// `3.0`, `3.0.3`: `minor` and a numeric patch level.
fn is_minor(version: &str, minor: &str) -> bool {
    version == minor
        || version
            .strip_prefix(minor)
            .and_then(|rest| rest.strip_prefix('.'))
            .is_some_and(|patch| !patch.is_empty() && patch.bytes().all(|b| b.is_ascii_digit()))
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
    fn version_must_be_30_or_31() {
        for bad in ["3.2.0", "'2.0'", "3.0.x", "'3'", "3.1.x"] {
            let text = MINIMAL.replace("3.0.3", bad);
            let err = load("a.yaml", &text).unwrap_err();
            assert!(err.to_string().contains("not supported"), "{err}");
        }
        assert!(is_minor("3.0", "3.0") && is_minor("3.0.0", "3.0") && is_minor("3.0.12", "3.0"));
        assert!(is_minor("3.1.0", "3.1") && !is_minor("3.10.0", "3.1"));
        assert!(load("a.yaml", &MINIMAL.replace("3.0.3", "3.1.0")).is_ok());
        let err = load("a.yaml", &MINIMAL.replace("3.0.3", "3.0")).unwrap_err();
        assert!(
            err.to_string().contains("expected the version as a string"),
            "{err}"
        );
    }

    #[test]
    fn yaml_syntax_error_has_line_and_column() {
        let err = load("a.yaml", "openapi: 3.0.3\ninfo: [\n").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("a.yaml:3:1: #/info: invalid YAML:"),
            "{err}"
        );
        let err = load("a.json", "{\"openapi\": \"3.0.3\",}").unwrap_err();
        assert_eq!(
            err.first().location,
            Location::Text {
                line: 1,
                column: 21
            },
            "{err}"
        );
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

    #[test]
    fn spec_order_is_kept() {
        let text = format!(
            "{MINIMAL}components:\n  schemas:\n    zebra: {{type: string}}\n    apple: {{type: string}}\n"
        );
        let spec = load("a.yaml", &text).unwrap();
        let names: Vec<&String> = spec
            .api
            .components
            .as_ref()
            .unwrap()
            .schemas
            .keys()
            .collect();
        assert_eq!(names, ["zebra", "apple"]);
    }

    #[test]
    fn shape_errors_have_pointer_and_line() {
        let text = MINIMAL.replace(
            "paths: {}",
            "paths: {}\ncomponents:\n  schemas:\n    a:\n      type: object\n      required: yes\n",
        );
        let err = load("a.yaml", &text).unwrap_err();
        assert_eq!(
            err.first().pointer().map(Pointer::as_str),
            Some("#/components/schemas/a/required"),
            "{err}"
        );
    }

    #[test]
    fn raw_value_is_kept() {
        let spec = load("a.yaml", MINIMAL).unwrap();
        assert_eq!(spec.raw.pointer("/info/title"), Some(&Value::from("t")));
    }

    #[test]
    fn duplicate_keys_are_rejected_with_their_place() {
        let text = format!(
            "{MINIMAL}components:\n  schemas:\n    a:\n      type: object\n      type: string\n"
        );
        let err = load("a.yaml", &text).unwrap_err();
        assert!(
            err.to_string()
                .contains("#/components/schemas/a: invalid YAML: duplicate key `type`"),
            "{err}"
        );
    }
}
