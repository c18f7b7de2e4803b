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


def assert_same_data(got: object, expected: object, path: str = "") -> None:
    """Equal, and of the same types all the way down (``==`` alone takes ``1`` for ``1.0``
    and ``True`` for ``1``)."""
    assert type(got) is type(expected), f"{path}: {type(got).__name__} != {type(expected).__name__}"
    if isinstance(expected, dict):
        assert isinstance(got, dict)
        assert list(got) == list(expected), f"{path}: keys differ (or their order)"
        for key, value in expected.items():
            assert_same_data(got[key], value, f"{path}.{key}")
    elif isinstance(expected, list):
        assert isinstance(got, list) and len(got) == len(expected), f"{path}: lengths differ"
        for i, (a, b) in enumerate(zip(got, expected)):
            assert_same_data(a, b, f"{path}[{i}]")
    else:
        assert got == expected, f"{path}: {got!r} != {expected!r}"


@pytest.fixture
def west_yorkshire() -> yousaid.Summary:
    return yousaid.load(WEST_YORKSHIRE)


@pytest.fixture
def riverside() -> yousaid.Summary:
    return yousaid.load(RIVERSIDE)
