"""Exports of pulled reports: JSON and CSV, owner-only files, no spreadsheet formulas."""

from __future__ import annotations

import csv
import json
import stat
from pathlib import Path
from typing import Any

import pytest

from bot.reports.export import write_csv, write_json
from bot.reports.schema import ReportSchema


def test_json_export(report: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    write_json([report, report], path)
    assert json.loads(path.read_text(encoding="utf-8")) == [report, report]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_csv_export(schema: ReportSchema, report: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    path.write_text("old contents")
    path.chmod(0o644)
    evil = dict(report, account='=HYPERLINK("http://x")', nation="wales")
    with pytest.raises(FileExistsError):  # never replaced unless asked
        write_csv([report], path, schema)
    assert path.read_text() == "old contents"
    write_csv([report, evil, dict(report, account=None)], path, schema, overwrite=True)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with path.open(encoding="utf-8", newline="") as fp:
        rows = list(csv.DictReader(fp))
    assert list(rows[0]) == list(schema.names)
    assert rows[0]["what"] == "sexual-assault;messages-images"
    assert rows[0]["barriers"] == "visa;not-believed"
    assert rows[0]["account"] == report["account"]
    assert rows[1]["account"] == '\'=HYPERLINK("http://x")'
    assert rows[2]["account"] == ""


def test_csv_without_schema_uses_sorted_keys(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    write_csv([{"b": "x", "a": ["p", "q"]}], path)
    assert path.read_bytes() == b"a,b\r\np;q,x\r\n"
