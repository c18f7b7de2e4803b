//! Properties of the analysis over generated summaries: a version diffed with itself has no
//! changes; the reported status changes explain every status difference between two
//! versions; coverage figures add up to the number of suggestions.

use proptest::prelude::*;
use yousaid::{
    Action, Coverage, Date, ProgressEntry, Response, Stance, Status, Suggestion, Summary, diff,
};

/// The shape of an action tree; IDs are given in document order when it is built, so two
/// generated summaries share most IDs and differ in what those items hold.
#[derive(Debug, Clone)]
struct ActionShape {
    declared: Option<Status>,
    log: Vec<(u8, Option<Status>, Option<u8>)>,
    weight: Option<u8>,
    answers: Vec<(u8, bool)>,
    barrier: Option<bool>,
    kids: Vec<ActionShape>,
}

#[derive(Debug, Clone)]
struct PointShape {
    stance: Option<Stance>,
    question: Option<u8>,
    kids: Vec<PointShape>,
}

fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(Status::ALL.to_vec())
}

fn action_shape() -> impl Strategy<Value = ActionShape> {
    let leaf = (
        prop::option::of(status()),
        prop::collection::vec(
            (
                0u8..12,
                prop::option::of(status()),
                prop::option::of(0u8..=100),
            ),
            0..4,
        ),
        prop::option::of(1u8..4),
        prop::collection::vec((0u8..12, any::<bool>()), 0..3),
        prop::option::of(any::<bool>()),
    )
        .prop_map(|(declared, log, weight, answers, barrier)| ActionShape {
            declared,
            log,
            weight,
            answers,
            barrier,
            kids: Vec::new(),
        });
    leaf.prop_recursive(3, 16, 3, |inner| {
        (inner.clone(), prop::collection::vec(inner, 0..3)).prop_map(|(mut a, kids)| {
            a.kids = kids;
            a
        })
    })
}

fn point_shape() -> impl Strategy<Value = PointShape> {
    let leaf = (
        prop::option::of(prop::sample::select(Stance::ALL.to_vec())),
        prop::option::of(0u8..3),
    )
        .prop_map(|(stance, question)| PointShape {
            stance,
            question,
            kids: Vec::new(),
        });
    leaf.prop_recursive(3, 12, 3, |inner| {
        (inner.clone(), prop::collection::vec(inner, 0..3)).prop_map(|(mut p, kids)| {
            p.kids = kids;
            p
        })
    })
}

fn build_action(shape: &ActionShape, next: &mut usize) -> Action {
    let mut a = Action::new(format!("a{next}"), format!("Action {next}"));
    *next += 1;
    a.status = shape.declared;
    a.weight = shape.weight.map(f64::from);
    for &(month, status, percent) in &shape.log {
        let mut e = ProgressEntry::new(Date::constant(2025, (month % 12 + 1) as i8, 1));
        e.status = status;
        e.percent = percent.map(f64::from);
        a.progress.push(e);
    }
    for &(s, full) in &shape.answers {
        let coverage = if full {
            Coverage::Full
        } else {
            Coverage::Partial
        };
        a = a.responds_to(format!("s{s}"), coverage);
    }
    if let Some(resolved) = shape.barrier {
        a = a.barrier("In the way");
        if resolved {
            a.barriers[0].resolved = Some(Date::constant(2025, 6, 1));
        }
    }
    for k in &shape.kids {
        a.actions.push(build_action(k, next));
    }
    a
}

fn build_point(shape: &PointShape, next: &mut usize) -> Suggestion {
    let mut s = Suggestion::new(format!("s{next}"), format!("Point {next}"));
    *next += 1;
    s.question = shape.question.map(|q| format!("q{q}").into());
    s.response = shape.stance.map(|st| Box::new(Response::new(st, "Answer")));
    for k in &shape.kids {
        s.points.push(build_point(k, next));
    }
    s
}

fn summary() -> impl Strategy<Value = Summary> {
    (
        prop::collection::vec(point_shape(), 0..5),
        prop::collection::vec(action_shape(), 0..5),
    )
        .prop_map(|(points, actions)| {
            let mut s = Summary::new("Generated");
            let mut next = 0;
            s.suggestions = points.iter().map(|p| build_point(p, &mut next)).collect();
            let mut next = 0;
            s.actions = actions.iter().map(|a| build_action(a, &mut next)).collect();
            s
        })
}

proptest! {
    #[test]
    fn a_version_diffed_with_itself_has_no_changes(s in summary()) {
        prop_assert!(diff(&s, &s).is_empty());
    }

    #[test]
    fn status_changes_explain_every_status_difference(a in summary(), b in summary()) {
        let changes = diff(&a, &b);
        let (av, bv) = (a.current(), b.current());
        let mut explained = 0;
        for after in bv.action_states() {
            let Some(before) = av.action_state(&after.id) else { continue };
            let reported: Vec<_> = changes.status_changes.iter().filter(|c| c.action == after.id).collect();
            if before.status == after.status {
                prop_assert!(reported.is_empty(), "{} reported without a change", after.id);
            } else {
                prop_assert_eq!(reported.len(), 1);
                prop_assert_eq!((reported[0].old, reported[0].new), (before.status, after.status));
                explained += 1;
            }
        }
        prop_assert_eq!(explained, changes.status_changes.len());
    }

    #[test]
    fn coverage_counts_add_up_to_the_number_of_suggestions(s in summary()) {
        let c = s.current().coverage();
        let n = s.suggestions.len();
        let o = c.overall;
        prop_assert_eq!(o.total, n);
        prop_assert_eq!(o.both + o.response_only + o.action_only + o.neither, n);
        prop_assert_eq!(c.fully_actioned + c.partly_actioned, o.with_action());
        prop_assert_eq!(c.unanswered.len(), o.neither);
        prop_assert_eq!(c.points, s.all_suggestions().count());
        // Every suggestion has exactly one question and one event bucket.
        prop_assert_eq!(c.by_question.iter().map(|b| b.counts.total).sum::<usize>(), n);
        prop_assert_eq!(c.by_engagement.iter().map(|b| b.counts.total).sum::<usize>(), n);
    }

    #[test]
    fn status_counts_add_up_and_percents_stay_in_range(s in summary()) {
        let view = s.current();
        let counts = view.status_counts();
        prop_assert_eq!(counts.total, s.actions.len());
        prop_assert_eq!(counts.by_status.iter().map(|c| c.count).sum::<usize>(), counts.total);
        prop_assert_eq!(counts.total + counts.sub_actions, s.all_actions().count());
        for st in view.action_states() {
            if let Some(p) = st.percent {
                prop_assert!((0.0..=100.0).contains(&p), "{} at {}", st.id, p);
            }
            // A percent is stated, never made up from a status: one is shown only where the
            // action's log, or a sub-action's, records one.
            if st.percent.is_some() {
                let mut stack = vec![s.action(&st.id).expect("the action")];
                let mut stated = false;
                while let Some(a) = stack.pop() {
                    stated |= a.progress.iter().any(|e| e.percent.is_some());
                    stack.extend(&a.actions);
                }
                prop_assert!(stated, "{} has a percent nothing states", st.id);
            }
            // A roll-up says what it averages: some of the sub-actions that count.
            if let Some(b) = st.percent_basis {
                prop_assert!(st.rolled_up && st.percent.is_some());
                prop_assert!(1 <= b.stated && b.stated <= b.of, "{}: {:?}", st.id, b);
            }
            // A roll-up gives no 0% (nor any percent) beside "no status stated".
            if st.rolled_up && st.status.is_none() {
                prop_assert_eq!(st.percent, None, "{}", st.id);
            }
        }
    }
}
