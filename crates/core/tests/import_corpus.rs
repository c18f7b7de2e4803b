//! Every document of the corpus (`tests/corpus/`, copies of `../shared/corpus/`) imported
//! from its text, as published: what a reader of each page would expect the outline reader to
//! find, and nothing of the text lost.
//!
//! Each corpus file starts with its own header (source, licence, shape), ended by a
//! `==========` line, and holds one or more stored versions of its page, each after a
//! `----- SNAPSHOT: … -----` line. The tests strip the header and import each version on its
//! own (the marker lines are the corpus file's, not the page's); the `[the stored copy ends
//! here]` lines that mark where a stored copy was cut are imported with the text, as they come.
//! `corpus_table` prints one row a document and checks it against the table in `docs/import.md`.

use std::path::Path;

#[path = "import/nothing_lost.rs"]
mod nothing_lost;
use nothing_lost::assert_nothing_lost;
use yousaid::import::{ImportOptions, Imported, RecognisedAs, SourceRef, import};
use yousaid::{Severity, Status, Suggestion, SuggestionKind, Summary};

/// The versions of a corpus document's text: (the snapshot line, or "" for a page stored once;
/// the text after it).
fn versions(name: &str) -> Vec<(String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/corpus")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let (_, body) = text.split_once("==========\n").expect("a corpus header");
    if !body.starts_with("----- SNAPSHOT") {
        return vec![(String::new(), body.to_owned())];
    }
    body.split("----- SNAPSHOT")
        .skip(1)
        .map(|v| {
            let (marker, text) = v.split_once('\n').expect("a snapshot line");
            (marker.to_owned(), text.to_owned())
        })
        .collect()
}

fn assert_valid(name: &str, summary: &Summary) {
    let report = summary.validate();
    let errors: Vec<_> = report
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{name}: {errors:#?}");
}

/// Each version of a document imported, checked for lost lines and validation errors.
fn import_versions(name: &str) -> Vec<Imported> {
    versions(name)
        .into_iter()
        .map(|(marker, text)| {
            // As the command line reads a file: a document with no title line is titled
            // after the file.
            let imported = import(text.as_bytes(), Some(name), &ImportOptions::default())
                .unwrap_or_else(|e| panic!("{name}{marker}: {e}"));
            assert_nothing_lost(name, &text, &imported);
            assert_valid(name, &imported.summary);
            imported
        })
        .collect()
}

fn one(name: &str) -> Imported {
    let mut all = import_versions(name);
    assert_eq!(all.len(), 1, "{name} has one version");
    all.remove(0)
}

/// Every point at every depth.
fn all_points(s: &Summary) -> Vec<&Suggestion> {
    let mut out = Vec::new();
    fn walk<'a>(p: &'a Suggestion, out: &mut Vec<&'a Suggestion>) {
        out.push(p);
        for c in &p.points {
            walk(c, out);
        }
    }
    for p in &s.suggestions {
        walk(p, &mut out);
    }
    out
}

/// Every action at every depth.
fn all_actions(s: &Summary) -> Vec<&yousaid::Action> {
    let mut out = Vec::new();
    fn walk<'a>(a: &'a yousaid::Action, out: &mut Vec<&'a yousaid::Action>) {
        out.push(a);
        for c in &a.actions {
            walk(c, out);
        }
    }
    for a in &s.actions {
        walk(a, &mut out);
    }
    out
}

/// The IDs of the points an action answers.
/// What an action answers: the IDs of the points or questions it names.
fn answers(action: &yousaid::Action) -> Vec<&str> {
    action
        .responds_to
        .iter()
        .filter_map(|a| a.suggestion.as_deref().or(a.question.as_deref()))
        .collect()
}

/// The texts of the top-level points under a question, in order.
fn points_under<'a>(s: &'a Summary, question: &str) -> Vec<&'a str> {
    s.suggestions
        .iter()
        .filter(|p| p.question.as_deref() == Some(question))
        .map(|p| p.text.as_str())
        .collect()
}

/// One row of the corpus table.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Row {
    versions: usize,
    lines: usize,
    points: usize,
    answers: usize,
    actions: usize,
    questions: usize,
    prose: usize,
    not_used: usize,
    ambiguous: usize,
}

fn row(name: &str) -> Row {
    let mut r = Row::default();
    for i in import_versions(name) {
        let s = &i.summary;
        r.versions += 1;
        r.lines += i.report.recognised.len() + i.report.not_used.len();
        r.points += all_points(s).len();
        let acts = all_actions(s);
        r.actions += acts.len();
        r.answers += acts.iter().filter(|a| !a.responds_to.is_empty()).count();
        r.questions += s.questions.len();
        r.prose += i
            .report
            .recognised
            .iter()
            .filter(|x| x.as_ == RecognisedAs::Prose)
            .count();
        r.not_used += i.report.not_used.len();
        r.ambiguous += i.report.ambiguous.len();
    }
    r
}

const DOCUMENTS: [&str; 14] = [
    "01-mkuh-you-said-we-did.txt",
    "02-enherts-ward-you-said-we-did.txt",
    "03-cheshire-ccg-you-said-we-did.txt",
    "04-ashingdon-gp-ppg-report.txt",
    "05-edinburgh-we-asked-you-said-we-did.txt",
    "06-buckinghamshire-we-asked-you-said-we-did.txt",
    "07-dh-consultations-we-asked-you-said-we-did.txt",
    "08-west-mercia-pcc-consultation-responses.txt",
    "09-accent-housing-batley-you-said-we-did.txt",
    "10-anglia-su-university-feedback-forum.txt",
    "11-senedd-public-decides-committee-inquiry-bilingual.txt",
    "12-cslondon-recommendation-tracker.txt",
    "13-swlondon-health-care-forums-2017.txt",
    "14-worcester-carers-you-said-we-did-event.txt",
];

/// The table in `docs/import.md`, between its markers.
fn documented_table() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/import.md");
    let doc = std::fs::read_to_string(path).expect("docs/import.md");
    let start = doc
        .find("<!-- corpus table -->\n")
        .expect("the table's start marker")
        + "<!-- corpus table -->\n".len();
    let end = doc
        .find("<!-- end corpus table -->")
        .expect("its end marker");
    doc[start..end].to_owned()
}

#[test]
fn corpus_table() {
    let mut table = String::from(
        "| document | versions | lines | points | answers | actions | questions | prose | not used | ambiguous |\n\
         |---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n",
    );
    let mut total = Row::default();
    for name in DOCUMENTS {
        let r = row(name);
        table.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
            name.trim_end_matches(".txt"),
            r.versions,
            r.lines,
            r.points,
            r.answers,
            r.actions,
            r.questions,
            r.prose,
            r.not_used,
            r.ambiguous
        ));
        total.versions += r.versions;
        total.lines += r.lines;
        total.points += r.points;
        total.answers += r.answers;
        total.actions += r.actions;
        total.questions += r.questions;
        total.prose += r.prose;
        total.not_used += r.not_used;
        total.ambiguous += r.ambiguous;
    }
    table.push_str(&format!(
        "| all | {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
        total.versions,
        total.lines,
        total.points,
        total.answers,
        total.actions,
        total.questions,
        total.prose,
        total.not_used,
        total.ambiguous
    ));
    println!("{table}");
    assert_eq!(
        table,
        documented_table(),
        "the corpus table in docs/import.md is out of date: copy the printed table there"
    );
}

#[test]
fn ashingdon_report_stays_prose() {
    // An annual report on a national template: headings and paragraphs, no pairs (the survey
    // and its action plan fall after the cut).
    let i = one("04-ashingdon-gp-ppg-report.txt");
    let s = &i.summary;
    assert_eq!(s.title, "Patient Participation Group");
    assert!(s.suggestions.is_empty() && s.actions.is_empty() && s.questions.is_empty());
    assert!(
        s.introduction
            .iter()
            .any(|p| p.starts_with("The PRG consists of 10 members"))
    );
    assert!(i.report.not_used.is_empty() && i.report.ambiguous.is_empty());
}

#[test]
fn edinburgh_we_asked_you_said_we_did_blocks() {
    let all = import_versions("05-edinburgh-we-asked-you-said-we-did.txt");
    assert_eq!(all.len(), 6);
    // Version A: two festival consultations, each a question, three points and the actions
    // answering every point of its block.
    let s = &all[0].summary;
    assert_eq!(s.title, "We Asked, You Said, We Did");
    assert_eq!(s.questions.len(), 2);
    assert!(s.questions[0].text.starts_with(
        "The Council engaged with all relevant stakeholders to seek their opinions ahead of the \
         re-procurement of the contract for a festival event in Inverleith Park"
    ));
    let festival = points_under(s, "q1");
    assert_eq!(festival.len(), 3);
    assert_eq!(
        festival[0],
        "There were 99 responses received in total and just over half agreed with the general \
         proposal to hold a ticketed event in Inverleith Park in August."
    );
    assert_eq!(points_under(s, "q2").len(), 3);
    assert_eq!(s.actions.len(), 3);
    assert!(s.actions[0].title.starts_with(
        "We have fully considered the responses from stakeholders and sought further feedback \
         from elected members."
    ));
    // One "We did" for the block: the actions answer its question, the points with it.
    assert_eq!(answers(&s.actions[0]), ["q1"]);
    assert_eq!(answers(&s.actions[1]), ["q1"]);
    // The block cut off mid-sentence keeps its words as they are.
    assert_eq!(
        s.actions[2].title,
        "We have fully considered all the responses fro"
    );
    assert_eq!(answers(&s.actions[2]), ["q2"]);
    // Nothing is invented for an answer: no status, no date, no stance.
    assert!(
        s.actions
            .iter()
            .all(|a| a.status.is_none() && a.due.is_none())
    );
    assert!(s.suggestions.iter().all(|p| p.response.is_none()));
    // The cut marker is kept as prose, not read as an action.
    assert_eq!(
        s.introduction,
        [
            "Below are some of the issues we have recently consulted on and their outcomes.",
            "[the stored copy ends here]"
        ]
    );

    // Version B: three cycle schemes.
    let s = &all[1].summary;
    assert_eq!(
        s.questions[1].text,
        "We asked for views on the proposed designs for cycle and walking improvements in \
         Roseburn Park."
    );
    assert_eq!(s.suggestions.len(), 3);
    assert_eq!(answers(&s.actions[2]), ["q2"]);
    assert!(
        s.actions[2]
            .title
            .starts_with("The feedback to the scheme will be used")
    );

    // Version D: the dated phases under "We asked" are short lines standing alone; inside a
    // block they stay paragraphs (kept as prose, in order), and the report says so.
    let d = &all[3];
    assert_eq!(d.summary.questions.len(), 3);
    assert!(
        d.summary
            .introduction
            .contains(&"Summer 2021 - Concept design".to_owned())
    );
    let kept: Vec<&str> = d
        .report
        .ambiguous
        .iter()
        .filter(|a| a.note.contains("not as a heading"))
        .map(|a| a.text.as_str())
        .collect();
    assert_eq!(
        kept,
        [
            "Spring 2021 - scoping local context of traffic, access and place quality",
            "Summer 2021 - Concept design",
            "Autumn 2021 - Corstorphine placemaking design"
        ]
    );
    assert_eq!(answers(&d.summary.actions[2]), ["q2"]);

    // Version E lost its headings in extraction: nothing to pair, prose only (its one "We
    // will…" line is a commitment).
    let e = &all[4].summary;
    assert!(e.questions.is_empty() && e.suggestions.is_empty());
    assert_eq!(e.actions.len(), 1);
    assert!(
        e.actions[0]
            .title
            .starts_with("We will provide a more detailed update")
    );
    assert!(e.actions[0].responds_to.is_empty());

    // Version F: the rent consultation, cut before "We did".
    let f = &all[5];
    assert_eq!(f.summary.questions.len(), 1);
    assert_eq!(points_under(&f.summary, "q1").len(), 4);
    assert!(f.summary.actions.is_empty());
    assert!(
        f.report.ambiguous[0]
            .text
            .starts_with("This year tenants were presented with three rent increase options")
    );
}

#[test]
fn buckinghamshire_blocks_with_lists_and_tallies() {
    let all = import_versions("06-buckinghamshire-we-asked-you-said-we-did.txt");
    assert_eq!(all.len(), 5);
    // Version 1: the self-build register. The bulleted concerns are details of the point that
    // introduces them; "Following the consultation, we have:" an action with its steps.
    let s = &all[0].summary;
    assert_eq!(s.questions.len(), 1);
    assert_eq!(
        s.questions[0].text,
        "We are replacing the former district councils self-build registers with a single \
         register for Buckinghamshire."
    );
    assert_eq!(points_under(s, "q1").len(), 4);
    let concerns = &s.suggestions[3];
    assert!(
        concerns
            .text
            .ends_with("the main concerns / issues raised were:")
    );
    assert_eq!(concerns.points.len(), 3);
    assert!(
        concerns
            .points
            .iter()
            .all(|p| p.kind == SuggestionKind::Detail)
    );
    assert!(
        concerns.points[1]
            .text
            .starts_with("the criteria \"About to take up employment\"")
    );
    assert_eq!(s.actions.len(), 2);
    assert_eq!(answers(&s.actions[0]), ["q1"]);
    assert_eq!(s.actions[1].title, "Following the consultation, we have:");
    assert_eq!(s.actions[1].actions.len(), 2);
    assert_eq!(s.actions[1].actions[1].title, "remove");
    // The paragraphs under "We asked" after the question stay prose, in order; the report
    // says where that began.
    assert!(
        s.introduction
            .contains(&"We asked for views on:".to_owned())
    );
    assert!(s.introduction.contains(&"Our new approach".to_owned()));
    assert!(
        all[0].report.ambiguous[0]
            .text
            .starts_with("The self-build and custom housebuilding register")
    );

    // Version 2: polling places, thirteen changes listed under one action.
    let s = &all[1].summary;
    assert_eq!(s.actions.len(), 1);
    assert_eq!(
        s.actions[0].title,
        "We made amendments to the proposed changes following feedback:"
    );
    assert_eq!(s.actions[0].actions.len(), 13);
    assert_eq!(
        s.actions[0].actions[10].title,
        "The Hive to be designated polling place instead of Hannah Ball School"
    );
    assert_eq!(answers(&s.actions[0]), ["q1"]);

    // Version 3: two ward mergers; the tallies are details of "We received 21 responses".
    let s = &all[2].summary;
    assert_eq!(s.questions.len(), 2);
    assert_eq!(
        s.questions[0].text,
        "We asked for your views on the proposal to merge:"
    );
    assert_eq!(
        s.suggestions[0].text,
        "We received 21 responses to the survey:"
    );
    assert!(
        s.suggestions[0].points[0]
            .text
            .starts_with("18 agreed with the proposal")
    );
    assert_eq!(points_under(s, "q1").len(), 4);
    assert_eq!(
        points_under(s, "q2"),
        ["We received 11 responses to the survey:"]
    );
    assert_eq!(s.actions[0].actions.len(), 2);
    assert_eq!(answers(&s.actions[2]), ["q1"]);

    // Version 5: two blocks, each action answering its own block's points only.
    let s = &all[4].summary;
    assert_eq!(s.questions.len(), 3);
    assert_eq!(answers(&s.actions[0]), ["q1"]);
    assert_eq!(answers(&s.actions[1]), ["q2"]);
    assert!(
        s.suggestions[3].points[0]
            .text
            .starts_with("9 (90%) were in agreement")
    );
}

#[test]
fn dh_consultations_blocks_after_a_featured_item() {
    let i = one("07-dh-consultations-we-asked-you-said-we-did.txt");
    let s = &i.summary;
    // The open consultation above the blocks stays as it was (headings and prose).
    assert!(
        s.introduction
            .iter()
            .any(|p| p.starts_with("The Government’s aim is for England"))
    );
    assert_eq!(s.questions.len(), 2);
    // The bullets run inline in the paragraph stay in the question's text.
    assert!(s.questions[0].text.starts_with(
        "How the NHS Constitution could be updated to better reflect changes to policy"
    ));
    assert!(
        s.questions[0]
            .text
            .ends_with("• the Armed Forces Covenant.")
    );
    assert_eq!(
        points_under(s, "q1"),
        [
            "Overall you agreed with our proposals. You often highlighted the importance of their \
          inclusion in a revised version of the NHS Constitution, particularly in light of the \
          failings at Mid-Staffordshire NHS Foundation Trust. However, at times you felt that we \
          could improve the clarity of certain additions, and provide further information on \
          what each addition entails."
        ]
    );
    assert_eq!(s.actions.len(), 1);
    assert!(
        s.actions[0]
            .title
            .starts_with("We have published our Government response")
    );
    assert_eq!(answers(&s.actions[0]), ["q1"]);
    // The second block is cut inside its "We asked".
    assert!(points_under(s, "q2").is_empty());
}

#[test]
fn west_mercia_register_stays_headings_and_prose() {
    // A register of consultations with their dates and links to outcomes: no "you said"
    // content and no pairs. Consultations are headings or prose; nothing is made a point.
    let all = import_versions("08-west-mercia-pcc-consultation-responses.txt");
    assert_eq!(all.len(), 2);
    for i in &all {
        let s = &i.summary;
        assert!(s.suggestions.is_empty() && s.actions.is_empty() && s.questions.is_empty());
        assert!(i.report.not_used.is_empty());
    }
    let headings: Vec<usize> = all[0]
        .report
        .recognised
        .iter()
        .filter(|r| r.as_ == RecognisedAs::Heading)
        .filter_map(|r| match r.at {
            SourceRef::Line { line } => Some(line),
            _ => None,
        })
        .collect();
    // "Budget Consultation (23rd December 2020 – 20th January 2021)" and the like; the
    // first, of thirteen words, reads as prose.
    assert!(headings.contains(&30) && headings.contains(&36));
    assert!(
        all[0]
            .summary
            .introduction
            .iter()
            .any(|p| p.starts_with("West Mercia PCC Victim"))
    );
    // The later version lost its titles: the date ranges in brackets are prose.
    assert!(
        all[1]
            .summary
            .introduction
            .contains(&"(August 9 2021 – November 1 2021)".to_owned())
    );
}

#[test]
fn anglia_forum_questions_each_with_the_answer_under_it() {
    let i = one("10-anglia-su-university-feedback-forum.txt");
    let s = &i.summary;
    assert_eq!(s.suggestions.len(), 5);
    assert_eq!(s.actions.len(), 5);
    for (n, a) in s.actions.iter().enumerate() {
        assert_eq!(answers(a), [format!("s{}", n + 1)], "{}", a.title);
        assert!(a.status.is_none() && a.due.is_none());
    }
    assert_eq!(
        s.suggestions[3].text,
        "Can we have furniture on the grass areas or blankets to borrow for summer ."
    );
    assert!(s.actions[3].title.starts_with(
        "Yes – we have 3 x picnic benches that will be installed on the grass areas within the \
         next 6 weeks."
    ));
    // The stray "?" of the source's encoding is kept.
    assert!(
        s.actions[0]
            .title
            .starts_with("?The university is in ongoing discussions")
    );
    // Questions the students asked are points of kind `question`; the ones that end otherwise
    // are plain points.
    let kinds: Vec<SuggestionKind> = s.suggestions.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [
            SuggestionKind::Question,
            SuggestionKind::Suggestion,
            SuggestionKind::Question,
            SuggestionKind::Suggestion,
            SuggestionKind::Suggestion
        ]
    );
    // Every answer is listed as a reading that could have gone another way.
    let answered = i
        .report
        .ambiguous
        .iter()
        .filter(|a| a.note.contains("read as the answer to the point"))
        .count();
    assert_eq!(answered, 5);
    assert!(
        s.introduction
            .iter()
            .any(|p| p.starts_with("Here is a 'You said, we did'"))
    );
}

#[test]
fn senedd_themes_in_english_and_welsh() {
    let all = import_versions("11-senedd-public-decides-committee-inquiry-bilingual.txt");
    assert_eq!(all.len(), 2);
    // English: the five themes people raised, under the heading "What people said".
    let s = &all[0].summary;
    assert_eq!(s.suggestions.len(), 5);
    assert_eq!(s.themes[0].name, "What people said");
    assert!(
        s.suggestions
            .iter()
            .all(|p| p.themes == [s.themes[0].id.clone()])
    );
    assert_eq!(
        s.suggestions[4].text,
        "the remit, funding and accountability of S4C"
    );
    assert!(s.actions.is_empty());
    // Welsh: the extraction ran the headings into the paragraphs, and the first theme into
    // the paragraph before the list; the other four are points, under the line ending in "?"
    // that the heading "Beth ddywedodd pobl?" ran into.
    let s = &all[1].summary;
    let texts: Vec<&str> = s.suggestions.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "pryder am y dirywiad parhaus yn y cyfryngau lleol a newyddiaduraeth leol",
            "diffyg portread o Gymru ar rwydweithiau darlledu'r DU",
            "rôl radio yng Nghymru",
            "cylch gwaith, cyllid ac atebolrwydd S4C"
        ]
    );
    assert!(s.questions[1].text.ends_with("Beth ddywedodd pobl?"));
    assert!(
        s.suggestions
            .iter()
            .all(|p| p.question.as_deref() == Some("q2"))
    );
    assert!(s.introduction.iter().any(|p| p.ends_with(
        "gan gynnwys:- sut y gellir cyflawni'r uchelgais o sicrhau miliwn o siaradwyr Cymraeg"
    )));
}

#[test]
fn cslondon_tracker_rows_with_owners_and_status_words() {
    let all = import_versions("12-cslondon-recommendation-tracker.txt");
    assert_eq!(all.len(), 5);
    let counts: Vec<usize> = all.iter().map(|i| i.summary.actions.len()).collect();
    assert_eq!(counts, [8, 9, 5, 8, 7]);
    // View 1 (year 2012): numbers, owners, review and year, status as the tracker words it.
    let i = &all[0];
    let a = &i.summary.actions;
    let numbers: Vec<&str> = a.iter().filter_map(|x| x.number.as_deref()).collect();
    assert_eq!(
        numbers,
        ["235", "234", "233", "232", "231", "230", "229", "228"]
    );
    assert_eq!(
        a[0].title,
        "That LOCOG ensures that benchmarks are available for future Games to facilitate more \
         responsible energy use."
    );
    assert_eq!(a[0].owner_text().as_deref(), Some("LOCOG"));
    assert_eq!(a[0].notes, ["Review: Annual", "Year: 2012"]);
    assert_eq!(
        (a[0].status, a[0].status_label.as_deref()),
        (Some(Status::Done), Some("Complete"))
    );
    assert_eq!(a[1].status, Some(Status::InProgress));
    // The source's own truncation stays; the "Read more" link does not.
    assert!(a[1].title.ends_with("is met during ..."));
    // Words the library does not know are kept as the label, the status left unset, and
    // the report says so; "Closed" is read as done, and the report says it may not be.
    assert_eq!(
        (a[4].status, a[4].status_label.as_deref()),
        (None, Some("No Evidence Yet"))
    );
    assert_eq!(a[5].status, Some(Status::Done));
    let notes: Vec<&str> = i.report.ambiguous.iter().map(|x| x.text.as_str()).collect();
    assert_eq!(
        notes,
        [
            "What are recommendations?",
            "ID Review Year Owner Recommendation Status",
            "No Evidence Yet",
            "Closed"
        ]
    );
    // The row cut by the end of the stored copy has no status.
    assert_eq!((a[7].status, a[7].status_label.as_deref()), (None, None));
    assert!(
        i.summary
            .introduction
            .contains(&"Updated: 20 Mar 2013".to_owned())
    );

    // View 3: a review of several words and an owner of several words.
    let a = &all[2].summary.actions;
    assert_eq!(
        a[0].notes,
        ["Review: Inclusion and Healthy Living", "Year: 2011"]
    );
    assert_eq!(
        a[3].owner_text().as_deref(),
        Some("London 2012 Sustainability Group")
    );
    assert!(
        a.iter()
            .all(|x| x.status.is_none() && x.status_label.as_deref() == Some("Not Fully Achieved"))
    );

    // View 4 (owner GLA): several owners, one a line; the row cut after its number is not
    // used.
    let i = &all[3];
    let a = &i.summary.actions;
    assert_eq!(a[3].owner_text().as_deref(), Some("GOE, GLA"));
    assert_eq!(
        a[5].owner_text().as_deref(),
        Some("ODA, LOCOG, GLA, GOE, LDA, LLDC")
    );
    assert_eq!(i.report.not_used.len(), 1);
    assert_eq!(i.report.not_used[0].text, "201 I");
}

#[test]
fn swlondon_forum_series_is_prose_with_two_lists() {
    // A summary of a series of forums: how people were invited and what the NHS presented.
    // It holds no pairs; its two bulleted lists are read as points (with no question and no
    // answer), which a person would move to prose.
    let i = one("13-swlondon-health-care-forums-2017.txt");
    let s = &i.summary;
    assert_eq!(s.title, "Health & Care Forums – 2017");
    assert_eq!(s.suggestions.len(), 6);
    assert!(
        s.suggestions
            .iter()
            .all(|p| p.question.is_none() && p.points.is_empty())
    );
    assert!(s.actions.is_empty() && s.questions.is_empty());
    assert!(
        s.introduction
            .contains(&"Each event had capacity for up to 100 participants.".to_owned())
    );
}
