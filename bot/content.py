"""Load flows and locales from disk, check them, and build what the service runs.

This is the only place that reads content files; the engine and the i18n
parsers receive text. ``load_content`` raises :class:`ContentError` listing every
hard error with file:line, so a bad edit never starts a broken bot.

The content folder is ``--root``, else ``$ADVICE_BOT_ROOT``, else the current folder
(:func:`default_root`); never a path inside the installed package. It holds
``flows/`` (with ``flows/report-schema.yaml``, the anonymous report's questions) and
``locales/``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .directory import read_directory
from .engine.flowset import FlowSet, Language
from .engine.issues import ContentError, Issue, Level, ordered
from .engine.loader import Variables, load_flows
from .engine.signpost import SIGNPOST_MESSAGES
from .i18n.cache import forget_precomputed
from .i18n.catalog import LocaleCatalog, parse_locale, summarise_ahead
from .i18n.checks import Coverage, check_locales, unused_messages
from .i18n.sources import track_sources
from .i18n.translator import BASE, Translator
from .render import RENDER_MESSAGES, TRANSPORT_MESSAGES
from .reports.store import SERVICE_MESSAGES

if TYPE_CHECKING:
    from .reports.schema import ReportSchema

# Files in flows/ that are not flows.
NOT_FLOWS = {"directory.yaml", "report-schema.yaml"}
# Variables holding report answers (flows/report.yaml's `submit_report` prefix).
REPORT_PREFIX = "report_"
# Message id prefixes that code picks at run time, so "never used" does not apply.
DYNAMIC_PREFIXES: tuple[str, ...] = ("language-name", "console-")


@dataclass(slots=True)
class Content:
    flows: FlowSet
    translator: Translator
    issues: list[Issue] = field(default_factory=list)
    coverage: list[Coverage] = field(default_factory=list)
    root: Path = Path()
    report_schema: ReportSchema | None = None  # flows/report-schema.yaml, if there is one


def default_root() -> Path:
    """The content folder: ``$ADVICE_BOT_ROOT``, else the current folder."""
    env = os.environ.get("ADVICE_BOT_ROOT")
    return Path(env) if env else Path.cwd()


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
    root: Path, today: date | None = None, translations_strict: bool = False
) -> tuple[Content | None, list[Issue], list[Coverage]]:
    """Load everything and return (content or None, every issue, locale coverage).

    ``today`` dates the directory check (entries verified over a year ago are warned about).
    ``translations_strict``: stale or broken translations are errors (``advice-bot check``
    on the shipped content), not warnings (the running bot, which shows English for them).
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
    issues.extend(track_sources(root, base, catalogs.values(), coverage, translations_strict))
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
    report_schema, found = read_report_schema(root)
    issues.extend(found)
    sources = [(_rel(f, root), f.read_text(encoding="utf-8")) for f in flow_files(root)]
    result = load_flows(
        sources,
        messages=base.messages,
        languages=languages,
        directory=directory,
        # With a directory, the signpost action's messages must exist in English.
        required_messages=(*RENDER_MESSAGES, *(SIGNPOST_MESSAGES if directory else ())),
        variables=_report_variables(report_schema),
    )
    issues.extend(result.issues)
    if result.flows is not None:
        used = result.used_messages | set(TRANSPORT_MESSAGES) | set(SERVICE_MESSAGES)
        issues.extend(unused_messages(base, used, DYNAMIC_PREFIXES))
        issues.extend(_missing_transport_messages(base))
    if result.flows is None or any(i.level is Level.ERROR for i in issues):
        return None, ordered(issues), coverage
    translator = Translator(catalogs.values())
    content = Content(result.flows, translator, ordered(issues), coverage, root, report_schema)
    return content, content.issues, coverage


def read_report_schema(root: Path) -> tuple[ReportSchema | None, list[Issue]]:
    """``flows/report-schema.yaml`` under ``root``: (the schema or None, its issues).

    Checked like the flows, every mistake with file:line and a fix. No file: no schema
    and no issue (a deployment without reports); nothing falls back to another schema.
    """
    from .reports.schema import SCHEMA_FILE, parse_schema

    path = root / SCHEMA_FILE
    if not path.is_file():
        return None, []
    return parse_schema(path.read_text(encoding="utf-8"), SCHEMA_FILE)


def _report_variables(schema: ReportSchema | None) -> Variables | None:
    """The ``report_*`` variables a flow may set, and their answers, from the schema.

    A choice field ``x`` is ``report_x: option``; a tick-box (multi) field has one
    variable per option, ``report_x_option: "yes"``; a month field takes the coarse
    answers of :data:`bot.reports.sink.MONTH_BUCKETS`; text is anything typed.
    """
    if schema is None:
        return None
    from .reports.schema import SCHEMA_FILE, FieldType
    from .reports.sink import MONTH_BUCKETS, NOT_SAID, toggle_var

    values: dict[str, frozenset[str] | None] = {}
    for f in schema.fields:
        if f.type is FieldType.CHOICE:
            values[f.name] = frozenset(f.options)
        elif f.type is FieldType.MULTI:
            for option in f.options:
                values[toggle_var(f.name, option)] = frozenset({"yes", "true"})
        elif f.type is FieldType.MONTH:
            values[f.name] = frozenset({*MONTH_BUCKETS, NOT_SAID})
        else:
            values[f.name] = None
    return Variables(REPORT_PREFIX, values, SCHEMA_FILE)


def load_content(root: Path) -> Content:
    content, issues, _ = check_content(root)
    if content is None:
        raise ContentError(issues)
    return content
