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

use crate::error::{Error, ErrorKind};

/// Writes `ALL`, `as_str`, `Display` and `FromStr` for an enum from one list of its variants
/// with their names (and aliases after `|`).
macro_rules! names {
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
            [Code, RecordKind, ImportFormat, View, OutputFormat, Season, YearPart]
        );
    }
}
