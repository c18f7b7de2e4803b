"""Quickstart: load the West Yorkshire summary, answer a point nobody has answered yet, record
progress on an action, check the document, render it as a web page (summary.html in the
current directory), look at it as tables and write the "Update since …" bulletin.

Run from anywhere after `pip install ./crates/py pandas`:

    python examples/python/quickstart.py
"""

import datetime
import pathlib

import pandas as pd

import yousaid

HERE = pathlib.Path(__file__).resolve().parent
summary = yousaid.load(HERE.parent / "west-yorkshire-2014" / "summary.json")
print(summary)
published = summary.copy()  # the version as published, for the bulletin at the end

# What did people say that has no answer yet?
unanswered = summary.coverage()["unanswered"]
print(f"{len(unanswered)} points have no response and no action yet")
point = summary.suggestion(unanswered[0]["id"])
print("You said:", point.text)

# Answer it, and record progress on the first "next step".
summary.respond(
    point.id,
    stance="under_consideration",
    text="We will discuss victim care with partners at the next Partnership Executive Group.",
    date=datetime.date(2014, 5, 1),
)
action = summary.actions[0]
summary.record_progress(
    action.id,
    date=datetime.date(2014, 6, 12),
    status="in_progress",
    note="Raised with the Home Office and other Commissioners.",
    percent=25,
)
print("We did:", summary.action(action.id))

# Still fit to publish? Warnings are fine; errors are not.
errors = [p for p in summary.validate() if p.severity == "error"]
assert not errors, errors

# The page to publish: standalone HTML with nothing loaded from elsewhere. In Jupyter, just
# show `summary` to see it rendered.
page = pathlib.Path("summary.html")
page.write_text(summary.render(view="full", format="html"), encoding="utf-8")
print(f"Wrote {page} ({page.stat().st_size} bytes)")
print(summary.render(view="table", format="text", width=100)[:600])

# Tables for analysis.
actions = pd.DataFrame(summary.records("actions"))
print(actions[["id", "depth", "status", "percent", "responds_to"]].to_string(index=False))
suggestions = pd.DataFrame(summary.records("suggestions"))
print(suggestions.groupby("question")["stance"].apply(lambda s: s.notna().sum()))

# Publish the update and tell the people who took part what changed since last time.
summary.stamp(datetime.date(2014, 7, 1), "Three-month update")
print(summary.bulletin(published, format="text", width=100))
