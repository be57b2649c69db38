//! Query parameters whose values are objects, unions or free-form JSON,
//! spread over the query by their style.

use crate::error::InvalidRequest;
use crate::json_params::{scalar, simple, to_json};
use crate::query::Query;
use serde_json::Value;

/// How a query parameter spreads an object: OpenAPI's `style` and
/// `explode`. (A struct of flags, not an enum: a crate that uses one style
/// would otherwise carry variants it never builds.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct QueryStyle {
    /// `deepObject`: `filter[role]=admin&filter[size]=3`.
    pub deep_object: bool,
    /// For `form`: each property a key of its own, `role=admin&size=3`
    /// (the default); without, `filter=role,admin,size,3`.
    pub explode: bool,
}

/// Adds a query parameter by its style.
pub(crate) fn push(
    query: &mut Query,
    name: &'static str,
    value: &impl serde::Serialize,
    style: QueryStyle,
) -> Result<(), InvalidRequest> {
    for (key, text) in pairs(name, &to_json(name, value)?, style) {
        query.push(key, text);
    }
    Ok(())
}

/// The query pairs of a value. Arrays repeat the key, except in
/// non-exploded `form`, which joins them with commas; `null` sends nothing.
fn pairs(name: &str, value: &Value, style: QueryStyle) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    match (value, style.deep_object, style.explode) {
        (Value::Object(_), true, _) => deep(&mut pairs, name.to_owned(), value),
        (Value::Object(_) | Value::Array(_), false, false) => {
            pairs.push((name.to_owned(), simple(value, false)));
        }
        (Value::Object(map), false, true) => {
            for (k, v) in map {
                push_repeated(&mut pairs, k, v);
            }
        }
        (other, _, _) => push_repeated(&mut pairs, name, other),
    }
    pairs
}

fn push_repeated(pairs: &mut Vec<(String, String)>, key: &str, value: &Value) {
    match value {
        Value::Array(items) => {
            pairs.extend(items.iter().filter_map(scalar).map(|v| (key.to_owned(), v)));
        }
        other => pairs.extend(scalar(other).map(|v| (key.to_owned(), v))),
    }
}

/// `deepObject` nests brackets as deep as the value goes: `a[b][c]=1`.
fn deep(pairs: &mut Vec<(String, String)>, key: String, value: &Value) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                deep(pairs, format!("{key}[{k}]"), v);
            }
        }
        other => push_repeated(pairs, &key, other),
    }
}

#[cfg(test)]
mod tests {
    use super::{QueryStyle, pairs};
    use serde_json::json;

    const FORM_EXPLODED: QueryStyle = QueryStyle { deep_object: false, explode: true };
    const FORM: QueryStyle = QueryStyle { deep_object: false, explode: false };
    const DEEP_OBJECT: QueryStyle = QueryStyle { deep_object: true, explode: true };

    fn text(pairs: Vec<(String, String)>) -> String {
        pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&")
    }

    #[test]
    fn objects_in_the_query() {
        let filter = json!({"role": "admin", "size": 3, "tags": ["a", "b"], "gone": null});
        assert_eq!(
            text(pairs("filter", &filter, FORM_EXPLODED)),
            "role=admin&size=3&tags=a&tags=b"
        );
        assert_eq!(
            text(pairs("filter", &filter, DEEP_OBJECT)),
            "filter[role]=admin&filter[size]=3&filter[tags]=a&filter[tags]=b"
        );
        assert_eq!(
            text(pairs("filter", &json!({"a": {"b": true}}), DEEP_OBJECT)),
            "filter[a][b]=true"
        );
        assert_eq!(
            text(pairs("filter", &json!({"role": "admin", "size": 3}), FORM)),
            "filter=role,admin,size,3"
        );
    }

    #[test]
    fn scalars_and_arrays_keep_their_name() {
        for style in [FORM_EXPLODED, DEEP_OBJECT] {
            assert_eq!(text(pairs("q", &json!("a b"), style)), "q=a b");
            assert_eq!(text(pairs("q", &json!([1, 2]), style)), "q=1&q=2");
            assert_eq!(text(pairs("q", &json!(null), style)), "");
        }
        assert_eq!(text(pairs("q", &json!([1, 2]), FORM)), "q=1,2");
    }
}
