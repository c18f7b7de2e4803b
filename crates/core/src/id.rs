//! Identifiers: the IDs items carry (`"s12"`, `"a3.1"`, `"e0g4"`) and the references to them.
//!
//! A document holds several IDs for every suggestion (its own, its question, its event, its
//! themes, the groups that raised it), so their representation matters: an [`Id`] of up to 24
//! bytes is stored inline, without an allocation of its own, and only a longer one goes to the
//! heap. In JSON an ID is a plain string.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::ops::Deref;

use compact_str::CompactString;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An ID, or a reference to one: a string, compared, hashed and ordered as its text.
///
/// It reads as a `&str` wherever one is expected, and compares with `str` and `String`.
///
/// ```
/// use yousaid::Id;
/// let id = Id::new("s12");
/// assert_eq!(id, "s12");
/// assert_eq!(id.as_str(), "s12");
/// assert!(id.starts_with('s'));
/// let from_string: Id = String::from("a3.1").into();
/// assert_eq!(from_string.to_string(), "a3.1");
/// ```
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id(CompactString);

impl Id {
    /// An ID with this text.
    pub fn new(id: impl AsRef<str>) -> Self {
        Id(CompactString::new(id))
    }

    /// The text of the ID.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl Deref for Id {
    type Target = str;

    fn deref(&self) -> &str {
        self.0.as_str()
    }
}

impl AsRef<str> for Id {
    fn as_ref(&self) -> &str {
        self.0.as_str()
    }
}

/// Lets maps and sets keyed by `Id` be looked up with a `&str` (the hash is the text's).
impl Borrow<str> for Id {
    fn borrow(&self) -> &str {
        self.0.as_str()
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<&str> for Id {
    fn from(id: &str) -> Self {
        Id(CompactString::from(id))
    }
}

impl From<&String> for Id {
    fn from(id: &String) -> Self {
        Id(CompactString::from(id.as_str()))
    }
}

impl From<String> for Id {
    fn from(id: String) -> Self {
        Id(CompactString::from(id))
    }
}

impl From<&Id> for Id {
    fn from(id: &Id) -> Self {
        id.clone()
    }
}

impl From<Id> for String {
    fn from(id: Id) -> Self {
        id.0.into_string()
    }
}

impl PartialEq<str> for Id {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Id {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Id {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<Id> for str {
    fn eq(&self, other: &Id) -> bool {
        self == other.as_str()
    }
}

impl PartialEq<Id> for &str {
    fn eq(&self, other: &Id) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq<Id> for String {
    fn eq(&self, other: &Id) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Text;

        impl serde::de::Visitor<'_> for Text {
            type Value = Id;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                // As for a `String`, so errors read the same whichever type a field has.
                f.write_str("a string")
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Id, E> {
                Ok(Id::from(v))
            }
        }

        deserializer.deserialize_str(Text)
    }
}

/// In the JSON Schema an ID is a plain string, exactly as a `String` field is.
impl JsonSchema for Id {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        String::schema_name()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        String::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn short_ids_are_inline_long_ones_are_kept_whole() {
        let short = Id::new("e12g3-24-bytes-at-most..");
        assert_eq!(short.len(), 24);
        assert!(!short.0.is_heap_allocated());
        let long = Id::new("an identifier longer than twenty-four bytes");
        assert!(long.0.is_heap_allocated());
        assert_eq!(long, "an identifier longer than twenty-four bytes");
    }

    #[test]
    fn json_is_a_plain_string() {
        let id: Id = serde_json::from_str(r#""s1\u00e9""#).unwrap();
        assert_eq!(id, "s1é");
        assert_eq!(serde_json::to_string(&id).unwrap(), r#""s1é""#);
        let e = serde_json::from_str::<Id>("7").unwrap_err();
        assert_eq!(
            e.to_string(),
            serde_json::from_str::<String>("7").unwrap_err().to_string()
        );
    }

    #[test]
    fn looks_up_by_str() {
        let mut map = HashMap::new();
        map.insert(Id::new("a1"), 1);
        assert_eq!(map.get("a1"), Some(&1));
        assert_eq!(format!("{:?}", Id::new("a1")), format!("{:?}", "a1"));
    }
}
