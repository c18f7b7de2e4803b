//! Names: every enum a document, the command line or a binding shows or reads has one name
//! per variant, written once.
//!
//! Each such enum has `ALL` (every variant, in order), `as_str` (its name), [`Display`]
//! (the same name) and [`FromStr`] (the name, ASCII case ignored, plus a few aliases such as
//! `md` for Markdown). An unknown name is an [`invalid-argument`](ErrorKind::InvalidArgument)
//! error that lists the names.
//!
//! ```
//! use yousaid::{OutputFormat, Stance, Status};
//! assert_eq!(Status::InProgress.as_str(), "in_progress");
//! assert_eq!("in_progress".parse::<Status>()?, Status::InProgress);
//! assert_eq!(Stance::PartlyAccepted.to_string(), "partly_accepted");
//! assert_eq!("md".parse::<OutputFormat>()?, OutputFormat::Markdown);
//! let e = "finished".parse::<Status>().unwrap_err();
//! assert_eq!(e.code(), "invalid-argument");
//! assert!(e.message().starts_with("unknown status `finished`: use not_started"));
//! # Ok::<(), yousaid::Error>(())
//! ```
//!
//! [`Display`]: std::fmt::Display
//! [`FromStr`]: std::str::FromStr

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, Unexpected, VariantAccess, Visitor,
};

use crate::error::{Error, ErrorKind};

/// Writes `ALL`, `as_str`, `Display` and `FromStr` for an enum from one list of its variants
/// with their names (and aliases after `|`). Written `names! { serde Status, … }`, it writes
/// serde's `Deserialize` too (see [`deserialize_index`]).
macro_rules! names {
    (serde $ty:ident, $what:literal { $($variant:ident => $name:literal $(| $alias:literal)*),+ $(,)? }) => {
        $crate::names::names! {
            $ty, $what { $($variant => $name $(| $alias)*),+ }
        }

        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                const NAMES: &[&str] = &[$($name),+];
                $crate::names::deserialize_index(deserializer, stringify!($ty), NAMES)
                    .map(|i| $ty::ALL[i])
            }
        }
    };
    ($ty:ident, $what:literal { $($variant:ident => $name:literal $(| $alias:literal)*),+ $(,)? }) => {
        impl $ty {
            /// Every variant, in display order.
            pub const ALL: [$ty; [$(stringify!($variant)),+].len()] = [$($ty::$variant),+];

            /// The name used in documents, on the command line and by the bindings; `parse`
            /// reads it back (see [`names`](crate::names)).
            pub fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $name),+
                }
            }
        }

        impl ::std::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $ty {
            type Err = $crate::Error;

            /// Reads a name ([`as_str`](Self::as_str)) or an alias, ASCII case ignored.
            fn from_str(s: &str) -> Result<Self, $crate::Error> {
                let given = s.trim();
                $(
                    if given.eq_ignore_ascii_case($name)
                        $(|| given.eq_ignore_ascii_case($alias))*
                    {
                        return Ok($ty::$variant);
                    }
                )+
                Err($crate::names::unknown($what, s, &[$($name),+]))
            }
        }
    };
}

pub(crate) use names;

/// Reads a unit variant by its name (exactly, without aliases) as serde's derived `Deserialize` of
/// a unit enum does, with the same errors (`unknown variant `x`, expected one of …`), and returns
/// its index in `names`. One reader for every enum of the model, where the derived ones were one
/// each (21 KB of the optimised WebAssembly, 1.8 KB gzipped, for the 14 enums of the model;
/// December 2026).
pub(crate) fn deserialize_index<'de, D: Deserializer<'de>>(
    deserializer: D,
    name: &'static str,
    names: &'static [&'static str],
) -> Result<usize, D::Error> {
    deserializer.deserialize_enum(name, names, EnumVisitor { name, names })
}

/// The enum named `name`, read as serde's derived visitor reads it.
struct EnumVisitor {
    name: &'static str,
    names: &'static [&'static str],
}

impl<'de> Visitor<'de> for EnumVisitor {
    type Value = usize;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "enum {}", self.name)
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<usize, A::Error> {
        let (index, variant) = data.variant_seed(VariantName(self.names))?;
        variant.unit_variant()?;
        Ok(index)
    }
}

/// A variant's name (or index), read as serde's derived field visitor reads it.
struct VariantName(&'static [&'static str]);

impl<'de> DeserializeSeed<'de> for VariantName {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for VariantName {
    type Value = usize;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("variant identifier")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<usize, E> {
        match usize::try_from(v) {
            Ok(i) if i < self.0.len() => Ok(i),
            _ => Err(E::invalid_value(
                Unexpected::Unsigned(v),
                &format!("variant index 0 <= i < {}", self.0.len()).as_str(),
            )),
        }
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<usize, E> {
        self.0
            .iter()
            .position(|name| *name == v)
            .ok_or_else(|| E::unknown_variant(v, self.0))
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<usize, E> {
        self.0
            .iter()
            .position(|name| name.as_bytes() == v)
            .ok_or_else(|| E::unknown_variant(&String::from_utf8_lossy(v), self.0))
    }
}

/// `unknown status `x`: use not_started, in_progress or done`.
pub(crate) fn unknown(what: &str, given: &str, names: &[&str]) -> Error {
    let list = match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    };
    Error::new(
        ErrorKind::InvalidArgument,
        format!("unknown {what} `{given}`: use {list}"),
    )
}

#[cfg(test)]
mod tests {
    use crate::import::ImportFormat;
    use crate::validate::Code;
    use crate::*;

    /// Every variant of every named enum: its name parses back to it (in any ASCII case),
    /// `Display` writes the name, the names are distinct, and an unknown name is refused. For
    /// the enums documents hold (the first list), the name is the document's (serde's) too.
    #[test]
    fn every_variant_round_trips() {
        macro_rules! check {
            ([$($document:ty),+ $(,)?] [$($other:ty),+ $(,)?]) => {
                $(
                    check!($document);
                    for v in <$document>::ALL {
                        assert_eq!(serde_json::to_value(v).ok(), Some(v.as_str().into()));
                    }
                )+
                $(check!($other);)+
            };
            ($ty:ty) => {{
                let mut seen = std::collections::HashSet::new();
                for v in <$ty>::ALL {
                    assert_eq!(v.as_str().parse::<$ty>().ok(), Some(v), "{}", v.as_str());
                    assert_eq!(v.as_str().to_ascii_uppercase().parse::<$ty>().ok(), Some(v));
                    assert_eq!(v.to_string(), v.as_str());
                    assert!(seen.insert(v.as_str()), "{} twice", v.as_str());
                }
                let e = "no such name".parse::<$ty>().unwrap_err();
                assert_eq!(e.kind(), ErrorKind::InvalidArgument);
            }};
        }
        check!(
            [
                Status,
                Priority,
                Coverage,
                SuggestionKind,
                Consent,
                QuoteFrom,
                Stance,
                Severity,
                ActorKind,
                Sector,
                GroupKind,
                EngagementKind,
                DecisionOutcome,
                AnsweredThrough,
                Qualifier,
                Side,
            ]
            [Code, RecordKind, ImportFormat, View, OutputFormat, Layout, Season, YearPart]
        );
        // Those serde reads by their names (`names! { serde … }`) read each name back.
        macro_rules! reads {
            ($($ty:ty),+ $(,)?) => {$(
                for v in <$ty>::ALL {
                    let text = format!("\"{}\"", v.as_str());
                    assert_eq!(serde_json::from_str::<$ty>(&text).ok(), Some(v));
                }
            )+};
        }
        reads!(
            Status,
            Priority,
            Coverage,
            SuggestionKind,
            Consent,
            QuoteFrom,
            Stance,
            Severity,
            Code,
            ActorKind,
            Sector,
            GroupKind,
            EngagementKind,
            DecisionOutcome,
            Qualifier,
            Side,
        );
    }

    /// The enums `names!` reads with serde read and refuse what serde's derived reader does,
    /// with the same messages and positions, from text and from plain data.
    #[test]
    fn deserialize_as_serde_derive_does() {
        #[derive(Debug, serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        enum Derived {
            NotStarted,
            InProgress,
            Done,
            Blocked,
            Dropped,
        }
        fn outcome<T: std::fmt::Debug>(r: Result<T, serde_json::Error>) -> String {
            match r {
                Ok(v) => format!("{v:?}"),
                Err(e) => e.to_string(),
            }
        }
        let inputs = [
            r#""done""#,
            r#""Done""#,
            r#""md""#,
            r#""""#,
            "3",
            "null",
            "[]",
            r#"{"done": null}"#,
            r#"{"done": 1}"#,
            r#"{"x": null}"#,
            r#"{"done": null, "blocked": null}"#,
        ];
        for text in inputs {
            let ours = outcome(serde_json::from_str::<Status>(text));
            let derived = outcome(serde_json::from_str::<Derived>(text));
            assert_eq!(ours, derived, "{text}");
            let value: serde_json::Value = serde_json::from_str(text).unwrap();
            let ours = outcome(serde_json::from_value::<Status>(value.clone()));
            let derived = outcome(serde_json::from_value::<Derived>(value));
            assert_eq!(ours, derived, "{text} as a value");
        }
    }
}
