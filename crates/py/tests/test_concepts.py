"""Every concept of the yousaid/2 format read through the typed views, from the shared fixture
``valid-every-field-v2``: engagements (nested), actors, figures and amounts, decisions,
responses and answers at every level, timelines, and the top-level context."""

from __future__ import annotations

import datetime

import pytest

import yousaid
from conftest import FIXTURES


@pytest.fixture(scope="module")
def doc() -> yousaid.Summary:
    return yousaid.load(FIXTURES / "valid-every-field-v2" / "input.json")


def test_it_is_a_current_document_without_problems(doc: yousaid.Summary) -> None:
    assert doc.to_dict()["format"] == yousaid.FORMAT == "yousaid/2"
    assert doc.validate() == []
    assert doc.published == "2024-mid"


def test_engagements_nest_and_carry_their_results(doc: yousaid.Summary) -> None:
    consultation, ward = doc.engagements
    assert isinstance(consultation, yousaid.Engagement)
    assert (consultation.kind, consultation.label) == ("consultation", "Consultation")
    assert consultation.date == "2023-10-02T09:00" and consultation.end_date == "2023-11-30T23:59"
    assert (ward.kind, ward.label) == ("unit", "Ward")
    (drop_in,) = consultation.engagements
    assert isinstance(drop_in, yousaid.Engagement) and drop_in.kind == "event"
    assert doc.engagement("e1") == drop_in
    assert [(e.id, depth) for e, depth in doc.all_engagements()] == [
        ("c1", 0), ("e1", 1), ("w1", 0),
    ]
    assert consultation.question_count == yousaid.Count(value=2)
    assert consultation.presentations_complete is False
    (talk,) = consultation.presentations
    assert isinstance(talk, yousaid.Presentation) and talk.role == "Transport planner"
    (report,) = consultation.documents
    assert report == yousaid.Link(url="https://riverside.example/report.pdf",
                                  title="Consultation report")
    with pytest.raises(yousaid.NotFoundError):
        doc.engagement("nope")


def test_actors(doc: yousaid.Summary) -> None:
    team, facilitator = doc.engagements[0].hosts
    assert team == yousaid.Actor(name="Transport Team", kind="team",
                                 organisation="Riverside Council")
    assert facilitator.role == "facilitator" and facilitator.kind == "person"
    (owner,) = doc.action("a1").owners
    assert isinstance(owner, yousaid.Actor) and owner.name == "Transport Team"
    assert doc.owner == {"name": "Riverside Council", "kind": "body", "role": "lead body",
                         "url": "https://riverside.example/"}


def test_figures_and_amounts(doc: yousaid.Summary) -> None:
    consultation = doc.engagements[0]
    received = consultation.received
    assert isinstance(received, yousaid.Figure)
    assert received.count == yousaid.Count(value=10) and received.unit == "responses"
    assert [(p.label, p.count.value if p.count else None) for p in received.parts] == [
        ("residents", 7), ("businesses", 3),
    ]
    assert all(isinstance(p, yousaid.Figure) for p in received.parts)
    assert [c.label for c in consultation.channels] == ["online survey", "letters"]
    agreed, satisfaction = consultation.figures
    assert agreed.text == "9 (90%) were in agreement" and agreed.side == "for"
    assert agreed.percent == yousaid.Amount(value=90.0, qualifier="about")
    assert agreed.of == yousaid.Count(value=10)
    assert satisfaction.value == yousaid.Amount(value=4.2)
    assert satisfaction.value.qualifier == "exactly"
    assert satisfaction.target == yousaid.Amount(value=4.5) and satisfaction.unit == "out of 5"
    votes = doc.suggestion("s1").figures
    assert [(f.label, f.side) for f in votes] == [
        ("agree", "for"), ("disagree", "against"), ("pass", "neutral"),
    ]
    assert doc.questions[0].figures[0].count == yousaid.Count(value=9)


def test_decisions(doc: yousaid.Summary) -> None:
    (decision,) = doc.engagements[0].decisions
    assert isinstance(decision, yousaid.Decision)
    assert decision.by == yousaid.Actor(name="Cabinet", kind="body")
    assert (decision.date, decision.outcome, decision.takes_effect) == (
        "2024-03-12", "proceed_with_changes", "2024-Q2",
    )
    assert decision.changes == ("Free after 6pm rather than 5pm.",)
    assert decision.reasons == ("Most respondents agreed.",)
    assert decision.document == yousaid.Link(url="https://riverside.example/decision.pdf",
                                             title="Decision notice")
    (on_question,) = doc.questions[0].decisions
    assert on_question.outcome == "proceed" and on_question.by is None


def test_responses_and_answers_at_every_level(doc: yousaid.Summary) -> None:
    to_engagement = doc.engagements[0].response
    assert isinstance(to_engagement, yousaid.Response)
    assert to_engagement.stance == "accepted_in_principle"
    assert to_engagement.timescale == "within the next 6 weeks"
    assert to_engagement.by == yousaid.Actor(name="Cabinet", kind="body")
    assert doc.questions[0].response == yousaid.Response(stance="noted", text="Thank you.")
    to_theme = doc.themes[0].response
    assert to_theme is not None and to_theme.stance is None and to_theme.text
    to_point = doc.suggestion("s1").response
    assert to_point is not None and to_point.stance == "rejected" and to_point.reason
    assert to_point.date == datetime.date(2024, 3, 20)
    answers = [(r.suggestion, r.question, r.theme, r.engagement)
               for a in doc.actions for r in a.responds_to]
    assert answers == [
        ("s2", None, None, None), (None, None, None, "c1"),
        (None, "q1", None, None), (None, None, "t1", None),
    ]
    assert all(isinstance(r, yousaid.Answer) for a in doc.actions for r in a.responds_to)


def test_points_and_quotes(doc: yousaid.Summary) -> None:
    point = doc.suggestion("s1")
    assert (point.number, point.label, point.source) == ("1", "Free evenings", "online survey")
    assert point.engagements == ("c1", "w1")
    assert point.quote is not None and point.quote.from_ == "participant"
    assert isinstance(point.quote, yousaid.Quote)


def test_actions_timeline_and_progress(doc: yousaid.Summary) -> None:
    action = doc.action("a1")
    assert (action.number, action.reference, action.label) == ("1", "R-07", "Evening charges")
    assert action.engagements == ("w1",) and action.status_label == "Progress Made"
    assert action.done_when and action.due == "2024-late"
    assert action.timeline == (yousaid.TimelineEntry(date="2024-04", text="Signs ordered."),)
    (entry,) = action.progress
    assert isinstance(entry, yousaid.ProgressEntry)
    assert (entry.date, entry.status_label, entry.percent) == ("2024-05", "Progress Made", 20.0)


def test_top_level_context(doc: yousaid.Summary) -> None:
    assert doc.translations == [{"language": "cy", "url": "https://riverside.example/cy/parking",
                                 "title": "Adolygiad parcio"}]
    part_of = yousaid.DocumentContext.from_dict(doc.part_of or {})
    assert part_of.label == "Appendix 2"
    assert part_of.meeting == yousaid.Meeting(body="Cabinet", date="2024-03-12",
                                              item="Agenda item 7")
    counts = yousaid.StatedCounts.from_dict(doc.stated_counts or {})
    assert counts.total == yousaid.Count(value=3)
    assert [(s.status, s.label) for s in counts.statuses] == [
        ("in_progress", "Progress Made"), ("done", "Complete"),
    ]
    assert all(isinstance(s, yousaid.StatedStatusCount) for s in counts.statuses)
    contact = yousaid.Contact.from_dict(doc.contact or {})
    assert contact.links[0] == yousaid.Link(url="tel:+44 1234 567890", title="Phone")
    translation = yousaid.Translation.from_dict(doc.translations[0])
    assert translation.language == "cy"


def test_setting_the_new_top_level_fields() -> None:
    s = yousaid.Summary("t", contact={"heading": "Get in touch"},
                        translations=[{"language": "cy"}])
    s.stated_counts = {"total": {"value": 2}}
    s.part_of = {"label": "Appendix 1"}
    assert s.contact == {"heading": "Get in touch"}
    assert s.translations == [{"language": "cy"}]
    assert s.to_dict()["stated_counts"] == {"total": {"value": 2}}
    assert yousaid.loads(s.to_json()) == s


def test_migrate_gives_the_current_format() -> None:
    old = {"format": "yousaid/1", "title": "t",
           "events": [{"id": "e1", "title": "Drop-in", "host": "Library"}],
           "actions": [{"id": "a1", "title": "Act", "owner": "Head of Libraries"}]}
    new = yousaid.migrate(old)
    assert new["format"] == "yousaid/2"
    assert new["engagements"][0]["kind"] == "event"
    assert new["engagements"][0]["hosts"] == [{"name": "Library"}]
    assert new["actions"][0]["owners"] == [{"name": "Head of Libraries"}]
    assert yousaid.Summary.from_dict(new) == yousaid.Summary.from_dict(old)
