//! The synthetic summary generator, shared by the `synth` example, the benches and the tests.
//!
//! Deterministic for a given [`Shape`]. `suggestions` counts top-level suggestions (about a third
//! carry sub-points, some nested three deep); `actions` counts top-level actions (about a third
//! carry sub-actions). The default shape follows real summaries and validates without errors:
//! several events with discussion groups, questions, themes, every response stance and every
//! action status, five dated progress entries per action, barriers, dependencies on earlier
//! actions (so there are no cycles), related work and evidence links. Suggestions and actions are
//! written one at a time, so memory stays small however large the document.
//!
//! Three stress shapes, for validation benchmarks and fuzz seeds, may be set on top (each off at
//! 0): [`Shape::dependencies`] makes every top-level action a lean one (an ID, a title, one
//! answer) depending on up to that many others anywhere in the list, so the dependency graph is
//! dense and full of cycles; [`Shape::depth`] hangs a chain of that many lean sub-actions under
//! every top-level action; [`Shape::points`] gives every top-level suggestion that many more
//! sub-points. Documents of those shapes are not meant to be valid (cycles; past 60 levels,
//! `too-deep`; past about 62, the loader's depth limit).

use std::io::{BufWriter, Write};

use jiff::ToSpan;
use yousaid::{
    Action, Actor, Answer, Attendance, Barrier, Closing, Consent, Count, Coverage, Date,
    Engagement, Group, GroupKind, Link, Organisation, Organisations, Outcome, PartialDate, Place,
    Plan, Presentation, Priority, ProgressEntry, Qualifier, Question, Quote, Related, Response,
    Sector, Stance, Status, Suggestion, SuggestionKind, Summary, Theme,
};

/// SplitMix64: small, fast and fixed, so a seed always gives the same document.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True with probability `percent` / 100.
    pub(crate) fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Picks by weight: `(weight, value)` pairs.
    fn weighted<T: Copy>(&mut self, items: &[(u64, T)]) -> T {
        let total: u64 = items.iter().map(|(w, _)| w).sum();
        let mut roll = self.next() % total;
        for (w, v) in items {
            if roll < *w {
                return *v;
            }
            roll -= w;
        }
        items[items.len() - 1].1
    }
}

/// What to generate.
#[derive(Debug, Clone, Copy, Default)]
pub struct Shape {
    /// Top-level suggestions (sub-points come on top).
    pub suggestions: usize,
    /// Top-level actions (sub-actions come on top).
    pub actions: usize,
    /// The seed: the same shape and seed always give the same bytes.
    pub seed: u64,
    /// When above 0: lean top-level actions, each depending on 1 to this many others picked
    /// anywhere in the list (a dense graph with cycles).
    pub dependencies: usize,
    /// When above 0: a chain of this many lean sub-actions under every top-level action.
    pub depth: usize,
    /// When above 0: this many more sub-points under every top-level suggestion.
    pub points: usize,
}

pub(crate) const TOPICS: &[&str] = &[
    "opening hours",
    "the library building",
    "public computers",
    "digital skills",
    "services for young people",
    "books in community languages",
    "access for disabled visitors",
    "parking and buses",
    "events and activities",
    "volunteering",
    "the home library service",
    "study space",
    "partnership working",
    "information and advice",
];
pub(crate) const PROPOSALS: &[&str] = &[
    "Provide more support with",
    "Improve communication about",
    "Work with local groups on",
    "Invest in",
    "Ask residents regularly about",
    "Train staff and volunteers in",
    "Publish clearer information on",
    "Set up a working group on",
    "Find funding for",
    "Share good practice on",
];
pub(crate) const AUDIENCES: &[&str] = &[
    "older residents",
    "young people",
    "families with small children",
    "people looking for work",
    "carers",
    "people who do not speak English as a first language",
    "disabled people",
    "students at exam time",
    "people living in the villages",
    "new arrivals to the borough",
];
pub(crate) const QUALIFIERS: &[&str] = &[
    "so that more people know what is available",
    "especially in the evenings and at weekends",
    "because several groups said it was hard to find out what was on",
    "in every part of the borough, not only the town centre",
    "working with the voluntary sector",
    "and report back on what difference it makes",
    "starting with the libraries that are busiest",
];
const OWNERS: &[&str] = &[
    "Head of Libraries and Culture",
    "Digital Inclusion Lead",
    "Children and Young People's Library Manager",
    "Stock and Reader Development Manager",
    "Communications Team",
    "Community Partnerships Officer",
    "Facilities Manager",
    "Home Library Service Coordinator",
];
const BODIES: &[&str] = &[
    "Riverside Integrated Care Partnership",
    "Riverside Homes",
    "Riverside Jobcentre",
    "the county transport authority",
    "Riverside College",
];
const NOTES: &[&str] = &[
    "Met partners to agree the plan and who does what.",
    "Agreed the budget and started ordering what is needed.",
    "First sessions held; feedback from people who came was good.",
    "Reviewed progress with the working group and adjusted the timetable.",
    "Recruited volunteers and arranged their training.",
    "Reported progress to the cabinet member.",
    "Shared the results with the partners who took part in the consultation.",
    "Tested the new arrangements at one library before rolling them out.",
];

fn sentence(rng: &mut Rng) -> String {
    format!(
        "{} {} for {}, {}.",
        rng.pick(PROPOSALS),
        rng.pick(TOPICS),
        rng.pick(AUDIENCES),
        rng.pick(QUALIFIERS)
    )
}

fn day(start: Date, days: usize) -> Date {
    start
        .checked_add((days as i64).days())
        .unwrap_or(Date::constant(2030, 1, 1))
}

/// A due date in any of the partial forms, on or after `after`.
fn due(rng: &mut Rng, after: Date) -> PartialDate {
    let d = day(after, 30 + rng.below(400));
    let (y, m) = (d.year(), d.month());
    match rng.below(6) {
        0 => PartialDate::Day(d),
        1 => PartialDate::Month(y, m),
        2 => PartialDate::Quarter(y, (m - 1) / 3 + 1),
        3 => {
            // April–March financial years.
            let fy = if m >= 4 { y } else { y - 1 };
            PartialDate::FinancialQuarter(fy, ((m + 8) % 12) / 3 + 1)
        }
        4 => PartialDate::Year(y),
        _ => format!(
            "{y}-{}",
            ["winter", "spring", "summer", "autumn"][(m as usize % 12) / 3]
        )
        .parse()
        .unwrap_or(PartialDate::Year(y)),
    }
}

struct Context {
    /// Per event: its ID, its question IDs and its group IDs.
    events: Vec<(String, Vec<String>, Vec<String>)>,
    themes: Vec<String>,
    outcomes: Vec<String>,
}

fn header(args: &Shape, rng: &mut Rng) -> (Summary, Context) {
    let mut s = Summary::new("Riverside Libraries Review: you said, we did (synthetic)");
    s.owner = Some(
        Actor::new("Councillor Priya Natarajan").role("Cabinet Member for Communities and Culture"),
    );
    s.publisher = Some("Riverside Borough Council".into());
    s.published = Some(Date::constant(2026, 6, 30).into());
    s.introduction = vec![
        format!(
            "A synthetic summary generated for benchmarks (seed {}): {} suggestions and {} actions.",
            args.seed, args.suggestions, args.actions
        ),
        "Riverside Borough Council is fictional; every name and figure here is made up.".into(),
    ];
    let outcomes: Vec<Outcome> = (1..=6)
        .map(|i| Outcome {
            id: format!("o{i}").into(),
            title: format!("Council Plan outcome {i}: {}", TOPICS[i % TOPICS.len()]),
            description: None,
        })
        .collect();
    s.plan = Some(Plan {
        title: "Riverside Council Plan 2024–2028".into(),
        url: Some("https://riverside.example.org/council-plan".into()),
        outcomes,
    });
    s.themes = TOPICS
        .iter()
        .enumerate()
        .map(|(i, t)| Theme::new(format!("th{i}"), *t))
        .collect();

    let n_events = (4 + args.suggestions / 5000).min(40);
    let mut ctx = Context {
        events: Vec::new(),
        themes: s.themes.iter().map(|t| t.id.to_string()).collect(),
        outcomes: (1..=6).map(|i| format!("o{i}")).collect(),
    };
    let start = Date::constant(2025, 1, 13);
    for e in 0..n_events {
        let id = format!("e{e}");
        let kind = *rng.pick(&[GroupKind::Table, GroupKind::Workshop, GroupKind::FocusGroup]);
        let mut event = Engagement::event(&id, format!("Consultation event {}", e + 1))
            .date(PartialDate::Day(day(start, e * 3)));
        event.label = Some(rng.pick(&["roundtable", "workshop", "drop-in"]).to_string());
        event.hosts = vec![Actor::new("Riverside Borough Council")];
        event.place = Some(Place {
            name: Some(format!(
                "{} Library",
                ["Central", "Northgate", "Eastbank", "Westmead"][e % 4]
            )),
            ..Place::default()
        });
        event.attendance.push(Attendance {
            count: Count::new(
                20 + rng.below(200) as u64,
                *rng.pick(&[Qualifier::Exactly, Qualifier::Over, Qualifier::About]),
            ),
            unit: "people".into(),
            note: None,
        });
        event.organisations = Some(Organisations {
            count: Some(Count::about(10 + rng.below(30) as u64)),
            sectors: vec![Sector::Public, Sector::Third, Sector::Community],
            named: (0..3)
                .map(|k| {
                    Organisation::new(format!("Partner organisation {e}-{k}")).sector(Sector::Third)
                })
                .collect(),
            complete: false,
        });
        event.presentations.push(Presentation {
            speaker: Some(format!("Speaker {}", e + 1)),
            role: None,
            organisation: Some("Riverside Borough Council".into()),
            title: None,
            topics: vec![rng.pick(TOPICS).to_string()],
        });
        event.shared_topics = vec![rng.pick(TOPICS).to_string()];
        let groups: Vec<String> = (0..8).map(|g| format!("e{e}g{g}")).collect();
        for (g, gid) in groups.iter().enumerate() {
            let mut group = Group::new(gid, format!("Table {}", g + 1));
            group.kind = kind;
            group.size = Some(Count::about(6 + rng.below(6) as u64));
            event = event.group(group);
        }
        let questions: Vec<String> = (0..2).map(|q| format!("e{e}q{q}")).collect();
        for (q, qid) in questions.iter().enumerate() {
            s.questions.push(
                Question::new(
                    qid,
                    format!(
                        "Question {} at event {}: what would improve {}?",
                        q + 1,
                        e + 1,
                        rng.pick(TOPICS)
                    ),
                )
                .engagement(&id),
            );
        }
        s.engagements.push(event);
        ctx.events.push((id, questions, groups));
    }
    s.closing = Some(Closing {
        heading: Some("Thank you".into()),
        paragraphs: vec!["Thank you to everyone who took part.".into()],
        signature: s.owner.clone(),
    });
    s.copyright = Some("© Riverside Borough Council 2026".into());
    (s, ctx)
}

fn response(rng: &mut Rng) -> Response {
    let stance = rng.weighted(&[
        (35, Stance::Accepted),
        (15, Stance::PartlyAccepted),
        (15, Stance::AlreadyHappening),
        (10, Stance::NotPlanned),
        (10, Stance::Referred),
        (15, Stance::UnderConsideration),
    ]);
    let mut r = Response::new(
        stance,
        format!(
            "{} We will keep the people who raised this informed about {}.",
            match stance {
                Stance::Accepted => "We agree and will do this.",
                Stance::PartlyAccepted => "We will do part of this this year.",
                Stance::AlreadyHappening => "This is already happening in most libraries.",
                Stance::NotPlanned => "We are not able to do this.",
                Stance::Referred => "This is for one of our partners to decide.",
                Stance::UnderConsideration => "We are looking into this and will decide soon.",
                // The generator picks only the stances above.
                _ => "We have noted this.",
            },
            rng.pick(TOPICS)
        ),
    )
    .date(Date::constant(2025, 5, 20));
    match stance {
        Stance::NotPlanned => {
            r = r.reason(format!(
                "The budget for {} cannot cover it without cutting opening hours.",
                rng.pick(TOPICS)
            ))
        }
        Stance::Referred => r = r.referred_to(*rng.pick(BODIES)),
        _ => {}
    }
    r
}

fn suggestion(rng: &mut Rng, ctx: &Context, id: String, depth: usize) -> Suggestion {
    let mut s = Suggestion::new(&id, sentence(rng));
    if depth == 0 {
        let (event, questions, groups) = rng.pick(&ctx.events);
        s = s.question(rng.pick(questions)).engagement(event);
        for _ in 0..1 + rng.below(2) {
            s = s.theme(rng.pick(&ctx.themes));
        }
        let n = 1 + rng.below(4);
        let first = rng.below(groups.len());
        for k in 0..n {
            s = s.raised_by(&groups[(first + k) % groups.len()]);
        }
        if rng.chance(10) {
            s.mentions = Some(Count::about(5 + rng.below(100) as u64));
        }
        if rng.chance(8) {
            let consent = rng.weighted(&[
                (1, Consent::Given),
                (1, Consent::Anonymous),
                (1, Consent::NotRecorded),
            ]);
            s.quote = Some(Box::new(Quote {
                text: format!(
                    "I would use the library more if it did more about {}.",
                    rng.pick(TOPICS)
                ),
                attribution: (consent == Consent::Given).then(|| "a resident".to_string()),
                consent,
                from: None,
            }));
        }
        if !rng.chance(8) {
            s = s.response(response(rng));
        }
    } else {
        s.kind = rng.weighted(&[
            (5, SuggestionKind::Detail),
            (3, SuggestionKind::Suggestion),
            (1, SuggestionKind::Question),
            (1, SuggestionKind::Concern),
        ]);
        if rng.chance(30) {
            s = s.response(response(rng));
        }
    }
    let children = match depth {
        0 if rng.chance(33) => 1 + rng.below(3),
        1 if rng.chance(15) => 1 + rng.below(2),
        _ => 0,
    };
    for c in 0..children {
        s = s.point(suggestion(rng, ctx, format!("{id}.{}", c + 1), depth + 1));
    }
    s
}

/// Five dated progress entries ending in `status`, from `start`; returns the date of the last.
fn progress(rng: &mut Rng, a: &mut Action, status: Status, start: Date) -> Date {
    let mut date = start;
    let mut percent = 0.0;
    for k in 0..5 {
        date = day(date, 7 + rng.below(60));
        let mut e = ProgressEntry::new(date).note(*rng.pick(NOTES));
        let last = k == 4;
        e.status = match (k, status) {
            (0, Status::NotStarted) => Some(Status::NotStarted),
            (0, _) => Some(Status::InProgress),
            (4, s) if s != Status::InProgress => Some(s),
            _ => None,
        };
        if status != Status::NotStarted {
            percent = if last && status == Status::Done {
                100.0
            } else {
                (percent + 5.0 + rng.below(18) as f64).min(95.0)
            };
            e.percent = Some(percent);
        }
        if rng.chance(15) {
            e = e.evidence(
                Link::new(format!(
                    "https://riverside.example.org/updates/{}/{k}",
                    a.id
                ))
                .title("Update"),
            );
        }
        a.progress.push(e);
    }
    date
}

fn action(
    rng: &mut Rng,
    ctx: &Context,
    id: String,
    depth: usize,
    index: usize,
    suggestions: usize,
) -> Action {
    let mut a = Action::new(&id, sentence(rng)).owner(*rng.pick(OWNERS));
    if depth == 0 {
        for _ in 0..1 + rng.below(3) {
            let coverage = if rng.chance(30) {
                Coverage::Partial
            } else {
                Coverage::Full
            };
            a.responds_to.push(
                Answer::to_suggestion(format!("s{}", rng.below(suggestions.max(1))))
                    .coverage(coverage),
            );
        }
        a = a.outcome(rng.pick(&ctx.outcomes));
        a.priority = Some(*rng.pick(&[Priority::High, Priority::Medium, Priority::Low]));
        if index > 0 && rng.chance(15) {
            a = a.depends_on(format!("a{}", rng.below(index)));
        }
        if rng.chance(10) {
            a.related.push(Related {
                title: format!("Related work on {}", rng.pick(TOPICS)),
                owner: Some(rng.pick(BODIES).to_string()),
                url: None,
                note: None,
                depends: rng.chance(30),
            });
        }
        if rng.chance(20) {
            a = a.note(format!("This will also help with {}.", rng.pick(TOPICS)));
        }
    } else {
        a.weight = Some((1 + rng.below(3)) as f64);
    }
    let status = rng.weighted(&[
        (10, Status::NotStarted),
        (35, Status::InProgress),
        (30, Status::Done),
        (15, Status::Blocked),
        (10, Status::Dropped),
    ]);
    let start = day(Date::constant(2025, 6, 1), rng.below(120));
    if rng.chance(90) {
        a.due = Some(due(rng, start));
    }
    if status != Status::NotStarted {
        a.started = Some(PartialDate::Day(start));
    }
    let last = progress(rng, &mut a, status, start);
    match status {
        Status::Done => a.completed = Some(PartialDate::Day(last)),
        Status::Blocked => {
            a.status_reason = Some("Waiting for a partner to confirm funding.".into());
            a.barriers.push(Barrier {
                text: format!(
                    "A partner has not yet confirmed funding for {}.",
                    rng.pick(TOPICS)
                ),
                since: Some(last),
                resolved: None,
            });
        }
        Status::Dropped => {
            a.status_reason = Some("The funding we expected was not awarded.".into());
        }
        _ => {}
    }
    if rng.chance(10) {
        a.barriers.push(Barrier {
            text: "Staff shortages over the summer slowed the work down.".into(),
            since: Some(start),
            resolved: Some(day(start, 20)),
        });
    }
    let children = match depth {
        0 if rng.chance(33) => 2 + rng.below(2),
        1 if rng.chance(20) => 1 + rng.below(2),
        _ => 0,
    };
    for c in 0..children {
        a = a.sub_action(action(
            rng,
            ctx,
            format!("{id}.{}", c + 1),
            depth + 1,
            0,
            suggestions,
        ));
    }
    a
}

/// A lean top-level action (an ID, a title, an answer) depending on 1 to
/// `shape.dependencies` other top-level actions picked anywhere in the list.
fn dense_action(rng: &mut Rng, index: usize, shape: &Shape) -> Action {
    let mut a = Action::new(format!("a{index}"), sentence(rng));
    a.responds_to.push(Answer::to_suggestion(format!(
        "s{}",
        rng.below(shape.suggestions.max(1))
    )));
    for _ in 0..1 + rng.below(shape.dependencies) {
        let other = rng.below(shape.actions);
        if other != index {
            a = a.depends_on(format!("a{other}"));
        }
    }
    a
}

/// A chain of `depth` lean sub-actions, each the only child of the one above: `{id}.d1`,
/// `{id}.d2`… Built from the bottom up, so no recursion however deep.
fn chain(rng: &mut Rng, id: &str, depth: usize) -> Action {
    let ids: Vec<String> = (1..=depth).map(|d| format!("{id}.d{d}")).collect();
    let mut below: Option<Action> = None;
    for sub_id in ids.iter().rev() {
        let mut a = Action::new(sub_id, sentence(rng));
        a.weight = Some((1 + rng.below(3)) as f64);
        if let Some(b) = below.take() {
            a = a.sub_action(b);
        }
        below = Some(a);
    }
    below.unwrap_or_else(|| Action::new(format!("{id}.d1"), "Empty"))
}

/// Writes the whole document to `out`.
pub fn write(args: &Shape, out: impl Write) -> std::io::Result<()> {
    let mut rng = Rng(args.seed);
    let (summary, ctx) = header(args, &mut rng);
    let mut out = BufWriter::with_capacity(1 << 16, out);
    // The header without its last `}`, then the suggestions and actions one at a time.
    let head = serde_json::to_string(&summary)?;
    out.write_all(&head.as_bytes()[..head.len() - 1])?;
    out.write_all(b",\"suggestions\":[")?;
    for i in 0..args.suggestions {
        if i > 0 {
            out.write_all(b",")?;
        }
        let mut s = suggestion(&mut rng, &ctx, format!("s{i}"), 0);
        for k in 0..args.points {
            let mut p = Suggestion::new(format!("s{i}.w{k}"), sentence(&mut rng));
            p.kind = SuggestionKind::Detail;
            s = s.point(p);
        }
        serde_json::to_writer(&mut out, &s)?;
    }
    out.write_all(b"],\"actions\":[")?;
    for i in 0..args.actions {
        if i > 0 {
            out.write_all(b",")?;
        }
        let mut a = if args.dependencies > 0 {
            dense_action(&mut rng, i, args)
        } else {
            action(&mut rng, &ctx, format!("a{i}"), 0, i, args.suggestions)
        };
        if args.depth > 0 {
            let sub = chain(&mut rng, a.id.as_str(), args.depth);
            a = a.sub_action(sub);
        }
        serde_json::to_writer(&mut out, &a)?;
    }
    out.write_all(b"]}\n")?;
    out.flush()
}
