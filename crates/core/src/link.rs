//! Links: `http`, `https` and `mailto` only.
//!
//! A [`Url`] holds the text exactly as written so that a document with a bad link still loads
//! and [`Summary::validate`](crate::Summary::validate) can report it (code `bad-link`) beside
//! every other problem. Renderers emit a link only when [`Url::is_allowed`] says so.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A web or e-mail address as written in the document.
///
/// ```
/// use yousaid::Url;
/// assert!(Url::new("https://www.westyorkshire-pcc.gov.uk/").is_allowed());
/// assert!(Url::new("mailto:contact@example.org").is_allowed());
/// assert!(!Url::new("javascript:alert(1)").is_allowed());
/// assert!(!Url::new("https://exa mple.org").is_allowed());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
#[schemars(
    description = "An http, https or mailto address.",
    extend("pattern" = "^(?i)(https?://[^\\s/]+[^\\s]*|mailto:[^\\s]+@[^\\s]+)$")
)]
pub struct Url(String);

/// Why a [`Url`] is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum UrlProblem {
    /// The scheme is not `http`, `https` or `mailto` (for example `javascript:` or `data:`).
    Scheme,
    /// The address contains white space or control characters.
    Whitespace,
    /// An `http(s)` address without a host, or a `mailto` address without `@`.
    Incomplete,
}

impl fmt::Display for UrlProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            UrlProblem::Scheme => "only http, https and mailto links are allowed",
            UrlProblem::Whitespace => "a link must not contain spaces or control characters",
            UrlProblem::Incomplete => "the link has no host (http/https) or no address (mailto)",
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

    /// Checks the address: an allowed scheme, no white space, and a host or mailbox.
    ///
    /// ```
    /// # use yousaid::{Url, UrlProblem};
    /// assert_eq!(Url::new("data:text/html,hi").check(), Err(UrlProblem::Scheme));
    /// assert_eq!(Url::new("https://").check(), Err(UrlProblem::Incomplete));
    /// ```
    pub fn check(&self) -> Result<(), UrlProblem> {
        let s = self.0.as_str();
        if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(UrlProblem::Whitespace);
        }
        let (scheme, rest) = s.split_once(':').ok_or(UrlProblem::Scheme)?;
        match scheme.to_ascii_lowercase().as_str() {
            "http" | "https" => {
                let after = rest.strip_prefix("//").ok_or(UrlProblem::Incomplete)?;
                let host = after.split(['/', '?', '#']).next().unwrap_or("");
                let host = host.rsplit('@').next().unwrap_or("");
                if host.is_empty() || host.starts_with(':') {
                    Err(UrlProblem::Incomplete)
                } else {
                    Ok(())
                }
            }
            "mailto" => {
                let addr = rest.split('?').next().unwrap_or("");
                match addr.split_once('@') {
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
            "",
        ] {
            assert!(!Url::new(bad).is_allowed(), "{bad:?}");
        }
    }

    #[test]
    fn good_links_pass() {
        for good in [
            "http://example.org",
            "HTTPS://example.org/a?b=c#d",
            "https://user@example.org:8080/x",
            "mailto:a@b.org?subject=Hi",
        ] {
            assert!(Url::new(good).is_allowed(), "{good:?}");
        }
    }
}
