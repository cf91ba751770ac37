"""Which English text each translation was made from, and who reviewed it.

Every language folder holds a machine-written file, ``locales/<lang>/.sources.json``,
beside its ``.ftl`` files. For each translated message it records a short hash of the
English message it translates (its normalised source text) and, once someone has
checked it, who reviewed it (a role such as "native speaker", never a name) and when::

    {
      "about": "Written by advice-bot translations ...; do not edit by hand.",
      "messages": {
        "time-acas-phone": {"source": "3f2a9c1b7d04"},
        "welcome-hello": {"source": "9d0e...", "reviewed": {"by": "caseworker", "on": "2026-12-08"}}
      }
    }

Translation platforms (Weblate, Pontoon) read and write only the ``.ftl`` files, so this
file survives them. Nobody edits it by hand: ``advice-bot translations merge`` and
``advice-bot translations record`` write it (see docs/organiser-guide.md).

A translated message is shown to workers only if it is *current*: its recorded hash is
the hash of today's English text, and it uses the same ``{ $variables }`` as English.
Otherwise it is *withheld* and workers see the English text for that message, exactly
as for a message nobody has translated yet.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..engine.issues import Issue, Level
from .catalog import LocaleCatalog
from .checks import Coverage

STATE_FILE = ".sources.json"
HASH_CHARS = 12
ABOUT = (
    "Written by advice-bot (translations merge/record/review); do not edit by hand. "
    "'source' is a hash of the English text each translation was made from."
)

_ENTRY_RE = re.compile(r"^(-?[a-zA-Z][a-zA-Z0-9_-]*)[ \t]*=", re.MULTILINE)
# a line that starts a new entry (message, term or comment), not a continuation
_NEXT_ENTRY_RE = re.compile(r"^[a-zA-Z#-]", re.MULTILINE)
_SPACE_RE = re.compile(r"\s+")


def message_texts(text: str) -> dict[str, str]:
    """Each message's source text in a Fluent file (``id = ...`` and its continuation
    lines and attributes), whitespace collapsed: re-wrapping a line is not a change."""
    out: dict[str, str] = {}
    for found in _ENTRY_RE.finditer(text):
        name = found.group(1)
        if name.startswith("-") or name in out:
            continue
        end_found = _NEXT_ENTRY_RE.search(text, found.end())
        end = end_found.start() if end_found else len(text)
        out[name] = _SPACE_RE.sub(" ", text[found.end() : end]).strip()
    return out


def source_hash(normalised: str) -> str:
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:HASH_CHARS]


def english_hashes(base: LocaleCatalog) -> dict[str, str]:
    """The hash of every English message's current text."""
    out: dict[str, str] = {}
    for _, text in base.sources:
        for name, body in message_texts(text).items():
            out.setdefault(name, source_hash(body))
    return out


@dataclass(slots=True)
class Record:
    source: str
    reviewed_by: str | None = None
    reviewed_on: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"source": self.source}
        if self.reviewed_by:
            out["reviewed"] = {"by": self.reviewed_by, "on": self.reviewed_on or ""}
        return out


@dataclass(slots=True)
class SourceState:
    """The contents of one ``.sources.json``; ``exists`` is False when there is none."""

    records: dict[str, Record] = field(default_factory=dict)
    exists: bool = False
    problem: str = ""


def state_path(root: Path, lang: str) -> Path:
    return root / "locales" / lang / STATE_FILE


def load_state(root: Path, lang: str) -> SourceState:
    path = state_path(root, lang)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return SourceState()
    except (OSError, ValueError) as exc:
        return SourceState(exists=True, problem=f"cannot be read ({exc})")
    messages = raw.get("messages") if isinstance(raw, dict) else None
    if not isinstance(messages, dict):
        return SourceState(exists=True, problem="has no 'messages' mapping")
    records: dict[str, Record] = {}
    for name, value in messages.items():
        if not isinstance(value, dict) or not isinstance(value.get("source"), str):
            continue
        reviewed = value.get("reviewed")
        by = on = None
        if isinstance(reviewed, dict) and reviewed.get("by"):
            by, on = str(reviewed["by"]), str(reviewed.get("on") or "")
        records[str(name)] = Record(value["source"], by, on)
    return SourceState(records, exists=True)


def save_state(root: Path, lang: str, records: Mapping[str, Record]) -> None:
    """Write the file with one message per line (small diffs, easy merges)."""
    lines = ["{", f'  "about": {json.dumps(ABOUT)},', '  "messages": {']
    items = sorted(records.items())
    for i, (name, record) in enumerate(items):
        comma = "," if i + 1 < len(items) else ""
        lines.append(
            f"    {json.dumps(name)}: {json.dumps(record.to_json(), ensure_ascii=False)}{comma}"
        )
    lines += ["  }", "}", ""]
    path = state_path(root, lang)
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(lines), encoding="utf-8")
    tmp.replace(path)


@dataclass(slots=True)
class LocaleState:
    """Every English message's state in one language."""

    code: str
    tracked: bool
    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)  # English changed since translation
    unrecorded: list[str] = field(default_factory=list)  # no record of its English source
    broken: list[str] = field(default_factory=list)  # variables differ from English
    current: list[str] = field(default_factory=list)
    reviewed: list[str] = field(default_factory=list)  # current and reviewed

    @property
    def withheld(self) -> set[str]:
        return {*self.stale, *self.unrecorded, *self.broken}

    @property
    def todo(self) -> list[str]:
        """Messages a translator should (re)translate, in English order."""
        return [*self.missing, *self.stale, *self.unrecorded, *self.broken]


def file_reviewed(cat: LocaleCatalog) -> set[str]:
    """Messages in files marked ``# status: reviewed`` (a whole file reviewed at once)."""
    from .catalog import STATUS_RE

    files = {
        name
        for name, text in cat.sources
        if (m := STATUS_RE.search(text)) and m.group(1).lower() == "reviewed"
    }
    return {m for m, info in cat.messages.items() if info.file in files}


def analyse(
    base: LocaleCatalog, cat: LocaleCatalog, hashes: Mapping[str, str], state: SourceState
) -> LocaleState:
    out = LocaleState(cat.code, state.exists)
    whole_files = file_reviewed(cat)
    for name, ref in base.messages.items():
        info = cat.messages.get(name)
        if info is None:
            out.missing.append(name)
            continue
        if info.variables != ref.variables:
            out.broken.append(name)
            continue
        record = state.records.get(name)
        if state.exists and record is None:
            out.unrecorded.append(name)
            continue
        if record is not None and record.source != hashes.get(name):
            out.stale.append(name)
            continue
        out.current.append(name)
        if name in whole_files or (record is not None and record.reviewed_by):
            out.reviewed.append(name)
    return out


def _shown(ids: list[str], limit: int = 8) -> str:
    return ", ".join(ids[:limit]) + (f" and {len(ids) - limit} more" if len(ids) > limit else "")


def source_issues(
    base: LocaleCatalog, cat: LocaleCatalog, st: LocaleState, strict: bool, state: SourceState
) -> list[Issue]:
    """Stale, unrecorded and broken translations: errors when ``strict`` (the shipped
    content), else warnings that say what workers see meanwhile."""
    level = Level.ERROR if strict else Level.WARNING
    meanwhile = "" if strict else "; meanwhile workers see the English text for it"
    where = f"locales/{cat.code}/{STATE_FILE}"
    issues: list[Issue] = []
    if state.problem:
        issues.append(
            Issue(
                where,
                0,
                Level.ERROR,
                f"[{cat.code}] {STATE_FILE} {state.problem}",
                f"restore it from git (git checkout -- {where}); it is written by "
                "advice-bot translations, not by hand",
                "l10n-sources-file",
            )
        )
    elif not state.exists:
        issues.append(
            Issue(
                where,
                0,
                Level.WARNING,
                f"[{cat.code}] translations are not tracked: nothing says which English text "
                "they were made from, so a changed English message cannot be noticed",
                f"after checking that the translations match today's English, run: advice-bot "
                f"translations record --lang {cat.code} --all",
                "l10n-untracked",
            )
        )

    def variables(name: str) -> str:
        ref, info = base.messages[name].variables, cat.messages[name].variables
        parts = [
            label + ", ".join("$" + v for v in sorted(names))
            for label, names in (("missing ", ref - info), ("unknown ", info - ref))
            if names
        ]
        return f"has different variables from English ({'; '.join(parts)})"

    kinds: list[tuple[str, list[str], Callable[[str], str], Callable[[str], str]]] = [
        (
            "l10n-stale",
            st.stale,
            lambda _: "is stale: the English text changed after it was translated",
            lambda _: (
                f"translate it again: advice-bot translations todo --lang {cat.code}, "
                "then advice-bot translations merge FILE"
            ),
        ),
        (
            "l10n-unrecorded",
            st.unrecorded,
            lambda _: "has no record of the English text it translates",
            lambda name: (
                "if it was translated from today's English, record that: advice-bot "
                f"translations record --lang {cat.code} {name}"
            ),
        ),
        (
            "l10n-variables",
            st.broken,
            variables,
            lambda _: (
                "use exactly the same { $variables } as the English text (a missing "
                "$phone or $web would hide a helpline from workers)"
            ),
        ),
    ]
    for code, names, say, fix in kinds:
        for name in names:
            info = cat.messages[name]
            message = f"[{cat.code}] '{name}' {say(name)}{meanwhile}"
            issues.append(Issue(info.file, info.line, level, message, fix(name), code))
    return issues


def track_sources(
    root: Path,
    base: LocaleCatalog,
    catalogs: Iterable[LocaleCatalog],
    coverage: list[Coverage],
    strict: bool = False,
) -> list[Issue]:
    """Check every language against the English it was translated from.

    Marks withheld messages on each catalogue (the translator then shows English for
    them), sets each catalogue's ``status`` to ``reviewed`` only if every message a
    worker would see in that language has been reviewed, and fills in ``coverage``.
    """
    hashes = english_hashes(base)
    by_code = {c.code: c for c in coverage}
    issues: list[Issue] = []
    for cat in catalogs:
        if cat.code == base.code:
            continue
        state = load_state(root, cat.code)
        st = analyse(base, cat, hashes, state)
        cat.withheld = st.withheld
        cat.status = "reviewed" if st.current and len(st.reviewed) == len(st.current) else "draft"
        issues.extend(source_issues(base, cat, st, strict, state))
        cov = by_code.get(cat.code)
        if cov is not None:
            cov.status = cat.status
            cov.stale = len(st.stale) + len(st.unrecorded)
            cov.mismatched = len(st.broken)
            cov.current = len(st.current)
            cov.reviewed = len(st.reviewed)
            cov.stale_ids = [*st.stale, *st.unrecorded]
            cov.broken_ids = list(st.broken)
            cov.missing_ids = list(st.missing)
            cov.tracked = st.tracked
    return issues


def record(
    root: Path,
    base: LocaleCatalog,
    cat: LocaleCatalog,
    names: Iterable[str],
) -> list[str]:
    """Record that the translations ``names`` were made from today's English.

    Their review marks are cleared (a new translation has not been reviewed yet).
    Returns the names recorded; a name that is not translated, or not in English, is not.
    """
    hashes = english_hashes(base)
    state = load_state(root, cat.code)
    done: list[str] = []
    for name in names:
        if name in hashes and name in cat.messages:
            state.records[name] = Record(hashes[name])
            done.append(name)
    # forget messages that no longer exist in this language
    for name in [n for n in state.records if n not in cat.messages]:
        del state.records[name]
    save_state(root, cat.code, state.records)
    return done


def review(root: Path, cat: LocaleCatalog, names: Iterable[str], by: str, on: date) -> list[str]:
    """Mark translations as reviewed by a role (never a person's name) on a date."""
    state = load_state(root, cat.code)
    done: list[str] = []
    for name in names:
        rec = state.records.get(name)
        if rec is not None:
            rec.reviewed_by, rec.reviewed_on = by, on.isoformat()
            done.append(name)
    save_state(root, cat.code, state.records)
    return done
