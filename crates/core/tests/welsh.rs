//! Labels in English and Welsh: a Welsh document renders in Welsh by default, the language
//! can be chosen, the page's `lang` follows, and labels can be replaced by the document and
//! by the options (the options win).

use std::path::Path;

use yousaid::{Lang, OutputFormat, RenderOptions, Summary, View};

fn load(relative: &str) -> Summary {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(relative);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Summary::from_json_slice(&bytes).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

const SENEDD_CY: &str = "examples/senedd-public-decides-cy/summary.json";

#[test]
fn the_welsh_senedd_example_renders_in_welsh() {
    let summary = load(SENEDD_CY);
    for (format, name) in [
        (OutputFormat::Fragment, "senedd-cy.full.fragment.html"),
        (OutputFormat::Markdown, "senedd-cy.full.md"),
        (OutputFormat::Text, "senedd-cy.full.txt"),
    ] {
        let out = summary
            .render(&RenderOptions::new().format(format))
            .unwrap();
        insta::assert_snapshot!(name, out);
    }
}

#[test]
fn the_channels_are_how_people_responded_not_what_they_said() {
    // "Facebook", "Twitter" and "e-bost" are the ways people responded: with the engagement's
    // facts, under their own label, not among the points under "Dywedoch chi" (You said).
    for (path, lang, label, you_said, channel) in [
        (
            SENEDD_CY,
            Lang::Cy,
            "Sut yr ymatebodd pobl",
            "Dywedoch chi",
            "e-bost",
        ),
        (
            "examples/senedd-public-decides-en/summary.json",
            Lang::En,
            "How people responded",
            "You said",
            "e-mail",
        ),
    ] {
        let summary = load(path);
        for format in OutputFormat::ALL {
            let out = summary
                .render(&RenderOptions::new().format(format).lang(lang))
                .unwrap();
            let heard = out.find(you_said).expect("the You said step");
            let how = out.find(label).expect("the channels' label");
            let at = out.find(channel).expect("the channel");
            assert!(
                how < at && at < heard,
                "{path} {format:?}: {how} {at} {heard}"
            );
        }
    }
}

#[test]
fn every_view_of_a_welsh_document_leaves_no_english_label() {
    let summary = load(SENEDD_CY);
    for view in View::ALL {
        for format in OutputFormat::ALL {
            let out = summary
                .render(&RenderOptions::new().view(view).format(format))
                .unwrap();
            for english in [
                "You said",
                "We did",
                "Next steps",
                "Summary",
                "What you said",
                "Status",
                "Published",
                "Actions",
                "At a glance",
            ] {
                assert!(
                    !out.contains(english),
                    "{view} {format} shows `{english}`:\n{out}"
                );
            }
        }
    }
}

#[test]
fn the_language_follows_the_document_unless_chosen() {
    let cy = load(SENEDD_CY);
    let en = load("examples/senedd-public-decides-en/summary.json");
    let page = |s: &Summary, o: RenderOptions| s.render(&o).unwrap();
    let welsh = page(&cy, RenderOptions::new());
    assert!(welsh.contains("<html lang=\"cy\" dir=\"ltr\">"));
    assert!(welsh.contains("Crynodeb"));
    let english = page(&cy, RenderOptions::new().lang(Lang::En));
    assert!(english.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(english.contains(">Summary<"));
    // The title keeps the document's language.
    assert!(
        english.contains("class=\"ys-title\" lang=\"cy\">"),
        "{english}"
    );
    let english = page(&en, RenderOptions::new());
    assert!(english.contains("<html lang=\"en-GB\" dir=\"ltr\">"));
    let welsh = page(
        &en,
        RenderOptions::new()
            .lang(Lang::Cy)
            .format(OutputFormat::Fragment),
    );
    assert!(welsh.contains("lang=\"cy\" dir=\"ltr\">"), "{welsh}");
    assert!(welsh.contains("class=\"ys-title\" lang=\"en-GB\">"));
    // A document in another language keeps its own tag and direction, as before.
    let ar =
        Summary::from_json_str(r#"{"format": "yousaid/2", "title": "ملخص", "language": "ar"}"#)
            .unwrap();
    assert!(page(&ar, RenderOptions::new()).contains("<html lang=\"ar\" dir=\"rtl\">"));
}

#[test]
fn options_win_over_the_document_which_wins_over_the_catalogue() {
    let summary = Summary::from_json_str(
        r#"{"format": "yousaid/2", "title": "Library",
            "labels": {"you_said": "What you told us", "we_did": "What we did about it"},
            "suggestions": [{"id": "s1", "text": "Open on Sundays"}]}"#,
    )
    .unwrap();
    assert!(summary.validate().is_valid());
    let md = |o: RenderOptions| {
        summary
            .render(&o.view(View::Table).format(OutputFormat::Markdown))
            .unwrap()
    };
    let doc = md(RenderOptions::new());
    assert!(
        doc.contains("| What you told us | What we did about it | Status |"),
        "{doc}"
    );
    let api = md(RenderOptions::new()
        .labels([("you_said", "Your words"), ("status", "Where it stands")])
        .unwrap());
    assert!(
        api.contains("| Your words | What we did about it | Where it stands |"),
        "{api}"
    );
    // Overrides apply in Welsh too, over the Welsh catalogue.
    let cy = md(RenderOptions::new().lang(Lang::Cy));
    assert!(
        cy.contains("| What you told us | What we did about it | Statws |"),
        "{cy}"
    );
    // A label made in Rust (a status word) is replaced everywhere it is shown.
    let none = md(RenderOptions::new()
        .labels([("no_response_yet", "Awaiting a reply")])
        .unwrap());
    assert!(none.contains("| Awaiting a reply |"), "{none}");
}

#[test]
fn an_unknown_label_is_refused_with_its_key() {
    let err = RenderOptions::new()
        .labels([("you_said", "ok"), ("thank_yuo", "x")])
        .unwrap_err();
    assert_eq!(err.code(), "invalid-argument");
    assert!(err.to_string().contains("`thank_yuo`"), "{err}");
    let summary = Summary::from_json_str(
        r#"{"format": "yousaid/2", "title": "Library", "labels": {"thank_yuo": "x"}}"#,
    )
    .unwrap();
    let report = summary.validate();
    let p = report.errors().next().unwrap();
    assert_eq!(p.code.as_str(), "unknown-label");
    assert_eq!(p.path, "labels.thank_yuo");
}

/// The table of keys in docs/templates.md is the catalogue's own. Run with
/// `UPDATE_LABELS_DOC=1` to rewrite it after changing the catalogue.
#[test]
fn the_labels_table_in_the_docs_is_the_catalogue() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/templates.md");
    let doc = std::fs::read_to_string(&path).unwrap();
    let start = doc.find("<!-- labels:start").expect("labels:start marker");
    let body = start + doc[start..].find("-->\n").expect("end of the marker") + 4;
    let end = doc.find("<!-- labels:end -->").expect("labels:end marker");
    let table = yousaid::render::labels::markdown_table();
    if doc[body..end] != table {
        if std::env::var_os("UPDATE_LABELS_DOC").is_some() {
            let updated = format!("{}{table}{}", &doc[..body], &doc[end..]);
            std::fs::write(&path, updated).unwrap();
        } else {
            panic!(
                "the labels table in docs/templates.md is out of date with the catalogue: \
                 rewrite it with `UPDATE_LABELS_DOC=1 cargo test -p yousaid --test welsh`"
            );
        }
    }
}
