"""Analysis as of a date, and flat records for pandas."""

from __future__ import annotations

import datetime
import pathlib

import pandas
import pytest

import yousaid


def test_status_counts_and_overdue_change_with_the_date(riverside: yousaid.Summary) -> None:
    early = riverside.status_counts(as_of=datetime.date(2025, 1, 1))
    now = riverside.status_counts()
    assert early["total"] == now["total"] == len(riverside.actions)
    assert early["done"] <= now["done"]
    assert sum(c["count"] for c in now["by_status"]) == now["total"]
    late = riverside.overdue(as_of=datetime.date(2030, 1, 1))
    assert all(state["overdue"] for state in late)
    assert riverside.as_of(datetime.date(2030, 1, 1)).overdue() == late


def test_as_of_view(riverside: yousaid.Summary) -> None:
    view = riverside.as_of(datetime.date(2025, 12, 31))
    assert view.date == datetime.date(2025, 12, 31)
    states = view.action_states()
    assert [s["id"] for s in states if s["depth"] == 0] == [a.id for a in riverside.actions]
    first = view.action_state(states[0]["id"])
    assert first == states[0]
    with pytest.raises(yousaid.NotFoundError):
        view.action_state("nope")
    assert isinstance(view.with_open_barriers(), list)
    assert isinstance(view.waiting_on_dependencies(), list)
    assert isinstance(view.plan_view(), list)
    assert repr(view).startswith("<AsOf 2025-12-31 of <Summary")
    assert riverside.current().date is None


def test_pairs_and_coverage(west_yorkshire: yousaid.Summary) -> None:
    pairs = west_yorkshire.pairs()
    assert [p["id"] for p in pairs if p["depth"] == 0] == [
        s.id for s in west_yorkshire.suggestions
    ]
    coverage = west_yorkshire.coverage()
    unanswered = {u["id"] for u in coverage["unanswered"]}
    assert "q1-1" in unanswered
    answered = {p["id"] for p in pairs if p["response"] or p["answers"]}
    assert not unanswered & answered


def test_records_make_data_frames(riverside: yousaid.Summary) -> None:
    actions = pandas.DataFrame(riverside.records("actions"))
    assert list(actions.columns[:4]) == ["id", "parent", "depth", "title"]
    assert len(actions) == len(riverside.records("actions"))
    assert set(actions["status"].dropna()) <= {
        "not_started", "in_progress", "done", "blocked", "dropped"
    }
    top = actions[actions["depth"] == 0]
    assert list(top["id"]) == [a.id for a in riverside.actions]
    progress = pandas.DataFrame(riverside.records("progress"))
    assert set(progress["action"]) <= set(actions["id"])
    assert progress["percent"].dropna().between(0, 100).all()
    suggestions = pandas.DataFrame(riverside.records("suggestions"))
    assert suggestions["id"].is_unique
    assert (suggestions["parent"].isna() == (suggestions["depth"] == 0)).all()


def test_action_records_agree_with_the_status_counts_and_the_page(
    riverside: yousaid.Summary,
) -> None:
    for as_of in (None, datetime.date(2025, 6, 1), "2025-12-31"):
        view = riverside.as_of(as_of) if as_of is not None else riverside.current()
        records = riverside.records("actions", as_of=as_of)
        assert records == view.records("actions")
        states = view.action_states()
        assert [(r["id"], r["status"], r["percent"]) for r in records] == [
            (s["id"], s["status"], s["percent"]) for s in states
        ]
        counts = view.status_counts()
        top = pandas.DataFrame(records).query("depth == 0")
        for status in ("not_started", "in_progress", "done", "blocked", "dropped"):
            assert (top["status"] == status).sum() == counts[status], (as_of, status)
        assert top["status"].isna().sum() == counts["unstated"], as_of
        assert sum(c["count"] for c in counts["by_status"]) == counts["total"]
        assert top["overdue"].sum() == counts["overdue"]
        for action, depth in riverside.all_actions():
            record = next(r for r in records if r["id"] == action.id)
            assert record["declared_status"] == action.declared_status
    # The declared and the current status differ where sub-actions or the log say otherwise,
    # and the analyst's filter on the current one agrees with the counts.
    records = riverside.records("actions")
    assert any(r["status"] != r["declared_status"] for r in records)
    in_progress = [r["id"] for r in records if r["depth"] == 0 and r["status"] == "in_progress"]
    assert len(in_progress) == riverside.status_counts()["in_progress"]
    assert [a.id for a in riverside.actions
            if riverside.action_state(a.id)["status"] == "in_progress"] == in_progress
    early = riverside.records("progress", as_of="2025-01-01")
    assert all(r["date"] <= "2025-01-01" for r in early)
    assert len(early) < len(riverside.records("progress"))


def test_records_are_flat(west_yorkshire: yousaid.Summary) -> None:
    for kind in ("suggestions", "actions", "progress"):
        for record in west_yorkshire.records(kind):
            assert all(v is None or isinstance(v, (str, int, float, bool)) for v in record.values())


def test_diff_between_published_versions() -> None:
    from conftest import EXAMPLES

    history = sorted((EXAMPLES / "riverside-library-2025" / "history").glob("*.json"))
    old, new = yousaid.load(history[0]), yousaid.load(history[1])
    changes = yousaid.diff(old, new)
    assert changes["since"] == old.published
    assert changes["until"] == new.published
    assert changes["progress"], "a later version records progress"
    assert set(changes) >= {"suggestions", "actions", "responses", "status_changes", "dates"}
    same = yousaid.diff(new, new)
    assert same["progress"] == [] and same["status_changes"] == []


def test_stamp_moves_the_publication_date_into_revisions(riverside: yousaid.Summary) -> None:
    assert riverside.published is not None
    published = datetime.date.fromisoformat(riverside.published)
    before = len(riverside.revisions)
    later = published + datetime.timedelta(days=30)
    riverside.stamp(later, note="Monthly update")
    assert riverside.published == later.isoformat()
    assert len(riverside.revisions) == before + 1
    assert riverside.revisions[-1]["date"] == published.isoformat()
    with pytest.raises(yousaid.InvalidArgumentError):
        riverside.stamp(published)


def test_answer_of_says_where_an_answer_comes_from() -> None:
    # One "we did" for a whole consultation answers the points of an event held within it.
    case = pathlib.Path(__file__).parents[3] / "tests" / "fixtures" / "valid-answer-to-consultation"
    s = yousaid.loads((case / "input.json").read_bytes())
    answer = s.answer_of("s1")
    assert answer == {"through": "engagement", "id": "c1", "response": False, "action": "full"}
    assert s.answer_of("nope") is None
    pairs = {p["id"]: p for p in s.pairs()}
    assert pairs["s1"]["answer"] == answer and pairs["s1"]["answered"] == "full"


def test_a_percent_only_where_the_document_states_one() -> None:
    # "Complete" with no percent: none, not an invented 100; a roll-up averages only the
    # sub-actions that state one, and says how many.
    case = pathlib.Path(__file__).parents[3] / "tests" / "fixtures" / "valid-done-without-percent"
    s = yousaid.loads((case / "input.json").read_bytes())
    view = s.current()
    a1 = view.action_state("a1")
    assert (a1["status"], a1["percent"], a1["percent_basis"]) == ("done", None, None)
    a3 = view.action_state("a3")
    assert (a3["percent"], a3["percent_basis"]) == (30.0, {"stated": 1, "of": 3})


def test_action_states_carry_the_themes_they_serve() -> None:
    s = yousaid.Summary.from_dict({
        "format": "yousaid/1",
        "title": "t",
        "themes": [{"id": "hours", "name": "Opening hours"}, {"id": "study", "name": "Study"}],
        "suggestions": [{"id": "s1", "text": "Open on Sundays", "themes": ["hours"],
                         "points": [{"id": "s1.1", "text": "With study space", "themes": ["study"]}]}],
        "actions": [{"id": "a1", "title": "Sunday pilot", "responds_to": [{"suggestion": "s1.1"}],
                     "actions": [{"id": "a1.1", "title": "Rota"}]}],
    })
    assert [st["themes"] for st in s.current().action_states()] == [["hours", "study"]] * 2
