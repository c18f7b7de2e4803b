//! Tracking, coverage and diff over the Riverside example's published versions: the figures
//! and change lists are snapshotted, so any change in the rules shows up in review.

use std::path::{Path, PathBuf};

use yousaid::{Date, Status, Summary, diff};

fn history_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/riverside-library-2025/history")
}

fn load(name: &str) -> Summary {
    let path = history_dir().join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    Summary::from_json_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

const VERSIONS: [&str; 3] = ["2025-06-30.json", "2025-12-15.json", "2026-06-30.json"];

#[test]
fn diff_first_to_second_version() {
    let changes = diff(&load(VERSIONS[0]), &load(VERSIONS[1]));
    assert!(!changes.is_empty());
    insta::assert_json_snapshot!(changes);
}

#[test]
fn diff_second_to_third_version() {
    let changes = diff(&load(VERSIONS[1]), &load(VERSIONS[2]));
    assert!(!changes.is_empty());
    insta::assert_json_snapshot!(changes);
}

#[test]
fn diff_of_a_version_with_itself_is_empty() {
    for v in VERSIONS {
        let s = load(v);
        assert!(diff(&s, &s).is_empty(), "{v}");
    }
}

#[test]
fn status_changes_explain_every_status_difference_across_versions() {
    for pair in VERSIONS.windows(2) {
        let (old, new) = (load(pair[0]), load(pair[1]));
        let changes = diff(&old, &new);
        let (ov, nv) = (old.current(), new.current());
        for state in nv.action_states() {
            let Some(before) = ov.action_state(&state.id) else {
                continue;
            };
            let reported = changes.status_changes.iter().find(|c| c.action == state.id);
            match reported {
                Some(c) => assert_eq!((c.old, c.new), (before.status, state.status)),
                None => assert_eq!(before.status, state.status, "{}", state.id),
            }
        }
    }
}

#[test]
fn stamping_the_first_version_gives_the_seconds_publication_record() {
    let mut first = load(VERSIONS[0]);
    let second = load(VERSIONS[1]);
    let note = second.revisions[0].note.as_deref();
    first.stamp(second.published.unwrap(), note).unwrap();
    assert_eq!(first.published, second.published);
    assert_eq!(first.revisions, second.revisions);
}

#[test]
fn latest_version_figures() {
    let latest = load(VERSIONS[2]);
    let view = latest.current();
    insta::assert_json_snapshot!("latest_status_counts", view.status_counts());
    insta::assert_json_snapshot!("latest_coverage", view.coverage());
    insta::assert_json_snapshot!("latest_plan_view", view.plan_view());
}

#[test]
fn the_latest_version_as_of_the_first_publication_date() {
    let latest = load(VERSIONS[2]);
    let first = load(VERSIONS[0]);
    let then = latest.as_of(first.published.unwrap().first_day());
    let states: Vec<(yousaid::Id, Option<Status>, Option<f64>)> = then
        .action_states()
        .into_iter()
        .map(|s| (s.id, s.status, s.percent))
        .collect();
    insta::assert_json_snapshot!(states);
    // Nothing in the later log is visible before it was written.
    for s in then.action_states() {
        if let Some(e) = &s.latest {
            assert!(
                e.date.first_day() <= Date::constant(2025, 6, 30),
                "{}",
                s.id
            );
        }
    }
}

#[test]
fn pairs_of_the_latest_version() {
    let latest = load(VERSIONS[2]);
    let pairs = latest.current().pairs();
    let brief: Vec<_> = pairs
        .iter()
        .map(|p| {
            serde_json::json!({
                "id": p.id,
                "depth": p.depth,
                "raised": format!("{} of {}", p.groups_raised, p.groups_total),
                "stance": p.response.as_ref().and_then(|r| r.stance),
                "answered": p.answered,
                "actions": p.answers.iter().map(|a| format!("{} ({:?}, {})", a.action, a.coverage, a.state.status.map_or("no status stated", Status::as_str))).collect::<Vec<_>>(),
            })
        })
        .collect();
    insta::assert_json_snapshot!(brief);
}
