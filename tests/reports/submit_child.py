"""A child process for the crash tests of report submission (tests/reports/test_report_once.py).

Runs the real bot (``BotApp``: SQLite file, encrypted sessions, sealed report sink, the
Telegram bridge) with a test-only Telegram client that writes every message it is asked
to send to a "screen" file (what the worker's phone shows), and a test-only kill switch:

* every SQL statement that changes the files (write, commit, checkpoint), seen through
  the ``sqlite3`` trace callback, and every message about to be delivered is one
  *event*; with ``--kill-at N`` the process sends itself SIGKILL just before event N, so
  nothing after it happens (no cleanup, no ``finally``, no commit);
* without ``--kill-at`` it prints how many events there were.

Nothing of the bot is replaced: the kill switch only watches.

    python -m tests.reports.submit_child press  DB SCREEN CALLBACK [--kill-at N]
    python -m tests.reports.submit_child resume SCREEN CALLBACK DB...
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import signal
import sys
from pathlib import Path
from typing import Any

from bot.app import BotApp
from bot.config import Settings
from bot.content import Content, load_content
from tests.helpers import REPO, RecordingClient

CHAT = 4_242_4242
SECRET = bytes.fromhex("5e" * 32)
KEY_ENV = "TEST_ORGANISER_KEY_LINE"
CODE_RE = re.compile(r"\b[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}\b")


# (BEGIN is left out: dying just before it is dying just after what came before)
CHANGES = frozenset(
    {"INSERT", "UPDATE", "DELETE", "REPLACE", "COMMIT", "END", "ROLLBACK", "RELEASE"}
)


def codes_in(text: str) -> set[str]:
    return set(CODE_RE.findall(text))


class KillSwitch:
    def __init__(self, kill_at: int | None) -> None:
        self.kill_at = kill_at
        self.events = 0
        self.armed = False

    def statement(self, sql: str) -> None:
        """Only statements that change the files are crash points: a crash before a read
        is the same as a crash after the write before it."""
        words = sql.lstrip().split(None, 1)
        first = words[0].upper() if words else ""
        if first in CHANGES or "wal_checkpoint" in sql:
            self.event()

    def event(self) -> None:
        if not self.armed:
            return
        self.events += 1
        if self.kill_at is not None and self.events >= self.kill_at:
            os.kill(os.getpid(), signal.SIGKILL)


class ScreenClient(RecordingClient):
    """What Telegram would show the worker: one JSON line per delivered message."""

    def __init__(self, screen: Path, switch: KillSwitch) -> None:
        super().__init__(first_id=10_000)
        self.screen = screen
        self.switch = switch

    def delivered(self, chat_id: int, text: str, data: list[str]) -> None:
        self.switch.event()  # before delivering
        line = json.dumps({"text": text, "data": data})
        with self.screen.open("a", encoding="utf-8") as fh:
            fh.write(line + "\n")
            fh.flush()
            os.fsync(fh.fileno())


def settings(db: Path) -> Settings:
    return Settings(
        db_path=db,
        secret=SECRET,
        organiser_keys=(os.environ[KEY_ENV],),
        rate_limit_messages=10_000,
    )


def screen_lines(screen: Path) -> list[dict[str, Any]]:
    if not screen.exists():
        return []
    return [json.loads(line) for line in screen.read_text(encoding="utf-8").splitlines() if line]


async def press(content: Content, db: Path, screen: Path, data: str, kill_at: int | None) -> int:
    switch = KillSwitch(kill_at)
    app = BotApp(settings(db), content)
    app.db.conn.set_trace_callback(switch.statement)
    bridge = app.bridge(ScreenClient(screen, switch))
    switch.armed = True
    await bridge.on_callback(CHAT, "private", 1, "cb", data)
    switch.armed = False
    await app.close()
    return switch.events


async def resume(content: Content, screen_name: str, data: str, dbs: list[Path]) -> None:
    """A fresh process: the worker presses "Send it" again, then withdraws every code
    they were shown. Prints one JSON line per database."""
    for db in dbs:
        screen = db.parent / screen_name
        before = len(screen_lines(screen))
        app = BotApp(settings(db), content)
        bridge = app.bridge(ScreenClient(screen, KillSwitch(None)))
        await bridge.on_callback(CHAT, "private", 1, "cb", data)
        rows = app.db.execute("SELECT count(*) FROM reports").fetchone()[0]
        shown = screen_lines(screen)
        codes = sorted({c for line in shown for c in codes_in(line["text"])})
        for code in codes:
            await bridge.on_message(CHAT, "private", 2, f"/withdraw {code}")
        left = app.db.execute("SELECT count(*) FROM reports").fetchone()[0]
        after_press = [line["text"] for line in shown[before:]]
        await app.close()
        print(
            json.dumps(
                {"db": str(db), "rows": rows, "codes": codes, "left": left, "again": after_press}
            )
        )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("press")
    p.add_argument("db", type=Path)
    p.add_argument("screen", type=Path)
    p.add_argument("data")
    p.add_argument("--kill-at", type=int, default=None)
    r = sub.add_parser("resume")
    r.add_argument("screen")
    r.add_argument("data")
    r.add_argument("dbs", type=Path, nargs="+")
    args = parser.parse_args(argv)
    content = load_content(REPO)
    if args.cmd == "press":
        events = asyncio.run(press(content, args.db, args.screen, args.data, args.kill_at))
        print(events)
    else:
        asyncio.run(resume(content, args.screen, args.data, args.dbs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
