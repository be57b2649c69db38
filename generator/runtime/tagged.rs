//! Unions chosen by a discriminator property.
//!
//! serde's internally tagged enums remove the tag before the variant's struct
//! sees it, but OpenAPI variants usually declare the property themselves (and
//! may require it), so the whole object is kept and handed to the variant.

use serde::de::{DeserializeOwned, Deserializer};
use serde::Deserialize;

/// Reads any JSON value and the string at `property`, if there is one.
pub(crate) fn split<'de, D: Deserializer<'de>>(
    deserializer: D,
    property: &str,
) -> Result<(Option<String>, serde_json::Value), D::Error> {
    let value = serde_json::Value::deserialize(deserializer)?;
    let tag = value.get(property).and_then(|t| t.as_str()).map(str::to_owned);
    Ok((tag, value))
}

/// Reads the object into the variant its tag chose.
pub(crate) fn variant<T: DeserializeOwned, E: serde::de::Error>(
    value: serde_json::Value,
) -> Result<T, E> {
    serde_json::from_value(value).map_err(E::custom)
}
