"""Every public name of the package has a docstring, and so has every public method."""

from __future__ import annotations

import inspect

import yousaid


def test_every_public_name_is_documented() -> None:
    missing = []
    for name in yousaid.__all__:
        obj = getattr(yousaid, name)
        if isinstance(obj, str):
            continue
        if not inspect.getdoc(obj):
            missing.append(name)
        if inspect.isclass(obj):
            for attr, member in vars(obj).items():
                if attr.startswith("_") and attr != "_repr_html_":
                    continue
                if callable(member) or isinstance(member, (property, classmethod, staticmethod)):
                    if not inspect.getdoc(getattr(obj, attr)):
                        missing.append(f"{name}.{attr}")
    assert missing == []


def test_package_docstring_and_version() -> None:
    assert yousaid.__doc__ and "You said, we did" in yousaid.__doc__
    assert yousaid.__version__.count(".") == 2
