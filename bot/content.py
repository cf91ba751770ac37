"""Load flows and locales from disk, check them, and build what the service runs.

This is the only place that reads content files; the engine and the i18n
parsers receive text. ``load_content`` raises :class:`ContentError` listing every
hard error with file:line, so a bad edit never starts a broken bot.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .directory import read_directory
from .engine.flowset import FlowSet, Language
from .engine.issues import ContentError, Issue, Level
from .engine.loader import load_flows
from .engine.signpost import SIGNPOST_MESSAGES
from .i18n.cache import forget_precomputed
from .i18n.catalog import LocaleCatalog, parse_locale, summarise_ahead
from .i18n.checks import Coverage, check_locales, unused_messages
from .i18n.translator import BASE, Translator
from .render import RENDER_MESSAGES, TRANSPORT_MESSAGES
from .reports.store import SERVICE_MESSAGES

# Files in flows/ that are not flows.
NOT_FLOWS = {"directory.yaml", "report-schema.yaml"}
# Message id prefixes that code picks at run time, so "never used" does not apply.
DYNAMIC_PREFIXES: tuple[str, ...] = ("language-name",)


@dataclass(slots=True)
class Content:
    flows: FlowSet
    translator: Translator
    issues: list[Issue] = field(default_factory=list)
    coverage: list[Coverage] = field(default_factory=list)
    root: Path = Path()


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def read_locales(root: Path) -> dict[str, LocaleCatalog]:
    catalogs: dict[str, LocaleCatalog] = {}
    locales_dir = root / "locales"
    if not locales_dir.is_dir():
        return catalogs
    found: dict[str, list[tuple[str, str]]] = {}
    for folder in sorted(p for p in locales_dir.iterdir() if p.is_dir()):
        files = [
            (_rel(f, root), f.read_text(encoding="utf-8")) for f in sorted(folder.glob("*.ftl"))
        ]
        if files:
            found[folder.name] = files
    summarise_ahead([text for files in found.values() for _, text in files])
    try:
        for code, files in found.items():
            catalogs[code] = parse_locale(code, files)
    finally:
        forget_precomputed()
    return catalogs


def _missing_transport_messages(base: LocaleCatalog) -> list[Issue]:
    return [
        Issue(
            f"locales/{BASE}/common.ftl",
            0,
            Level.WARNING,
            f"message '{msg_id}' (said by the Telegram transport) is not in the English locale",
            f"add '{msg_id} = ...' to locales/{BASE}/common.ftl; until then workers see "
            "'text-unavailable' instead",
            "missing-transport-message",
        )
        for msg_id in TRANSPORT_MESSAGES
        if msg_id not in base.messages
    ]


def flow_files(root: Path) -> list[Path]:
    return sorted(p for p in (root / "flows").glob("*.yaml") if p.name not in NOT_FLOWS)


def check_content(
    root: Path, today: date | None = None
) -> tuple[Content | None, list[Issue], list[Coverage]]:
    """Load everything and return (content or None, every issue, locale coverage).

    ``today`` dates the directory check (entries verified over a year ago are warned about).
    """
    root = root.resolve()
    issues: list[Issue] = []
    catalogs = read_locales(root)
    base = catalogs.get(BASE)
    if base is None:
        issues.append(
            Issue(
                "locales/",
                0,
                Level.ERROR,
                f"there is no English locale (locales/{BASE}/)",
                f"create locales/{BASE}/common.ftl; English is the base every language "
                "falls back to",
                "no-base-locale",
            )
        )
        return None, issues, []
    l10n_issues, coverage = check_locales(base, [c for k, c in catalogs.items() if k != BASE])
    issues.extend(l10n_issues)
    languages = (
        Language(BASE),
        *tuple(
            Language(code, cat.status != "reviewed")
            for code, cat in sorted(catalogs.items())
            if code != BASE
        ),
    )
    directory, found = read_directory(root, today=today or date.today())
    issues.extend(found)
    sources = [(_rel(f, root), f.read_text(encoding="utf-8")) for f in flow_files(root)]
    result = load_flows(
        sources,
        messages=base.messages,
        languages=languages,
        directory=directory,
        # With a directory, the signpost action's messages must exist in English.
        required_messages=(*RENDER_MESSAGES, *(SIGNPOST_MESSAGES if directory else ())),
    )
    issues.extend(result.issues)
    if result.flows is not None:
        used = result.used_messages | set(TRANSPORT_MESSAGES) | set(SERVICE_MESSAGES)
        issues.extend(unused_messages(base, used, DYNAMIC_PREFIXES))
        issues.extend(_missing_transport_messages(base))
    if result.flows is None or any(i.level is Level.ERROR for i in issues):
        return None, sorted(set(issues)), coverage
    translator = Translator(catalogs.values())
    content = Content(result.flows, translator, sorted(set(issues)), coverage, root)
    return content, content.issues, coverage


def load_content(root: Path) -> Content:
    content, issues, _ = check_content(root)
    if content is None:
        raise ContentError(issues)
    return content
