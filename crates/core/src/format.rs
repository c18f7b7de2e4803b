//! The format tag that opens every document, `"format": "yousaid/2"`, and the versions this
//! library reads.
//!
//! | tag         | reads | writes | notes |
//! |-------------|-------|--------|-------|
//! | `yousaid/2` | yes   | yes    | the current format |
//! | `yousaid/1` | yes   | no     | migrated to `yousaid/2` on load ([`migrate`](mod@crate::migrate)) |
//!
//! A document in an older version is upgraded on load, so a file written with an earlier
//! version of the library keeps loading; saving always writes [`Format::CURRENT`].

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The format tag of a document.
///
/// ```
/// # use yousaid::Format;
/// assert_eq!(Format::CURRENT.as_str(), "yousaid/2");
/// assert_eq!(Format::parse("yousaid/1"), Some(Format::V1));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Format {
    /// `yousaid/1`: read through the [migration](mod@crate::migrate), never written.
    V1,
    /// `yousaid/2`, the current format.
    V2,
}

/// Every format tag this version of the library reads.
pub const SUPPORTED_FORMATS: &[&str] = &["yousaid/1", "yousaid/2"];

impl Format {
    /// The format this library writes: `yousaid/2`.
    pub const CURRENT: Format = Format::V2;

    /// The tag as written in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            Format::V1 => "yousaid/1",
            Format::V2 => "yousaid/2",
        }
    }

    /// The format a tag names, if this library reads it.
    pub fn parse(tag: &str) -> Option<Format> {
        match tag {
            "yousaid/1" => Some(Format::V1),
            "yousaid/2" => Some(Format::V2),
            _ => None,
        }
    }
}

impl Default for Format {
    fn default() -> Self {
        Format::CURRENT
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Always writes the current tag: the model in memory is the current format, whatever the
/// document it was read from.
impl Serialize for Format {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(Format::CURRENT.as_str())
    }
}

/// The message used when the tag names another format; the loader turns it into
/// [`ErrorKind::UnsupportedFormat`](crate::ErrorKind::UnsupportedFormat).
pub(crate) const UNSUPPORTED_PREFIX: &str = "unsupported format";

impl<'de> Deserialize<'de> for Format {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Format;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("the format tag \"yousaid/2\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Format, E> {
                Format::parse(v).ok_or_else(|| {
                    E::custom(format_args!(
                        "{UNSUPPORTED_PREFIX} `{v}`: this version of yousaid reads {}",
                        SUPPORTED_FORMATS.join(", ")
                    ))
                })
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

impl JsonSchema for Format {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Format".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "const": "yousaid/2",
            "description": "The format tag and version of the document. Documents tagged yousaid/1 are still read, through a migration; this schema describes yousaid/2."
        })
    }
}
