"""Rendering from Python: views and formats, escaping, as-of dates, own templates, threads."""

from __future__ import annotations

import concurrent.futures
import datetime
import pathlib
import re
import threading

import pytest

import yousaid

VIEWS = ["full", "table", "tracker"]
FORMATS = ["html", "fragment", "markdown", "text"]


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("format", FORMATS)
def test_every_view_and_format(west_yorkshire: yousaid.Summary, view: str, format: str) -> None:
    out = west_yorkshire.render(view, format)
    assert "Increasing Awareness of Human Trafficking" in out
    if format == "html":
        assert out.startswith("<!DOCTYPE html>")
    elif format == "fragment":
        assert out.startswith("<div") and "<html" not in out
    else:
        assert "<div" not in out


def test_keyword_arguments_and_defaults(west_yorkshire: yousaid.Summary) -> None:
    assert west_yorkshire.render() == west_yorkshire.render(view="full", format="html")
    assert west_yorkshire._repr_html_() == west_yorkshire.render(format="fragment")
    narrow = west_yorkshire.render("full", "text", width=40)
    words = [line for line in narrow.splitlines() if " " in line.strip()]
    assert words and max(len(line) for line in words) <= 40
    assert narrow != west_yorkshire.render("full", "text")


def test_user_text_is_escaped() -> None:
    s = yousaid.Summary("<script>alert(1)</script> & friends")
    s.add_suggestion("s1", '<img src=x onerror="alert(2)">')
    s.add_action("a1", "Do it", responds_to=["s1"],
                 related=[{"title": "evil", "url": "javascript:alert(3)"}])
    for format in ("html", "fragment"):
        for view in VIEWS:
            out = s.render(view, format)
            assert "<script>alert" not in out and "<img" not in out
            assert "javascript:" not in out.split("evil")[0][-200:]
    assert "&lt;script&gt;" in s.render()


def test_markdown_nests_lists_in_python_markdown(west_yorkshire: yousaid.Summary) -> None:
    """Nested points indent by four spaces, as Python-Markdown (and so MkDocs) needs; "A & E"
    is written as it is, without a backslash before the ampersand."""
    import markdown

    md = west_yorkshire.render("full", "markdown")
    assert "    - A & E" in md and "\\&" not in md
    html = markdown.markdown(md)
    # The list of groups to train is inside the point that introduces it.
    parent = html.index("groups who may be able to identify victims and offenders:")
    nested = html.index("<ul>", parent)
    assert nested < html.index("</li>", parent)
    assert re.search(r"<li>\s*(<p>)?A &amp; E(</p>\s*)?</li>", html[nested:])


def test_as_of_shows_the_state_on_that_date(riverside: yousaid.Summary) -> None:
    early = riverside.render("tracker", "text", as_of=datetime.date(2025, 1, 1))
    late = riverside.render("tracker", "text")
    assert early != late
    assert "1 January 2025" in early


def test_own_templates(west_yorkshire: yousaid.Summary) -> None:
    markdown = west_yorkshire.render(format="markdown", template_source="# {{ summary.title }}")
    assert markdown.strip() == "# Increasing Awareness of Human Trafficking"
    html = west_yorkshire.render(template_source="<h1>{{ summary.title }}</h1>")
    assert html.strip() == "<h1>Increasing Awareness of Human Trafficking</h1>"
    # `template` names a template, as in JavaScript and on the command line.
    assert west_yorkshire.render(format="markdown", template="table.md") == (
        west_yorkshire.render("table", "markdown")
    )
    renderer = yousaid.Renderer()
    renderer.add_template(
        "branded.html",
        '{% extends "full.html" %}{% block closing %}<p>Thanks from us</p>{% endblock %}',
    )
    page = renderer.render(west_yorkshire, template="branded.html")
    assert "<p>Thanks from us</p>" in page and page.startswith("<!DOCTYPE html>")
    assert renderer.render(west_yorkshire, view="table", format="text") == (
        west_yorkshire.render("table", "text")
    )
    # The escaping follows the format given, whatever the name.
    renderer.add_template("plain.html", "{{ summary.title }} <b>", format="text")
    assert renderer.render(yousaid.Summary("A & B"), format="text", template="plain.html") == (
        "A & B <b>\n"
    )
    assert repr(renderer) == "<Renderer>"


def test_render_errors(west_yorkshire: yousaid.Summary) -> None:
    with pytest.raises(yousaid.InvalidArgumentError):
        west_yorkshire.render(view="graph")
    with pytest.raises(yousaid.InvalidArgumentError):
        west_yorkshire.render(format="pdf")
    with pytest.raises(yousaid.TemplateError) as info:
        west_yorkshire.render(template_source="line one\n{% if %}")
    assert info.value.code == "template"
    assert info.value.template == "template_source" and info.value.line == 2
    assert isinstance(info.value, yousaid.RenderError)
    with pytest.raises(yousaid.TemplateError):
        west_yorkshire.render(template_source="{{ summary.title | nosuchfilter }}")
    with pytest.raises(yousaid.NotFoundError):
        yousaid.Renderer().render(west_yorkshire, template="missing.html")


def test_renders_run_in_parallel_threads(riverside: yousaid.Summary) -> None:
    """Renders release the GIL: many threads render the same summary at once, and the results
    are the same as a render on one thread."""
    expected = {v: riverside.render(v, "html") for v in VIEWS}
    start = threading.Barrier(8)

    def work(i: int) -> tuple[str, str]:
        view = VIEWS[i % len(VIEWS)]
        if i < 8:
            start.wait()
        return view, riverside.render(view, "html")

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(work, range(48)))
    assert all(out == expected[view] for view, out in results)


def test_lang_and_labels(west_yorkshire: yousaid.Summary) -> None:
    """Welsh labels, dates and figures with ``lang``; labels replaced by key with ``labels``,
    over the document's own; unknown languages and keys are refused."""
    welsh = west_yorkshire.render("tracker", "text", lang="cy")
    assert "Olrhain cynnydd" in welsh
    assert "Progress tracker" not in welsh
    assert west_yorkshire.render("full", "markdown", lang="en") == west_yorkshire.render(
        "full", "markdown")
    root = pathlib.Path(__file__).resolve().parents[3]
    senedd = yousaid.load(root / "examples" / "senedd-public-decides-cy" / "summary.json")
    assert "## Crynodeb" in senedd.render(format="markdown")
    assert "## Summary" in senedd.render(format="markdown", lang="en")
    assert '<html lang="cy"' in west_yorkshire.render(lang="cy")

    s = yousaid.loads('{"format": "yousaid/2", "title": "Library",'
                      ' "suggestions": [{"id": "s1", "text": "Open on Sundays"}]}')
    s.labels = {"you_said": "What you told us"}
    assert s.labels == {"you_said": "What you told us"}
    assert "| What you told us | We did |" in s.render("table", "markdown")
    md = s.render("table", "markdown", labels={"you_said": "Your words", "we_did": "Our answer"})
    assert "| Your words | Our answer |" in md
    renderer = yousaid.Renderer()
    assert renderer.render(s, format="markdown", lang="cy", labels={"status": "Sut mae"}) == (
        s.render(format="markdown", lang="cy", labels={"status": "Sut mae"}))
    with pytest.raises(yousaid.InvalidArgumentError, match="`you_sed`"):
        s.render(labels={"you_sed": "x"})
    with pytest.raises(yousaid.InvalidArgumentError):
        s.render(lang="fr")


def test_layout_overrides_the_chosen_one(west_yorkshire: yousaid.Summary) -> None:
    chosen = west_yorkshire.render("full", "markdown")
    assert "## What you said" in chosen
    forum = west_yorkshire.render("full", "markdown", layout="forum")
    assert "## Your questions and our answers" in forum
    assert yousaid.Renderer().render(west_yorkshire, format="markdown", layout="forum") == forum
    with pytest.raises(yousaid.InvalidArgumentError):
        west_yorkshire.render(layout="poster")
