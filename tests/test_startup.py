"""Start-up failures of `advice-bot run` are one line naming the setting, never a traceback;
the database folder and files are made owner-only."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bot.storage.db import open_database

ROOT = Path(__file__).parent / "fixtures" / "content"
TOKEN = "4242:STARTUP-test-token"
SECRET = bytes(range(3, 35)).hex()


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("ADVICE_BOT_", "TELEGRAM_"))}
    base.update(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": "http://127.0.0.1:9",  # never reached: start-up fails first
            "ADVICE_BOT_SECRET": SECRET,
            "ADVICE_BOT_ROOT": str(ROOT),
        }
    )
    base.update(env)
    return subprocess.run(
        [sys.executable, "-c", "from bot.cli import main; main()", "run", *args],
        env=base,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _garbage(tmp: Path) -> Path:
    path = tmp / "bot.db"
    path.write_bytes(b"this is not a database, it is a shopping list\n" * 100)
    return path


def _folder(tmp: Path) -> Path:
    (tmp / "bot.db").mkdir()
    return tmp / "bot.db"


def _under_a_file(tmp: Path) -> Path:
    (tmp / "plain-file").write_text("x")
    return tmp / "plain-file" / "bot.db"


@pytest.mark.parametrize(
    ("case", "setting"),
    [
        ("db-not-a-database", "ADVICE_BOT_DB"),
        ("db-is-a-folder", "ADVICE_BOT_DB"),
        ("db-under-a-file", "ADVICE_BOT_DB"),
        ("bad-organiser-key", "ADVICE_BOT_ORGANISER_KEYS"),
        ("bad-port", "ADVICE_BOT_LISTEN_PORT"),
        ("patterned-secret", "ADVICE_BOT_SECRET"),
    ],
)
def test_every_start_up_failure_is_one_line_naming_the_setting(
    tmp_path: Path, case: str, setting: str
) -> None:
    env = {"ADVICE_BOT_DB": str(tmp_path / "ok" / "bot.db")}
    if case == "db-not-a-database":
        env["ADVICE_BOT_DB"] = str(_garbage(tmp_path))
    elif case == "db-is-a-folder":
        env["ADVICE_BOT_DB"] = str(_folder(tmp_path))
    elif case == "db-under-a-file":
        env["ADVICE_BOT_DB"] = str(_under_a_file(tmp_path))
    elif case == "bad-organiser-key":
        env["ADVICE_BOT_ORGANISER_KEYS"] = "x25519:" + "A" * 40
    elif case == "bad-port":
        env["ADVICE_BOT_LISTEN_PORT"] = "eighty"
    elif case == "patterned-secret":
        env["ADVICE_BOT_SECRET"] = "00" * 32
    result = _run(env)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert setting in lines[0] and "Traceback" not in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_database_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "ro" / "bot.db"
    open_database(db).close()
    db.chmod(0o400)
    db.parent.chmod(0o500)
    try:
        result = _run({"ADVICE_BOT_DB": str(db)})
    finally:
        db.parent.chmod(0o700)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 1 and len(lines) == 1 and "ADVICE_BOT_DB" in lines[0], lines


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_folder_and_files_are_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)  # a common default, which would give 0755 / 0644
    try:
        path = tmp_path / "data" / "bot.db"
        db = open_database(path)
        db.execute("CREATE TABLE t (x)")
        db.execute("INSERT INTO t VALUES (1)")
        db.conn.commit()
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        assert wal.exists() and shm.exists()
        assert _mode(path.parent) == 0o700
        assert {p.name: _mode(p) for p in (path, wal, shm)} == {
            p.name: 0o600 for p in (path, wal, shm)
        }
        db.close()
    finally:
        os.umask(old)


def test_an_existing_database_is_made_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    open_database(path).close()
    path.chmod(0o644)
    open_database(path).close()
    assert _mode(path) == 0o600
