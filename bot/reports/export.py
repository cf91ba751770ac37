"""Write pulled (decrypted) reports to JSON or CSV for organisers.

Decrypted reports are the most sensitive data the project handles, so export files are
created with permissions 0600 (owner only) before anything is written to them.

* JSON: a list of report objects, keys sorted, UTF-8.
* CSV: a header row of field names (schema order when a schema is given, otherwise the
  sorted union of keys), one row per report; multi-choice lists are joined with ``;``,
  missing/None values are empty. Control characters other than line breaks (escape
  sequences, carriage returns, bidirectional overrides...) are shown as visible symbols
  (``␛``, ``␍``, ``<U+202E>``), never printed raw, and cells starting with ``=``, ``+``,
  ``-``, ``@``, tab or carriage return are prefixed with ``'`` so a spreadsheet never runs
  free text typed by a worker (or an attacker) as a formula. Reports stored before the
  bot cleaned free text (:func:`bot.engine.text.clean_text`) may still hold such
  characters.
* JSON escapes the same characters as ``\\uXXXX`` (the data is unchanged).

Export files are never overwritten unless asked (``overwrite=True``).
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from .schema import ReportSchema

__all__ = ["dump_csv", "dump_json", "open_private", "write_csv", "write_json"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# What a terminal or spreadsheet would act on instead of showing: C0 controls but the line
# feed, DEL, C1 controls (U+009B is an 8-bit escape), bidirectional embeddings, overrides
# and isolates, and the line/paragraph separators.
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control pictures": ␛ for ESC
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"<U+{code:04X}>"


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def open_private(path: str | Path, *, overwrite: bool = False) -> IO[str]:
    """Open ``path`` for writing, created 0600; an existing file only with ``overwrite``
    (else :class:`FileExistsError`)."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if overwrite else os.O_EXCL)
    fd = os.open(path, flags, 0o600)
    with contextlib.suppress(OSError):  # e.g. filesystems without permissions
        os.fchmod(fd, 0o600)
    return os.fdopen(fd, "w", encoding="utf-8", newline="")


def dump_json(reports: Iterable[Mapping[str, Any]], fp: IO[str]) -> None:
    text = json.dumps([dict(r) for r in reports], ensure_ascii=False, sort_keys=True, indent=2)
    # json escapes C0 controls itself; these may only occur inside strings, where an escape
    # stands for exactly the same character
    fp.write(_UNSAFE.sub(_json_escape, text))
    fp.write("\n")


def _cell(value: object) -> str:
    if value is None:
        text = ""
    elif isinstance(value, list | tuple):
        text = ";".join(str(v) for v in value)
    else:
        text = str(value)
    if text.startswith(_FORMULA_START):
        text = "'" + text
    return _UNSAFE.sub(_visible, text)


def dump_csv(
    reports: Iterable[Mapping[str, Any]], fp: IO[str], schema: ReportSchema | None = None
) -> None:
    rows = list(reports)
    columns: Sequence[str]
    if schema is not None:
        columns = schema.names
    else:
        columns = sorted({key for report in rows for key in report})
    writer = csv.writer(fp, lineterminator="\r\n")
    writer.writerow(columns)
    for report in rows:
        writer.writerow([_cell(report.get(column)) for column in columns])


def write_json(
    reports: Iterable[Mapping[str, Any]], path: str | Path, *, overwrite: bool = False
) -> None:
    with open_private(path, overwrite=overwrite) as fp:
        dump_json(reports, fp)


def write_csv(
    reports: Iterable[Mapping[str, Any]],
    path: str | Path,
    schema: ReportSchema | None = None,
    *,
    overwrite: bool = False,
) -> None:
    with open_private(path, overwrite=overwrite) as fp:
        dump_csv(reports, fp, schema)
