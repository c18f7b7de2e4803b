//! The fictional Riverside example and its dated history: every published version loads,
//! validates without errors or warnings, and the history hangs together.

use std::path::{Path, PathBuf};

use yousaid::{Date, Stance, Status, SuggestionKind, Summary};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/riverside-library-2025")
}

fn load(path: &Path) -> Summary {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    Summary::from_json_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The history files, oldest first, with the date in their name.
fn history() -> Vec<(Date, PathBuf)> {
    let mut out: Vec<(Date, PathBuf)> = std::fs::read_dir(dir().join("history"))
        .expect("history directory")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let stem = p.file_stem().and_then(|s| s.to_str()).expect("file name");
            let date: Date = stem
                .parse()
                .unwrap_or_else(|e| panic!("{}: name is not a date: {e}", p.display()));
            (date, p)
        })
        .collect();
    out.sort();
    out
}

#[test]
fn every_version_validates_without_errors_or_warnings() {
    let mut files: Vec<PathBuf> = history().into_iter().map(|(_, p)| p).collect();
    files.push(dir().join("summary.json"));
    for path in files {
        let report = load(&path).validate();
        assert!(
            report.problems.is_empty(),
            "{}:\n{}",
            path.display(),
            report
                .problems
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

#[test]
fn history_is_dated_and_lists_earlier_publications() {
    let versions = history();
    assert!(versions.len() >= 3, "at least three dated snapshots");
    for (i, (date, path)) in versions.iter().enumerate() {
        let s = load(path);
        assert_eq!(s.published, Some((*date).into()), "{}", path.display());
        let earlier: Vec<Date> = s.revisions.iter().map(|r| r.date.first_day()).collect();
        let expected: Vec<Date> = versions[..i].iter().map(|(d, _)| *d).collect();
        assert_eq!(earlier, expected, "{}", path.display());
    }
    let (_, latest) = versions.last().expect("a latest version");
    assert_eq!(
        load(&dir().join("summary.json")),
        load(latest),
        "summary.json is the latest published version"
    );
}

#[test]
fn versions_differ_in_the_ways_an_update_does() {
    let v: Vec<Summary> = history().iter().map(|(_, p)| load(p)).collect();
    let (first, second, last) = (&v[0], &v[1], &v[v.len() - 1]);
    let ids = |s: &Summary| {
        s.all_actions()
            .map(|(a, _)| a.id.clone())
            .collect::<Vec<_>>()
    };
    let count = |s: &Summary| s.all_suggestions().count();

    // New suggestions and actions appear.
    assert!(count(second) > count(first));
    assert!(ids(second).len() > ids(first).len());
    assert!(ids(last).len() > ids(second).len());
    // A response is added to a sub-point that had none.
    assert!(first.suggestion("s3.3").unwrap().response.is_none());
    assert!(second.suggestion("s3.3").unwrap().response.is_some());
    // A response changes stance.
    let stance = |s: &Summary, id: &str| s.suggestion(id).and_then(|x| x.response.clone());
    assert_eq!(
        stance(second, "s10").and_then(|r| r.stance),
        Some(Stance::UnderConsideration)
    );
    assert_eq!(
        stance(last, "s10").and_then(|r| r.stance),
        Some(Stance::PartlyAccepted)
    );
    // Status changes, including one action dropped.
    let status = |s: &Summary, id: &str| s.action(id).unwrap().declared_status();
    assert_eq!(status(first, "a7"), Some(Status::NotStarted));
    assert_eq!(status(second, "a7"), Some(Status::Blocked));
    assert_eq!(status(last, "a7"), Some(Status::Dropped));
    // New progress entries.
    assert!(last.action("a1").unwrap().progress.len() > first.action("a1").unwrap().progress.len());
    // New barriers, open in one version and resolved in the next.
    let barrier = |s: &Summary| s.action("a3.3").unwrap().barriers.clone();
    assert!(barrier(first).is_empty());
    assert!(barrier(second)[0].resolved.is_none());
    assert!(barrier(last)[0].resolved.is_some());
    // Due dates move.
    let due = |s: &Summary, id: &str| s.action(id).unwrap().due.map(|d| d.to_iso());
    assert_eq!(due(first, "a3").as_deref(), Some("2025-winter"));
    assert_eq!(due(second, "a3").as_deref(), Some("2026-spring"));
    assert_eq!(due(last, "a3").as_deref(), Some("2026-summer"));
}

#[test]
fn the_latest_version_exercises_the_whole_model() {
    let s = load(&dir().join("summary.json"));
    let suggestions: Vec<_> = s.all_suggestions().collect();
    let actions: Vec<_> = s.all_actions().collect();

    // Every stance of the first version of the format.
    for stance in [
        Stance::Accepted,
        Stance::PartlyAccepted,
        Stance::AlreadyHappening,
        Stance::NotPlanned,
        Stance::Referred,
        Stance::UnderConsideration,
    ] {
        assert!(
            suggestions.iter().any(|(x, _)| x
                .response
                .as_ref()
                .is_some_and(|r| r.stance == Some(stance))),
            "no response is {stance:?}"
        );
    }
    // Every status is stated somewhere (declared, or recorded in a progress log), and one
    // action states none at all: no status stated is its own state.
    for status in Status::ALL {
        assert!(
            actions.iter().any(|(a, _)| a.status == Some(status)
                || a.progress.iter().any(|e| e.status == Some(status))),
            "no action is {status:?}"
        );
    }
    assert!(actions.iter().any(|(a, _)| a.declared_status().is_none()));
    for kind in [
        SuggestionKind::Suggestion,
        SuggestionKind::Question,
        SuggestionKind::Concern,
        SuggestionKind::Detail,
        SuggestionKind::Commitment,
    ] {
        assert!(suggestions.iter().any(|(x, _)| x.kind == kind), "{kind:?}");
    }
    assert!(
        suggestions.iter().any(|(_, depth)| *depth >= 2),
        "sub-points three deep"
    );
    assert!(
        actions.iter().any(|(_, depth)| *depth >= 2),
        "sub-actions three deep"
    );

    let mut forms: Vec<&str> = actions
        .iter()
        .flat_map(|(a, _)| [a.due, a.started, a.completed])
        .flatten()
        .map(|d| match d {
            yousaid::PartialDate::Day(_) => "day",
            yousaid::PartialDate::Month(..) => "month",
            yousaid::PartialDate::Quarter(..) => "quarter",
            yousaid::PartialDate::FinancialQuarter(..) => "financial quarter",
            yousaid::PartialDate::Season(..) => "season",
            yousaid::PartialDate::Year(_) => "year",
            yousaid::PartialDate::YearPart(..) => "part of a year",
            yousaid::PartialDate::DayTime(..) => "day and time",
        })
        .collect();
    forms.sort();
    forms.dedup();
    assert_eq!(
        forms,
        [
            "day",
            "financial quarter",
            "month",
            "quarter",
            "season",
            "year"
        ]
    );

    assert!(s.engagements.iter().any(|e| e.chatham_house));
    assert!(
        s.engagements
            .iter()
            .filter_map(|e| e.organisations.as_ref())
            .any(|o| !o.complete)
    );
    assert!(s.engagements.iter().any(|e| !e.shared_topics.is_empty()));
    assert!(
        actions
            .iter()
            .any(|(a, _)| a.barriers.iter().any(|b| b.resolved.is_none()))
    );
    assert!(actions.iter().any(|(a, _)| !a.depends_on.is_empty()));
    assert!(actions.iter().any(|(a, _)| a.weight.is_some()));
    assert!(
        actions
            .iter()
            .any(|(a, _)| a.due.is_none() && a.progress.is_empty())
    );
}
