//! Merging near-duplicate points across groups: what should merge does, what should not does
//! not, and every merge is listed with its originals.

use yousaid::import::merge::{DEFAULT_MERGE_THRESHOLD, similarity};
use yousaid::import::{ImportOptions, import_outline};

/// The same point worded differently at two tables.
const SAME: [(&str, &str); 12] = [
    (
        "More training for A&E staff",
        "A&E staff need more training",
    ),
    (
        "Train staff to spot the signs of trafficking",
        "Staff training on spotting signs of trafficking",
    ),
    (
        "Longer opening hours at the library",
        "The library should have longer opening hours",
    ),
    ("More buses on Sundays", "Sunday buses - more of them"),
    (
        "Share data between agencies",
        "Agencies should be sharing data",
    ),
    (
        "Appoint a single point of contact in each agency",
        "Each agency should appoint a single point of contact",
    ),
    (
        "Better street lighting in the park",
        "Improve the street lighting in the park",
    ),
    (
        "Translators for victims who speak no English",
        "More translators for victims who do not speak English",
    ),
    (
        "Hold a follow-up event in 12 months",
        "A follow-up event in twelve months to check progress",
    ),
    (
        "Raise awareness with hard to reach groups",
        "Raising awareness among hard-to-reach groups",
    ),
    ("Cheaper parking for carers", "Carers need cheaper parking"),
    (
        "Publish the minutes of every meeting online",
        "Minutes of every meeting published online",
    ),
];

/// Different points that share words.
const DIFFERENT: [(&str, &str); 12] = [
    ("More training for A&E staff", "More training for teachers"),
    (
        "Train staff to spot the signs of trafficking",
        "Train volunteers to support victims of trafficking",
    ),
    (
        "Longer opening hours at the library",
        "More books at the library",
    ),
    ("More buses on Sundays", "Cheaper buses for students"),
    (
        "Share data between agencies",
        "Agencies should meet every month",
    ),
    (
        "Better street lighting in the park",
        "More benches in the park",
    ),
    (
        "Raise awareness with hard to reach groups",
        "Fund groups that support victims",
    ),
    ("Cheaper parking for carers", "Respite breaks for carers"),
    (
        "Publish the minutes of every meeting online",
        "Hold every meeting in the evening",
    ),
    (
        "Engage with the National Crime Agency",
        "Engage with the public and communities",
    ),
    (
        "Increase the number of translators",
        "Increase the number of police officers",
    ),
    ("Improve victim care", "Improve data recording"),
];

fn two_tables(a: &str, b: &str) -> String {
    format!("Notes\n\nWhat should change?\n\nTable 1\n\n- {a}\n\nTable 2\n\n- {b}\n")
}

fn merged(a: &str, b: &str, threshold: f64) -> bool {
    let imported = import_outline(
        &two_tables(a, b),
        &ImportOptions::default().merge(threshold),
    )
    .unwrap();
    let merged = imported.summary.suggestions.len() == 1;
    assert_eq!(
        merged,
        imported.report.merges.len() == 1,
        "never merge silently"
    );
    merged
}

#[test]
fn merge_precision_and_recall_on_the_test_cases() {
    let t = DEFAULT_MERGE_THRESHOLD;
    let true_merges = SAME.iter().filter(|(a, b)| merged(a, b, t)).count();
    let false_merges = DIFFERENT.iter().filter(|(a, b)| merged(a, b, t)).count();
    let made = true_merges + false_merges;
    let precision = if made == 0 {
        1.0
    } else {
        true_merges as f64 / made as f64
    };
    let recall = true_merges as f64 / SAME.len() as f64;
    println!(
        "merge at {t}: precision {precision:.2} ({true_merges} of {made} merges right), recall \
         {recall:.2} ({true_merges} of {} pairs that should merge)",
        SAME.len()
    );
    for (a, b) in SAME.iter().chain(&DIFFERENT) {
        println!("  {:.2}  {a} | {b}", similarity(a, b));
    }
    assert_eq!(false_merges, 0, "different points merged");
    assert!(recall >= 0.9, "recall {recall}");
}

#[test]
fn a_merge_keeps_the_first_point_every_group_and_the_originals() {
    let notes = "Notes\n\nTable 1\n\n- More training for A&E staff\n  - night shifts\n\n\
                 Table 2\n\n- A&E staff need more training\n  - weekends\n\nTable 3\n\n\
                 - Cheaper parking\n\nTable 4\n\n- More A&E staff training\n\n\
                 You said: Staff at A&E need training\nWe did: We asked the trust\n";
    let imported = import_outline(notes, &ImportOptions::default().merge(0.5)).unwrap();
    let s = &imported.summary;
    let texts: Vec<_> = s.suggestions.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "More training for A&E staff",
            "Cheaper parking",
            "Staff at A&E need training"
        ]
    );
    assert_eq!(s.suggestions[0].groups, ["table-1", "table-2", "table-4"]);
    // The merged point's sub-points come along.
    let subs: Vec<_> = s.suggestions[0]
        .points
        .iter()
        .map(|p| p.text.as_str())
        .collect();
    assert_eq!(subs, ["night shifts", "weekends"]);
    let merge = &imported.report.merges[0];
    assert_eq!(merge.kept, "s1");
    let originals: Vec<_> = merge
        .merged
        .iter()
        .map(|m| (m.id.as_str(), m.text.as_str(), m.groups[0].as_str()))
        .collect();
    assert_eq!(
        originals,
        [
            ("s2", "A&E staff need more training", "table-2"),
            ("s4", "More A&E staff training", "table-4")
        ]
    );
    assert!(
        merge
            .merged
            .iter()
            .all(|m| m.similarity >= 0.5 && m.at.is_some())
    );
    // The "You said" point was raised by table 4 too (it is under its heading): same group,
    // so it stays apart, and the action answering it still does.
    assert_eq!(
        s.actions[0].responds_to[0].suggestion.as_deref(),
        Some("s5")
    );
    assert!(s.validate().is_valid());
}

#[test]
fn a_group_repeating_itself_and_points_under_different_questions_stay_apart() {
    let notes = "Notes\n\nTable 1\n\nWhat should change?\n\n- More buses on Sundays\n\
                 - Sunday buses, more of them\n\nWhat works well?\n\nTable 2\n\n- More buses on Sundays\n";
    let imported = import_outline(notes, &ImportOptions::default().merge(0.5)).unwrap();
    assert_eq!(imported.summary.suggestions.len(), 3);
    assert!(imported.report.merges.is_empty());
}

#[test]
fn nothing_merges_without_a_threshold() {
    let (a, b) = SAME[0];
    let imported = import_outline(&two_tables(a, b), &ImportOptions::default()).unwrap();
    assert_eq!(imported.summary.suggestions.len(), 2);
    assert!(imported.report.merges.is_empty());
}

#[test]
fn a_point_as_like_two_kept_points_joins_the_one_sharing_the_rarer_stem() {
    // "Buses trains ferries" is 2/3 like "Buses trains" and "Buses ferries". With "trains"
    // raised once more elsewhere, "ferries" is the rarer stem: it joins "Buses ferries".
    let notes = |more: &str| {
        format!(
            "Notes\n\nWhat should change?\n\nTable 1\n\n- Buses trains\n\nTable 2\n\n\
             - Buses ferries\n\nTable 3\n\n- Buses trains ferries\n\nWhat works well?\n\n\
             Table 4\n\n- {more}\n"
        )
    };
    let kept = |more: &str| {
        let imported = import_outline(&notes(more), &ImportOptions::default().merge(0.5)).unwrap();
        let merges = &imported.report.merges;
        assert_eq!(merges.len(), 1);
        assert_eq!(merges[0].merged[0].text, "Buses trains ferries");
        assert_eq!(merges[0].merged[0].similarity, 2.0 / 3.0);
        merges[0].kept.to_string()
    };
    assert_eq!(kept("Trains"), "s2");
    // Stems used as often: the one seen first ("trains") decides.
    assert_eq!(kept("Libraries"), "s1");
}
