"""Glue between a transport and the engine: load session -> step -> effects -> render -> save.

Transports hand the service a chat key and an engine input; they get back rendered
messages. The key's type is the store's business: the terminal chat and tests use a
plain string with :class:`MemoryStore`; Telegram uses a
:class:`bot.storage.ChatRef`, which :class:`bot.storage.SqliteSessionStore` turns into
an HMAC (to find the row) and a cipher key (to read it). The service never logs
message text or ids.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from .content import Content
from .engine.events import Event, Msg, Say, SubmitReport, Withdraw
from .engine.session import Session
from .engine.step import Input, Start, StepResult, step
from .i18n.negotiate import negotiate
from .render import Rendered, render

log = logging.getLogger(__name__)

K = TypeVar("K", bound=Hashable)
K_contra = TypeVar("K_contra", bound=Hashable, contravariant=True)


class SessionStore(Protocol[K_contra]):
    async def load(self, key: K_contra) -> Session | None: ...
    async def save(self, key: K_contra, session: Session) -> None: ...
    async def delete(self, key: K_contra) -> None: ...


class ReportSink(Protocol):
    """Seals and stores reports. ``submit`` returns the receipt code."""

    ttl_days: int  # how long a report is kept, shown to the worker before they start

    async def submit(self, answers: Mapping[str, Any]) -> str: ...
    async def withdraw(self, code: str) -> bool: ...


class MemoryStore:
    """Sessions in memory: for the terminal chat and tests."""

    def __init__(self) -> None:
        self.data: dict[str, dict[str, Any]] = {}

    async def load(self, key: str) -> Session | None:
        raw = self.data.get(key)
        return Session.from_dict(raw) if raw is not None else None

    async def save(self, key: str, session: Session) -> None:
        self.data[key] = session.to_dict()

    async def delete(self, key: str) -> None:
        self.data.pop(key, None)


@dataclass(slots=True)
class Reply:
    rendered: Rendered
    session: Session
    events: list[Event]


class Service(Generic[K]):
    def __init__(
        self, content: Content, store: SessionStore[K], reports: ReportSink | None = None
    ) -> None:
        # --- reports (anonymous reporting): a configured sink switches the feature on ---
        # `when: {feature: reports}` in a flow holds exactly when there is a sink to take
        # the report (flows/report.yaml offers the report only then). This is the one
        # place the feature is switched on; the content passed in is left unchanged.
        if reports is not None and "reports" not in content.flows.features:
            features = content.flows.features | {"reports"}
            # `$report_days` in a flow shows how long this deployment keeps reports
            constants = {**content.flows.constants, "report_days": reports.ttl_days}
            flows = dataclasses.replace(content.flows, features=features, constants=constants)
            content = dataclasses.replace(content, flows=flows)
        # --- end reports ---
        self.content = content
        self.store = store
        self.reports = reports
        self._locks: dict[K, asyncio.Lock] = {}
        self._waiting: dict[K, int] = {}

    def negotiate(self, code: str | None) -> str:
        return negotiate(code, [lang.code for lang in self.content.flows.languages])

    async def language(self, key: K, lang_code: str | None = None) -> str:
        """The language to answer this chat in outside the engine (refusals, limits)."""
        session = await self.store.load(key)
        if session is not None and self.content.flows.language(session.lang):
            return session.lang
        return self.negotiate(lang_code)

    def say(self, lang: str, msg_id: str, **args: Any) -> str:
        """Format one message outside a conversation step (e.g. a transport's refusal)."""
        return self.content.translator.format(lang, msg_id, args)

    async def forget(self, key: K) -> None:
        """Wipe the session (e.g. the worker blocked the bot)."""
        await self.store.delete(key)

    async def handle(self, key: K, inp: Input, lang_code: str | None = None) -> Reply:
        """Handle one input for one chat; inputs of one chat are handled in order."""
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            async with lock:
                return await self._handle(key, inp, lang_code)
        finally:
            self._waiting[key] -= 1
            if not self._waiting[key]:  # no one else queued for this chat: forget its lock
                del self._waiting[key]
                del self._locks[key]

    async def _handle(self, key: K, inp: Input, lang_code: str | None) -> Reply:
        session = await self.store.load(key)
        hint = self.negotiate(lang_code) if lang_code else None
        if session is None:
            session = Session(lang=hint or "en")
        if isinstance(inp, Start) and inp.lang_hint is None and hint:
            inp = Start(inp.payload, hint)
        try:
            result = step(self.content.flows, session, inp)
        except Exception as exc:  # an engine bug must not lose the conversation
            log.exception("engine step failed: %s", type(exc).__name__)
            result = StepResult(session, [Say(Msg("something-went-wrong"))])
        events = await self._effects(result.events)
        rendered = render(events, session.lang, self.content.translator)
        if rendered.quick_exit:
            await self.store.delete(key)
        else:
            await self.store.save(key, result.session)
        return Reply(rendered, result.session, events)

    async def _effects(self, events: list[Event]) -> list[Event]:
        """Carry out side effects the engine asked for, replacing them by what to say."""
        out: list[Event] = []
        for ev in events:
            if isinstance(ev, SubmitReport):
                out.append(await self._submit(ev))
            elif isinstance(ev, Withdraw):
                ok = False
                if self.reports is not None:
                    try:
                        ok = await self.reports.withdraw(ev.code)
                    except Exception as exc:
                        log.error("withdraw failed: %s", type(exc).__name__)
                out.append(Say(Msg(ev.done if ok else ev.failed)))
            else:
                out.append(ev)
        return out

    async def _submit(self, ev: SubmitReport) -> Event:
        if self.reports is None:
            return Say(Msg(ev.failed))
        try:
            code = await self.reports.submit(ev.answers)
        except Exception as exc:
            log.error("report submission failed: %s", type(exc).__name__)
            return Say(Msg(ev.failed))
        return Say(Msg(ev.done, {"code": code}))
