"""Transcript tests: scripted conversations with the expected bot output.

A transcript (``flows/tests/*.yaml``) has a language, optional start payload, and
steps. Each step sends text (``send``), presses a numbered button (``press``) and
lists what the bot does, one line per event::

    - send: /start
      expect:
        - say welcome-hello
        - choices menu-rights | menu-report
    - press: 1
      expect: [...]
      text: ["0808 802 0300"]   # optional: words the rendered reply must contain

``advice-bot test --update`` rewrites the ``expect`` lines from what the bot does now.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .content import Content
from .engine.events import AskText, End, Event, LanguageChanged, Offer, QuickExit, Say
from .engine.step import Input, Press
from .render import parse_text
from .service import MemoryStore, Service


class MemoryReports:
    """Stands in for the sealed report store in transcript tests."""

    def __init__(self, ttl_days: int = 30) -> None:
        self.reports: list[dict[str, Any]] = []
        self.ttl_days = ttl_days

    async def submit(self, answers: Mapping[str, Any], receipt_code: str | None = None) -> str:
        self.reports.append(dict(answers))
        return f"TEST-{len(self.reports):04d}"

    async def withdraw(self, code: str) -> bool:
        return code.startswith("TEST-")


def describe(events: list[Event]) -> list[str]:
    lines: list[str] = []
    for ev in events:
        if isinstance(ev, Say):
            lines.append(f"say {ev.msg.id}")
        elif isinstance(ev, Offer):
            if ev.options and all(o.lang for o in ev.options):
                # not listed: adding a language must not break every transcript
                lines.append("languages")
            else:
                lines.append("choices " + " | ".join(o.label.id for o in ev.options))
        elif isinstance(ev, AskText):
            lines.append("ask optional" if ev.optional else "ask")
        elif isinstance(ev, LanguageChanged):
            lines.append(f"language {ev.lang}")
        elif isinstance(ev, QuickExit):
            lines.append("exit")
        elif isinstance(ev, End):
            lines.append("end")
    return lines


@dataclass(slots=True)
class StepOutcome:
    expected: list[str]
    actual: list[str]
    missing_text: list[str] = field(default_factory=list)
    label: str = ""

    @property
    def ok(self) -> bool:
        return self.expected == self.actual and not self.missing_text


@dataclass(slots=True)
class TranscriptResult:
    path: Path
    steps: list[StepOutcome]
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error and all(s.ok for s in self.steps)

    def report(self) -> str:
        if self.error:
            return f"{self.path}: {self.error}"
        out = []
        for i, s in enumerate(self.steps, 1):
            if s.ok:
                continue
            out.append(f"{self.path}: step {i} ({s.label}):")
            if s.expected != s.actual:
                out.append("    expected: " + "; ".join(s.expected))
                out.append("    got:      " + "; ".join(s.actual))
            for t in s.missing_text:
                out.append(f"    the reply does not contain {t!r}")
        return "\n".join(out)


async def run_transcript(
    content: Content, path: Path, data: Mapping[str, Any]
) -> tuple[TranscriptResult, list[list[str]]]:
    """Run one transcript; returns the result and the actual lines of every step."""
    store = MemoryStore()
    service = Service(content, store, MemoryReports())
    lang = str(data.get("lang", "en"))
    token = ""
    steps: list[StepOutcome] = []
    actuals: list[list[str]] = []
    raw_steps = data.get("steps") or []
    if not isinstance(raw_steps, list):
        return TranscriptResult(path, [], "'steps' must be a list"), []
    for i, raw in enumerate(raw_steps, 1):
        if not isinstance(raw, dict) or not ({"send", "press"} & set(raw)):
            return TranscriptResult(path, steps, f"step {i} needs 'send: text' or 'press: N'"), []
        inp: Input
        if "press" in raw:
            try:
                inp = Press(token, int(raw["press"]) - 1)
            except (TypeError, ValueError):
                return TranscriptResult(path, steps, f"step {i}: 'press' takes a number"), []
            label = f"press {raw['press']}"
        else:
            inp = parse_text(str(raw["send"]))
            label = f"send {raw['send']!r}"
        reply = await service.handle("transcript", inp, lang)
        for ev in reply.events:
            if isinstance(ev, Offer):
                token = ev.token
        actual = describe(reply.events)
        actuals.append(actual)
        rendered = "\n".join(
            [m.text for m in reply.rendered.messages]
            + [b.label for m in reply.rendered.messages for row in m.buttons for b in row]
        )
        wanted = raw.get("text") or []
        missing = [t for t in wanted if str(t) not in rendered]
        steps.append(StepOutcome(list(raw.get("expect") or []), actual, missing, label))
    return TranscriptResult(path, steps), actuals


def load_transcript(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a transcript is a mapping with 'lang' and 'steps'")
    return data


def save_transcript(path: Path, data: Mapping[str, Any]) -> None:
    path.write_text(
        yaml.safe_dump(dict(data), allow_unicode=True, sort_keys=False, width=100),
        encoding="utf-8",
    )


def transcript_files(root: Path) -> list[Path]:
    return sorted((root / "flows" / "tests").glob("*.yaml"))
