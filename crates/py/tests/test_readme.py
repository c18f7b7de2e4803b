"""Every ```python block of the READMEs runs as written, as a script of its own, so the front
pages cannot lie: in a fresh Python process, in a temporary directory where the repository's
paths (``examples/…``) are available, as they are to someone who runs it from a checkout."""

from __future__ import annotations

import os
import pathlib
import re
import subprocess
import sys

import pytest

from conftest import ROOT

READMES = [
    ROOT / "README.md",
    ROOT / "crates" / "py" / "README.md",
    *sorted((ROOT / "examples").glob("**/README.md")),
]

# What the snippets refer to by a path relative to the repository's root.
LINKED = ["examples", "schema", "tests"]


def python_blocks(path: pathlib.Path) -> list[tuple[int, str]]:
    """Each ```python block with the line it starts on."""
    text = path.read_text(encoding="utf-8")
    return [
        (text.count("\n", 0, m.start()) + 1, m.group(1))
        for m in re.finditer(r"^```python\n(.*?)^```", text, re.M | re.S)
    ]


SNIPPETS = [
    (readme, line, code) for readme in READMES for line, code in python_blocks(readme)
]


def test_the_readmes_have_python_snippets() -> None:
    found = {readme for readme, _, _ in SNIPPETS}
    assert ROOT / "README.md" in found
    assert ROOT / "crates" / "py" / "README.md" in found


@pytest.mark.parametrize(
    ("readme", "line", "code"),
    SNIPPETS,
    ids=[f"{r.relative_to(ROOT)}:{line}" for r, line, _ in SNIPPETS],
)
def test_readme_python_snippet_runs_as_a_script(
    readme: pathlib.Path, line: int, code: str, tmp_path: pathlib.Path
) -> None:
    for name in LINKED:
        (tmp_path / name).symlink_to(ROOT / name, target_is_directory=True)
    script = tmp_path / "snippet.py"
    script.write_text(code, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(
        [sys.executable, "-W", "error", str(script)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, (
        f"{readme.relative_to(ROOT)}, the block at line {line}, failed:\n{result.stderr}"
    )
