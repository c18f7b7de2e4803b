"""Shared paths and documents for the Python tests."""

from __future__ import annotations

import pathlib

import pytest

import yousaid

ROOT = pathlib.Path(__file__).resolve().parents[3]
EXAMPLES = ROOT / "examples"
WEST_YORKSHIRE = EXAMPLES / "west-yorkshire-2014" / "summary.json"
RIVERSIDE = EXAMPLES / "riverside-library-2025" / "summary.json"
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture
def west_yorkshire() -> yousaid.Summary:
    return yousaid.load(WEST_YORKSHIRE)


@pytest.fixture
def riverside() -> yousaid.Summary:
    return yousaid.load(RIVERSIDE)
