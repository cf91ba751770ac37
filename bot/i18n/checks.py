"""Checks of translations against English: missing, extra, and variables that differ."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..engine.issues import Issue, Level
from .catalog import LocaleCatalog

MAX_MESSAGE_CHARS = 700  # a phone screen; longer English messages get a warning


@dataclass(slots=True)
class Coverage:
    code: str
    translated: int
    total: int
    status: str
    extra: int
    mismatched: int
    # filled in by bot.i18n.sources.track_sources
    stale: int = 0
    current: int = -1  # -1: not known (every translated message counts as current)
    reviewed: int = 0
    tracked: bool = True
    stale_ids: list[str] = field(default_factory=list)
    broken_ids: list[str] = field(default_factory=list)
    missing_ids: list[str] = field(default_factory=list)

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0


def compare(base: LocaleCatalog, other: LocaleCatalog) -> tuple[list[Issue], Coverage]:
    issues: list[Issue] = []
    where = f"locales/{other.code}/"
    missing = [m for m in base.messages if m not in other.messages]
    by_file: dict[str, list[str]] = {}
    for msg_id in missing:
        by_file.setdefault(base.messages[msg_id].file.rsplit("/", 1)[-1], []).append(msg_id)
    for name, ids in sorted(by_file.items()):
        shown = ", ".join(ids[:8]) + (f" and {len(ids) - 8} more" if len(ids) > 8 else "")
        issues.append(
            Issue(
                where + name,
                0,
                Level.WARNING,
                f"[{other.code}] {len(ids)} message(s) not translated: {shown}",
                f"copy them from locales/{base.code}/{name} and translate them; until then "
                "workers see the English text",
                "l10n-missing",
            )
        )
    extra = [m for m in other.messages if m not in base.messages]
    for msg_id in extra:
        info = other.messages[msg_id]
        issues.append(
            Issue(
                info.file,
                info.line,
                Level.WARNING,
                f"[{other.code}] message '{msg_id}' does not exist in English",
                "delete it, or rename it to match the English id",
                "l10n-extra",
            )
        )
    # variables that differ from English: bot.i18n.sources (they are withheld)
    mismatched = 0
    translated = len(base.messages) - len(missing)
    cov = Coverage(other.code, translated, len(base.messages), other.status, len(extra), mismatched)
    return issues, cov


def reference_cycles(cat: LocaleCatalog) -> list[Issue]:
    """Messages that use each other (``a = { b }``, ``b = { a }``): Fluent would recurse
    until Python gives up, so each such circle is an error, reported at its first message."""
    issues: list[Issue] = []
    done: set[str] = set()
    for first in cat.messages:
        path: list[str] = []
        on_path: set[str] = set()
        # depth-first, iteratively: (message, its references still to visit)
        stack = [(first, iter(sorted(cat.messages[first].references)))]
        path.append(first)
        on_path.add(first)
        while stack:
            name, refs = stack[-1]
            ref = next((r for r in refs if r in cat.messages and r not in done), None)
            if ref is None:
                stack.pop()
                path.pop()
                on_path.discard(name)
                done.add(name)
            elif ref in on_path:
                circle = [*path[path.index(ref) :], ref]
                info = cat.messages[circle[0]]
                issues.append(
                    Issue(
                        info.file,
                        info.line,
                        Level.ERROR,
                        f"[{cat.code}] messages "
                        + " -> ".join(f"'{m}'" for m in circle)
                        + " refer to each other in a circle",
                        "write the text itself in one of them instead of { other-message }",
                        "ftl-cycle",
                    )
                )
                done.update(circle)  # one report per circle
            else:
                stack.append((ref, iter(sorted(cat.messages[ref].references))))
                path.append(ref)
                on_path.add(ref)
    return issues


def check_locales(
    base: LocaleCatalog, others: Iterable[LocaleCatalog]
) -> tuple[list[Issue], list[Coverage]]:
    issues: list[Issue] = list(base.issues) + reference_cycles(base)
    coverage = [Coverage(base.code, len(base.messages), len(base.messages), base.status, 0, 0)]
    for info in base.messages.values():
        if info.length > MAX_MESSAGE_CHARS:
            issues.append(
                Issue(
                    info.file,
                    info.line,
                    Level.WARNING,
                    f"message '{info.id}' is {info.length} characters long",
                    f"keep messages under {MAX_MESSAGE_CHARS} characters so they fit a phone "
                    "screen: split it into two",
                    "too-long",
                )
            )
    for cat in others:
        issues.extend(cat.issues)
        issues.extend(reference_cycles(cat))
        found, cov = compare(base, cat)
        issues.extend(found)
        coverage.append(cov)
    return issues, coverage


def unused_messages(
    base: LocaleCatalog, used: set[str], dynamic_prefixes: tuple[str, ...]
) -> list[Issue]:
    referenced = set(used)
    frontier = list(used)
    while frontier:  # messages used by used messages ({ other-message }) count as used
        info = base.messages.get(frontier.pop())
        for ref in info.references if info else ():
            if ref not in referenced:
                referenced.add(ref)
                frontier.append(ref)
    out = []
    for msg_id, info in base.messages.items():
        if msg_id in referenced or msg_id.startswith(dynamic_prefixes):
            continue
        out.append(
            Issue(
                info.file,
                info.line,
                Level.WARNING,
                f"message '{msg_id}' is never used",
                "delete it, or use it from a flow",
                "unused-message",
            )
        )
    return out


def coverage_table(rows: list[Coverage]) -> str:
    """Per language: complete, missing, stale, with other variables, reviewed; then which
    messages are stale or missing."""
    head = (
        f"{'locale':<8} {'complete':>10} {'coverage':>9} {'missing':>8} {'stale':>6} "
        f"{'broken':>7} {'reviewed':>9}  notes"
    )
    lines = [head, "-" * len(head)]
    details: list[str] = []
    for r in rows:
        current = r.translated if r.current < 0 else r.current
        reviewed = (
            "all" if r.status == "reviewed" else f"{r.reviewed}/{current}" if current else "-"
        )
        notes = []
        if r.extra:
            notes.append(f"{r.extra} extra")
        if not r.tracked:
            notes.append("sources not tracked")
        pct = 100.0 * current / r.total if r.total else 100.0
        lines.append(
            f"{r.code:<8} {f'{current}/{r.total}':>10} {pct:>8.0f}% {r.total - r.translated:>8} "
            f"{r.stale:>6} {r.mismatched:>7} {reviewed:>9}  " + ", ".join(notes)
        )
        if r.stale_ids:
            details.append(f"{r.code} stale: {', '.join(r.stale_ids)}")
        if r.broken_ids:
            details.append(f"{r.code} other variables: {', '.join(r.broken_ids)}")
        if r.missing_ids:
            details.append(f"{r.code} missing: {', '.join(r.missing_ids)}")
    if details:
        lines += ["", *details]
    lines += [
        "",
        "complete = translated from today's English; stale and broken (other { $variables }) "
        "messages are shown in English until translated again.",
    ]
    return "\n".join(lines)
