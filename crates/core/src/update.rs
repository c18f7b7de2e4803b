//! Changing a summary in place, the way its editors do between publications: answer a point,
//! record progress on an action, add a sub-point or a sub-action under an existing one.
//!
//! Each operation finds its target by ID (at any depth) and fails with
//! [`ErrorKind::NotFound`] when nothing has that ID. None of them validates the whole document:
//! call [`Summary::validate`] when the editing is done.

use crate::action::Action;
use crate::error::{Error, ErrorKind};
use crate::progress::ProgressEntry;
use crate::response::Response;
use crate::suggestion::Suggestion;
use crate::summary::Summary;

fn no_action(id: &str) -> Error {
    Error::new(
        ErrorKind::NotFound,
        format!("there is no action or sub-action with ID `{id}`"),
    )
}

fn no_suggestion(id: &str) -> Error {
    Error::new(
        ErrorKind::NotFound,
        format!("there is no suggestion or sub-point with ID `{id}`"),
    )
}

impl Summary {
    /// Adds a dated update to the progress log of an action or sub-action, keeping the log in
    /// date order (an entry dated like existing ones goes after them).
    ///
    /// ```
    /// # use yousaid::{Summary, Action, ProgressEntry, Status, Date, ErrorKind};
    /// let mut s = Summary::new("t");
    /// s.actions.push(Action::new("a1", "Circulate the booklet"));
    /// s.record_progress("a1", ProgressEntry::new(Date::constant(2014, 6, 1)).status(Status::Done))?;
    /// assert_eq!(s.action("a1").unwrap().declared_status(), Some(Status::Done));
    /// let err = s.record_progress("a9", ProgressEntry::new(Date::constant(2014, 6, 1))).unwrap_err();
    /// assert_eq!(err.kind(), ErrorKind::NotFound);
    /// # Ok::<(), yousaid::Error>(())
    /// ```
    pub fn record_progress(&mut self, action_id: &str, entry: ProgressEntry) -> Result<(), Error> {
        let action = self
            .action_mut(action_id)
            .ok_or_else(|| no_action(action_id))?;
        let day = entry.date.first_day();
        let at = action
            .progress
            .partition_point(|e| e.date.first_day() <= day);
        action.progress.insert(at, entry);
        Ok(())
    }

    /// Sets (or replaces) the response to a suggestion or sub-point.
    ///
    /// ```
    /// # use yousaid::{Summary, Suggestion, Response, Stance};
    /// let mut s = Summary::new("t");
    /// s.suggestions.push(Suggestion::new("s1", "Open on Sundays"));
    /// s.respond("s1", Response::new(Stance::Accepted, "From May."))?;
    /// assert_eq!(s.suggestion("s1").unwrap().response.as_ref().unwrap().stance, Some(Stance::Accepted));
    /// # Ok::<(), yousaid::Error>(())
    /// ```
    pub fn respond(&mut self, suggestion_id: &str, response: Response) -> Result<(), Error> {
        let suggestion = self
            .suggestion_mut(suggestion_id)
            .ok_or_else(|| no_suggestion(suggestion_id))?;
        suggestion.response = Some(Box::new(response));
        Ok(())
    }

    /// Adds a sub-point under a suggestion or sub-point.
    ///
    /// ```
    /// # use yousaid::{Summary, Suggestion};
    /// let mut s = Summary::new("t");
    /// s.suggestions.push(Suggestion::new("s1", "More training"));
    /// s.add_point("s1", Suggestion::new("s1-1", "For A & E staff"))?;
    /// assert_eq!(s.suggestion("s1-1").unwrap().text, "For A & E staff");
    /// # Ok::<(), yousaid::Error>(())
    /// ```
    pub fn add_point(&mut self, parent_id: &str, point: Suggestion) -> Result<(), Error> {
        let parent = self
            .suggestion_mut(parent_id)
            .ok_or_else(|| no_suggestion(parent_id))?;
        parent.points.push(point);
        Ok(())
    }

    /// Adds a sub-action under an action or sub-action.
    ///
    /// ```
    /// # use yousaid::{Summary, Action};
    /// let mut s = Summary::new("t");
    /// s.actions.push(Action::new("a1", "Review training"));
    /// s.add_sub_action("a1", Action::new("a1.1", "Survey partners"))?;
    /// assert_eq!(s.action("a1.1").unwrap().title, "Survey partners");
    /// # Ok::<(), yousaid::Error>(())
    /// ```
    pub fn add_sub_action(&mut self, parent_id: &str, action: Action) -> Result<(), Error> {
        let parent = self
            .action_mut(parent_id)
            .ok_or_else(|| no_action(parent_id))?;
        parent.actions.push(action);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Date;

    #[test]
    fn progress_is_kept_in_date_order() {
        let mut s = Summary::new("t");
        s.actions
            .push(Action::new("a1", "A").sub_action(Action::new("a1.1", "B")));
        for (d, n) in [(5, "second"), (1, "first"), (5, "third")] {
            s.record_progress(
                "a1.1",
                ProgressEntry::new(Date::constant(2014, 6, d)).note(n),
            )
            .unwrap();
        }
        let notes: Vec<_> = s
            .action("a1.1")
            .unwrap()
            .progress
            .iter()
            .map(|e| e.note.as_deref().unwrap())
            .collect();
        assert_eq!(notes, ["first", "second", "third"]);
    }

    #[test]
    fn missing_targets_are_not_found() {
        let mut s = Summary::new("t");
        let e = s
            .respond("s1", Response::new(crate::Stance::Accepted, "x"))
            .unwrap_err();
        assert_eq!(e.kind(), ErrorKind::NotFound);
        assert_eq!(e.code(), "not-found");
        assert!(s.add_point("s1", Suggestion::new("s2", "x")).is_err());
        assert!(s.add_sub_action("a1", Action::new("a2", "x")).is_err());
    }
}
