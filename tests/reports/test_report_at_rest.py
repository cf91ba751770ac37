"""What a copy of the database and its ``-wal`` tells an attacker about a report.

Three workers talk to the real bot (``BotApp`` and the Telegram bridge, SQLite on disk);
one of them sends a report. The attacker copies ``bot.db`` and ``bot.db-wal`` while the
bot runs and does what issue 10 describes: find the ``-wal`` frames holding the report,
look at the commit right after them (which chat's rows it changes), and turn stored
expiry times back into moments. Neither the chat nor a time finer than the day may come
out. A withdrawn report's ciphertext must be gone from both files, also when another
connection was reading while it was withdrawn.
"""

from __future__ import annotations

import itertools
import shutil
import sqlite3
import struct
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from bot.app import BotApp
from bot.config import Settings
from bot.content import Content, load_content
from bot.reports.keys import format_public_key
from bot.storage import ChatRef
from bot.telegram import PLATFORM, TelegramBridge
from tests.helpers import REPO, RecordingClient
from tests.reports.submit_child import codes_in
from tests.reports.test_report_e2e import REPORT_INPUT

REPORTER, OTHER, THIRD = 61_000_001, 61_000_002, 61_000_003


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(REPO)


@pytest.fixture
async def app(tmp_path: Path, content: Content) -> AsyncIterator[BotApp]:
    line = format_public_key(X25519PrivateKey.generate().public_key(), "test")
    settings = Settings(
        db_path=tmp_path / "live" / "bot.db",
        secret=b"w" * 32,
        organiser_keys=(line,),
        rate_limit_messages=10_000,
    )
    bot = BotApp(settings, content)
    yield bot
    await bot.close()


@dataclass
class Chats:
    bridge: TelegramBridge
    client: RecordingClient
    message_id: int = 1
    codes: list[str] = field(default_factory=list)

    async def say(self, chat: int, text: str) -> None:
        self.message_id += 1
        await self.bridge.on_message(chat, "private", self.message_id, text)

    async def press(self, chat: int, index: int) -> None:
        data = self.client.last_buttons(chat)[index]
        await self.bridge.on_callback(chat, "private", self.message_id, "cb", data)


async def three_conversations_and_one_report(app: BotApp) -> Chats:
    client = RecordingClient()
    chats = Chats(app.bridge(client), client)
    await chats.say(OTHER, "/start")
    await chats.say(REPORTER, "/start en__report")
    await chats.say(THIRD, "/start")
    for n, text in enumerate(REPORT_INPUT[:-1]):
        await chats.say(REPORTER, text)
        if n % 4 == 0:  # the others keep talking in between
            await chats.say(OTHER, "1")
            await chats.say(THIRD, "/help")
    await chats.press(REPORTER, 0)  # "Send it"
    text = client.sent[-1][1]
    chats.codes = sorted(codes_in(text))
    assert len(chats.codes) == 1, text
    # and everyone carries on, the reporter first
    await chats.press(REPORTER, 0)  # back to the menu
    await chats.say(OTHER, "/start")
    await chats.say(THIRD, "1")
    return chats


def copy_files(app: BotApp, folder: Path) -> Path:
    """What an attacker copies off the server while the bot runs."""
    folder.mkdir()
    db = Path(app.settings.db_path)
    for name in (db.name, db.name + "-wal"):
        if (db.parent / name).exists():
            shutil.copyfile(db.parent / name, folder / name)
    return folder / db.name


@dataclass
class Commit:
    pages: dict[int, bytes]


def wal_commits(wal: bytes) -> list[Commit]:
    """Every commit in a ``-wal`` file, also old ones left behind after a restart."""
    if len(wal) < 32:
        return []
    page_size = struct.unpack(">I", wal[8:12])[0]
    commits: list[Commit] = []
    pages: dict[int, bytes] = {}
    offset = 32
    while offset + 24 + page_size <= len(wal):
        page_no, commit_size = struct.unpack(">II", wal[offset : offset + 8])
        pages[page_no] = wal[offset + 24 : offset + 24 + page_size]
        if commit_size:
            commits.append(Commit(pages))
            pages = {}
        offset += 24 + page_size
    return commits


def chunks(envelope: bytes, size: int = 48) -> list[bytes]:
    return [envelope[i : i + size] for i in range(0, len(envelope) - size, size)]


def holds(data: bytes, envelope: bytes) -> bool:
    return any(chunk in data for chunk in chunks(envelope))


async def test_a_copy_of_the_files_links_the_report_to_no_chat_and_no_time(
    app: BotApp, tmp_path: Path
) -> None:
    await three_conversations_and_one_report(app)
    db = copy_files(app, tmp_path / "stolen")
    wal = db.with_name(db.name + "-wal")
    wal_bytes = wal.read_bytes() if wal.exists() else b""

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        ((day, expires_at, envelope),) = conn.execute(
            "SELECT day, expires_at, envelope FROM reports"
        ).fetchall()
        session_expiries = [e for (e,) in conn.execute("SELECT expires_at FROM sessions")]
    envelope = bytes(envelope)
    assert len(envelope) > 200

    # 1. The report's frames, and the commit right after them.
    commits = wal_commits(wal_bytes)
    with_report = [
        i for i, c in enumerate(commits) if any(holds(p, envelope) for p in c.pages.values())
    ]
    assert with_report == [], "the -wal still holds the report's frames"
    assert not holds(wal_bytes, envelope)  # not even in frames left over from before
    reporter_key = bytes.fromhex(app.keys.lookup(ChatRef(PLATFORM, REPORTER)))
    for before, after in itertools.pairwise(commits):
        assert not (
            any(holds(p, envelope) for p in before.pages.values())
            and any(reporter_key in p for p in after.pages.values())
        )

    # 2. Times: the report says the day; no session expiry says more than the hour, and
    #    none is tied to the report.
    assert len(day) == 10 and expires_at % 86_400 == 0
    assert session_expiries and all(e % 3600 == 0 for e in session_expiries)


async def test_a_withdrawn_report_is_gone_from_both_files_even_past_a_reader(
    app: BotApp, tmp_path: Path
) -> None:
    chats = await three_conversations_and_one_report(app)
    db_path = Path(app.settings.db_path)
    envelope = bytes(app.db.execute("SELECT envelope FROM reports").fetchone()[0])

    # An organiser's `reports pull` (another connection) is reading while the worker
    # withdraws the report.
    reader = sqlite3.connect(db_path)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM reports").fetchone() == (1,)
    await chats.say(REPORTER, f"/withdraw {chats.codes[0]}")
    assert "withdrawn" in chats.client.sent[-1][1]
    # The reader's snapshot still needs the old page: it cannot be overwritten yet.
    held = copy_files(app, tmp_path / "while-reading")
    assert any(holds(p.read_bytes(), envelope) for p in held.parent.iterdir())
    reader.execute("COMMIT")
    reader.close()

    await app.purge()  # the purge timer's next round (every five minutes)
    stolen = copy_files(app, tmp_path / "stolen")
    for path in stolen.parent.iterdir():
        assert not holds(path.read_bytes(), envelope), path.name
    assert app.db.execute("SELECT count(*) FROM reports").fetchone() == (0,)
