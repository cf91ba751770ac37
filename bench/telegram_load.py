"""Load for a Telegram bot: a scripted crowd of workers, one measured run, and a fresh
process for every run.

Kept apart from :mod:`bench.bench_transports` (which imports the bot) so that a run of
the bare echo bots (:mod:`bench.echo_bots`) happens in a process that has never imported
or loaded our bot: each bot carries only its own heap, as it would in production. (The
content and its Fluent syntax trees are about 300,000 objects; an echo bot sharing a
process with them spent a quarter of its time in the garbage collector walking them.)
"""

from __future__ import annotations

import asyncio
import contextlib
import cProfile
import importlib
import io
import multiprocessing
import os
import pstats
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from tests.fakebot import FakeBotAPI

REPO = Path(__file__).resolve().parent.parent
TOKEN = "123456:BENCH-transports-token"
ALLOWED_UPDATES = ["message", "callback_query"]  # as bot.telegram.ALLOWED_UPDATES

N_UPDATES = 2000
CHATS = 50
WARMUP_PER_CHAT = 4
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

# Which bot a run starts: "module:function", the function taking the library's name and
# returning a Starter. Imported only in the run's own process.
BOTS = {
    "echo": "bench.echo_bots:echo",
    "mirror": "bench.echo_bots:mirror",
    "ours": "bench.bench_transports:ours",
}


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


@dataclass
class Run:
    seconds: float
    updates: int
    messages: int  # sendMessage calls during the measured round
    stats: dict[str, int] = field(default_factory=dict)


Done = Callable[[int | None], None]
Starter = Callable[[FakeBotAPI, Done, Path], Awaitable[Callable[[], Awaitable[None]]]]


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


def _child(bot: str, kind: str, plan: list[list[str]], leave: frozenset[str], label: str) -> Run:
    module, name = BOTS[bot].split(":")
    starter = getattr(importlib.import_module(module), name)(kind)
    return asyncio.run(measure(starter, plan, leave, label))


def in_fresh_process(
    bot: str, kind: str, plan: list[list[str]], leave: frozenset[str], label: str
) -> Run:
    """Measure ``bot`` ("echo", "mirror" or "ours") on ``kind`` in a new Python process."""
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as pool:
        return pool.submit(_child, bot, kind, plan, leave, label).result(RUN_TIMEOUT * 3)
