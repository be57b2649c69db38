//! `spec/identity.yaml` must state the same facts as the OpenAPI document of
//! Ory Kratos v1.3.1, the server the tests run against
//! (`../shared/specs/kratos-v1.3.1-api.json`), for the 18 identity operations
//! and the 41 schemas they reach: paths, methods, operation ids, tags,
//! security, parameters, request bodies, status codes and schemas. Prose
//! (descriptions, summaries, titles, examples) and vendor extensions are ours.
//! The only differences allowed are the corrections listed in `CORRECTIONS`:
//! places where the running server does something else than its document
//! says. `spec/identity.yaml` explains each in a comment that names the test
//! in `tests/kratos_*.rs` showing it.

use serde_json::{Map, Value, json};
use std::path::PathBuf;

/// Where the published documents are, beside the project.
fn upstream(name: &str) -> Option<PathBuf> {
    let path = workspace_tests::root().join("../shared/specs").join(name);
    if path.exists() {
        return Some(path);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{} is missing; CI must have it",
        path.display()
    );
    eprintln!("skipped: {} is not here", path.display());
    None
}

fn load(path: &std::path::Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    generator::load::load(&name, &text)
        .unwrap_or_else(|e| panic!("{e}"))
        .raw
}

fn ours() -> Value {
    load(&workspace_tests::root().join("spec/identity.yaml"))
}

/// Follows `$ref`s to anything but schemas (parameters, responses, headers,
/// request bodies may be shared components in one document and inline in the
/// other), and drops prose and vendor extensions.
fn facts(doc: &Value, value: &Value, depth: usize) -> Value {
    assert!(depth < 64, "reference chain too deep");
    match value {
        Value::Object(o) => {
            if let Some(Value::String(r)) = o.get("$ref")
                && !r.starts_with("#/components/schemas/")
            {
                let target = doc
                    .pointer(r.trim_start_matches('#'))
                    .unwrap_or_else(|| panic!("{r}"));
                return facts(doc, target, depth + 1);
            }
            let kept: Map<String, Value> = o
                .iter()
                .filter(|(k, _)| {
                    !matches!(
                        k.as_str(),
                        "description" | "summary" | "title" | "example" | "examples"
                    ) && !k.starts_with("x-")
                })
                .map(|(k, v)| (k.clone(), facts(doc, v, depth + 1)))
                .collect();
            Value::Object(kept)
        }
        Value::Array(a) => Value::Array(a.iter().map(|v| facts(doc, v, depth + 1)).collect()),
        other => other.clone(),
    }
}

/// The identity-tagged operations, by `METHOD path`.
fn operations(doc: &Value) -> Map<String, Value> {
    let mut ops = Map::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let tagged = op["tags"]
                .as_array()
                .is_some_and(|t| t.contains(&json!("identity")));
            if tagged {
                ops.insert(
                    format!("{} {path}", method.to_uppercase()),
                    facts(doc, op, 0),
                );
            }
        }
    }
    ops
}

/// The schemas reachable from the identity operations, by name.
fn reachable_schemas(doc: &Value) -> Map<String, Value> {
    let mut found = Map::new();
    let mut stack: Vec<Value> = operations(doc).into_iter().map(|(_, v)| v).collect();
    while let Some(v) = stack.pop() {
        match v {
            Value::Object(o) => {
                if let Some(Value::String(r)) = o.get("$ref")
                    && let Some(name) = r.strip_prefix("#/components/schemas/")
                    && !found.contains_key(name)
                {
                    let schema = facts(doc, &doc["components"]["schemas"][name], 0);
                    found.insert(name.to_owned(), schema.clone());
                    stack.push(schema);
                }
                stack.extend(o.into_iter().map(|(_, v)| v));
            }
            Value::Array(a) => stack.extend(a),
            _ => {}
        }
    }
    found
}

/// The document the spec follows.
const UPSTREAM: &str = "kratos-v1.3.1-api.json";

/// The corrections, applied to the published document's facts.
const CORRECTIONS: &str = "\
- the request bodies of createIdentity, updateIdentity, patchIdentity,
  batchPatchIdentities, createRecoveryCodeForIdentity and
  createRecoveryLinkForIdentity are required
- `page_token` has neither a default (\"1\") nor a minimum
- listIdentitySessions has neither `page_size` nor `page_token`
- `jsonPatch.op` is an enum of the six RFC 6902 operations
- `identityPatchResponse.error` is a `genericError` (not `DefaultError`, which
  goes)
- the list responses declare `Link` and `X-Total-Count`";

fn correct(ops: &mut Map<String, Value>, schemas: &mut Map<String, Value>) {
    for op in ops.values_mut() {
        // (`op["parameters"]` would insert a null where there are none.)
        let params = op.get_mut("parameters").and_then(Value::as_array_mut);
        for param in params.into_iter().flatten() {
            if param["name"] == "page_token"
                && let Some(schema) = param["schema"].as_object_mut()
            {
                schema.remove("default");
                schema.remove("minimum");
            }
        }
        let id = op["operationId"].as_str().unwrap_or_default().to_owned();
        if id == "listIdentitySessions"
            && let Some(params) = op["parameters"].as_array_mut()
        {
            params.retain(|p| p["name"] != "page_size" && p["name"] != "page_token");
        }
        if [
            "createIdentity",
            "updateIdentity",
            "patchIdentity",
            "batchPatchIdentities",
            "createRecoveryCodeForIdentity",
            "createRecoveryLinkForIdentity",
        ]
        .contains(&id.as_str())
        {
            op["requestBody"]["required"] = json!(true);
        }
    }
    schemas["jsonPatch"]["properties"]["op"]["enum"] =
        json!(["add", "remove", "replace", "move", "copy", "test"]);
    schemas["identityPatchResponse"]["properties"]["error"]["$ref"] =
        json!("#/components/schemas/genericError");
    schemas.remove("DefaultError");
}

/// Checks and removes the headers our list responses add.
fn take_list_headers(ops: &mut Map<String, Value>) -> Vec<String> {
    let expected = [
        "GET /admin/identities",
        "GET /admin/identities/{id}/sessions",
        "GET /admin/sessions",
        "GET /schemas",
    ];
    let mut problems = Vec::new();
    let headers = ["Link", "X-Total-Count"];
    for op in expected {
        let response = &mut ops[op]["responses"]["200"];
        let declared = response
            .as_object_mut()
            .and_then(|r| r.remove("headers"))
            .unwrap_or(Value::Null);
        let names: Vec<&str> = declared
            .as_object()
            .map(|h| h.keys().map(String::as_str).collect())
            .unwrap_or_default();
        if names != headers {
            problems.push(format!(
                "{op}: 200 declares headers {names:?}, expected {headers:?}"
            ));
        }
    }
    problems
}

fn differences(path: &str, a: &Value, b: &Value, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            for k in keys {
                match (x.get(k), y.get(k)) {
                    (Some(u), Some(v)) => differences(&format!("{path}/{k}"), u, v, out),
                    (u, v) => out.push(format!("{path}/{k}: upstream {u:?}, ours {v:?}")),
                }
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (u, v)) in x.iter().zip(y).enumerate() {
                differences(&format!("{path}/{i}"), u, v, out);
            }
        }
        _ if a == b => {}
        _ => out.push(format!("{path}: upstream {a}, ours {b}")),
    }
}

#[test]
fn identity_spec_states_the_published_facts() {
    let Some(path) = upstream(UPSTREAM) else {
        return;
    };
    let published = load(&path);
    let ours = ours();

    let mut their_ops = operations(&published);
    let mut their_schemas = reachable_schemas(&published);
    let mut our_ops = operations(&ours);
    let our_schemas: Map<String, Value> = ours["components"]["schemas"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), facts(&ours, v, 0)))
        .collect();
    assert_eq!(their_ops.len(), 18);
    assert_eq!(their_schemas.len(), 41);

    correct(&mut their_ops, &mut their_schemas);
    let mut problems = take_list_headers(&mut our_ops);
    differences(
        "#/paths",
        &Value::Object(their_ops),
        &Value::Object(our_ops),
        &mut problems,
    );
    differences(
        "#/components/schemas",
        &Value::Object(their_schemas),
        &Value::Object(our_schemas),
        &mut problems,
    );
    assert!(
        problems.is_empty(),
        "spec/identity.yaml differs from the published document beyond these corrections:\n{CORRECTIONS}\n\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_comparison_notices_a_changed_fact() {
    // Guards the test above against comparing nothing.
    let Some(path) = upstream(UPSTREAM) else {
        return;
    };
    let published = load(&path);
    let mut ops = operations(&published);
    let before = ops.clone();
    ops["GET /admin/identities"]["parameters"][0]["schema"]["maximum"] = json!(500);
    let mut problems = Vec::new();
    differences(
        "#/paths",
        &Value::Object(before),
        &Value::Object(ops),
        &mut problems,
    );
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("parameters/0/schema/maximum"),
        "{problems:?}"
    );
}

#[test]
fn every_operation_of_the_current_client_exists() {
    let seed = workspace_tests::root().join("../shared/seed/IdentityApi.md");
    let Ok(text) = std::fs::read_to_string(&seed) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "{} is missing",
            seed.display()
        );
        return;
    };
    let seed_ops: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("[**"))
        .filter_map(|l| l.split_once("**](IdentityApi.md#").map(|(name, _)| name))
        .collect();
    assert_eq!(seed_ops.len(), 17, "{seed_ops:?}");
    let ours = ours();
    let our_ops: Vec<String> = operations(&ours)
        .values()
        .map(|op| snake(op["operationId"].as_str().unwrap()))
        .collect();
    for op in seed_ops {
        assert!(
            our_ops.iter().any(|o| o == op),
            "{op} is missing from spec/identity.yaml"
        );
    }
}

fn snake(camel: &str) -> String {
    let mut out = String::new();
    for c in camel.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}
