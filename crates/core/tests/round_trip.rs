//! Saving is lossless: load → save → load gives an equal summary, and saving a loaded file
//! reproduces its data (compared as JSON values, so key order and whitespace may differ, and
//! empty lists and `null`s are left out). Run over every valid fixture, the bundled examples,
//! and generated summaries.

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use serde_json::Value;
use yousaid::{
    Action, Count, Coverage, Engagement, Link, PartialDate, ProgressEntry, Qualifier, Response,
    Stance, Status, Suggestion, Summary,
};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Every committed document that loads: the valid fixtures and the examples.
fn loadable_documents() -> Vec<(PathBuf, Vec<u8>)> {
    let mut paths = Vec::new();
    for entry in std::fs::read_dir(root().join("tests/fixtures")).unwrap() {
        let dir = entry.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        let expected: Value =
            serde_json::from_slice(&std::fs::read(dir.join("expected.json")).unwrap()).unwrap();
        if expected["error"].is_null() {
            paths.push(dir.join("input.json"));
        }
    }
    for example in [
        "examples/west-yorkshire-2014",
        "examples/riverside-library-2025",
    ] {
        let dir = root().join(example);
        paths.push(dir.join("summary.json"));
        if let Ok(history) = std::fs::read_dir(dir.join("history")) {
            paths.extend(history.map(|e| e.unwrap().path()));
        }
    }
    paths.sort();
    paths
        .into_iter()
        .filter(|p| p.exists())
        .map(|p| {
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect()
}

/// The input as a JSON value, read without the model.
fn raw_value(bytes: &[u8]) -> Value {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    serde_json::from_slice(bytes).unwrap()
}

/// The canonical form the library saves: empty lists and `null`s left out, and numbers
/// compared by value (`10` and `10.0` are the same number).
fn canonical(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null() && v.as_array().is_none_or(|a| !a.is_empty()))
                .map(|(k, v)| (k, canonical(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(canonical).collect()),
        Value::Number(n) => n
            .as_f64()
            .and_then(serde_json::Number::from_f64)
            .map_or(Value::Number(n), Value::Number),
        other => other,
    }
}

#[test]
fn saving_a_loaded_file_reproduces_its_data() {
    let docs = loadable_documents();
    assert!(docs.len() >= 10, "only {} documents", docs.len());
    for (path, bytes) in docs {
        let summary =
            Summary::from_json_slice(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for pretty in [false, true] {
            let saved = summary.to_json_string(pretty);
            let saved_value: Value = serde_json::from_str(&saved).unwrap();
            // A `yousaid/1` document is saved as its migration to `yousaid/2`.
            let original = yousaid::migrate(raw_value(&bytes)).unwrap();
            assert_eq!(
                canonical(saved_value),
                canonical(original),
                "{}: saving changed the data",
                path.display()
            );
            let again = Summary::from_json_str(&saved).unwrap();
            assert_eq!(again, summary, "{}: load → save → load", path.display());
        }
        let mut written = Vec::new();
        summary.to_writer(&mut written, true).unwrap();
        assert_eq!(written, summary.to_json_string(true).into_bytes());
    }
}

fn text() -> impl Strategy<Value = String> {
    // Any text, including quotes, backslashes, control characters and non-ASCII.
    prop_oneof![
        "[a-zA-Z0-9 ,.'&-]{1,30}",
        any::<String>(),
        Just("\"quoted\" \\ back\\slash\n\t</script>".to_owned()),
        Just("Ymgynghoriad — 谢谢 🇬🇧".to_owned()),
    ]
}

fn partial_date() -> impl Strategy<Value = PartialDate> {
    prop_oneof![
        (1000i16..3000, 1i8..=12, 1i8..=28)
            .prop_map(|(y, m, d)| PartialDate::Day(yousaid::Date::new(y, m, d).unwrap())),
        (1000i16..3000, 1i8..=12).prop_map(|(y, m)| PartialDate::Month(y, m)),
        (1000i16..3000, 1i8..=28, 0i8..24, 0i8..60).prop_map(|(y, d, h, m)| {
            PartialDate::DayTime(yousaid::Date::new(y, 1, d).unwrap(), h, m)
        }),
        (1000i16..3000, 0usize..3).prop_map(|(y, p)| {
            let parts = [
                yousaid::YearPart::Early,
                yousaid::YearPart::Mid,
                yousaid::YearPart::Late,
            ];
            PartialDate::YearPart(y, parts[p])
        }),
        (1000i16..3000, 1i8..=4).prop_map(|(y, q)| PartialDate::Quarter(y, q)),
        (1000i16..3000, 1i8..=4).prop_map(|(y, q)| PartialDate::FinancialQuarter(y, q)),
        (1000i16..3000, 0usize..4).prop_map(|(y, s)| PartialDate::Season(
            y,
            [
                yousaid::Season::Spring,
                yousaid::Season::Summer,
                yousaid::Season::Autumn,
                yousaid::Season::Winter
            ][s]
        )),
        (1000i16..3000).prop_map(PartialDate::Year),
    ]
}

fn date() -> impl Strategy<Value = yousaid::Date> {
    (1000i16..3000, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| yousaid::Date::new(y, m, d).unwrap())
}

fn suggestion(id: String) -> impl Strategy<Value = Suggestion> {
    (
        text(),
        proptest::option::of((0usize..6, text())),
        proptest::collection::vec(text(), 0..3),
        proptest::option::of(0u64..1000),
    )
        .prop_map(move |(t, response, points, mentions)| {
            let mut s = Suggestion::new(id.clone(), t);
            if let Some((stance, words)) = response {
                s = s.response(Response::new(Stance::ALL[stance], words).reason("because"));
            }
            for (i, p) in points.into_iter().enumerate() {
                s = s.point(Suggestion::new(format!("{id}.{i}"), p));
            }
            s.mentions = mentions.map(|m| Count::new(m, Qualifier::About));
            s
        })
}

fn action(id: String) -> impl Strategy<Value = Action> {
    (
        text(),
        proptest::option::of(partial_date()),
        proptest::option::of(0usize..5),
        proptest::collection::vec((date(), proptest::option::of(0.0f64..=100.0), text()), 0..4),
        proptest::option::of(0.1f64..10.0),
    )
        .prop_map(move |(title, due, status, progress, weight)| {
            let mut a = Action::new(id.clone(), title).responds_to("s0", Coverage::Partial);
            a.due = due;
            a.status = status.map(|i| Status::ALL[i]);
            a.weight = weight;
            for (d, pc, note) in progress {
                let mut e = ProgressEntry::new(d)
                    .note(note)
                    .evidence(Link::new("https://example.org/e").title("evidence"));
                e.percent = pc;
                a = a.progress(e);
            }
            a
        })
}

fn summary() -> impl Strategy<Value = Summary> {
    (
        text(),
        proptest::collection::vec(text(), 0..3),
        proptest::collection::vec(proptest::option::of(partial_date()), 0..3),
        1usize..5,
        0usize..4,
    )
        .prop_flat_map(|(title, intro, event_dates, n_suggestions, n_actions)| {
            let suggestions: Vec<_> = (0..n_suggestions)
                .map(|i| suggestion(format!("s{i}")))
                .collect();
            let actions: Vec<_> = (0..n_actions).map(|i| action(format!("a{i}"))).collect();
            (suggestions, actions).prop_map(move |(suggestions, actions)| {
                let mut s = Summary::new(title.clone());
                s.introduction = intro.clone();
                for (i, d) in event_dates.iter().enumerate() {
                    let mut e = Engagement::event(format!("e{i}"), "Event");
                    e.date = *d;
                    s.engagements.push(e);
                }
                s.suggestions = suggestions;
                s.actions = actions;
                s
            })
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn generated_summaries_survive_save_and_load(s in summary()) {
        for pretty in [false, true] {
            let saved = s.to_json_string(pretty);
            let loaded = Summary::from_json_str(&saved).unwrap();
            prop_assert_eq!(&loaded, &s);
            prop_assert_eq!(loaded.to_json_string(pretty), saved);
        }
        // Validation never panics, whatever the content.
        let _ = s.validate();
    }

    #[test]
    fn arbitrary_bytes_never_panic_the_loader(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        if let Ok(s) = Summary::from_json_slice(&bytes) {
            let _ = s.validate();
        }
    }

    #[test]
    fn mutated_documents_never_panic(cut in 0usize..2000, byte in any::<u8>()) {
        // Damage a rich document at one place: loading either fails cleanly or validates.
        let mut bytes = std::fs::read(root().join("tests/fixtures/valid-every-field/input.json")).unwrap();
        let i = cut % bytes.len();
        bytes[i] = byte;
        if let Ok(s) = Summary::from_json_slice(&bytes) {
            let _ = s.validate();
        }
    }
}
