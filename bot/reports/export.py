"""Write pulled (decrypted) reports to JSON or CSV for organisers.

Decrypted reports are the most sensitive data the project handles, so export files are
created with permissions 0600 (owner only) before anything is written to them.

* JSON: a list of report objects, keys sorted, UTF-8.
* CSV: a header row of field names (schema order when a schema is given, otherwise the
  sorted union of keys), one row per report; multi-choice lists are joined with ``;``,
  missing/None values are empty. Cells starting with ``=``, ``+``, ``-``, ``@``, tab or
  carriage return are prefixed with ``'`` so a spreadsheet never runs free text typed by
  a worker (or an attacker) as a formula.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from .schema import ReportSchema

__all__ = ["dump_csv", "dump_json", "write_csv", "write_json"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _open_private(path: str | Path) -> IO[str]:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with contextlib.suppress(OSError):  # e.g. filesystems without permissions
        os.fchmod(fd, 0o600)
    return os.fdopen(fd, "w", encoding="utf-8", newline="")


def dump_json(reports: Iterable[Mapping[str, Any]], fp: IO[str]) -> None:
    json.dump([dict(r) for r in reports], fp, ensure_ascii=False, sort_keys=True, indent=2)
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
    return text


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


def write_json(reports: Iterable[Mapping[str, Any]], path: str | Path) -> None:
    with _open_private(path) as fp:
        dump_json(reports, fp)


def write_csv(
    reports: Iterable[Mapping[str, Any]], path: str | Path, schema: ReportSchema | None = None
) -> None:
    with _open_private(path) as fp:
        dump_csv(reports, fp, schema)
