//! Parameters whose values are objects, unions or free-form JSON: the
//! generated code turns them into a `serde_json::Value` and these functions
//! write it out by OpenAPI's `simple` style (paths, headers, cookies; the
//! query's `json_query` builds on them).

use crate::error::InvalidRequest;
use serde_json::Value;

/// The JSON form of a parameter's value.
pub(crate) fn to_json(name: &str, value: &impl serde::Serialize) -> Result<Value, InvalidRequest> {
    serde_json::to_value(value)
        .map_err(|e| InvalidRequest::new(format!("parameter `{name}` cannot be written: {e}")))
}

/// The text of a scalar as a parameter carries it: strings unquoted;
/// `None` for `null`. Nested arrays and objects, which no style describes,
/// are written as JSON.
pub(crate) fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// `simple` style: arrays as `a,b`, objects as `k,v,k2,v2`, or `k=v,k2=v2`
/// when exploded.
pub(crate) fn simple(value: &Value, explode: bool) -> String {
    match value {
        Value::Array(items) => items.iter().filter_map(scalar).collect::<Vec<_>>().join(","),
        Value::Object(map) => map
            .iter()
            .filter_map(|(k, v)| {
                let v = scalar(v)?;
                Some(if explode { format!("{k}={v}") } else { format!("{k},{v}") })
            })
            .collect::<Vec<_>>()
            .join(","),
        other => scalar(other).unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::simple;
    use serde_json::json;

    #[test]
    fn simple_style() {
        let value = json!({"role": "admin", "size": 3, "gone": null});
        assert_eq!(simple(&value, false), "role,admin,size,3");
        assert_eq!(simple(&value, true), "role=admin,size=3");
        assert_eq!(simple(&json!(["a", 1]), false), "a,1");
        assert_eq!(simple(&json!("plain"), false), "plain");
        assert_eq!(simple(&json!(null), false), "");
    }
}
