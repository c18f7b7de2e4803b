"""Importing tables and Polis exports from Python: CSV text, paths, workbooks and pandas
DataFrames go through the one core importer; the report is plain data; bad input raises
BadInputError with its line."""

from __future__ import annotations

import datetime
import json
import pathlib

import pytest

import yousaid
from conftest import ROOT

INPUTS = ROOT / "crates" / "core" / "tests" / "import"
POLIS = INPUTS / "polis" / "london.youth.policing"


def test_csv_text_pairs_points_and_actions() -> None:
    imported = yousaid.import_table(
        "Ward,You said,We did,Status\n"
        "Ward 5,Too noisy at night,Quiet hours from 11pm,Complete\n"
        "Ward 9,No water jugs,,\n"
        "Ward 15,,A hotline for families,in hand\n"
    )
    s = imported.summary
    assert isinstance(s, yousaid.Summary)
    assert [p.text for p in s.suggestions] == ["Too noisy at night", "No water jugs"]
    assert [(a.title, a.status) for a in s.actions] == [
        ("Quiet hours from 11pm", "done"),
        ("A hotline for families", "in_progress"),
    ]
    assert s.actions[0].responds_to[0].suggestion == s.suggestions[0].id
    assert imported.report["format"] == "csv"
    assert imported.not_used == []


def test_unknown_words_are_reported_with_their_cell() -> None:
    imported = yousaid.import_table("You said,We did,Status\nA,B,Not fully achieved\n")
    assert imported.summary.actions[0].status is None
    assert imported.not_used == [
        {
            "at": {"kind": "cell", "row": 2, "column": 3},
            "text": "Not fully achieved",
            "reason": imported.not_used[0]["reason"],
        }
    ]
    amber = yousaid.import_table("You said,We did,RAG\nA,B,Amber\n")
    assert amber.summary.actions[0].status == "in_progress"
    assert amber.ambiguous[0]["text"] == "Amber"


def test_a_path_to_a_csv_the_same_as_its_text() -> None:
    path = INPUTS / "enherts-ward-2017-12.csv"
    from_path = yousaid.import_table(path)
    from_text = yousaid.import_table(path.read_text(encoding="utf-8"))
    # A table with no title of its own is titled by its file's name.
    assert yousaid.import_table(INPUTS / "mkuh-divisions.csv").summary.title == "mkuh-divisions"
    assert from_path.summary == from_text.summary
    assert from_path.report == from_text.report
    assert from_path.summary.title == "‘You said, we did’ in December 2017"
    assert len(from_path.summary.suggestions) == 4


def test_a_workbook() -> None:
    imported = yousaid.import_table(INPUTS / "ward-tracker.xlsx")
    s = imported.summary
    assert imported.report["format"] == "xlsx"
    assert s.title == "Patient experience tracker"
    assert s.actions[0].due == "2024-03-31"
    notes = [n for n in imported.not_used if n["at"].get("sheet") == "Notes"]
    assert [n["text"] for n in notes] == ["Draft: check with matrons before publishing"]
    # The same bytes, given as bytes.
    again = yousaid.import_table((INPUTS / "ward-tracker.xlsx").read_bytes())
    assert again.summary == s


def test_a_mapping_as_a_dict_and_as_a_file(tmp_path: pathlib.Path) -> None:
    text = "Comments from patients,Reply\nA,B\n"
    with pytest.raises(yousaid.BadInputError):
        yousaid.import_table(text)
    imported = yousaid.import_table(
        text, mapping={"Comments from patients": "you_said", "Reply": "we_did"}
    )
    assert len(imported.summary.actions) == 1
    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps({"columns": {"Comments from patients": "you_said", "Reply": "we_did"}}),
        encoding="utf-8",
    )
    assert yousaid.read_mapping(mapping) == {"Comments from patients": "you_said", "Reply": "we_did"}
    assert yousaid.import_table(text, mapping=mapping).summary == imported.summary
    mapping.write_text(json.dumps({"columns": {"Reply": "answer"}}), encoding="utf-8")
    with pytest.raises(yousaid.InvalidArgumentError) as info:
        yousaid.import_table(text, mapping=mapping)
    assert "you_said, we_did" in str(info.value)


def test_a_dataframe() -> None:
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(
        {
            "Quarter": ["Q3 2023/24", "Q3 2023/24"],
            "You said": ["Too noisy", "No jugs"],
            "We did": ["Quiet hours", None],
            "Due": [pandas.Timestamp("2024-03-31"), pandas.NaT],
            "Votes": [7.0, float("nan")],
        }
    )
    imported = yousaid.import_table(frame, title="Ward feedback")
    s = imported.summary
    assert s.title == "Ward feedback"
    assert len(s.suggestions) == 2 and len(s.actions) == 1
    assert s.actions[0].due == "2024-03-31"
    assert s.engagements[0].date == "2023/24-Q3"
    # The unrecognised column's filled cell is reported as written, without ".0".
    assert [(n["at"]["row"], n["text"]) for n in imported.not_used] == [(1, "Votes"), (2, "7")]


def test_bad_input_says_where() -> None:
    with pytest.raises(yousaid.BadInputError) as info:
        yousaid.import_table("You said,We did\na,b\nc\n")
    assert (info.value.code, info.value.line) == ("bad-input", 3)
    with pytest.raises(yousaid.BadInputError) as info:
        yousaid.import_table(b"You said\n\xff\xfe\n")
    assert info.value.line == 2
    with pytest.raises(yousaid.BadInputError):
        yousaid.import_table(b"PK\x03\x04 not really a workbook")
    with pytest.raises(TypeError):
        yousaid.import_table(42)


def test_polis_from_its_directory_files_and_text() -> None:
    imported = yousaid.import_polis(POLIS)
    s = imported.summary
    assert s.title.startswith("What is the best way to engage more young people")
    assert len(s.suggestions) == 36
    assert all(p.mentions is None for p in s.suggestions)
    rejected = [n for n in imported.not_used if "moderated out" in n["reason"]]
    assert len(rejected) == 3
    # Each comment's agree and disagree votes are its figures, never reported as not used.
    assert not [n for n in imported.not_used if "votes" in n["reason"]]
    assert all(len(p.figures) == 2 for p in s.suggestions)
    same = yousaid.import_polis(POLIS / "comments.csv", POLIS / "summary.csv")
    assert same.summary == s
    text = yousaid.import_polis((POLIS / "comments.csv").read_text(encoding="utf-8"))
    assert len(text.summary.suggestions) == 36 and text.summary.engagements == []


def test_imported_summaries_are_ordinary_summaries() -> None:
    imported = yousaid.import_table(INPUTS / "cslondon-recommendations.csv")
    s = imported.summary
    assert [p for p in s.validate() if p.severity == "error"] == []
    assert "That LOCOG ensures that benchmarks" in s.render(view="tracker", format="text")
    s.record_progress(s.actions[1].id, date=datetime.date(2013, 6, 1), status="done")
    assert s.action_state(s.actions[1].id)["status"] == "done"


def test_import_file_reads_word_documents(tmp_path: pathlib.Path) -> None:
    import zipfile

    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
        for text in ["Bus review workshop", "Table 1", "- More buses on Sundays"]
    )
    path = tmp_path / "notes.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}<w:sectPr/></w:body></w:document>",
        )
    imported = yousaid.import_file(path)
    assert imported.report["format"] == "docx"
    assert imported.summary.title == "Bus review workshop"


def test_import_file_chooses_by_extension_and_content(tmp_path: pathlib.Path) -> None:
    table = tmp_path / "feedback.csv"
    table.write_text("You said,We did\nToo noisy,Quiet hours\n", encoding="utf-8")
    imported = yousaid.import_file(table)
    assert imported.report["format"] == "csv"
    assert imported.summary.title == "feedback"
    notes = tmp_path / "notes"
    notes.write_text("Bus review\n\n- More buses\n", encoding="utf-8")
    assert yousaid.import_file(notes).report["format"] == "outline"
    assert yousaid.import_file(POLIS / "comments.csv").report["format"] == "polis"
    with pytest.raises(yousaid.InvalidArgumentError):
        yousaid.import_file(table, "spreadsheet")
