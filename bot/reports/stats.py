"""Aggregate counts of pulled reports, safe to share.

:func:`stats` counts, for every choice, multi and month field, how many reports chose
each option (a multi-choice report counts once for each option it ticked). Free text is
never counted or shown.

**Consent**: only reports whose ``consent_evidence`` answer is ``"yes"`` (the worker agreed
the organisers may use the report as evidence in their campaign) are counted. The others
(answered "no", or not answered) are left out of every count and shown only as one
``not_counted`` number, suppressed like any other. A schema without that field counts
every report.

Small numbers identify people, so they are suppressed:

* **Primary suppression**: every non-zero count below 5 is shown as ``"<5"``; zero is
  shown as 0. The total number of reports is suppressed the same way.
* **Secondary suppression** (single-choice and month fields only): their counts add up to
  the total, so one hidden cell could be recovered by subtraction, and several hidden
  cells can be pinned down when their sum leaves only one possibility (say, all 1s).
  While any hidden cell has a single possible value, the smallest remaining count of 5
  or more is shown as ``"5+"`` (and, if nothing else is left, zero cells are shown as
  ``"<5"`` too). If even that cannot hide the small counts (say 4+4+4+4 with a total of
  16) the field is left out and listed under ``"withheld"``. Counts of multi-choice
  options do not add up to the total, so they only get primary suppression.

:func:`to_table` renders plain text; :func:`to_png` draws horizontal bar charts with
matplotlib's Agg canvas directly (no pyplot, no GUI, no network; only bundled fonts).
Suppressed cells are drawn as a hatched outline bar of width 5 labelled with the marker,
never at their true length.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .schema import FieldType, ReportSchema

__all__ = ["SECONDARY", "SUPPRESSED", "THRESHOLD", "Cell", "Stats", "stats", "to_png", "to_table"]

THRESHOLD = 5
CONSENT_FIELD = "consent_evidence"
CONSENT_YES = "yes"
SUPPRESSED = "<5"
SECONDARY = "5+"

Cell = int | str
# {"total": Cell, "not_counted": Cell, "fields": {field name: {option: Cell}},
#  "withheld": [field name, ...]}
Stats = dict[str, Any]


def _primary(count: int) -> Cell:
    return SUPPRESSED if 0 < count < THRESHOLD else count


def stats(reports: Iterable[Mapping[str, Any]], schema: ReportSchema) -> Stats:
    """Suppressed counts per field per option (see module docstring)."""
    everything = list(reports)
    if any(f.name == CONSENT_FIELD for f in schema.fields):
        reports = [r for r in everything if r.get(CONSENT_FIELD) == CONSENT_YES]
    else:
        reports = everything
    not_counted = len(everything) - len(reports)
    total = len(reports)
    fields: dict[str, dict[str, Cell]] = {}
    withheld: list[str] = []
    for field in schema.fields:
        if field.type is FieldType.TEXT:
            continue
        counter: Counter[str] = Counter()
        for report in reports:
            value = report.get(field.name)
            if field.type is FieldType.MULTI:
                if isinstance(value, list | tuple):
                    counter.update(v for v in set(value) if isinstance(v, str))
            elif isinstance(value, str):
                counter[value] += 1
        if field.type is FieldType.MONTH:
            keys = sorted(counter)
        else:
            # Schema options first (zeros included), then any values from older schemas.
            keys = list(field.options) + sorted(set(counter) - set(field.options))
        raw = {key: counter[key] for key in keys}
        cells = {key: _primary(count) for key, count in raw.items()}
        if field.type is not FieldType.MULTI and total >= THRESHOLD:
            answered = sum(raw.values())
            if not _secondary(raw, cells, answered):
                withheld.append(field.name)
                continue
        fields[field.name] = cells
    return {
        "total": _primary(total),
        "not_counted": _primary(not_counted),
        "fields": fields,
        "withheld": withheld,
    }


def _secondary(raw: Mapping[str, int], cells: dict[str, Cell], known_sum: int) -> bool:
    """Hide more cells until no hidden cell can be worked out from the shown total.

    Returns False if that is impossible (the field must then be withheld entirely).
    """
    zeros_hidden = False
    while _determined(cells, known_sum, zeros_hidden):
        shown = [key for key, cell in cells.items() if isinstance(cell, int) and cell > 0]
        if shown:
            cells[min(shown, key=lambda k: (raw[k], k))] = SECONDARY
            continue
        zeros = [key for key, cell in cells.items() if cell == 0]
        if not zeros:
            return False  # everything is hidden already and still gives itself away
        for key in zeros:
            cells[key] = SUPPRESSED
        zeros_hidden = True
    return True


def _determined(cells: Mapping[str, Cell], known_sum: int, zeros_hidden: bool) -> bool:
    """True if some hidden cell has only one value consistent with the published cells.

    A reader knows each ``"<5"`` cell is 1..4 (0..4 once zeros are hidden too), each
    ``"5+"`` cell is 5..total, and that the hidden cells add up to the total minus the
    shown cells.
    """
    bounds = []
    for cell in cells.values():
        if cell == SUPPRESSED:
            bounds.append((0 if zeros_hidden else 1, THRESHOLD - 1))
        elif cell == SECONDARY:
            bounds.append((THRESHOLD, known_sum))
    if not bounds:
        return False
    hidden_sum = known_sum - sum(c for c in cells.values() if isinstance(c, int))
    low_total = sum(lo for lo, _ in bounds)
    high_total = sum(hi for _, hi in bounds)
    for lo, hi in bounds:
        least = max(lo, hidden_sum - (high_total - hi))
        most = min(hi, hidden_sum - (low_total - lo))
        if least >= most:
            return True
    return False


def to_table(result: Stats) -> str:
    """Plain-text rendering, one block per field."""
    lines = [
        f"total: {result['total']}  (reports whose consent allows campaign use)",
        f"not counted: {result.get('not_counted', 0)}  (consent to campaign use: no, or not"
        " answered)",
    ]
    for name, cells in result["fields"].items():
        lines.append("")
        lines.append(name)
        width = max((len(key) for key in cells), default=0)
        for key, cell in cells.items():
            lines.append(f"  {key.ljust(width)}  {str(cell).rjust(4)}")
    for name in result.get("withheld", []):
        lines += ["", name, "  (withheld: too few reports to show without revealing small counts)"]
    return "\n".join(lines) + "\n"


def to_png(result: Stats, path: str | Path) -> None:
    """Write horizontal bar charts (one per field) as a PNG file."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    panels: list[tuple[str, dict[str, Cell] | None]] = list(result["fields"].items())
    panels += [(name, None) for name in result.get("withheld", [])]
    heights = [0.6 if cells is None else max(1.2, 0.32 * len(cells) + 0.9) for _, cells in panels]
    figure = Figure(figsize=(8, 0.5 + sum(heights or [0.6])), layout="constrained")
    FigureCanvasAgg(figure)
    figure.suptitle(
        f"total: {result['total']} (consent to campaign use: yes;"
        f" not counted: {result.get('not_counted', 0)})",
        fontsize=11,
        x=0.01,
        ha="left",
    )
    if not panels:
        figure.savefig(str(path), format="png", dpi=100, metadata={"Software": None})
        return
    axes_list = figure.subplots(len(panels), 1, squeeze=False, height_ratios=heights)[:, 0]
    for axes, (name, cells) in zip(axes_list, panels, strict=True):
        axes.set_title(name, fontsize=10, loc="left")
        if cells is None:
            axes.set_axis_off()
            axes.text(0, 0.5, "withheld (small numbers)", fontsize=8, va="center")
            continue
        labels = list(cells)
        positions = list(range(len(labels)))
        numbers = [cell if isinstance(cell, int) else 0 for cell in cells.values()]
        axes.barh(positions, numbers, color="#4c72b0")
        largest = max([THRESHOLD, *numbers])
        for pos, cell in zip(positions, cells.values(), strict=True):
            if isinstance(cell, str):
                # A fixed-size hatched outline: says "hidden", never how many.
                axes.barh(
                    [pos], [THRESHOLD], fill=False, hatch="///", edgecolor="#888888", linewidth=0.8
                )
                axes.text(THRESHOLD + largest * 0.01, pos, cell, va="center", fontsize=8)
            else:
                axes.text(cell + largest * 0.01, pos, str(cell), va="center", fontsize=8)
        axes.set_yticks(positions, labels, fontsize=8)
        axes.invert_yaxis()
        axes.set_xlim(0, largest * 1.15)
        axes.xaxis.get_major_locator().set_params(integer=True)
    figure.savefig(str(path), format="png", dpi=100, metadata={"Software": None})
