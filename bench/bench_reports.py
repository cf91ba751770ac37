"""Anonymous reports: sealing + storing one report, and an organiser pulling 10,000.

Baselines, measured in the same run on the same kind of database (WAL, secure_delete,
one connection):
- sealing + storing is compared with a plain INSERT of a row of the same size in its
  own transaction (the disk work every report needs anyway);
- pulling 10,000 reports (HPKE-open and parse each) is compared with a plain SELECT of
  the same 10,000 rows.
"""

from __future__ import annotations

import secrets
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from bot.reports.schema import ReportSchema
from bot.reports.seal import seal
from bot.reports.store import ReportStore
from bot.storage.db import open_database

from .common import Result, best_of

PULL_COUNT = 10_000
SECRET = b"b" * 32
NOW = datetime(2026, 3, 15, 12, 0, tzinfo=UTC)
ANSWERS: dict[str, Any] = {
    "nation": "wales",
    "sector": "care",
    "workplace": "care-home",
    "what": ["comments-jokes", "touching"],
    "who": ["manager", "third-party"],
    "when": "2026-02",
    "reported_to_employer": "yes-nothing-happened",
    "barriers": ["job", "visa"],
    "account": "It kept happening on night shifts when nobody else was around. " * 4,
    "consent_evidence": "yes",
}


def _report() -> dict[str, Any]:
    return ReportSchema.load(
        Path(__file__).resolve().parent.parent / "flows" / "report-schema.yaml"
    ).validate(ANSWERS, today=NOW.date())


def bench_submit(root: Path) -> Result:
    organisers = [X25519PrivateKey.generate() for _ in range(2)]
    keys = [k.public_key() for k in organisers]
    report = _report()
    db = open_database(root / "submit.db")
    store = ReportStore(db)
    size = len(seal(report, keys))
    db.execute("CREATE TABLE plain (id TEXT PRIMARY KEY, blob BLOB) WITHOUT ROWID")

    def submit() -> None:
        store.submit(report, keys, now=NOW, ttl_days=30, server_secret=SECRET)

    def plain_insert() -> None:
        with db.atomic():
            db.execute(
                "INSERT INTO plain (id, blob) VALUES (?, ?)",
                [secrets.token_hex(16), secrets.token_bytes(size)],
            )

    base = best_of(plain_insert, repeat=5, number=200)
    t = best_of(submit, repeat=5, number=200)
    db.close()
    return Result(
        f"seal (2 keys) + store one report ({size} B)",
        t * 1e3,
        "ms",
        "plain INSERT of the same size",
        base * 1e3,
        "under 5 ms",
    )


def bench_pull(root: Path) -> Result:
    organiser = X25519PrivateKey.generate()
    others = [X25519PrivateKey.generate().public_key() for _ in range(2)]
    keys = [organiser.public_key(), *others]
    db = open_database(root / "pull.db")
    store = ReportStore(db)
    envelope = seal(_report(), keys)  # one sealing; every row is opened separately
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO reports (id, day, expires_at, receipt_hash, envelope) "
            "VALUES (?, '2026-03-15', 2000000000, ?, ?)",
            ((secrets.token_hex(16), secrets.token_hex(32), envelope) for _ in range(PULL_COUNT)),
        )
    assert store.count() == PULL_COUNT

    def pull() -> None:
        assert len(store.pull(organiser)) == PULL_COUNT

    def plain_select() -> None:
        assert len(db.execute("SELECT id, envelope FROM reports").fetchall()) == PULL_COUNT

    base = best_of(plain_select, repeat=3)
    t = best_of(pull, repeat=3)
    db.close()
    return Result(
        f"pull {PULL_COUNT:,} reports (3 keys each)",
        t * 1e3,
        "ms",
        f"plain SELECT of {PULL_COUNT:,} rows",
        base * 1e3,
        "under 10 s",
    )


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        return [bench_submit(Path(tmp)), bench_pull(Path(tmp))]
