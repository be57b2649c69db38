//! A mutation fuzzer for the generator: specs made by mutating the seed
//! corpus (every spec in `tests/specs/` and `spec/identity.yaml`) are run
//! through the whole pipeline (load → validate → IR → emit → format). Every
//! input must end in `Ok` or an error with a location; a panic, an internal
//! error, or a crash of the process is a finding. Cases are numbered and
//! seeded, so any finding is reproduced by its number.

use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use serde_json::{Map, Value, json};
use std::panic::{AssertUnwindSafe, catch_unwind};

/// The seed corpus: (name, parsed document, original text).
pub fn corpus() -> Vec<(String, Value, String)> {
    let mut seeds = Vec::new();
    let mut files = vec![crate::root().join("spec/identity.yaml")];
    for folder in [
        "constructs",
        "operations",
        "hostile",
        "malformed",
        "diff/auth",
        "diff/fields",
    ] {
        for spec in crate::specs_in(folder) {
            files.push(crate::root().join("tests/specs").join(spec));
        }
    }
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        let name = file
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        // Seeds that do not load still seed text mutations.
        let value = generator::load::load(&name, &text)
            .map(|s| s.raw)
            .unwrap_or(Value::Null);
        seeds.push((name, value, text));
    }
    seeds
}

/// What one case did.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Generated,
    Rejected,
    /// A bug: a panic, or an error that is not about the input.
    Finding(String),
}

/// Runs case `n`: picks a seed, mutates it, generates. The input text is
/// returned so a finding can be saved, and the generated files when there
/// are some.
pub fn run_case(
    corpus: &[(String, Value, String)],
    n: u64,
) -> (Outcome, String, String, Option<generator::Output>) {
    let (file, input) = make_case(corpus, n);
    let (outcome, output) = check(&file, &input);
    (outcome, file, input, output)
}

/// The input of case `n`: its file name and text.
pub fn make_case(corpus: &[(String, Value, String)], n: u64) -> (String, String) {
    let mut rng = SmallRng::seed_from_u64(n);
    let (name, value, text) = &corpus[rng.random_range(0..corpus.len())];
    let (file, input) = if rng.random_bool(0.15) || value.is_null() {
        (name.clone(), mutate_text(text, &mut rng))
    } else {
        let mut doc = value.clone();
        let pointers = pointers(&doc);
        for _ in 0..rng.random_range(1..=4) {
            mutate(&mut doc, &pointers, &mut rng);
        }
        if rng.random_bool(0.5) {
            (
                format!("case-{n}.json"),
                serde_json::to_string_pretty(&doc).unwrap_or_default(),
            )
        } else {
            (
                format!("case-{n}.yaml"),
                serde_yaml::to_string(&doc).unwrap_or_default(),
            )
        }
    };
    (file, input)
}

/// Generates from one input and judges the outcome.
pub fn check(file: &str, input: &str) -> (Outcome, Option<generator::Output>) {
    let result = catch_unwind(AssertUnwindSafe(|| {
        generator::generate(file, input, &crate::options("fuzz.yaml"))
    }));
    let (outcome, output) = match result {
        Err(panic) => (
            Outcome::Finding(format!("panic: {}", panic_message(&panic))),
            None,
        ),
        Ok(Ok(output)) => (Outcome::Generated, Some(output)),
        Ok(Err(e)) if e.iter().any(|d| d.message.contains("internal error")) => {
            (Outcome::Finding(e.to_string()), None)
        }
        Ok(Err(e)) if !e.to_string().starts_with(file) => (
            Outcome::Finding(format!("error without the file: {e}")),
            None,
        ),
        Ok(Err(_)) => (Outcome::Rejected, None),
    };
    (outcome, output)
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_owned())
}

/// Every JSON pointer in a document (to aim mutations and `$ref`s at).
fn pointers(doc: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![(String::new(), doc)];
    while let Some((p, v)) = stack.pop() {
        match v {
            Value::Object(o) => {
                for (k, child) in o {
                    stack.push((
                        format!("{p}/{}", k.replace('~', "~0").replace('/', "~1")),
                        child,
                    ));
                }
            }
            Value::Array(a) => {
                for (i, child) in a.iter().enumerate() {
                    stack.push((format!("{p}/{i}"), child));
                }
            }
            _ => {}
        }
        out.push(p);
    }
    out.sort();
    out
}

const KEYWORDS: &[&str] = &[
    "type",
    "format",
    "properties",
    "items",
    "allOf",
    "oneOf",
    "anyOf",
    "not",
    "$ref",
    "enum",
    "required",
    "nullable",
    "additionalProperties",
    "discriminator",
    "default",
    "readOnly",
    "writeOnly",
    "description",
    "in",
    "name",
    "schema",
    "content",
    "responses",
    "parameters",
    "requestBody",
    "x-pagination",
    "security",
    "operationId",
    "mapping",
    "propertyName",
    "style",
    "explode",
    "headers",
    "servers",
    "variables",
    "paths",
    "components",
    "schemas",
    "cursor",
];

const STRINGS: &[&str] = &[
    "",
    "string",
    "integer",
    "number",
    "boolean",
    "array",
    "object",
    "null",
    "file",
    "uuid",
    "date-time",
    "date",
    "byte",
    "binary",
    "int32",
    "int64",
    "uint64",
    "application/json",
    "multipart/form-data",
    "text/plain",
    "application/x-www-form-urlencoded",
    "query",
    "path",
    "header",
    "cookie",
    "body",
    "form",
    "deepObject",
    "#/components/schemas/x",
    "#/",
    "#",
    "other.yaml#/a",
    "type",
    "self",
    "Self",
    "_",
    "1",
    "{",
    "}",
    "/a/{id}",
    "a b",
    "😀",
    "\u{0}",
    "default",
    "2XX",
    "\\",
    "\"",
];

fn random_scalar(rng: &mut SmallRng) -> Value {
    match rng.random_range(0..8) {
        0 => Value::Null,
        1 => Value::Bool(rng.random()),
        2 => json!(rng.random_range(-3i64..1000)),
        3 => json!(i64::MIN),
        4 => json!(u64::MAX),
        5 => json!(1.5e300),
        6 => Value::String("x".repeat(rng.random_range(0..3000))),
        _ => Value::String(STRINGS[rng.random_range(0..STRINGS.len())].to_owned()),
    }
}

fn random_value(rng: &mut SmallRng, pointers: &[String], depth: u32) -> Value {
    if depth > 3 {
        return random_scalar(rng);
    }
    match rng.random_range(0..7) {
        0 => Value::Array(vec![]),
        1 => Value::Object(Map::new()),
        2 => Value::Array(
            (0..rng.random_range(1..4))
                .map(|_| random_value(rng, pointers, depth + 1))
                .collect(),
        ),
        3 => {
            let mut o = Map::new();
            for _ in 0..rng.random_range(1..4) {
                let k = KEYWORDS[rng.random_range(0..KEYWORDS.len())];
                o.insert(k.to_owned(), random_value(rng, pointers, depth + 1));
            }
            Value::Object(o)
        }
        4 if !pointers.is_empty() => {
            json!({"$ref": format!("#{}", pointers[rng.random_range(0..pointers.len())])})
        }
        _ => random_scalar(rng),
    }
}

/// One structural mutation at a random place.
fn mutate(doc: &mut Value, pointers: &[String], rng: &mut SmallRng) {
    if pointers.is_empty() {
        return;
    }
    let at = pointers[rng.random_range(0..pointers.len())].clone();
    let donor = doc
        .pointer(&pointers[rng.random_range(0..pointers.len())])
        .cloned()
        .unwrap_or(Value::Null);
    let Some(node) = doc.pointer_mut(&at) else {
        return;
    };
    match rng.random_range(0..9) {
        0 | 1 => *node = random_value(rng, pointers, 0),
        2 => {
            // Delete a key or an element.
            if let Value::Object(o) = node
                && !o.is_empty()
            {
                let k = random_key(rng, o);
                o.remove(&k);
            } else if let Value::Array(a) = node
                && !a.is_empty()
            {
                a.remove(rng.random_range(0..a.len()));
            }
        }
        3 | 4 => {
            if let Value::Object(o) = node {
                let k = KEYWORDS[rng.random_range(0..KEYWORDS.len())];
                o.insert(k.to_owned(), random_value(rng, pointers, 0));
            }
        }
        5 => {
            // A reference to anywhere in the document (cycles included).
            let target = &pointers[rng.random_range(0..pointers.len())];
            *node = json!({"$ref": format!("#{target}")});
        }
        6 => *node = donor,
        7 => {
            // Deepen.
            let inner = std::mem::take(node);
            let mut wrapped = inner;
            for _ in 0..rng.random_range(1..40) {
                wrapped = if rng.random_bool(0.5) {
                    json!({"type": "array", "items": wrapped})
                } else {
                    json!({"type": "object", "properties": {"x": wrapped}})
                };
            }
            *node = wrapped;
        }
        _ => {
            // Rename a key.
            if let Value::Object(o) = node
                && !o.is_empty()
            {
                let k = random_key(rng, o);
                if let Some(v) = o.remove(&k) {
                    o.insert(STRINGS[rng.random_range(0..STRINGS.len())].to_owned(), v);
                }
            }
        }
    }
}

/// Byte-level mutations of the text, for the parsers.
/// One of the object's keys; the caller makes sure there is one.
fn random_key(rng: &mut SmallRng, object: &Map<String, Value>) -> String {
    object
        .keys()
        .nth(rng.random_range(0..object.len()))
        .cloned()
        .unwrap_or_default()
}

fn mutate_text(text: &str, rng: &mut SmallRng) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..rng.random_range(1..8) {
        if bytes.is_empty() {
            break;
        }
        let i = rng.random_range(0..bytes.len());
        match rng.random_range(0..4) {
            0 => bytes[i] = rng.random(),
            1 => {
                bytes.remove(i);
            }
            2 => {
                let insert: &[u8] = [
                    &b"{"[..],
                    b"[",
                    b":",
                    b"\n  - ",
                    b"&a ",
                    b"*a",
                    b"!!binary ",
                    b"'",
                    b"\"",
                ][rng.random_range(0..9)];
                bytes.splice(i..i, insert.iter().copied());
            }
            _ => {
                let end = (i + rng.random_range(1..200)).min(bytes.len());
                let chunk = bytes[i..end].to_vec();
                bytes.splice(i..i, chunk);
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}
