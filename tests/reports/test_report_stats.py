"""Aggregate statistics: small numbers are never revealed, not even by subtraction."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

from bot.reports.schema import FieldType, ReportSchema
from bot.reports.stats import SECONDARY, SUPPRESSED, stats, to_png, to_table


def _reports(report: dict[str, Any], **counts: int) -> list[dict[str, Any]]:
    """``nation=count`` pairs -> that many copies of ``report`` with that nation."""
    out: list[dict[str, Any]] = []
    for nation, n in counts.items():
        out += [dict(report, nation=nation.replace("_", "-"))] * n
    return out


def test_small_cells_are_suppressed_and_multi_counts_each_option(
    schema: ReportSchema, report: dict[str, Any]
) -> None:
    reports = [dict(report, what=["touching"])] * 3 + [
        dict(report, what=["touching", "sexual-assault"])
    ] * 6
    result = stats(reports, schema)
    assert result["total"] == 9
    what = result["fields"]["what"]
    assert what["touching"] == 9
    assert what["sexual-assault"] == 6
    assert what["comments-jokes"] == 0
    assert "account" not in result["fields"]  # free text is never counted
    assert result["fields"]["when"] == {"2019-07": 9}


def test_total_below_five_is_suppressed(schema: ReportSchema, report: dict[str, Any]) -> None:
    result = stats([report] * 4, schema)
    assert result["total"] == SUPPRESSED
    assert result["fields"]["nation"]["northern-ireland"] == SUPPRESSED
    assert result["fields"]["nation"]["england"] == 0
    assert stats([], schema)["total"] == 0


def test_exactly_five_is_shown(schema: ReportSchema, report: dict[str, Any]) -> None:
    assert stats([report] * 5, schema)["fields"]["nation"]["northern-ireland"] == 5


def test_single_hidden_cell_cannot_be_recovered_by_subtraction(
    schema: ReportSchema, report: dict[str, Any]
) -> None:
    nation = stats(_reports(report, england=17, wales=3), schema)["fields"]["nation"]
    assert nation["wales"] == SUPPRESSED
    assert nation["england"] == SECONDARY


def _possible(cells: dict[str, Any], total: int, zeros_hidden: bool) -> set[tuple[int, ...]]:
    """Every assignment of hidden cells consistent with what is published."""
    ranges = []
    for cell in cells.values():
        if cell == SUPPRESSED:
            ranges.append(range(0 if zeros_hidden else 1, 5))
        elif cell == SECONDARY:
            ranges.append(range(5, total + 1))
        else:
            ranges.append(range(cell, cell + 1))
    return {combo for combo in itertools.product(*ranges) if sum(combo) == total}


@pytest.mark.parametrize(
    "counts",
    [
        {"england": 17, "wales": 3},
        {"england": 16, "wales": 1, "scotland": 1},
        {"england": 12, "wales": 4, "scotland": 4},
        {"england": 7, "wales": 6, "scotland": 2},
        {"wales": 1, "scotland": 1, "england": 1, "northern_ireland": 2},
        {"wales": 4, "scotland": 4},
        {"england": 30},
        {"england": 13, "wales": 1, "scotland": 1, "northern_ireland": 1},
        {"england": 6, "wales": 1, "scotland": 1, "northern_ireland": 2},
    ],
)
def test_no_hidden_choice_cell_is_determined(
    schema: ReportSchema, report: dict[str, Any], counts: dict[str, int]
) -> None:
    result = stats(_reports(report, **counts), schema)
    cells = result["fields"]["nation"]
    total = sum(counts.values())
    assert result["total"] == total
    truth = tuple(counts.get(k.replace("-", "_"), 0) for k in cells)
    pairs = zip(truth, cells.values(), strict=True)
    zeros_hidden = any(t == 0 and c == SUPPRESSED for t, c in pairs)
    possible = _possible(cells, total, zeros_hidden)
    assert truth in possible
    for index, cell in enumerate(cells.values()):
        if isinstance(cell, str):
            values = {combo[index] for combo in possible}
            assert len(values) > 1, (cells, index)
        assert not (isinstance(cell, int) and 0 < cell < 5)


@pytest.mark.parametrize(
    "counts",
    [
        {"england": 5, "wales": 1, "scotland": 1, "northern_ireland": 1},
        {"england": 4, "wales": 4, "scotland": 4, "northern_ireland": 4},
    ],
)
def test_field_is_withheld_when_it_cannot_be_protected(
    schema: ReportSchema, report: dict[str, Any], counts: dict[str, int], tmp_path: Path
) -> None:
    result = stats(_reports(report, **counts), schema)
    assert "nation" not in result["fields"]
    assert result["withheld"] == ["nation"]
    assert "withheld" in to_table(result)
    to_png(result, tmp_path / "w.png")


def test_all_choice_fields_of_a_mixed_sample_are_safe(
    schema: ReportSchema, report: dict[str, Any]
) -> None:
    sectors = schema.field("sector").options
    reports = [dict(report, sector=sectors[i % 4 if i < 20 else 0]) for i in range(23)]
    result = stats(reports, schema)
    for field in schema.fields:
        if field.type is FieldType.CHOICE:
            for cell in result["fields"][field.name].values():
                assert not (isinstance(cell, int) and 0 < cell < 5)


def test_table_and_png(schema: ReportSchema, report: dict[str, Any], tmp_path: Path) -> None:
    result = stats(_reports(report, england=17, wales=3), schema)
    table = to_table(result)
    assert "total: 20" in table
    assert "nation" in table and "<5" in table and "5+" in table
    assert " 3\n" not in table and " 17\n" not in table
    path = tmp_path / "stats.png"
    to_png(result, path)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 1000


def test_png_of_no_reports(schema: ReportSchema, tmp_path: Path) -> None:
    path = tmp_path / "empty.png"
    to_png(stats([], schema), path)
    assert path.read_bytes()[:4] == b"\x89PNG"


# ---- consent: only reports whose consent allows campaign use are counted -----------------


def test_reports_without_campaign_consent_are_not_counted(
    schema: ReportSchema, report: dict[str, Any]
) -> None:
    no = dict(report, consent_evidence="no", nation="wales")
    unanswered = {k: v for k, v in report.items() if k != "consent_evidence"}
    unanswered["nation"] = "scotland"
    result = stats([report] * 6 + [no] * 7 + [unanswered] * 5, schema)
    assert result["total"] == 6
    assert result["not_counted"] == 12
    nation = result["fields"]["nation"]
    assert nation["northern-ireland"] == 6
    assert nation["wales"] == 0
    assert nation["scotland"] == 0
    table = to_table(result)
    assert "total: 6  (reports whose consent allows campaign use)" in table
    assert "not counted: 12  (consent to campaign use: no, or not answered)" in table


def test_the_count_left_out_is_suppressed_when_small(
    schema: ReportSchema, report: dict[str, Any]
) -> None:
    result = stats([report] * 5 + [dict(report, consent_evidence="no")] * 2, schema)
    assert result["total"] == 5
    assert result["not_counted"] == SUPPRESSED
    assert stats([report] * 5, schema)["not_counted"] == 0
