//! Render options read from text or from a serde value: one set of option names and
//! aliases for the command line, Python and JavaScript.
//!
//! | option | aliases | value |
//! |---|---|---|
//! | `view` | | `full`, `table` or `tracker` ([`View`]) |
//! | `format` | | `html` (`page`), `fragment`, `markdown` (`md`) or `text` (`txt`) ([`OutputFormat`]) |
//! | `as_of` | `asOf`, `as-of` | a date, `YYYY-MM-DD` |
//! | `template` | | the name of an added (or built-in) template |
//! | `template_source` | `templateSource`, `template-source` | a template's source, rendered once |
//! | `width` | | a whole number of columns for plain text (0: no wrapping) |
//! | `layout` | | the full view's layout: `event`, `consultation`, `log`, `recommendations` or `forum` (default: chosen from the document, see [`Layout::choose`](super::Layout::choose)) |
//! | `lang` | `language` | the language of the built-in labels, `en` or `cy` ([`Lang`](super::Lang)) |
//! | `labels` | `label` | built-in labels replaced by key: a map of key to text, or one `KEY=TEXT` (repeatable) |
//!
//! A value of `null` (or `None`) leaves the option at its default. An unknown option or a bad
//! value is an [`invalid-argument`](crate::ErrorKind::InvalidArgument) error whose
//! [`path`](crate::Error::path) is the option's name. Adding an option is one row in
//! [`OPTIONS`](RenderOptions::OPTIONS) and one arm in [`RenderOptions::set`].

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};

use super::{OutputFormat, RenderOptions, View};
use crate::error::{Error, ErrorKind};

/// A value given for an option: text, a whole number, or nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OptionValue {
    /// Text, such as `"md"` or `"2015-01-31"`.
    Text(String),
    /// A whole number, such as a width.
    Number(u64),
    /// Keys with their text, such as labels replaced by key.
    Pairs(Vec<(String, String)>),
    /// No value: the option keeps its default.
    Null,
}

impl From<&str> for OptionValue {
    fn from(text: &str) -> Self {
        OptionValue::Text(text.to_owned())
    }
}

impl RenderOptions {
    /// Every option by its name, each with its aliases (see [the table](super::options)).
    pub const OPTIONS: &'static [(&'static str, &'static [&'static str])] = &[
        ("view", &[]),
        ("format", &[]),
        ("as_of", &["asOf", "as-of"]),
        ("template", &[]),
        ("template_source", &["templateSource", "template-source"]),
        ("width", &[]),
        ("layout", &[]),
        ("lang", &["language"]),
        ("labels", &["label"]),
    ];

    /// The name of an option from its name or an alias, `None` when there is no such option.
    ///
    /// ```
    /// # use yousaid::RenderOptions;
    /// assert_eq!(RenderOptions::option_name("asOf"), Some("as_of"));
    /// assert_eq!(RenderOptions::option_name("colour"), None);
    /// ```
    pub fn option_name(given: &str) -> Option<&'static str> {
        Self::OPTIONS
            .iter()
            .find(|(name, aliases)| *name == given || aliases.contains(&given))
            .map(|(name, _)| *name)
    }

    /// Sets an option by name (or alias) from text or a number, as the command line and the
    /// bindings give them.
    ///
    /// ```
    /// # use yousaid::{RenderOptions, View, OutputFormat};
    /// let mut options = RenderOptions::new();
    /// options.set("view", "table")?;
    /// options.set("format", "md")?;
    /// options.set("asOf", "2015-01-31")?;
    /// options.set("width", "60")?;
    /// assert_eq!(options.get_view(), View::Table);
    /// assert_eq!(options.get_format(), OutputFormat::Markdown);
    /// let e = options.set("format", "pdf").unwrap_err();
    /// assert_eq!((e.code(), e.path()), ("invalid-argument", Some("format")));
    /// let e = options.set("colour", "red").unwrap_err();
    /// assert_eq!((e.code(), e.path()), ("invalid-argument", Some("colour")));
    /// # Ok::<(), yousaid::Error>(())
    /// ```
    pub fn set(&mut self, name: &str, value: impl Into<OptionValue>) -> Result<(), Error> {
        let Some(option) = Self::option_name(name) else {
            let names: Vec<&str> = Self::OPTIONS.iter().map(|(name, _)| *name).collect();
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!("unknown render option `{name}`: use {}", names.join(", ")),
            )
            .with_path(name));
        };
        let value = value.into();
        let text = match &value {
            OptionValue::Null => return Ok(()),
            OptionValue::Text(text) => Some(text.as_str()),
            OptionValue::Number(_) | OptionValue::Pairs(_) => None,
        };
        let bad = |e: Error| {
            Error::new(
                ErrorKind::InvalidArgument,
                format!("render option `{option}`: {}", e.message()),
            )
            .with_path(option)
        };
        let wants_text = || {
            bad(Error::new(
                ErrorKind::InvalidArgument,
                "give text, not a number",
            ))
        };
        match option {
            "view" => self.view = text.ok_or_else(wants_text)?.parse::<View>().map_err(bad)?,
            "format" => {
                self.format = text
                    .ok_or_else(wants_text)?
                    .parse::<OutputFormat>()
                    .map_err(bad)?;
            }
            "as_of" => {
                let text = text.ok_or_else(wants_text)?;
                self.as_of = Some(
                    crate::date::parse_exact(text)
                        .map_err(|e| bad(Error::new(ErrorKind::InvalidArgument, e.to_string())))?,
                );
            }
            "template" => self.template = Some(text.ok_or_else(wants_text)?.to_owned()),
            "template_source" => {
                self.template_source = Some(text.ok_or_else(wants_text)?.to_owned());
            }
            "width" => {
                self.width = match value {
                    OptionValue::Number(n) => usize::try_from(n).ok(),
                    _ => text.and_then(|t| t.trim().parse().ok()),
                }
                .ok_or_else(|| {
                    bad(Error::new(
                        ErrorKind::InvalidArgument,
                        "give a whole number of columns (0: no wrapping)",
                    ))
                })?;
            }
            "layout" => {
                self.layout = Some(
                    text.ok_or_else(wants_text)?
                        .parse::<super::Layout>()
                        .map_err(bad)?,
                );
            }
            "lang" => {
                self.lang = Some(
                    text.ok_or_else(wants_text)?
                        .parse::<super::Lang>()
                        .map_err(bad)?,
                );
            }
            "labels" => {
                let pairs = match value {
                    OptionValue::Pairs(pairs) => pairs,
                    OptionValue::Text(one) => match one.split_once('=') {
                        Some((key, text)) => vec![(key.trim().to_owned(), text.to_owned())],
                        None => {
                            return Err(bad(Error::new(
                                ErrorKind::InvalidArgument,
                                "give KEY=TEXT, or a map of keys to text",
                            )));
                        }
                    },
                    _ => {
                        return Err(bad(Error::new(
                            ErrorKind::InvalidArgument,
                            "give a map of label keys to text",
                        )));
                    }
                };
                for (key, text) in pairs {
                    let key = super::labels::key(&key).ok_or_else(|| {
                        super::labels::unknown_label(&key).with_path(format!("labels.{key}"))
                    })?;
                    self.labels.push((key, text));
                }
            }
            other => {
                return Err(bad(Error::new(
                    ErrorKind::InvalidArgument,
                    format!("`{other}` is listed but not read"),
                )));
            }
        }
        Ok(())
    }
}

impl From<u64> for OptionValue {
    fn from(n: u64) -> Self {
        OptionValue::Number(n)
    }
}

impl From<usize> for OptionValue {
    fn from(n: usize) -> Self {
        OptionValue::Number(u64::try_from(n).unwrap_or(u64::MAX))
    }
}

impl From<std::collections::BTreeMap<String, String>> for OptionValue {
    fn from(pairs: std::collections::BTreeMap<String, String>) -> Self {
        OptionValue::Pairs(pairs.into_iter().collect())
    }
}

impl From<Vec<(String, String)>> for OptionValue {
    fn from(pairs: Vec<(String, String)>) -> Self {
        OptionValue::Pairs(pairs)
    }
}

impl From<String> for OptionValue {
    fn from(text: String) -> Self {
        OptionValue::Text(text)
    }
}

impl<T: Into<OptionValue>> From<Option<T>> for OptionValue {
    fn from(value: Option<T>) -> Self {
        value.map_or(OptionValue::Null, Into::into)
    }
}

impl<'de> Deserialize<'de> for OptionValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = OptionValue;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("text, a whole number or null")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<OptionValue, E> {
                Ok(OptionValue::Text(v.to_owned()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<OptionValue, E> {
                Ok(OptionValue::Number(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<OptionValue, E> {
                u64::try_from(v)
                    .map(OptionValue::Number)
                    .map_err(|_| E::custom("a negative number"))
            }
            fn visit_unit<E: de::Error>(self) -> Result<OptionValue, E> {
                Ok(OptionValue::Null)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OptionValue, A::Error> {
                let mut pairs = Vec::new();
                while let Some((key, text)) = map.next_entry::<String, String>()? {
                    pairs.push((key, text));
                }
                Ok(OptionValue::Pairs(pairs))
            }
            fn visit_none<E: de::Error>(self) -> Result<OptionValue, E> {
                Ok(OptionValue::Null)
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// Reads the options from a map (a JSON object, a Python dict): every key an option name or
/// alias, as [`RenderOptions::set`] reads them.
///
/// ```
/// # use yousaid::{RenderOptions, OutputFormat};
/// let options: RenderOptions = serde_json::from_str(r#"{"format": "txt", "width": 60, "asOf": null}"#)?;
/// assert_eq!(options.get_format(), OutputFormat::Text);
/// assert!(serde_json::from_str::<RenderOptions>(r#"{"colour": "red"}"#).is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
impl<'de> Deserialize<'de> for RenderOptions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(OptionsVisitor { refuse: &[] })
    }
}

struct OptionsVisitor {
    /// Options refused, each with why.
    refuse: &'static [(&'static str, &'static str)],
}

impl<'de> Visitor<'de> for OptionsVisitor {
    type Value = RenderOptions;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object of render options")
    }

    fn visit_unit<E: de::Error>(self) -> Result<RenderOptions, E> {
        Ok(RenderOptions::new())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RenderOptions, A::Error> {
        let mut options = RenderOptions::new();
        while let Some(key) = map.next_key::<String>()? {
            let value: OptionValue = map.next_value()?;
            let name = RenderOptions::option_name(&key);
            if value != OptionValue::Null
                && let Some((_, why)) = self.refuse.iter().find(|(n, _)| Some(*n) == name)
            {
                return Err(de::Error::custom(format!("`{key}` does not apply ({why})")));
            }
            options
                .set(&key, value)
                .map_err(|e| de::Error::custom(e.message()))?;
        }
        Ok(options)
    }
}

/// The options of a bulletin ([`Renderer::render_bulletin`](super::Renderer::render_bulletin)),
/// read from a map like [`RenderOptions`]: `view` and `as_of` do not apply to a bulletin,
/// which covers the changes between two versions, and are refused rather than ignored.
///
/// ```
/// # use yousaid::render::BulletinOptions;
/// let options: BulletinOptions = serde_json::from_str(r#"{"format": "md"}"#)?;
/// assert_eq!(options.0.get_format(), yousaid::OutputFormat::Markdown);
/// assert!(serde_json::from_str::<BulletinOptions>(r#"{"view": "table"}"#).is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BulletinOptions(pub RenderOptions);

impl<'de> Deserialize<'de> for BulletinOptions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_map(OptionsVisitor {
                refuse: &[
                    ("view", "a bulletin is always the changes"),
                    ("layout", "a bulletin is always the changes"),
                    (
                        "as_of",
                        "a bulletin covers the changes between the two versions",
                    ),
                ],
            })
            .map(BulletinOptions)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_option_and_alias_is_read() {
        for (name, aliases) in RenderOptions::OPTIONS {
            for given in std::iter::once(name).chain(aliases.iter()) {
                assert_eq!(RenderOptions::option_name(given), Some(*name));
            }
        }
        let json = r#"{"view": "tracker", "format": "fragment", "as-of": "2015-01-31",
            "template": "mine.html", "templateSource": "{{ summary.title }}", "width": 0}"#;
        let options: RenderOptions = serde_json::from_str(json).unwrap();
        assert_eq!(options.get_view(), View::Tracker);
        assert_eq!(options.get_format(), OutputFormat::Fragment);
        assert_eq!(
            options.get_as_of(),
            Some(crate::Date::constant(2015, 1, 31))
        );
        assert_eq!(options.get_template(), Some("mine.html"));
        assert_eq!(options.get_template_source(), Some("{{ summary.title }}"));
        assert_eq!(options.width, 0);
    }

    #[test]
    fn bad_values_name_the_option() {
        let mut options = RenderOptions::new();
        for (name, value) in [
            ("view", OptionValue::from("graph")),
            ("format", OptionValue::Number(3)),
            ("as_of", OptionValue::from("2015-02-30")),
            ("width", OptionValue::from("wide")),
        ] {
            let e = options.set(name, value).unwrap_err();
            assert_eq!(e.code(), "invalid-argument");
            assert_eq!(e.path(), Some(name));
            assert!(e.message().contains(name), "{}", e.message());
        }
        options.set("width", OptionValue::Null).unwrap();
        assert_eq!(options, RenderOptions::new());
    }

    /// `docs/names.md` lists every option under its Rust name, with Python and JavaScript
    /// names the core reads as that option and an example value it accepts.
    #[test]
    fn the_names_table_lists_every_option() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/names.md");
        let text = std::fs::read_to_string(path).unwrap();
        let mut listed = Vec::new();
        for line in text.lines().filter(|l| l.starts_with("| `")) {
            let cells: Vec<&str> = line
                .split(" | ")
                .map(|c| c.trim_matches(['|', ' ', '`']))
                .collect();
            let [rust, _cli, python, js, example, ..] = cells[..] else {
                panic!("a short row: {line}");
            };
            assert_eq!(RenderOptions::option_name(python), Some(rust), "{line}");
            assert_eq!(RenderOptions::option_name(js), Some(rust), "{line}");
            RenderOptions::new().set(js, example).unwrap();
            listed.push(rust);
        }
        let names: Vec<&str> = RenderOptions::OPTIONS.iter().map(|(n, _)| *n).collect();
        assert_eq!(listed, names);
    }
}
