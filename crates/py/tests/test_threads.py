"""Work from several threads at once: the parse and the analyses run outside the GIL where
long, and nothing is shared unsafely."""

from __future__ import annotations

import concurrent.futures

import yousaid
from conftest import RIVERSIDE


def test_many_threads_load_and_analyse_at_once() -> None:
    text = RIVERSIDE.read_bytes()
    shared = yousaid.loads(text)
    expected = (shared.to_json(), shared.status_counts(), shared.pairs())

    def work(_: int) -> tuple:
        mine = yousaid.loads(text)
        assert mine == shared
        return (shared.to_json(), shared.status_counts(), mine.pairs())

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(work, range(64)))
    assert all(r == expected for r in results)
