//! The format tag that opens every document, `"format": "yousaid/1"`, and the versions this
//! library reads.
//!
//! `yousaid/1` is the first version of the format. When a later version changes the format,
//! documents in older versions will be upgraded on load by migrations registered here, so a
//! file written today keeps loading.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The format tag of a document. Only [`Format::CURRENT`] exists today.
///
/// ```
/// # use yousaid::Format;
/// assert_eq!(Format::CURRENT.as_str(), "yousaid/1");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Format(());

/// Every format tag this version of the library reads.
pub const SUPPORTED_FORMATS: &[&str] = &["yousaid/1"];

impl Format {
    /// The format this library writes: `yousaid/1`.
    pub const CURRENT: Format = Format(());

    /// The tag as written in JSON.
    pub fn as_str(&self) -> &'static str {
        "yousaid/1"
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

impl Serialize for Format {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
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
                f.write_str("the format tag \"yousaid/1\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Format, E> {
                if v == "yousaid/1" {
                    Ok(Format::CURRENT)
                } else {
                    Err(E::custom(format_args!(
                        "{UNSUPPORTED_PREFIX} `{v}`: this version of yousaid reads {}",
                        SUPPORTED_FORMATS.join(", ")
                    )))
                }
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
            "const": "yousaid/1",
            "description": "The format tag and version of the document."
        })
    }
}
