"""Telegram throughput per library, and the size of an idle session in the store.

Throughput (aiogram and python-telegram-bot, each in the same run): our whole bot (a real
:class:`bot.app.BotApp` with a temporary SQLite file, the content at the repository root,
the real transport long-polling the fake Bot API of :mod:`tests.fakebot` through
``TELEGRAM_API_URL``, readied as :func:`bot.app.serve` readies it) is fed the same
scripted updates as a bare echo bot on the same library (:mod:`bench.echo_bots`),
against the same kind of fake server with the same polling settings.

* Every run has a fresh Python process of its own (:mod:`bench.telegram_load`): the echo
  bots' processes never import or load our bot, so neither bot pays for the other's heap.
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
import json
import logging
import random
import tempfile
from collections.abc import Awaitable, Callable
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

from . import telegram_load
from .common import Result
from .telegram_load import (
    CHATS,
    N_UPDATES,
    POLL_TIMEOUT,
    REPO,
    TOKEN,
    Done,
    Run,
    Starter,
    in_fresh_process,
    make_plan,
)

ROUNDS = 3  # best of, per bot (each round of the six runs takes about a minute)
K_SESSIONS = 2000

if ALLOWED_UPDATES != telegram_load.ALLOWED_UPDATES:  # the echo bots must ask for the same
    raise RuntimeError("bench.telegram_load.ALLOWED_UPDATES differs from bot.telegram's")


# ---- our bot --------------------------------------------------------------------------------


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


def ours(kind: str) -> Starter:
    """Our bot on ``kind``, in this process (content loaded here, before the clock)."""
    content = load_content(REPO)

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
        logging.getLogger("bot.app").setLevel(logging.ERROR)  # "no organiser keys": known
        app = BotApp(settings, content)
        factory = app.bridge

        def bridge(client: TelegramClient) -> TelegramBridge:
            bots.append(instrument(factory(client), done))
            return bots[-1]

        bots: list[TelegramBridge] = []
        app.bridge = bridge  # type: ignore[method-assign]
        transport = make_transport(kind, app, poll_timeout=POLL_TIMEOUT, drain_timeout=5)
        try:
            app.warm_up()  # as bot.app.serve does before it starts taking updates
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


# ---- the runs -------------------------------------------------------------------------------


def bench_throughput() -> list[Result]:
    content = load_content(REPO)
    leave = frozenset(
        content.translator.format(lang.code, "leave-now", {}) for lang in content.flows.languages
    )
    del content
    plan = make_plan(CHATS, N_UPDATES // CHATS, seed=1)
    results = []
    for kind in ("aiogram", "ptb"):
        runs: dict[str, list[Run]] = {"echo": [], "mirror": [], "ours": []}
        for n in range(ROUNDS):  # interleaved, so a slow patch of the machine hits all
            for bot, found in runs.items():
                found.append(in_fresh_process(bot, kind, plan, leave, f"{kind} {bot} #{n + 1}"))
        for run in runs["echo"]:
            texts = run.stats["start"] + run.stats["text"]
            if run.messages != texts:
                raise RuntimeError(f"{kind} echo: {run.messages} messages for {texts} texts")
        best, echo_best, same_best = (
            min(runs[bot], key=lambda r: r.seconds) for bot in ("ours", "echo", "mirror")
        )
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
        mirror = f"{kind} echo making our calls our way (no logic)"
        results.append(
            Result(
                name,
                best.updates / best.seconds,
                "upd/s",
                mirror,
                same_best.updates / same_best.seconds,
                "our logic's own cost",
            )
        )
        results.append(
            Result(
                mirror,
                same_best.updates / same_best.seconds,
                "upd/s",
                f"bare {kind} echo",
                echo_best.updates / echo_best.seconds,
                "the most row 1 can reach",
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
    return bench_throughput() + asyncio.run(bench_sessions())
