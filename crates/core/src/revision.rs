//! Publishing a new version: [`Summary::stamp`] records the publication date and keeps the
//! previous one in [`Summary::revisions`], so that every version says when the earlier ones
//! came out and [`diff`](crate::diff()) can say what changed "since" the last.

use crate::date::PartialDate;
use crate::error::{Error, ErrorKind};
use crate::summary::{Revision, Summary};

impl Summary {
    /// Marks the summary as published on `date` (an exact [`Date`](crate::Date), or a
    /// [`PartialDate`] when only the month is known; dates compare by their first day).
    ///
    /// When it already had a publication date, that earlier publication is appended to
    /// [`Summary::revisions`] with `note` saying what it was ("Six-month update."); with no
    /// earlier publication the note is not used. Fails with [`ErrorKind::InvalidArgument`]
    /// when `date` is not after the current publication date, and changes nothing then.
    ///
    /// ```
    /// # use yousaid::{Summary, Date, ErrorKind};
    /// let mut s = Summary::new("t");
    /// s.stamp(Date::constant(2025, 6, 30), None)?;
    /// assert!(s.revisions.is_empty());
    /// s.stamp(Date::constant(2025, 12, 15), Some("First report."))?;
    /// assert_eq!(s.published, Some(Date::constant(2025, 12, 15).into()));
    /// assert_eq!(s.revisions[0].date, Date::constant(2025, 6, 30).into());
    /// assert_eq!(s.revisions[0].note.as_deref(), Some("First report."));
    /// let err = s.stamp(Date::constant(2025, 1, 1), None).unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::InvalidArgument);
    /// # Ok::<(), yousaid::Error>(())
    /// ```
    pub fn stamp(&mut self, date: impl Into<PartialDate>, note: Option<&str>) -> Result<(), Error> {
        let date: PartialDate = date.into();
        if let Some(previous) = self.published {
            if date.first_day() <= previous.first_day() {
                return Err(Error::new(
                    ErrorKind::InvalidArgument,
                    format!(
                        "the new publication date ({}) must be after the current one ({}): \
                         stamp it with a later date",
                        date, previous
                    ),
                ));
            }
            self.revisions.push(Revision {
                date: previous,
                note: note.map(str::to_owned),
            });
        }
        self.published = Some(date);
        Ok(())
    }
}
