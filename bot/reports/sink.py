"""The report sink the service submits anonymous reports to: answers in, receipt code out.

:class:`SqliteReportSink` implements :class:`bot.service.ReportSink`. It turns the
engine's answers (the ``report_`` session variables with the prefix removed) into the
schema's report, validates it (:meth:`ReportSchema.validate`), seals it to every
organiser public key and stores it in one transaction (:meth:`ReportStore.submit`).

How conversation answers become a report (see ``flows/report.yaml``):

* **choice** fields are taken as they are (``nation: wales``); **text** fields are
  cleaned with :func:`bot.engine.text.clean_text`, the very function the conversation
  used before it checked the answer's length, so an answer it accepted always fits.
* **multi** fields are asked as a tick-box menu: each option is its own variable,
  ``<field>_<option with '-' as '_'>`` set to ``"yes"`` (``what_touching: "yes"``,
  ``what_comments_jokes: "yes"``). ``"yes"``, ``"true"`` and ``True`` count as ticked,
  anything else (``"no"``, missing) as not ticked. A list under the field's own name
  (``what: [touching]``) is accepted too.
* **month** fields are asked *coarsely, on purpose*: ``this-month``, ``last-month``,
  ``months-2-3``, ``months-4-6``, ``longer-ago`` or ``rather-not-say``. The sink turns
  them into ``YYYY-MM`` with its injected clock, always the *most recent* month the answer
  allows (``months-4-6`` -> four months ago; ``longer-ago`` -> seven months ago, meaning
  "then or earlier"), and ``rather-not-say`` into no month at all. The engine has no
  clock, and a coarse answer is also less identifying than a date.

Threads: every database call runs on one worker thread. The bot passes its own
:class:`bot.storage.Writer` so reports and sessions share one connection and one thread;
without one the sink makes (and owns, and closes) a :class:`~bot.storage.Writer` of its
own. Sealing happens on that thread too, inside :meth:`ReportStore.submit`, so the
event loop never waits for crypto or disk.

Privacy: nothing here logs answers, reports or receipt codes. A rejected report is
logged with the field name and reason code only (never the value).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, ParamSpec, Protocol, TypeVar

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from ..engine.text import clean_text
from .keys import KeyFormatError, key_id, parse_public_key_line
from .schema import FieldType, Report, ReportSchema, ReportValidationError
from .store import MIN_SECRET_BYTES, ReportStore

__all__ = [
    "MONTH_BUCKETS",
    "NOT_SAID",
    "Runner",
    "SqliteReportSink",
    "answers_to_report",
    "build_report_sink",
    "coarse_month",
    "parse_organiser_keys",
    "toggle_var",
]

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

# Coarse answers to "when did it happen?" -> how many months back (the latest month
# the answer allows). Keys start with a letter so Fluent can select on them.
MONTH_BUCKETS: Mapping[str, int] = {
    "this-month": 0,
    "last-month": 1,
    "months-2-3": 2,
    "months-4-6": 4,
    "longer-ago": 7,
}
NOT_SAID = "rather-not-say"
_TICKED = frozenset({"yes", "true"})


class Runner(Protocol):
    """Runs a blocking call on the database thread; :class:`bot.storage.Writer` fits."""

    async def run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T: ...


def toggle_var(field: str, option: str) -> str:
    """The variable (without prefix) a tick-box for ``option`` of ``field`` sets."""
    return f"{field}_{option.replace('-', '_')}"


def coarse_month(value: object, today: date) -> object:
    """``last-month`` -> ``YYYY-MM`` relative to ``today``; ``rather-not-say`` -> None.

    Anything else is returned unchanged for the schema to accept (``2025-06``) or reject.
    """
    if value is None or value == NOT_SAID:
        return None
    if isinstance(value, str) and value in MONTH_BUCKETS:
        index = today.year * 12 + (today.month - 1) - MONTH_BUCKETS[value]
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return value


def _ticked(value: object) -> bool:
    if value is True:
        return True
    return isinstance(value, str) and value.strip().lower() in _TICKED


def answers_to_report(schema: ReportSchema, answers: Mapping[str, Any], today: date) -> Report:
    """The clean, validated report for these answers (raises ReportValidationError).

    Pure: ``today`` decides what "last month" means. Variables that are not part of the
    schema are dropped.
    """
    raw: dict[str, object] = {}
    for field in schema.fields:
        value = answers.get(field.name)
        if field.type is FieldType.MULTI and value is None:
            value = [o for o in field.options if _ticked(answers.get(toggle_var(field.name, o)))]
        elif field.type is FieldType.MONTH:
            value = coarse_month(value, today)
        elif field.type is FieldType.TEXT and isinstance(value, str):
            value = clean_text(value)  # as the conversation did: same text, same length
        raw[field.name] = value
    return schema.validate(raw, today=today)


def parse_organiser_keys(lines: Iterable[str]) -> list[X25519PublicKey]:
    """Parse ``x25519:...`` lines (duplicates dropped); errors say which key is wrong."""
    keys: list[X25519PublicKey] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            key, _name = parse_public_key_line(line)
        except KeyFormatError as exc:
            raise KeyFormatError(f"organiser key {number}: {exc}") from exc
        if key_id(key) not in seen:
            seen.add(key_id(key))
            keys.append(key)
    return keys


def _utc_now() -> datetime:
    return datetime.now(UTC)


class SqliteReportSink:
    """Seals and stores reports in SQLite; see the module docstring."""

    def __init__(
        self,
        store: ReportStore,
        public_keys: Sequence[X25519PublicKey],
        secret: bytes,
        *,
        ttl_days: int,
        schema: ReportSchema,
        now: Callable[[], datetime] = _utc_now,
        runner: Runner | None = None,
    ) -> None:
        if not public_keys:
            raise ValueError("a report sink needs at least one organiser public key")
        if len(secret) < MIN_SECRET_BYTES:
            raise ValueError(f"the server secret must be at least {MIN_SECRET_BYTES} bytes")
        if ttl_days < 1:
            raise ValueError("ttl_days must be at least 1")
        self.store = store
        self.public_keys = tuple(public_keys)
        self.ttl_days = ttl_days
        self.schema = schema
        self._secret = secret
        self._now = now
        self._owned: Any = None
        if runner is None:
            from ..storage.db import Writer

            runner = self._owned = Writer(store.db)
        self._runner: Runner = runner

    def __repr__(self) -> str:  # never show the secret
        return f"<SqliteReportSink keys={len(self.public_keys)} ttl_days={self.ttl_days}>"

    def now(self) -> datetime:
        moment = self._now()
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError("the sink's clock must return timezone-aware datetimes")
        return moment.astimezone(UTC)

    def report(self, answers: Mapping[str, Any], now: datetime | None = None) -> Report:
        """Answers -> clean report, checked against the schema (no storage)."""
        moment = now or self.now()
        try:
            return answers_to_report(self.schema, answers, moment.date())
        except ReportValidationError as exc:
            log.warning("report rejected: field %r (%s)", exc.field, exc.code)
            raise

    async def submit(self, answers: Mapping[str, Any], receipt_code: str | None = None) -> str:
        """Validate, seal and store one report; return its receipt code.

        Either the whole report is stored and a code returned, or an exception is raised
        and nothing is stored (the insert is one transaction after sealing). With
        ``receipt_code`` (drawn and kept by the caller before submitting) a retry is
        idempotent: if that code's report is already stored, nothing new is stored.
        """
        moment = self.now()
        report = self.report(answers, moment)
        return await self._runner.run(self._store, report, moment, receipt_code)

    def _store(self, report: Report, moment: datetime, receipt_code: str | None) -> str:
        return self.store.submit(
            report,
            self.public_keys,
            now=moment,
            ttl_days=self.ttl_days,
            server_secret=self._secret,
            receipt_code=receipt_code,
        )

    async def withdraw(self, code: str) -> bool:
        return await self._runner.run(self.store.withdraw, code, self._secret)

    async def scrub(self) -> None:
        """Copy the ``-wal`` into the database and truncate it (see ReportStore.scrub)."""
        await self._runner.run(self.store.scrub)

    async def purge(self) -> int:
        """Delete expired reports now; returns how many. Call at start-up and on a timer."""
        count = await self._runner.run(self.store.purge_expired, self.now())
        if count:
            log.info("purged %d expired report(s)", count)
        return count

    async def close(self) -> None:
        """Close the database thread and connection if this sink made them."""
        if self._owned is not None:
            owned, self._owned = self._owned, None
            await owned.close()


def build_report_sink(
    db_path: str | Path,
    organiser_key_lines: Iterable[str],
    secret: bytes,
    ttl_days: int = 30,
    clock: Callable[[], datetime] = _utc_now,
    *,
    schema: ReportSchema,
    runner: Runner | None = None,
) -> SqliteReportSink:
    """A ready sink for the reports table in ``db_path``.

    Pass the bot's :class:`bot.storage.Writer` as ``runner`` to share its connection and
    thread (then ``db_path`` is ignored and the writer's database is used); without it the
    database is opened here and the sink owns it (close it with :meth:`close`).
    Raises :class:`KeyFormatError` naming a bad key, or ``ValueError`` with no keys.
    """
    from ..storage.db import open_database

    keys = parse_organiser_keys(organiser_key_lines)
    if not keys:
        raise ValueError(
            "no organiser public keys: set ADVICE_BOT_ORGANISER_KEYS to the line(s) printed "
            "by `advice-bot keys new`"
        )
    db = getattr(runner, "db", None) if runner is not None else None
    if db is None:
        db = open_database(db_path)
    store = ReportStore(db)
    return SqliteReportSink(
        store,
        keys,
        secret,
        ttl_days=ttl_days,
        schema=schema,
        now=clock,
        runner=runner,
    )
