"""Times the Python paths against the CLI and against loading, in one run, for scripts/bench.

    python crates/py/bench/measure.py --reps 7 --cli target/release/yousaid FILE

Prints one tab-separated row per operation: name, median seconds, ratio to its group's base
(the first row of the group). Groups:

- render: `yousaid render FILE` run as a process (base), then `yousaid.load(path).render()`
  in this process, both for the full view as an HTML page;
- convert: `yousaid.load(path)` (base), then `summary.to_dict()` as shipped (the garbage
  collector paused while the dicts are built), the same followed by the collector's pass over
  what it built (`gc.collect(0)` once it runs again), the same with the collector running
  throughout, and the simple path it is measured against, JSON text (`json.loads` of
  `summary.to_json()`, collector paused); then `Summary.from_dict(d)` as shipped (JSON text
  across: `json.dumps`, then the core's reader) and `yousaid.loads(json.dumps(d))` written out.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import statistics
import subprocess
import time
import typing
from typing import Callable, Dict, List, Tuple

import yousaid


def median_seconds(reps: int, ops: List[Callable[[], object]]) -> List[float]:
    """The median time of each operation. The repetitions take turns (one of each, then
    again), so a busy machine slows every operation of a group alike and the ratios hold."""
    for op in ops:
        op()  # warm up: page cache, allocator
    times: List[List[float]] = [[] for _ in ops]
    for _ in range(reps):
        for op, op_times in zip(ops, times):
            gc.collect()
            start = time.perf_counter()
            result = op()
            op_times.append(time.perf_counter() - start)
            del result  # freeing the result is not part of the operation
    return [statistics.median(t) for t in times]


@contextlib.contextmanager
def collector_paused() -> typing.Iterator[None]:
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--group", choices=["render", "convert"], action="append",
                        help="only these groups (default: all)")
    parser.add_argument("file")
    args = parser.parse_args()
    path = args.file

    def cli_render() -> None:
        subprocess.run(
            [args.cli, "render", path, "--view", "full", "--format", "html", "--force"],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )

    summary = yousaid.load(path)
    data = summary.to_dict()

    def to_dict_then_collect() -> object:
        result = summary.to_dict()
        gc.collect(0)
        return result

    def to_dict_collector_running() -> object:
        return summary._native.to_dict()

    def to_dict_json() -> object:
        with collector_paused():
            return json.loads(summary.to_json())

    groups: Dict[str, List[Tuple[str, Callable[[], object]]]] = {
        "render": [
            ("cli-render", cli_render),
            ("py-load-render", lambda: yousaid.load(path).render("full", "html")),
        ],
        "convert": [
            ("py-load", lambda: yousaid.load(path)),
            ("py-to-dict", summary.to_dict),
            ("py-to-dict-collect", to_dict_then_collect),
            ("py-to-dict-gc-running", to_dict_collector_running),
            ("py-to-dict-json", to_dict_json),
            ("py-from-dict", lambda: yousaid.Summary.from_dict(data)),
            ("py-loads-dumps", lambda: yousaid.loads(json.dumps(data))),
        ],
    }
    for key in args.group or list(groups):
        group = groups[key]
        medians = median_seconds(args.reps, [op for _, op in group])
        for (name, _), secs in zip(group, medians):
            print(f"{name}\t{secs:.6f}\t{secs / medians[0]:.2f}", flush=True)


if __name__ == "__main__":
    main()
