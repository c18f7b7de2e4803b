//! Every bundled example in every view, format and language, as insta snapshots
//! (`snapshots/examples/`). The page's inline stylesheet is replaced by a marker: it is the
//! same on every page and has its own snapshot in `render.rs`.

use std::path::Path;

use yousaid::{Lang, OutputFormat, RenderOptions, Summary, View};

fn examples() -> Vec<(String, Summary)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&root).expect("examples directory") {
        let dir = entry.expect("entry").path();
        let file = dir.join("summary.json");
        if file.is_file() {
            let name = dir.file_name().unwrap().to_string_lossy().into_owned();
            let bytes = std::fs::read(&file).expect("read example");
            let summary =
                Summary::from_json_slice(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
            found.push((name, summary));
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found
}

/// The page with its inline stylesheet replaced by a marker.
fn without_stylesheet(page: &str) -> String {
    match (page.find("<style>"), page.find("</style>")) {
        (Some(start), Some(end)) if start < end => {
            format!("{}<style>/* style.css */{}", &page[..start], &page[end..])
        }
        _ => page.to_owned(),
    }
}

#[test]
fn every_example_in_every_view_format_and_language() {
    let examples = examples();
    assert!(examples.len() >= 14, "found {} examples", examples.len());
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots/examples");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for (name, summary) in &examples {
            for lang in Lang::ALL {
                for view in View::ALL {
                    for format in OutputFormat::ALL {
                        let options = RenderOptions::new().view(view).format(format).lang(lang);
                        let out = summary
                            .render(&options)
                            .unwrap_or_else(|e| panic!("{name} {view:?} {format:?} {lang:?}: {e}"));
                        let key = format!(
                            "{name}.{}.{}.{}",
                            lang.as_str(),
                            view.as_str(),
                            format.as_str()
                        );
                        insta::assert_snapshot!(key, without_stylesheet(&out));
                    }
                }
            }
        }
    });
}
