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
import contextlib
import dataclasses
import logging
from collections.abc import AsyncIterator, Hashable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

from .content import Content
from .engine.events import Event, Msg, QuickExit, Say, SubmitReport, Withdraw
from .engine.session import Session
from .engine.step import Input, Start, StepResult, step
from .i18n.negotiate import negotiate
from .render import Rendered, render
from .reports.schema import ReportValidationError
from .reports.store import RECEIPT_AGAIN, new_receipt_code, normalise_receipt_code

log = logging.getLogger(__name__)

K = TypeVar("K", bound=Hashable)
K_contra = TypeVar("K_contra", bound=Hashable, contravariant=True)


class SessionStore(Protocol[K_contra]):
    async def load(self, key: K_contra) -> Session | None: ...
    async def save(self, key: K_contra, session: Session) -> None: ...
    async def delete(self, key: K_contra) -> None: ...


class ReportSink(Protocol):
    """Seals and stores reports. ``submit`` returns the receipt code.

    ``submit`` with a ``receipt_code`` must be idempotent: if a report with that code is
    already stored, nothing new is stored and the same code is returned.
    """

    ttl_days: int  # how long a report is kept, shown to the worker before they start

    async def submit(self, answers: Mapping[str, Any], receipt_code: str | None = None) -> str: ...
    async def withdraw(self, code: str) -> bool: ...


@runtime_checkable
class Scrubbing(Protocol):
    """A sink that can copy the database's write-ahead log into the file and truncate it
    (so nothing in the ``-wal`` shows which commits came right after a report)."""

    async def scrub(self) -> None: ...


# Session variables the service keeps for itself (the engine never sees them: /restart
# and /start must not lose a receipt). Both live only in the encrypted session.
PENDING = "__receipt_pending"  # the code a report is being stored under, before it is stored
UNSHOWN = "__receipts_unshown"  # codes of stored reports not yet known to be delivered
_RESERVED = (PENDING, UNSHOWN)
MAX_UNSHOWN = 3


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
    # receipt codes this reply shows: a caller that said ``confirm_delivery=True`` tells
    # :meth:`Service.receipts_delivered` once the reply reached the worker
    receipts: list[str] = dataclasses.field(default_factory=list)


@dataclass(slots=True)
class _Held:
    """The service's own part of a session, taken out before the engine steps."""

    pending: str | None = None
    unshown: list[str] = dataclasses.field(default_factory=list)

    @classmethod
    def take(cls, session: Session) -> tuple[_Held, Session]:
        if not any(name in session.vars for name in _RESERVED):
            return cls(), session
        variables = dict(session.vars)
        pending = variables.pop(PENDING, None)
        unshown = variables.pop(UNSHOWN, None)
        held = cls(
            pending if isinstance(pending, str) else None,
            [str(c) for c in unshown][-MAX_UNSHOWN:] if isinstance(unshown, list) else [],
        )
        return held, dataclasses.replace(session, vars=variables)

    def put(self, session: Session) -> Session:
        """A copy of ``session`` carrying what is held (nothing held: ``session`` itself)."""
        if self.pending is None and not self.unshown:
            return session
        variables = dict(session.vars)
        if self.pending is not None:
            variables[PENDING] = self.pending
        if self.unshown:
            variables[UNSHOWN] = list(self.unshown[-MAX_UNSHOWN:])
        return dataclasses.replace(session, vars=variables)


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

    async def handle(
        self,
        key: K,
        inp: Input,
        lang_code: str | None = None,
        *,
        confirm_delivery: bool = False,
    ) -> Reply:
        """Handle one input for one chat; inputs of one chat are handled in order.

        With ``confirm_delivery`` the caller promises to call :meth:`receipts_delivered`
        when a reply showing receipt codes (``Reply.receipts``) has reached the worker;
        until then each code is kept in the session and shown again with the next reply.
        Without it, a code counts as shown once it is returned.
        """
        async with self._lock(key):
            return await self._handle(key, inp, lang_code, confirm_delivery)

    async def receipts_delivered(self, key: K, codes: list[str]) -> None:
        """The reply showing these receipt codes reached the worker: stop keeping them."""
        if not codes:
            return
        async with self._lock(key):
            loaded = await self.store.load(key)
            if loaded is None:
                return
            held, session = _Held.take(loaded)
            left = [c for c in held.unshown if c not in codes]
            if left != held.unshown:
                held.unshown = left
                await self.store.save(key, held.put(session))
                await self._scrub()

    async def _scrub(self) -> None:
        """After a report: fold the ``-wal`` into the database file (see docs/threat-model.md)."""
        if isinstance(self.reports, Scrubbing):
            try:
                await self.reports.scrub()
            except Exception as exc:  # the purge timer tries again
                log.warning("scrubbing the write-ahead log failed: %s", type(exc).__name__)

    @contextlib.asynccontextmanager
    async def _lock(self, key: K) -> AsyncIterator[None]:
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._waiting[key] -= 1
            if not self._waiting[key]:  # no one else queued for this chat: forget its lock
                del self._waiting[key]
                del self._locks[key]

    async def _handle(self, key: K, inp: Input, lang_code: str | None, confirm: bool) -> Reply:
        loaded = await self.store.load(key)
        hint = self.negotiate(lang_code) if lang_code else None
        if loaded is None:
            loaded = Session(lang=hint or "en")
        held, session = _Held.take(loaded)
        if isinstance(inp, Start) and inp.lang_hint is None and hint:
            inp = Start(inp.payload, hint)
        try:
            result = step(self.content.flows, session, inp)
        except Exception as exc:  # an engine bug must not lose the conversation
            log.exception("engine step failed: %s", type(exc).__name__)
            result = StepResult(session, [Say(Msg("something-went-wrong"))])
        if any(isinstance(ev, QuickExit) for ev in result.events):
            events = result.events  # leaving: nothing is kept, nothing else is said
            rendered = render(events, session.lang, self.content.translator)
            await self.store.delete(key)
            return Reply(rendered, result.session, events)
        before = list(held.unshown)
        events = await self._effects(key, loaded, held, result.events)
        again = [c for c in before if c in held.unshown]  # not withdrawn just now
        shown = [c for c in held.unshown if c not in before]  # new receipts in this reply
        if again:  # a receipt whose message may never have arrived: show it first
            events = [Say(Msg(RECEIPT_AGAIN, {"code": c})) for c in again] + events
        if not confirm:
            held.unshown = []
        await self.store.save(key, held.put(result.session))
        rendered = render(events, session.lang, self.content.translator)
        if shown:
            await self._scrub()  # after the session says "sent", too
        return Reply(rendered, result.session, events, again + shown)

    async def _effects(
        self, key: K, loaded: Session, held: _Held, events: list[Event]
    ) -> list[Event]:
        """Carry out side effects the engine asked for, replacing them by what to say."""
        out: list[Event] = []
        for ev in events:
            if isinstance(ev, SubmitReport):
                out.append(await self._submit(key, loaded, held, ev))
            elif isinstance(ev, Withdraw):
                ok = False
                if self.reports is not None:
                    try:
                        ok = await self.reports.withdraw(ev.code)
                    except Exception as exc:
                        log.error("withdraw failed: %s", type(exc).__name__)
                if ok:  # no need to show a withdrawn report's code again
                    code = normalise_receipt_code(ev.code)
                    held.unshown = [c for c in held.unshown if c != code]
                out.append(Say(Msg(ev.done if ok else ev.failed)))
            else:
                out.append(ev)
        return out

    async def _submit(self, key: K, loaded: Session, held: _Held, ev: SubmitReport) -> Event:
        """Store a report exactly once.

        1. The receipt code is drawn and saved in the session *before* the report is
           stored (the session is the one the worker pressed "Send it" in, so after a
           crash the same button still works, and finds the same code);
        2. the report is stored under that code, idempotently (a second press, or a
           retry after a crash, stores nothing new and gets the same code);
        3. the caller saves the session as sent, with the code kept until the reply
           showing it is known to be delivered.
        """
        if self.reports is None:
            return Say(Msg(ev.failed))
        code = held.pending
        if code is None:
            code = new_receipt_code()
            held.pending = code
            await self.store.save(key, held.put(loaded))
        try:
            stored = await self.reports.submit(ev.answers, receipt_code=code)
        except ReportValidationError as exc:  # nothing was stored: nothing to keep
            log.error("report refused: %s", type(exc).__name__)
            held.pending = None
            return Say(Msg(ev.failed))
        except Exception as exc:
            log.error("report submission failed: %s", type(exc).__name__)
            # Unknown whether it reached the disk: make sure it did not, else keep the code
            # so that a later report reuses it (at most one report per code).
            with contextlib.suppress(Exception):
                await self.reports.withdraw(code)
                held.pending = None
            return Say(Msg(ev.failed))
        held.pending = None
        held.unshown = [c for c in held.unshown if c != stored] + [stored]
        return Say(Msg(ev.done, {"code": stored}))
