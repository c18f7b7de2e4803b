"""The Python snippets of the READMEs run, so the front pages cannot lie."""

from __future__ import annotations

import os
import pathlib
import re

import pytest

from conftest import ROOT

READMES = [ROOT / "README.md", ROOT / "crates" / "py" / "README.md"]


def python_blocks(path: pathlib.Path) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", path.read_text(encoding="utf-8"), re.M | re.S)


@pytest.mark.parametrize("readme", READMES, ids=lambda p: str(p.relative_to(ROOT)))
def test_readme_python_snippets_run(readme: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = python_blocks(readme)
    assert blocks, f"{readme} has no ```python block"
    monkeypatch.chdir(ROOT)
    for block in blocks:
        exec(compile(block, str(readme), "exec"), {"__name__": "readme"})
    assert os.getcwd() == str(ROOT)
