"""The "Update since …" bulletin from Python: every format over the Riverside example's
published versions, own templates, escaping, errors and threads."""

from __future__ import annotations

import concurrent.futures
import datetime
import re

import pytest

import yousaid
from conftest import EXAMPLES

HISTORY = EXAMPLES / "riverside-library-2025" / "history"
FORMATS = ["html", "fragment", "markdown", "text"]


@pytest.fixture
def versions() -> tuple[yousaid.Summary, yousaid.Summary, yousaid.Summary]:
    return (
        yousaid.load(HISTORY / "2025-06-30.json"),
        yousaid.load(HISTORY / "2025-12-15.json"),
        yousaid.load(HISTORY / "2026-06-30.json"),
    )


@pytest.mark.parametrize("format", FORMATS)
def test_every_format(versions: tuple[yousaid.Summary, ...], format: str) -> None:
    _, old, new = versions
    out = new.bulletin(old, format=format)
    # In HTML the date is a <time> element.
    assert "Update since" in out and "15 December 2025" in out
    assert new.title in out
    # The same as the core's renderer gives.
    assert out == yousaid.Renderer().render_bulletin(old, new, format=format)
    if format == "html":
        assert out.startswith("<!DOCTYPE html>")
    elif format == "fragment":
        assert out.startswith('<div class="ys ys-fragment"') and "<html" not in out
    else:
        assert "<div" not in out


def test_defaults_and_keywords(versions: tuple[yousaid.Summary, ...]) -> None:
    first, second, _ = versions
    assert second.bulletin(first) == second.bulletin(first, format="html")
    markdown = second.bulletin(first, format="markdown")
    assert markdown.startswith(f"# {second.title}\n\nUpdate since 30 June 2025")
    with pytest.raises(TypeError):
        second.bulletin(first, "markdown")  # type: ignore[misc]


def test_text_is_wrapped_at_the_width(versions: tuple[yousaid.Summary, ...]) -> None:
    first, second, _ = versions
    default = second.bulletin(first, format="text")
    narrow = second.bulletin(first, format="text", width=40)
    assert narrow != default
    for out, width in ((default, 72), (narrow, 40)):
        # Addresses are never broken, so only lines without one must fit (headings'
        # underlines included).
        lines = [line for line in out.splitlines() if "://" not in line]
        assert lines and max(len(line) for line in lines) <= width


def test_nothing_changed(versions: tuple[yousaid.Summary, ...]) -> None:
    latest = versions[2]
    assert "Nothing has changed since 30 June 2026." in latest.bulletin(latest, format="text")
    assert "Nothing has changed" in latest.bulletin(latest.copy(), format="fragment")


def test_what_changed_in_code_shows_up() -> None:
    old = yousaid.Summary("Library review", published=datetime.date(2025, 6, 30))
    old.add_suggestion("s1", "Open on Sundays")
    old.add_action("a1", "Open on Sundays", responds_to=["s1"])
    new = old.copy()
    new.stamp(datetime.date(2025, 12, 15))
    new.respond("s1", stance="accepted", text="From October.")
    new.record_progress("a1", date=datetime.date(2025, 10, 5), status="done",
                        note="Open from 10am to 4pm.")
    md = new.bulletin(old, format="markdown")
    assert md.startswith("# Library review\n\nUpdate since 30 June 2025")
    # No status was stated before: the change is from none, never from "not started".
    assert "Open on Sundays: No status stated → **Done**" in md
    assert "From October." in md and "Open from 10am to 4pm." in md


def _hostile() -> tuple[yousaid.Summary, yousaid.Summary]:
    old = yousaid.Summary("Review <b>2025</b>", published=datetime.date(2025, 6, 30))
    old.add_suggestion("s1", "[click here](javascript:alert(1)) <img src=x onerror=alert(1)>")
    old.add_action("a1", "<script>alert(1)</script>")
    new = old.copy()
    new.published = datetime.date(2025, 12, 15)
    new.respond("s1", stance="accepted", text="# Not a heading\n| not | a table |")
    new.record_progress("a1", date=datetime.date(2025, 9, 1), status="done",
                        evidence=[{"url": "javascript:alert(1)", "title": "the evidence"}])
    return old, new


def test_user_text_is_escaped() -> None:
    old, new = _hostile()
    for format in ("html", "fragment"):
        out = new.bulletin(old, format=format)
        assert "<script>alert" not in out and "<img" not in out and "<b>2025" not in out
        assert "&lt;script&gt;" in out
        assert 'href="javascript:' not in out
        assert "the evidence" in out
    md = new.bulletin(old, format="markdown")
    # Escaped, so shown as text: no link, and no tag that is not preceded by a backslash.
    assert "[click here](javascript" not in md
    assert re.search(r"(?<!\\)<script>", md) is None
    assert not any(line.startswith("# Not") for line in md.splitlines())


def test_own_templates() -> None:
    old, new = _hostile()
    out = new.bulletin(old, format="text",
                       template_source="{{ progress_count }} new since {{ since.text }}; {{ title }}")
    assert out == "1 new since 30 June 2025; Review <b>2025</b>\n"
    # A template's escaping follows the format: HTML escapes the title.
    html = new.bulletin(old, format="fragment", template_source="<p>{{ title }}</p>")
    assert html == "<p>Review &lt;b&gt;2025&lt;&#x2f;b&gt;</p>"
    extended = new.bulletin(
        old, format="markdown",
        template_source='{% extends "bulletin.md" %}{% block overview %}OVERVIEW\n{% endblock %}',
    )
    assert "OVERVIEW" in extended and "Status changes" in extended

    renderer = yousaid.Renderer()
    renderer.add_template("count.md", "{{ status_changes|length }} status changes")
    assert renderer.render_bulletin(old, new, format="markdown", template="count.md") == (
        "1 status changes\n"
    )
    # Replacing a built-in bulletin template changes what the renderer gives by default.
    renderer.add_template("bulletin.txt", "Updated: {{ title }}")
    assert renderer.render_bulletin(old, new, format="text") == "Updated: Review <b>2025</b>\n"


def test_errors() -> None:
    old, new = _hostile()
    with pytest.raises(yousaid.InvalidArgumentError) as bad_format:
        new.bulletin(old, format="pdf")
    assert bad_format.value.code == "invalid-argument"
    with pytest.raises(yousaid.TemplateError) as syntax:
        new.bulletin(old, format="markdown", template_source="{{ now.done + }}")
    assert syntax.value.code == "template"
    renderer = yousaid.Renderer()
    with pytest.raises(yousaid.NotFoundError):
        renderer.render_bulletin(old, new, template="nope.md")
    renderer.add_template("boom.md", "line\n{{ status_changes[0].title|nofilter }}")
    with pytest.raises(yousaid.TemplateError) as failed:
        renderer.render_bulletin(old, new, format="markdown", template="boom.md")
    assert (failed.value.template, failed.value.line) == ("boom.md", 2)
    with pytest.raises(TypeError, match="previous"):
        new.bulletin(old.to_dict())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="current"):
        renderer.render_bulletin(old, "new")  # type: ignore[arg-type]


def test_many_threads_at_once(versions: tuple[yousaid.Summary, ...]) -> None:
    first, _, latest = versions
    expected = latest.bulletin(first, format="html")

    def work(_: int) -> str:
        return latest.bulletin(first, format="html")

    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        assert all(out == expected for out in pool.map(work, range(16)))
