//! Unions chosen by a discriminator property.
//!
//! serde's internally tagged enums remove the tag before the variant's struct
//! sees it, but OpenAPI variants usually declare the property themselves (and
//! may require it), so the whole object is kept and handed to the variant.

use serde::de::{DeserializeOwned, Deserializer, Error as _};
use serde::ser::{Error as _, Serialize, Serializer};
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

/// Writes a variant with its tag set to `tag`, whatever the variant holds.
pub(crate) fn serialize<S: Serializer, T: Serialize>(
    serializer: S,
    property: &str,
    tag: &str,
    value: &T,
) -> Result<S::Ok, S::Error> {
    let mut object = serde_json::to_value(value).map_err(S::Error::custom)?;
    match &mut object {
        serde_json::Value::Object(map) => {
            map.insert(property.to_owned(), serde_json::Value::from(tag));
        }
        _ => {
            return Err(S::Error::custom(format!(
                "the `{tag}` variant does not serialize to an object, so it cannot carry `{property}`"
            )));
        }
    }
    object.serialize(serializer)
}
