//! Reading and writing the structs of `models` as JSON objects.
//!
//! serde's derive writes, for every struct, a field enum with its own
//! visitor, a visitor for arrays and one for maps: hundreds of lines the
//! compiler checks and translates, per struct, most of them never used by a
//! JSON API. A struct here says only what is its own (its name, its fields
//! and how each is read and written); what every struct shares, the visitor
//! and the reading of keys, is written once below. Reading and writing are
//! those of the derive with the same attributes: unknown properties are
//! skipped, a property given twice is an error, a missing required one too.

use serde::de::{self, Deserializer, MapAccess, Visitor};
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

/// A struct read from the properties of an object.
pub(crate) trait FromObject: Sized {
    /// The struct's name, for messages.
    const NAME: &'static str;
    /// The properties it knows, by their JSON names.
    const FIELDS: &'static [&'static str];
    /// Reads the struct from the object's properties, in any order.
    fn from_object<'de, A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// `T::deserialize`: reads an object into `T`.
pub(crate) fn deserialize<'de, D: Deserializer<'de>, T: FromObject>(
    deserializer: D,
) -> Result<T, D::Error> {
    struct ObjectVisitor<T>(PhantomData<T>);

    impl<'de, T: FromObject> Visitor<'de> for ObjectVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "struct {}", T::NAME)
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            T::from_object(map)
        }
    }

    deserializer.deserialize_struct(T::NAME, T::FIELDS, ObjectVisitor(PhantomData))
}

/// A property's name, borrowed from the input where it can be.
pub(crate) struct Key<'de>(Cow<'de, str>);

impl Key<'_> {
    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> de::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;

        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a property name")
            }

            fn visit_borrowed_str<E: de::Error>(self, value: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(value)))
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(value.to_owned())))
            }

            fn visit_string<E: de::Error>(self, value: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(value)))
            }
        }

        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// Reads the value of property `name` into `slot`; an error if it was
/// there already.
pub(crate) fn read<'de, A: MapAccess<'de>, T: de::Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    name: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Skips the value of a property the struct does not know.
// A crate whose every struct keeps unknown properties does not call it.
#[allow(dead_code)]
pub(crate) fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<de::IgnoredAny>().map(|_| ())
}

/// The value of required property `name`: an error when it was missing.
// A crate without required properties does not call it.
#[allow(dead_code)]
pub(crate) fn required<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| de::Error::missing_field(name))
}
