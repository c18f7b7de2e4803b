"""Building a summary in code and editing it: constructors, add_*, respond, record_progress."""

from __future__ import annotations

import datetime

import pytest

import yousaid


def library() -> yousaid.Summary:
    s = yousaid.Summary(
        "Library consultation: what you told us",
        owner="Riverside Council",
        publisher="Riverside Council Libraries",
        published=datetime.date(2025, 6, 30),
        introduction=["Thank you to everyone who took part."],
        licence="Open Government Licence v3.0",
    )
    s.add_engagement("e1", "Drop-in at Central Library", date=datetime.date(2025, 3, 1),
                groups=[{"id": "t1", "name": "Table 1"}, {"id": "t2", "name": "Table 2"}])
    s.add_question("q1", "What would make the library better?", engagements=["e1"])
    s.add_theme("hours", "Opening hours", description="When the libraries are open")
    s.add_suggestion("s1", "Open on Sundays", question="q1", themes=["hours"], groups=["t1", "t2"])
    s.add_suggestion("s1-1", "At least in the afternoon", parent="s1", kind="detail")
    s.add_suggestion("s2", "More study space", question="q1")
    s.add_action("a1", "Open Central Library on Sundays", owners=["Head of Libraries"],
                 responds_to=["s1", ("s2", "partial")], due="2025-autumn", priority="high")
    s.add_action("a1.1", "Recruit weekend staff", parent="a1", due=datetime.date(2025, 8, 1))
    return s


def test_building_in_code() -> None:
    s = library()
    assert s.title == "Library consultation: what you told us"
    assert s.owner == {"name": "Riverside Council"}
    assert s.published == datetime.date(2025, 6, 30)
    assert s.engagements[0].date == "2025-03-01"
    assert [g.id for g in s.engagements[0].groups] == ["t1", "t2"]
    assert s.questions[0].engagements == ("e1",)
    assert s.themes[0].description == "When the libraries are open"
    s1 = s.suggestion("s1")
    assert s1.themes == ("hours",) and s1.groups == ("t1", "t2")
    assert s1.points[0].kind == "detail"
    a1 = s.action("a1")
    assert [(r.suggestion, r.coverage) for r in a1.responds_to] == [("s1", "full"), ("s2", "partial")]
    assert a1.due == "2025-autumn" and a1.priority == "high"
    assert s.action("a1.1").due == "2025-08-01"
    assert [p.code for p in s.validate()] == []
    assert yousaid.Summary.from_dict(s.to_dict()) == s


def test_respond_and_record_progress() -> None:
    s = library()
    s.respond("s2", stance="partly_accepted", text="We will open the first floor for study.",
              date=datetime.date(2025, 7, 1))
    response = s.suggestion("s2").response
    assert response == yousaid.Response(
        stance="partly_accepted", text="We will open the first floor for study.",
        date=datetime.date(2025, 7, 1),
    )
    s.record_progress("a1.1", date=datetime.date(2025, 9, 1), status="done", percent=100,
                      evidence=["https://example.org/jobs", {"url": "https://example.org/r", "title": "Report"}])
    s.record_progress("a1.1", date=datetime.date(2025, 7, 15), status="in_progress",
                      note="Adverts out.")
    log = s.action("a1.1").progress
    assert [e.date for e in log] == [datetime.date(2025, 7, 15), datetime.date(2025, 9, 1)]
    assert log[1].evidence == (
        yousaid.Link(url="https://example.org/jobs"),
        yousaid.Link(url="https://example.org/r", title="Report"),
    )
    assert log[1].percent == 100.0
    assert s.action("a1.1").declared_status == "done"
    assert s.action_state("a1.1")["status"] == "done"


def test_editing_unknown_ids_raises_not_found() -> None:
    s = library()
    with pytest.raises(yousaid.NotFoundError) as info:
        s.record_progress("a9", date=datetime.date(2025, 1, 1))
    assert info.value.code == "not-found" and "`a9`" in str(info.value)
    with pytest.raises(yousaid.NotFoundError):
        s.respond("s9", stance="accepted")
    with pytest.raises(yousaid.NotFoundError):
        s.add_suggestion("s9-1", "x", parent="s9")
    with pytest.raises(yousaid.NotFoundError):
        s.add_action("a9.1", "x", parent="a9")


def test_bad_values_name_the_field() -> None:
    s = library()
    with pytest.raises(yousaid.InvalidValueError) as info:
        s.respond("s1", stance="maybe")
    assert info.value.path == "stance"
    assert "accepted" in str(info.value)
    with pytest.raises(yousaid.UnknownFieldError) as unknown:
        s.add_action("a2", "x", ownr="typo")
    assert unknown.value.path == "ownr" and "did you mean `owners`?" in str(unknown.value)
    with pytest.raises(yousaid.InvalidValueError):
        s.add_action("a2", "x", due="next spring")
    with pytest.raises(yousaid.WrongTypeError):
        s.add_question("q2", 42)  # type: ignore[arg-type]
    # Nothing was added by the failed calls.
    assert [a.id for a in s.actions] == ["a1"]


def test_validation_problems_are_typed() -> None:
    s = library()
    s.add_action("a2", "Close on Mondays", responds_to=["s404"], depends_on=["a2"])
    s.respond("s2", stance="not_planned")
    problems = s.validate()
    codes = [(p.severity, p.code, p.path) for p in problems]
    assert ("error", "dangling-reference", "actions[1].responds_to[0].suggestion") in codes
    assert ("error", "dependency-cycle", "actions[1].depends_on[0]") in codes
    assert ("error", "reason-required", "suggestions[1].response.reason") in codes
    assert all(isinstance(p, yousaid.Problem) for p in problems)
    assert str(problems[0]).startswith("error [")
