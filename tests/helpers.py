"""Shared helpers for tests: fixture content roots and a tiny driver for the engine."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

from bot.content import Content, load_content
from bot.engine.events import Event, Offer
from bot.engine.session import Session
from bot.engine.step import Input, Press, StepResult, step
from bot.render import Button
from bot.telegram import ClientError

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


class RecordingClient:
    """A :class:`bot.telegram.TelegramClient` that keeps what was sent and does nothing
    else. ``fail_next`` makes the next sends fail as Telegram's 5xx would; subclasses may
    override :meth:`delivered` to see each message as it goes out."""

    def __init__(self, first_id: int = 100) -> None:
        self.sent: list[tuple[int, str, list[str]]] = []  # (chat, text, callback data)
        self.fail_next = 0
        self.next_id = first_id

    async def send_message(
        self,
        chat_id: int,
        text: str,
        buttons: Sequence[Sequence[Button]] = (),
        *,
        protect_content: bool = True,
    ) -> int:
        if self.fail_next:
            self.fail_next -= 1
            raise ClientError("server")
        data = [b.data for row in buttons for b in row]
        self.delivered(chat_id, text, data)
        self.sent.append((chat_id, text, data))
        self.next_id += 1
        return self.next_id

    def delivered(self, chat_id: int, text: str, data: list[str]) -> None:
        """Called for each message Telegram accepted, before its id is returned."""

    def texts(self, start: int = 0) -> list[str]:
        return [text for _, text, _ in self.sent[start:]]

    def last_buttons(self, chat_id: int) -> list[str]:
        return [data for chat, _, data in self.sent if chat == chat_id and data][-1]

    async def delete_messages(self, chat_id: int, message_ids: Sequence[int]) -> None:
        return None

    async def answer_callback(self, callback_id: str, text: str | None = None) -> None:
        return None

    async def leave_chat(self, chat_id: int) -> None:
        return None
