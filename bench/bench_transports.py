"""Telegram throughput per library, and the size of an idle session in the store.

Throughput (aiogram and python-telegram-bot, each in the same run): our whole bot (a real
:class:`bot.app.BotApp` with a temporary SQLite file, the content at the repository root,
the real transport long-polling the fake Bot API of :mod:`tests.fakebot` through
``TELEGRAM_API_URL``) is fed the same scripted updates as a bare echo bot on the same
library, against the same kind of fake server with the same polling settings.

* ``CHATS`` private chats each send ``N_UPDATES / CHATS`` updates, one at a time (a
  worker waits for the answer before tapping the next button): ``/start``, free text and
  button presses whose callback data is taken from the bot's newest message with buttons
  in that chat (now and then "Leave now"). Every chat's first update is queued before the
  clock starts, in one batch (:meth:`FakeBotAPI.bulk`); each next one is queued as soon as
  the bot has finished the previous one, so up to ``CHATS`` updates are in flight.
* The clock runs from that first batch until the last update has been handled (the
  handler returned: the bridge call for our bot, the echo/answer for the echo bot).
  Nothing sleeps; the fake's records are checked afterwards (every press answered, no
  errors, the echo bot sent exactly one message per text update).
* The echo bot: one message handler that sends the text back and one callback handler
  that answers the query; aiogram ``Dispatcher(disable_fsm=True)`` and PTB
  ``Application`` with ``concurrent_updates(256)``, as our transports configure them.
  Same ``getUpdates`` timeout, ``allowed_updates`` and (default) limit of 100.
* Our bot answers a text or ``/start`` with one message per step (sometimes two), and a
  press with an answered callback *and* one or two messages: the average number of
  ``sendMessage`` calls per update is in the result's name. The rate limit is raised to
  10,000 per window (40 updates per chat in a few seconds would be slowed down otherwise).
* A warm-up round on other chats precedes the measured one in every run; with
  ``ROUNDS`` > 1 the best run of each bot counts (the bots take turns).
* The bot, the fake server and the scripted users share one process and one event loop:
  ``BENCH_PROFILE=1 python -m bench bench_transports`` prints how the main thread's CPU
  time splits between the fake server, the HTTP client library and the rest.

Session size: ``K`` realistic idle sessions (mid-flow, a few variables, a back stack of
5) saved through the real :class:`bot.storage.SqliteSessionStore`, then the database file
(plus its WAL, after a checkpoint) divided by ``K``; the baseline is the same sessions as
plain JSON text in a ``WITHOUT ROWID`` table with the same ``key BLOB`` primary key
(no ``expires_at``), on a database opened the same way.
"""

from __future__ import annotations

import asyncio
import contextlib
import cProfile
import functools
import io
import json
import logging
import os
import pstats
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.app import BotApp, make_transport
from bot.config import load_settings, new_secret
from bot.content import Content, load_content
from bot.engine.session import Session
from bot.storage import ChatKeys, ChatRef, SqliteSessionStore, Writer
from bot.storage.db import migrate, open_database
from bot.storage.sessions import seal_session
from bot.telegram import ALLOWED_UPDATES, TelegramBridge, TelegramClient
from tests.fakebot import FakeBotAPI

from .common import Result

REPO = Path(__file__).resolve().parent.parent
TOKEN = "123456:BENCH-transports-token"

N_UPDATES = 2000
CHATS = 50
WARMUP_PER_CHAT = 4
ROUNDS = 1  # best of, per bot (each round of the four bots takes about a minute)
POLL_TIMEOUT = 5  # getUpdates long-poll timeout (s), every bot
RUN_TIMEOUT = 60.0  # a hung run fails instead of blocking the bench
MIX = (("press", 0.6), ("text", 0.3), ("start", 0.1))  # after each chat's first /start
QUICK_EXIT_SHARE = 0.03  # of presses on a message that offers "Leave now"
TEXTS = (
    "hello",
    "My manager keeps making comments about my body, what can I do?",
    "is this legal",
    "I work nights in a care home and a resident's son touches me",
    "help",
    "who can I talk to?",
    "Він мене чіпає на роботі",
    "no",
)

K_SESSIONS = 2000


# ---- a scripted crowd of workers ------------------------------------------------------------


def make_plan(chats: int, per_chat: int, seed: int) -> list[list[str]]:
    """For each chat, the kinds of its updates in order: '/start' first, then the mix."""
    rng = random.Random(seed)
    kinds = [k for k, _ in MIX]
    weights = [w for _, w in MIX]
    return [["start", *rng.choices(kinds, weights, k=per_chat - 1)] for _ in range(chats)]


class Crowd:
    """Plays one plan against a fake Bot API: each chat waits for the bot between updates."""

    def __init__(self, api: FakeBotAPI, leave_labels: frozenset[str], seed: int) -> None:
        self.api = api
        self.leave_labels = leave_labels
        self.rng = random.Random(seed)
        self.waiting: dict[int, asyncio.Future[None]] = {}
        self.sent: Counter[str] = Counter()

    def done(self, chat_id: int | None) -> None:
        """The bot finished an update of ``chat_id`` (called by the bot's handler)."""
        fut = self.waiting.pop(chat_id, None) if chat_id is not None else None
        if fut is not None and not fut.done():
            fut.set_result(None)

    async def play(self, plan: list[list[str]], first_chat: int) -> float:
        """Run the plan; returns the seconds from the first batch to the last answer."""
        loop = asyncio.get_running_loop()
        chats = [first_chat + i for i in range(len(plan))]
        firsts = []
        start = time.perf_counter()
        with self.api.bulk():  # every chat's first update, in one batch
            for chat_id, kinds in zip(chats, plan, strict=True):
                firsts.append(self._expect(loop, chat_id))
                await self._inject(chat_id, kinds[0])
        await asyncio.wait_for(
            asyncio.gather(
                *(
                    self._chat(loop, chat_id, kinds[1:], first)
                    for chat_id, kinds, first in zip(chats, plan, firsts, strict=True)
                )
            ),
            RUN_TIMEOUT,
        )
        return time.perf_counter() - start

    def _expect(self, loop: asyncio.AbstractEventLoop, chat_id: int) -> asyncio.Future[None]:
        fut: asyncio.Future[None] = loop.create_future()
        self.waiting[chat_id] = fut
        return fut

    async def _chat(
        self,
        loop: asyncio.AbstractEventLoop,
        chat_id: int,
        kinds: list[str],
        first: asyncio.Future[None],
    ) -> None:
        await first
        for kind in kinds:
            fut = self._expect(loop, chat_id)
            await self._inject(chat_id, kind)
            await fut

    async def _inject(self, chat_id: int, kind: str) -> None:
        self.sent[kind] += 1
        if kind == "start":
            await self.api.user_sends_start(chat_id)
        elif kind == "text":
            await self.api.user_sends_text(chat_id, self.rng.choice(TEXTS))
        else:
            await self._press(chat_id)

    async def _press(self, chat_id: int) -> None:
        """Tap a button of the newest bot message that has any; else a stale forged press."""
        sent = self.api.sent(chat_id)  # visible bot messages, oldest first
        for message in reversed(sent):
            buttons = message.buttons
            if not message.callback_data:
                continue
            stay = [b for b in buttons if b.get("text") not in self.leave_labels]
            leave = [b for b in buttons if b.get("text") in self.leave_labels]
            pool = leave if leave and (not stay or self.rng.random() < QUICK_EXIT_SHARE) else stay
            data = str(self.rng.choice(pool)["callback_data"])
            await self.api.user_presses(chat_id, data, message.message_id)
            return
        last = sent[-1].message_id if sent else 1
        await self.api.user_presses(chat_id, "0:0", last, strict=False)
        self.sent["forged-press"] += 1


# ---- the four bots --------------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    updates: int
    messages: int  # sendMessage calls during the measured round
    stats: dict[str, int] = field(default_factory=dict)


Done = Callable[[int | None], None]
Starter = Callable[[FakeBotAPI, Done, Path], Awaitable[Callable[[], Awaitable[None]]]]


def instrument(bridge: TelegramBridge, done: Done) -> TelegramBridge:
    """Tell ``done`` when the bridge has finished each update (wraps its two entry points)."""
    on_message, on_callback = bridge.on_message, bridge.on_callback

    async def message(chat_id: int, *args: Any, **kwargs: Any) -> None:
        try:
            await on_message(chat_id, *args, **kwargs)
        finally:
            done(chat_id)

    async def callback(chat_id: int | None, *args: Any, **kwargs: Any) -> None:
        try:
            await on_callback(chat_id, *args, **kwargs)
        finally:
            done(chat_id)

    bridge.on_message = message  # type: ignore[method-assign]
    bridge.on_callback = callback  # type: ignore[method-assign]
    return bridge


def our_bot(kind: str, content: Content) -> Starter:
    async def start(api: FakeBotAPI, done: Done, tmp: Path) -> Callable[[], Awaitable[None]]:
        settings = load_settings(
            {
                "TELEGRAM_BOT_TOKEN": TOKEN,
                "TELEGRAM_API_URL": api.base_url,
                "ADVICE_BOT_DB": str(tmp / "bot.db"),
                "ADVICE_BOT_SECRET": new_secret(),
                "ADVICE_BOT_RATE_LIMIT_MESSAGES": "10000",
            }
        )
        app = BotApp(settings, content)
        factory = app.bridge

        def bridge(client: TelegramClient) -> TelegramBridge:
            bots.append(instrument(factory(client), done))
            return bots[-1]

        bots: list[TelegramBridge] = []
        app.bridge = bridge  # type: ignore[method-assign]
        transport = make_transport(kind, app, poll_timeout=POLL_TIMEOUT, drain_timeout=5)
        try:
            await transport.start()
        except BaseException:
            await transport.stop()
            await app.close()
            raise

        async def stop() -> None:
            try:
                await transport.stop()
            finally:
                await app.close()
            stats = bots[0].stats
            bad = {k: v for k, v in stats.items() if "error" in k or "failed" in k}
            if bad or stats["dropped"] or stats["slow-down"]:
                raise RuntimeError(f"{kind}: our bot did not handle every update: {dict(stats)}")

        return stop

    return start


async def aiogram_echo(
    api: FakeBotAPI, done: Done, tmp: Path, *, mirror: bool = False
) -> Callable[[], Awaitable[None]]:
    from aiogram import Bot, Dispatcher
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer
    from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

    bot = Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(api.base_url)))
    dp = Dispatcher(disable_fsm=True)
    keyboard = InlineKeyboardMarkup(
        inline_keyboard=[
            [InlineKeyboardButton(text=label, callback_data=data)] for label, data in MIRROR_KEYS
        ]
    )

    async def on_message(message: Message) -> None:
        try:
            if mirror:
                await bot.send_message(message.chat.id, MIRROR_TEXT, reply_markup=keyboard)
            else:
                await bot.send_message(message.chat.id, message.text or "?")
        finally:
            done(message.chat.id)

    async def on_callback(query: CallbackQuery) -> None:
        try:
            await bot.answer_callback_query(query.id)
            if mirror and query.message:
                await bot.send_message(query.message.chat.id, MIRROR_TEXT, reply_markup=keyboard)
        finally:
            done(query.message.chat.id if query.message else None)

    dp.message.register(on_message)
    dp.callback_query.register(on_callback)
    await bot.delete_webhook(drop_pending_updates=False)
    polling = asyncio.create_task(
        dp.start_polling(
            bot,
            polling_timeout=POLL_TIMEOUT,
            allowed_updates=ALLOWED_UPDATES,
            handle_signals=False,
            close_bot_session=False,
        )
    )

    async def stop() -> None:
        with contextlib.suppress(RuntimeError):
            await dp.stop_polling()
        polling.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await polling
        await bot.session.close()

    return stop


async def ptb_echo(
    api: FakeBotAPI, done: Done, tmp: Path, *, mirror: bool = False
) -> Callable[[], Awaitable[None]]:
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
    from telegram.ext import ApplicationBuilder, CallbackQueryHandler, MessageHandler, filters

    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data)] for label, data in MIRROR_KEYS]
    )

    app = (
        ApplicationBuilder()
        .token(TOKEN)
        .concurrent_updates(256)
        .base_url(f"{api.base_url}/bot")
        .base_file_url(f"{api.base_url}/file/bot")
        .build()
    )

    async def on_message(update: Update, context: Any) -> None:
        message = update.message
        assert message is not None
        try:
            if mirror:
                await context.bot.send_message(message.chat.id, MIRROR_TEXT, reply_markup=keyboard)
            else:
                await context.bot.send_message(message.chat.id, message.text or "?")
        finally:
            done(message.chat.id)

    async def on_callback(update: Update, context: Any) -> None:
        query = update.callback_query
        assert query is not None
        try:
            await query.answer()
            if mirror and query.message:
                await context.bot.send_message(
                    query.message.chat.id, MIRROR_TEXT, reply_markup=keyboard
                )
        finally:
            done(query.message.chat.id if query.message else None)

    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE, on_message))
    app.add_handler(CallbackQueryHandler(on_callback))
    await app.initialize()
    assert app.updater is not None
    await app.updater.start_polling(timeout=POLL_TIMEOUT, allowed_updates=ALLOWED_UPDATES)
    await app.start()

    async def stop() -> None:
        assert app.updater is not None
        await app.updater.stop()
        await app.stop()
        await app.shutdown()

    return stop


# The "mirror" echo makes the Telegram calls our bot makes: a message of about our length
# with a keyboard of about our size for every update, and an answer too for every press.
MIRROR_TEXT = "Echo. " * 50
MIRROR_KEYS = [(f"Option {i}", f"0:{i}") for i in range(6)]


# ---- one measured run -----------------------------------------------------------------------


@contextlib.contextmanager
def profiled(label: str) -> Iterator[None]:
    """With BENCH_PROFILE=1, profile the block and print where the main thread's time went."""
    if os.environ.get("BENCH_PROFILE") != "1":
        yield
        return
    prof = cProfile.Profile()
    prof.enable()
    try:
        yield
    finally:
        prof.disable()
        print(profile_summary(label, prof), file=sys.stderr)


def profile_summary(label: str, prof: cProfile.Profile) -> str:
    """Self time by where the code lives (exclusive, so the shares add up)."""
    stats = pstats.Stats(prof)
    buckets: Counter[str] = Counter()
    for (path, _line, func), row in stats.stats.items():  # type: ignore[attr-defined]
        buckets[_bucket(path, func)] += row[2]  # tottime
    total = sum(buckets.values()) or 1.0
    lines = [f"--- profile {label}: {total:.2f} s of main-thread CPU"]
    lines += [f"  {share / total:6.1%}  {name}" for name, share in buckets.most_common(12)]
    text = io.StringIO()
    stats.stream = text  # type: ignore[attr-defined]
    stats.sort_stats("tottime").print_stats(15)
    return "\n".join(lines) + "\n" + "\n".join(text.getvalue().splitlines()[-22:])


def _bucket(path: str, func: str) -> str:
    p = path.replace("\\", "/")
    if p.startswith(f"{REPO}/tests/fakebot/"):
        return "fake server: tests/fakebot"
    if "/aiohttp/web" in p or "/aiohttp/multipart" in p:
        return "fake server: aiohttp.web*"
    if "/aiohttp" in p:  # HTTP parsing, streams: the fake's server side and aiogram's client
        return "aiohttp (fake server + aiogram's client)"
    if p.startswith(f"{REPO}/bench/"):
        return "bench driver"
    for lib in ("fluent", "cryptography", "sqlite_utils", "yaml"):
        if f"/{lib}" in p:
            return f"our bot's libraries: {lib}"
    if "importlib" in p:
        return "importlib (e.g. httpcore re-importing a missing sniffio)"
    for lib in ("aiogram", "telegram/", "httpx", "httpcore", "anyio", "pydantic", "h11"):
        if f"/{lib}" in p:
            return f"library: {lib.strip('/')}"
    if "/asyncio/" in p or "select" in func or "epoll" in func:
        return "asyncio + I/O wait"
    if p.startswith(f"{REPO}/bot/"):
        return "our bot: bot/"
    if path == "~":
        return f"builtins: {func[:40]}"
    return "other: " + p.rsplit("/", 1)[-1]


async def measure(
    starter: Starter, plan: list[list[str]], leave: frozenset[str], label: str
) -> Run:
    with tempfile.TemporaryDirectory() as tmp:
        async with FakeBotAPI(token=TOKEN) as api:
            crowd = Crowd(api, leave, seed=7)
            stop = await starter(api, crowd.done, Path(tmp))
            try:
                warm = make_plan(10, WARMUP_PER_CHAT, seed=3)
                await crowd.play(warm, first_chat=900_000)
                crowd.sent.clear()
                sends = len(api.calls_to("sendMessage"))
                answers = len(api.answered_callbacks)
                with profiled(label):
                    seconds = await crowd.play(plan, first_chat=1_000)
                messages = len(api.calls_to("sendMessage")) - sends
                answered = len(api.answered_callbacks) - answers
            finally:
                await stop()
            updates = sum(len(kinds) for kinds in plan)
            if answered != crowd.sent["press"] or api.unknown_calls:
                raise RuntimeError(f"{label}: {answered} of {crowd.sent['press']} presses answered")
            return Run(seconds, updates, messages, dict(crowd.sent))


async def bench_throughput() -> list[Result]:
    content = load_content(REPO)
    leave = frozenset(
        content.translator.format(lang.code, "leave-now", {}) for lang in content.flows.languages
    )
    plan = make_plan(CHATS, N_UPDATES // CHATS, seed=1)
    results = []
    for kind, echo in (("aiogram", aiogram_echo), ("ptb", ptb_echo)):
        ours: list[Run] = []
        base: list[Run] = []
        same: list[Run] = []
        mirror = functools.partial(echo, mirror=True)
        for n in range(ROUNDS):  # interleaved, so a slow patch of the machine hits both
            base.append(await measure(echo, plan, leave, f"{kind} echo #{n + 1}"))
            same.append(await measure(mirror, plan, leave, f"{kind} mirror #{n + 1}"))
            ours.append(await measure(our_bot(kind, content), plan, leave, f"{kind} ours #{n + 1}"))
        for run in base:
            texts = run.stats["start"] + run.stats["text"]
            if run.messages != texts:
                raise RuntimeError(f"{kind} echo: {run.messages} messages for {texts} texts")
        best, echo_best = min(ours, key=lambda r: r.seconds), min(base, key=lambda r: r.seconds)
        same_best = min(same, key=lambda r: r.seconds)
        name = f"{kind}: our bot, {best.messages / best.updates:.2f} msg/update"
        results.append(
            Result(
                name,
                best.updates / best.seconds,
                "upd/s",
                f"bare {kind} echo, {echo_best.messages / echo_best.updates:.2f} msg/update",
                echo_best.updates / echo_best.seconds,
                ">= 0.7x the bare echo bot",
            )
        )
        results.append(
            Result(
                name,
                best.updates / best.seconds,
                "upd/s",
                f"{kind} echo making the same Telegram calls (keyboard, answer + message)",
                same_best.updates / same_best.seconds,
                "our logic's own cost",
            )
        )
    return results


# ---- idle sessions --------------------------------------------------------------------------


def make_sessions(content: Content, k: int, seed: int = 5) -> list[Session]:
    """Sessions parked mid-flow: a node awaiting input, a few variables, 5 nodes back."""
    rng = random.Random(seed)
    nodes = sorted(str(key) for key in content.flows.nodes)
    langs = [lang.code for lang in content.flows.languages]
    sessions = []
    for _ in range(k):
        variables: dict[str, Any] = {
            "nation": rng.choice(["england", "wales", "scotland", "northern-ireland"]),
            "nation_next": rng.choice(["harassment", "duties"]),
            "sector": rng.choice(["care", "hospitality", "cleaning", "agriculture"]),
        }
        if rng.random() < 0.5:
            variables["visa"] = rng.choice(["skilled-worker", "health-care", "seasonal"])
        sessions.append(
            Session(
                lang=rng.choice(langs),
                node=rng.choice(nodes),
                vars=variables,
                back=rng.sample(nodes, 5),
                seq=rng.randrange(5, 60),
            )
        )
    return sessions


def db_bytes(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)


async def bench_sessions() -> list[Result]:
    content = load_content(REPO)
    sessions = make_sessions(content, K_SESSIONS)
    keys = ChatKeys(bytes(range(32)))
    refs = [ChatRef("telegram", 5_000_000_000 + i) for i in range(K_SESSIONS)]
    with tempfile.TemporaryDirectory() as tmp:
        ours_path, plain_path = Path(tmp) / "sessions.db", Path(tmp) / "plain.db"
        db = open_database(ours_path)
        migrate(db)
        writer = Writer(db)
        store = SqliteSessionStore(writer, keys)
        try:
            for ref, session in zip(refs, sessions, strict=True):
                await store.save(ref, session)
            if await store.count() != K_SESSIONS:
                raise RuntimeError("not every session was stored")
        finally:
            await writer.close()  # checkpoints (TRUNCATE) and closes
        ours = db_bytes(ours_path)

        plain = open_database(plain_path)
        plain.execute(
            "CREATE TABLE sessions (key BLOB PRIMARY KEY NOT NULL, data TEXT NOT NULL) "
            "WITHOUT ROWID"
        )
        for ref, session in zip(refs, sessions, strict=True):
            text = json.dumps(session.to_dict(), separators=(",", ":"))
            row = [bytes.fromhex(keys.lookup(ref)), text]
            plain.execute("INSERT INTO sessions (key, data) VALUES (?, ?)", row)
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        plain.close()
        base = db_bytes(plain_path)

    one, ref = sessions[0], refs[0]
    blob = seal_session(one.to_dict(), keys.cipher_key(ref), bytes.fromhex(keys.lookup(ref)))
    text = json.dumps(one.to_dict(), separators=(",", ":"))
    return [
        Result(
            f"idle session in SQLite ({K_SESSIONS} sessions)",
            ours / K_SESSIONS,
            "B",
            "plain JSON text, same key",
            base / K_SESSIONS,
            "< 1 KiB per idle session",
        ),
        Result(
            "one sealed session blob",
            len(blob),
            "B",
            "its JSON text",
            len(text.encode()),
        ),
    ]


def run() -> list[Result]:
    async def main() -> list[Result]:
        return await bench_throughput() + await bench_sessions()

    app_log = logging.getLogger("bot.app")  # "no organiser keys" at every start: known here
    level = app_log.level
    app_log.setLevel(logging.ERROR)
    try:
        return asyncio.run(main())
    finally:
        app_log.setLevel(level)
