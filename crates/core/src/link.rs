//! Links: `http`, `https`, `mailto` and `tel` only.
//!
//! A [`Url`] holds the text exactly as written so that a document with a bad link still loads
//! and [`Summary::validate`](crate::Summary::validate) can report it (code `bad-link`) beside
//! every other problem. Renderers emit a link only when [`Url::is_allowed`] says so.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A web or e-mail address, or a telephone number, as written in the document.
///
/// ```
/// use yousaid::Url;
/// assert!(Url::new("https://www.westyorkshire-pcc.gov.uk/").is_allowed());
/// assert!(Url::new("mailto:contact@example.org").is_allowed());
/// assert!(Url::new("tel:+44 (0)1924 294000").is_allowed());
/// assert!(!Url::new("javascript:alert(1)").is_allowed());
/// assert!(!Url::new("https://exa mple.org").is_allowed());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
#[schemars(
    description = "An http, https or mailto address, or a tel: number (digits, spaces, +, -, parentheses).",
    extend("pattern" = "^([hH][tT][tT][pP][sS]?://[^\\s/]+[^\\s]*|[mM][aA][iI][lL][tT][oO]:[^\\s]+@[^\\s]+|[tT][eE][lL]:[0-9+() -]*[0-9][0-9+() -]*)$")
)]
pub struct Url(String);

/// Why a [`Url`] is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum UrlProblem {
    /// The scheme is not `http`, `https`, `mailto` or `tel` (for example `javascript:` or
    /// `data:`).
    Scheme,
    /// The address contains white space or control characters.
    Whitespace,
    /// An `http(s)` address without a host, a `mailto` address without `@`, or a `tel`
    /// number without digits or with characters other than digits, spaces, `+`, `-`, `(` and
    /// `)`.
    Incomplete,
    /// The host (or a `mailto` address's domain) contains invisible or direction-changing
    /// characters, such as U+202E RIGHT-TO-LEFT OVERRIDE, which can make a link look as if it
    /// leads somewhere else: see [`Url::check`].
    HiddenCharacters,
}

impl fmt::Display for UrlProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            UrlProblem::Scheme => "only http, https, mailto and tel links are allowed",
            UrlProblem::Whitespace => "a link must not contain spaces or control characters",
            UrlProblem::Incomplete => {
                "the link has no host (http/https), no address (mailto) or no number (tel)"
            }
            UrlProblem::HiddenCharacters => {
                "the link's host contains invisible or direction-changing characters, which can disguise where it leads; retype the address"
            }
        })
    }
}

impl Url {
    /// Wraps an address without checking it; see [`Url::check`].
    pub fn new(url: impl Into<String>) -> Self {
        Url(url.into())
    }

    /// The address as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Checks the address: an allowed scheme, no white space, a host or mailbox, and no
    /// invisible or direction-changing characters in the host (the part between `//` and the
    /// path, or a `mailto` address's part after `@`): the bidirectional controls U+200E,
    /// U+200F, U+061C, U+202A–U+202E and U+2066–U+2069, the zero-width and other invisible
    /// format characters (U+00AD, U+180E, U+200B–U+200D, U+2060–U+2064, U+206A–U+206F, U+FEFF,
    /// U+FFF9–U+FFFB, the tags U+E0000–U+E007F) and the blank fillers U+115F, U+1160, U+3164,
    /// U+FFA0.
    ///
    /// ```
    /// # use yousaid::{Url, UrlProblem};
    /// assert_eq!(Url::new("data:text/html,hi").check(), Err(UrlProblem::Scheme));
    /// assert_eq!(Url::new("https://").check(), Err(UrlProblem::Incomplete));
    /// assert_eq!(
    ///     Url::new("https://example.org\u{202E}gro.elpmaxe/").check(),
    ///     Err(UrlProblem::HiddenCharacters)
    /// );
    /// // Elsewhere in the address they are the page's business.
    /// assert_eq!(Url::new("https://example.org/\u{200F}").check(), Ok(()));
    /// ```
    pub fn check(&self) -> Result<(), UrlProblem> {
        let s = self.0.as_str();
        // A telephone number may be written with spaces ("tel:01924 294000"), and nothing
        // else but digits, `+`, `-` and brackets.
        if let Some((scheme, number)) = s.split_once(':')
            && scheme.eq_ignore_ascii_case("tel")
        {
            let allowed = |c: char| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')');
            return if number.chars().all(allowed) && number.chars().any(|c| c.is_ascii_digit()) {
                Ok(())
            } else if number
                .chars()
                .any(|c| c.is_whitespace() && c != ' ' || c.is_control())
            {
                Err(UrlProblem::Whitespace)
            } else {
                Err(UrlProblem::Incomplete)
            };
        }
        if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(UrlProblem::Whitespace);
        }
        let (scheme, rest) = s.split_once(':').ok_or(UrlProblem::Scheme)?;
        match scheme.to_ascii_lowercase().as_str() {
            "http" | "https" => {
                let after = rest.strip_prefix("//").ok_or(UrlProblem::Incomplete)?;
                let authority = after.split(['/', '?', '#']).next().unwrap_or("");
                if authority.chars().any(hidden) {
                    return Err(UrlProblem::HiddenCharacters);
                }
                let host = authority.rsplit('@').next().unwrap_or("");
                if host.is_empty() || host.starts_with(':') {
                    Err(UrlProblem::Incomplete)
                } else {
                    Ok(())
                }
            }
            "mailto" => {
                let addr = rest.split('?').next().unwrap_or("");
                match addr.split_once('@') {
                    Some((_, host)) if host.chars().any(hidden) => {
                        Err(UrlProblem::HiddenCharacters)
                    }
                    Some((user, host)) if !user.is_empty() && !host.is_empty() => Ok(()),
                    _ => Err(UrlProblem::Incomplete),
                }
            }
            _ => Err(UrlProblem::Scheme),
        }
    }

    /// True when [`Url::check`] passes.
    pub fn is_allowed(&self) -> bool {
        self.check().is_ok()
    }
}

/// An invisible or direction-changing character, refused in a link's host (see [`Url::check`]).
pub(crate) fn hidden(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{E0000}'..='\u{E007F}'
    )
}

impl fmt::Display for Url {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Url {
    fn from(s: &str) -> Self {
        Url::new(s)
    }
}

impl From<String> for Url {
    fn from(s: String) -> Self {
        Url::new(s)
    }
}

/// A titled link: evidence for a progress update, a related piece of work, a plan.
///
/// ```
/// # use yousaid::Link;
/// let l = Link::new("https://example.org/minutes.pdf").title("PEG minutes, June 2014");
/// assert_eq!(l.title.as_deref(), Some("PEG minutes, June 2014"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// The address.
    pub url: Url,
    /// What the link is, for readers (default: the address itself is shown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

impl Link {
    /// A link without a title.
    pub fn new(url: impl Into<Url>) -> Self {
        Link {
            url: url.into(),
            title: None,
        }
    }

    /// Sets the title shown to readers (default: none, the address is shown).
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_links_are_refused() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD4=",
            "vbscript:msgbox",
            "file:///etc/passwd",
            "//evil.example/x",
            "https:evil",
            "http://",
            "mailto:",
            "mailto:nobody",
            "tel:",
            "tel: ",
            "tel:0800 javascript",
            "tel:0800\n123",
            "",
        ] {
            assert!(!Url::new(bad).is_allowed(), "{bad:?}");
        }
    }

    #[test]
    fn invisible_or_direction_changing_characters_in_a_host_are_refused() {
        for c in [
            '\u{200E}',
            '\u{200F}',
            '\u{061C}',
            '\u{202A}',
            '\u{202B}',
            '\u{202C}',
            '\u{202D}',
            '\u{202E}',
            '\u{2066}',
            '\u{2067}',
            '\u{2068}',
            '\u{2069}',
            '\u{200B}',
            '\u{200D}',
            '\u{00AD}',
            '\u{2060}',
            '\u{FEFF}',
            '\u{E0041}',
            '\u{3164}',
        ] {
            for url in [
                format!("https://exa{c}mple.org/"),
                format!("http://{c}example.org"),
                format!("https://user{c}@example.org/"),
                format!("https://example.org:80{c}/x"),
                format!("mailto:someone@exa{c}mple.org"),
            ] {
                assert_eq!(
                    Url::new(url.as_str()).check(),
                    Err(UrlProblem::HiddenCharacters),
                    "{url:?}"
                );
            }
            // Past the host, the characters are text of the page's own, as in any address.
            assert_eq!(
                Url::new(format!("https://example.org/a{c}b")).check(),
                Ok(())
            );
        }
        // Letters of any script are fine in a host.
        assert_eq!(Url::new("https://bücher.example/").check(), Ok(()));
        assert_eq!(Url::new("https://مثال.example/").check(), Ok(()));
    }

    #[test]
    fn good_links_pass() {
        for good in [
            "http://example.org",
            "HTTPS://example.org/a?b=c#d",
            "https://user@example.org:8080/x",
            "mailto:a@b.org?subject=Hi",
            "tel:01924 294000",
            "TEL:+44-(0)1924-294000",
        ] {
            assert!(Url::new(good).is_allowed(), "{good:?}");
        }
    }
}
