//! Fields that may be absent or `null`, where the two mean different things.

use serde::{Deserialize, Deserializer};

/// Used with `#[serde(default)]`: an absent field stays `None`, a present one
/// (`null` included) becomes `Some`, so `Option<Option<T>>` tells the three
/// cases apart and `Option<serde_json::Value>` keeps `null` as `Value::Null`.
pub(crate) fn deserialize_some<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}
