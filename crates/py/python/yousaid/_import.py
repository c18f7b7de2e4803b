"""Importing notes, tables and exports into a :class:`yousaid.Summary` (re-exported by the
``yousaid`` package: use ``yousaid.import_table`` and the others).

Each function returns an :class:`Imported`: the summary built and the import report, a dict
with what each piece of the input was recognised as (``recognised``), what was read one way of
several (``ambiguous``), near-duplicates merged (``merges``) and every line or cell not used,
with its reference (``not_used``). The work is done by the Rust core; this module only chooses
between a path, a DataFrame and text, and reads files.
"""

from __future__ import annotations

import dataclasses
import datetime
import os
import typing
from typing import Any, Dict, List, Mapping, Optional, Tuple, Union

from yousaid import _native
from yousaid._results import Ambiguity, ImportReport, NotUsed

if typing.TYPE_CHECKING:  # pragma: no cover
    from yousaid import Summary

PathLike = Union[str, "os.PathLike[str]"]


@dataclasses.dataclass(frozen=True)
class Imported:
    """A summary built by an importer, with the report of how it was built.

    ``report`` is plain data (typed :class:`yousaid.ImportReport`): ``format`` (the reader
    used), ``recognised``, ``not_used``, ``ambiguous`` and ``merges``, each a list of dicts
    whose ``at`` gives the line or cell (``{"kind": "cell", "row": 3, "column": 2}``).
    """

    summary: Summary
    report: ImportReport

    @property
    def not_used(self) -> List[NotUsed]:
        """Every piece of the input not in the summary, with its reference and why."""
        return self.report["not_used"]

    @property
    def ambiguous(self) -> List[Ambiguity]:
        """Pieces read one way of several, with the reading taken."""
        return self.report["ambiguous"]


def _imported(result: Tuple[_native.Summary, Any]) -> Imported:
    from yousaid import Summary

    native, report = result
    return Imported(Summary._wrap(native), typing.cast(ImportReport, report))


def _is_text(source: Any) -> bool:
    """Text given directly rather than a path: it has a line break."""
    return isinstance(source, str) and ("\n" in source or "\r" in source)


def _read_bytes(path: PathLike) -> bytes:
    with open(path, "rb") as f:
        return f.read()


def _decode(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        from yousaid import BadInputError

        line = data[: e.start].count(b"\n") + 1
        raise BadInputError(
            f"{what} is not UTF-8 text (byte {e.start + 1}): save it as UTF-8 (CSV UTF-8 in Excel)",
            code="bad-input",
            line=line,
        ) from None


def _mapping(mapping: Union[Mapping[str, str], PathLike, None]) -> Optional[Dict[str, str]]:
    if mapping is None:
        return None
    if isinstance(mapping, (str, os.PathLike)):
        text = _decode(_read_bytes(mapping), "the column mapping")
        return typing.cast(Dict[str, str], _native.mapping_from_json(text))
    return {str(k): str(v) for k, v in mapping.items()}


def _cell(value: Any) -> str:
    """A DataFrame cell as text: missing values empty, whole floats without ``.0``, dates as
    ``YYYY-MM-DD``."""
    if value is None:
        return ""
    try:
        if value != value:  # NaN, NaT
            return ""
    except (TypeError, ValueError):
        pass
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _is_dataframe(source: Any) -> bool:
    return hasattr(source, "columns") and hasattr(source, "itertuples")


def import_table(
    source: Any,
    mapping: Union[Mapping[str, str], PathLike, None] = None,
    *,
    title: Optional[str] = None,
) -> Imported:
    """Imports a table of points, pairs or actions: one row a point ("you said"), a pair, or an
    action ("we did").

    ``source`` is a pandas ``DataFrame`` (pandas is not needed otherwise), a path to a ``.csv``
    or ``.xlsx`` file, CSV text (a ``str`` with a line break), or the bytes of either. Headers
    such as "You said", "We did", "Status", "Owner", "Due", "Ward", "Quarter", "Theme" and
    "Raised by" are recognised in any order and case; ``mapping`` names the field of any other
    header (``{"Comments from patients": "you_said"}``) or is the path of a JSON mapping file
    (``{"columns": {...}}``). ``title`` is used where the table gives none.

    Raises :class:`BadInputError` (with ``line``) for a table that cannot be read.
    """
    columns = _mapping(mapping)
    if _is_dataframe(source):
        header = [str(c) for c in source.columns]
        rows = [[_cell(v) for v in row] for row in source.itertuples(index=False, name=None)]
        return _imported(_native.import_rows(header, rows, columns, title))
    if _is_text(source):
        return _imported(_native.import_csv(source, columns, title))
    name: Optional[str] = None
    if isinstance(source, (str, os.PathLike)):
        # As a file: a table with no title is titled by the file's name.
        data = _read_bytes(source)
        name = os.fspath(source)
        workbook = name.lower().endswith((".xlsx", ".xlsm"))
    elif isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        workbook = data.startswith(b"PK\x03\x04")
    else:
        raise TypeError(
            "`source` must be a DataFrame, a path, CSV text or bytes, "
            f"not {type(source).__name__}"
        )
    fmt = "xlsx" if workbook else "csv"
    return _imported(_native.import_bytes(data, name, fmt, columns, title, None))


def import_polis(
    comments: PathLike,
    summary: Optional[PathLike] = None,
    *,
    title: Optional[str] = None,
) -> Imported:
    """Imports a Polis conversation export: each comment becomes a point; comments moderated
    out are left out and listed in the report's ``not_used``; vote figures are kept in the
    report (the format has no place for them yet), never as mentions.

    ``comments`` is the export's directory (holding ``comments.csv`` and ``summary.csv``), the
    path of ``comments.csv``, or its text; ``summary`` the path or text of ``summary.csv``.
    """
    summary_text: Optional[str] = None
    if _is_text(comments):
        comments_text = typing.cast(str, comments)
    elif os.path.isdir(comments):
        comments_text = _decode(
            _read_bytes(os.path.join(comments, "comments.csv")), "comments.csv"
        )
        default = os.path.join(comments, "summary.csv")
        if summary is None and os.path.exists(default):
            summary = default
    else:
        comments_text = _decode(_read_bytes(comments), "comments.csv")
    if summary is not None:
        summary_text = (
            typing.cast(str, summary)
            if _is_text(summary)
            else _decode(_read_bytes(summary), "summary.csv")
        )
    return _imported(_native.import_polis(comments_text, summary_text, title))


def read_mapping(path: PathLike) -> Dict[str, str]:
    """Reads a column mapping file (``{"columns": {"header": "field"}}``), refusing fields
    not known (:class:`InvalidArgumentError`); returns the header → field dict."""
    return typing.cast(Dict[str, str], _mapping(path))


def import_outline(
    text: str, *, title: Optional[str] = None, merge_threshold: Optional[float] = None
) -> Imported:
    """Imports plain-text notes: headings, questions, nested bullet points, "I will"
    commitments, "You said: / We did:" pairs, closing words. ``merge_threshold`` (0 to 1)
    merges near-duplicate points raised by different groups; every merge is in the report."""
    return _imported(
        _native.import_bytes(
            text.encode("utf-8"), None, "outline", None, title, merge_threshold
        )
    )


def import_markdown(
    text: str, *, title: Optional[str] = None, merge_threshold: Optional[float] = None
) -> Imported:
    """Imports Markdown notes (``#`` headings, lists), as :func:`import_outline` does text."""
    return _imported(
        _native.import_bytes(
            text.encode("utf-8"), None, "markdown", None, title, merge_threshold
        )
    )


def import_file(
    path: PathLike,
    from_: Optional[str] = None,
    *,
    mapping: Union[Mapping[str, str], PathLike, None] = None,
    title: Optional[str] = None,
    merge_threshold: Optional[float] = None,
) -> Imported:
    """Imports a file with the reader ``from_`` names (``outline``, ``markdown``, ``docx``,
    ``csv``, ``xlsx``, ``polis``), else the one its extension names, else the one its content
    suggests. Without a title in the file or ``title``, the file's name is the title."""
    data = _read_bytes(path)
    return _imported(
        _native.import_bytes(
            data, os.fspath(path), from_, _mapping(mapping), title, merge_threshold
        )
    )


__all__ = [
    "Imported",
    "import_file",
    "import_markdown",
    "import_outline",
    "import_polis",
    "import_table",
    "read_mapping",
]
