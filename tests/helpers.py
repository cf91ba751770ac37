"""Shared helpers for tests: fixture content roots and a tiny driver for the engine."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.content import Content, load_content
from bot.engine.events import Event, Offer
from bot.engine.session import Session
from bot.engine.step import Input, Press, StepResult, step

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini"
REPO = Path(__file__).parent.parent
REPORT_SCHEMA = REPO / "flows" / "report-schema.yaml"


def copy_mini(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(MINI, root)
    return root


class Driver:
    """Steps the engine like a worker would, remembering the last buttons offered."""

    def __init__(self, content: Content, session: Session | None = None) -> None:
        self.content = content
        self.session = session or Session()
        self.offer: Offer | None = None
        self.events: list[Event] = []

    def send(self, inp: Input) -> StepResult:
        result = step(self.content.flows, self.session, inp)
        self.session = result.session
        self.events = result.events
        offers = [e for e in result.events if isinstance(e, Offer)]
        self.offer = offers[-1] if offers else None
        return result

    def press(self, n: int) -> StepResult:
        assert self.offer is not None, "no buttons on screen"
        return self.send(Press(self.offer.token, n - 1))

    def ids(self) -> list[str]:
        from bot.transcripts import describe

        return describe(self.events)


def mini() -> Content:
    return load_content(MINI)
