"""A report is stored exactly once and its receipt is shown, whatever point the bot dies at.

The real bot runs in a child process (``tests/reports/submit_child.py``: real SQLite file,
sessions, sink and Telegram bridge) that sends itself SIGKILL just before the N-th thing
it does while the worker's "Send it" press is handled (every SQL statement and every
message delivery), for every N. A fresh process then opens the same files and the worker
presses the same "Send it" button again: there must be exactly one report, the worker
must have been shown its receipt code (one code, never two), and that code withdraws it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.app import BotApp
from bot.content import Content, load_content
from bot.reports.keys import format_public_key
from tests.helpers import REPO
from tests.reports.submit_child import (
    CHAT,
    KEY_ENV,
    KillSwitch,
    ScreenClient,
    codes_in,
    screen_lines,
    settings,
)
from tests.reports.test_report_e2e import ACCOUNT, REPORT_INPUT

SCREEN = "screen.jsonl"


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(REPO)


@pytest.fixture
def key_line(monkeypatch: pytest.MonkeyPatch) -> str:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    line = format_public_key(X25519PrivateKey.generate().public_key(), "test")
    monkeypatch.setenv(KEY_ENV, line)
    return line


async def prepare(content: Content, db: Path) -> str:
    """A worker answers every question and reaches "Send it"; returns that button's data."""
    screen = db.parent / SCREEN
    app = BotApp(settings(db), content)
    bridge = app.bridge(ScreenClient(screen, KillSwitch(None)))
    await bridge.on_message(CHAT, "private", 1, "/start en__report")
    for n, text in enumerate(REPORT_INPUT[:-1], 2):
        await bridge.on_message(CHAT, "private", n, text)
    await app.close()
    last = screen_lines(screen)[-1]
    assert "Send" in last["text"] or last["data"], last
    screen.unlink()
    return str(last["data"][0])  # "Send it" is the first button of the review


def child(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.reports.submit_child", *args],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=300,
    )


def copy_db(src: Path, folder: Path) -> Path:
    folder.mkdir()
    for name in (src.name, src.name + "-wal"):
        if (src.parent / name).exists():
            shutil.copy2(src.parent / name, folder / name)
    return folder / src.name


async def test_send_survives_a_kill_at_every_step(
    content: Content, key_line: str, tmp_path: Path
) -> None:
    base = tmp_path / "base" / "bot.db"
    base.parent.mkdir()
    send = await prepare(content, base)

    # A run without a crash: how many steps there are, and what the worker sees.
    clean = copy_db(base, tmp_path / "clean")
    done = child("press", str(clean), str(clean.parent / SCREEN), send)
    assert done.returncode == 0, done.stderr
    steps = int(done.stdout.strip().splitlines()[-1])
    shown = [line["text"] for line in screen_lines(clean.parent / SCREEN)]
    assert len({c for t in shown for c in codes_in(t)}) == 1, shown
    assert steps >= 5

    dbs: dict[int, Path] = {}
    for n in range(1, steps + 1):
        db = copy_db(base, tmp_path / f"kill-{n}")
        killed = child("press", str(db), str(db.parent / SCREEN), send, "--kill-at", str(n))
        if killed.returncode == 0:  # group commits vary: this run had fewer steps
            assert int(killed.stdout.strip().splitlines()[-1]) < n, killed.stdout
        else:
            assert killed.returncode == -9, (n, killed.stdout, killed.stderr)
        dbs[n] = db
    dbs[0] = clean

    resumed = child("resume", SCREEN, send, *(str(db) for db in dbs.values()))
    assert resumed.returncode == 0, resumed.stderr
    results = {Path(r["db"]): r for r in map(json.loads, resumed.stdout.strip().splitlines())}
    for n, db in sorted(dbs.items()):
        r = results[db]
        assert r["rows"] == 1, f"killed before step {n}: {r['rows']} reports stored"
        assert len(r["codes"]) == 1, f"killed before step {n}: shown codes {r['codes']}"
        assert r["left"] == 0, f"killed before step {n}: the code shown does not withdraw it"
        raw = db.read_bytes()
        assert ACCOUNT.encode() not in raw
