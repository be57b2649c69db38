//! Writing a variant of a tagged union whose struct does not declare the
//! tag property: the tag is added to the object.

use serde::ser::{Error as _, Serialize, Serializer};

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
