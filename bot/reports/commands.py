"""Organiser commands for anonymous reports: ``advice-bot keys ...`` and ``advice-bot reports ...``.

Thin click commands over :mod:`bot.reports`; :mod:`bot.cli` adds the two groups to the
``advice-bot`` command. Also :func:`console_reports`, which ``advice-bot chat`` uses to
seal real reports in the terminal when organiser keys are configured.

Passphrases are read from ``ADVICE_BOT_KEY_PASSPHRASE`` when it is set (for scripts and
tests) and otherwise asked for without echo. Nothing here prints or logs a report
unless asked to (``reports pull`` without ``--out`` prints them on stdout).
"""

from __future__ import annotations

import json
import os
import secrets
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from .keys import (
    KeyFormatError,
    PassphraseError,
    check_passphrase,
    load_private_key,
    new_keypair,
)
from .schema import ReportSchema

if TYPE_CHECKING:
    from .sink import SqliteReportSink
    from .store import ReportStore

__all__ = ["PASSPHRASE_ENV", "console_reports", "keys", "reports"]

PASSPHRASE_ENV = "ADVICE_BOT_KEY_PASSPHRASE"
KEY_FILE = "organiser-key.pem"
PUBLIC_FILE = "organiser-key.pub"


def _settings() -> Any:
    from ..config import ConfigError, load_settings

    try:
        return load_settings()
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc


def _schema(root: Path | None) -> ReportSchema:
    """The report schema of the content folder (``--root``, else the default one)."""
    from ..content import default_root, read_report_schema

    base = root or default_root()
    schema, issues = read_report_schema(base)
    if schema is None:
        problems = "\n".join(str(i) for i in issues) or (
            f"there is no flows/report-schema.yaml in {base}: pass --root with the bot's "
            "content folder, or set ADVICE_BOT_ROOT"
        )
        raise click.ClickException(problems)
    return schema


def _passphrase(*, new: bool) -> bytes:
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env.encode("utf-8")
    if new:  # prompts on stderr: stdout is only the public key line
        text = click.prompt(
            "Passphrase for the new private key (12+ characters; several unrelated words)",
            hide_input=True,
            err=True,
        )
        try:  # a weak passphrase is refused before it is asked for again
            check_passphrase(str(text).encode("utf-8"))
        except PassphraseError as exc:
            raise click.ClickException(str(exc)) from exc
        again = click.prompt("Type the passphrase again", hide_input=True, err=True)
        if again != text:
            raise click.ClickException("the two passphrases differ; run the command again")
    else:
        text = click.prompt("Passphrase of the private key", hide_input=True, err=True)
    return str(text).encode("utf-8")


def _db_path(db: Path | None) -> Path:
    return db if db is not None else Path(_settings().db_path)


def _open_reports_db(path: Path) -> ReportStore:
    """The reports store of an existing database (never creates a new file)."""
    from ..storage.db import open_database
    from .store import ReportStore

    if not path.is_file():
        raise click.ClickException(
            f"{path} does not exist: give the bot's database (or a copy of it) with --db, "
            "or set ADVICE_BOT_DB"
        )
    db = open_database(path)
    if not db["reports"].exists():
        db.close()
        raise click.ClickException(
            f"{path} has no reports table: is it the bot's database (ADVICE_BOT_DB)?"
        )
    return ReportStore(db)


def _close(store: ReportStore) -> None:
    db = store.db
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()


# ---- advice-bot keys ----------------------------------------------------------------------


@click.group()
def keys() -> None:
    """Organiser key pairs: reports are sealed to public keys, opened with private keys.

    \b
    Example:
        advice-bot keys new --out ~/organiser-key
    """


@keys.command("new")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help=f"Folder to write {KEY_FILE} (the private key, 0600) and {PUBLIC_FILE} into.",
)
@click.option("--name", default=None, help="A label shown after the public key, e.g. 'north'.")
def keys_new(out: Path, name: str | None) -> None:
    """Make an organiser key pair and print the public key line for the bot's settings.

    The private key is encrypted with a passphrase (asked twice, or taken from
    $ADVICE_BOT_KEY_PASSPHRASE). Keep the file and the passphrase on your own
    machine: whoever has both can open every report sealed to this key. The
    printed line goes into ADVICE_BOT_ORGANISER_KEYS on the server (comma-separated
    with the other organisers' lines). An existing key file is never overwritten.

    \b
    Example:
        advice-bot keys new --out ~/organiser-key --name north
    """
    path = out / KEY_FILE
    if path.exists():
        raise click.ClickException(
            f"{path} already exists; refusing to overwrite a private key (reports sealed to "
            "it could never be opened again). Choose another --out folder."
        )
    passphrase = _passphrase(new=True)
    try:
        pem, line = new_keypair(passphrase, name)
    except PassphraseError as exc:
        raise click.ClickException(str(exc)) from exc
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as exc:
        raise click.ClickException(f"{path} already exists; refusing to overwrite it") from exc
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    (out / PUBLIC_FILE).write_text(line + "\n", encoding="utf-8")
    click.echo(f"private key: {path} (keep it and its passphrase to yourself)", err=True)
    click.echo("public key line for ADVICE_BOT_ORGANISER_KEYS:", err=True)
    click.echo(line)


# ---- advice-bot reports -------------------------------------------------------------------


db_option = click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The bot's database or a copy (default: $ADVICE_BOT_DB or ./data/advice-bot.db).",
)


@click.group()
def reports() -> None:
    """Open, count and clean up anonymous reports (for organisers holding a key).

    \b
    Example:
        advice-bot reports pull --key ~/organiser-key/organiser-key.pem --out reports.json
    """


@reports.command("pull")
@click.option(
    "--key",
    "key_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    required=True,
    help="Your private key file (organiser-key.pem).",
)
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "csv"]),
    default="json",
    show_default=True,
    help="json keeps lists as lists (use it for `reports stats`); csv opens in a spreadsheet.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the reports to this new file (created 0600) instead of printing them.",
)
@click.option(
    "--force",
    is_flag=True,
    help="Let --out replace a file that already exists.",
)
@click.option(
    "--delete",
    is_flag=True,
    help="Delete the reports you opened from the database (for every organiser).",
)
def reports_pull(
    key_file: Path, db: Path | None, fmt: str, out: Path | None, force: bool, delete: bool
) -> None:
    """Open every report sealed to your key, from the live database or a copy.

    Reports sealed only to other organisers' keys are skipped; expired reports are
    not returned. Decrypted reports are the most sensitive data there is: write
    them to an encrypted disk, share only `reports stats` tables, delete the file
    when done. With --delete the opened reports are removed from the database,
    so workers can no longer withdraw them. An existing --out file is never
    replaced unless you add --force. CSV shows control characters as visible
    symbols and starts cells that a spreadsheet would run as a formula with '.

    \b
    Examples:
        advice-bot reports pull --key ~/organiser-key/organiser-key.pem --out reports.json
        advice-bot reports pull --key organiser-key.pem --db copy.db --format csv --delete
        advice-bot reports pull --key organiser-key.pem --out reports.json --force
    """
    from .export import dump_csv, dump_json

    pem = key_file.read_bytes()
    try:
        private_key = load_private_key(pem, _passphrase(new=False))
    except (KeyFormatError, PassphraseError) as exc:
        raise click.ClickException(f"{key_file}: {exc}") from exc
    path = _db_path(db)
    schema = _schema(None) if fmt == "csv" else None
    # A new output file is made first: a refusal must come before --delete removes
    # anything. A file to --force over is replaced only once there is something to write.
    target: IO[str] | None = None
    if out is not None and not force:
        target = _create(out, overwrite=False)
    try:
        store = _open_reports_db(path)
        try:
            opened = store.pull(private_key, delete=delete, now=datetime.now(UTC))
        finally:
            _close(store)
        if out is not None and target is None:
            target = _create(out, overwrite=True)
        fp = target or sys.stdout
        if fmt == "csv":
            dump_csv(opened, fp, schema)
        else:
            dump_json(opened, fp)
    except BaseException:
        if target is not None and out is not None:
            target.close()
            if not force:  # the empty file this run made
                out.unlink(missing_ok=True)
        raise
    if target is not None:
        target.close()
    where = f" into {out}" if out is not None else ""
    gone = "; deleted them from the database" if delete and opened else ""
    click.echo(f"opened {len(opened)} report(s){where}{gone}", err=True)


def _create(out: Path, *, overwrite: bool) -> IO[str]:
    from .export import open_private

    try:
        return open_private(out, overwrite=overwrite)
    except FileExistsError as exc:
        raise click.ClickException(
            f"{out} already exists; refusing to overwrite it. Choose another --out file, "
            "or add --force to replace it."
        ) from exc
    except OSError as exc:
        raise click.ClickException(f"cannot write {out}: {exc.strerror}") from exc


@reports.command("purge")
@db_option
def reports_purge(db: Path | None) -> None:
    """Delete expired reports now (the running bot also does this on its purge timer).

    \b
    Example:
        advice-bot reports purge --db data/advice-bot.db
    """
    store = _open_reports_db(_db_path(db))
    try:
        count = store.purge_expired(datetime.now(UTC))
    finally:
        _close(store)
    click.echo(f"deleted {count} expired report(s)")


@reports.command("stats")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--png",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also draw the counts as bar charts into this PNG file.",
)
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder holding flows/report-schema.yaml (default: the bot's content folder).",
)
def reports_stats(file: Path, png: Path | None, root: Path | None) -> None:
    """Count pulled reports per answer, hiding small numbers so no one can be picked out.

    FILE is a JSON file written by `reports pull`. Counts under 5 show as "<5" (and
    more is hidden where a small count could be worked out by subtraction); free
    text is never counted. Only reports whose consent allows campaign use are
    counted; the others show as one "not counted" number. The table and chart are
    what you can share.

    \b
    Example:
        advice-bot reports stats reports.json --png reports.png
    """
    from .stats import stats, to_png, to_table

    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise click.ClickException(f"{file} is not a JSON file from `reports pull`") from exc
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise click.ClickException(f"{file}: expected a list of reports (`reports pull` output)")
    result = stats(data, _schema(root))
    click.echo(to_table(result), nl=False)
    if png is not None:
        to_png(result, png)
        click.echo(f"chart written to {png}", err=True)


# ---- advice-bot chat: real sealed reports in the terminal --------------------------------


def console_reports(
    db: Path | None,
    schema: ReportSchema | None,
    *,
    echo: Callable[[str], None] | None = None,
) -> SqliteReportSink | None:
    """The sink ``advice-bot chat`` submits to: sealed reports with organiser keys, else None.

    Built like the running bot's (:func:`bot.app.build_report_sink`) from the settings
    and the chat's content's ``schema``. Without ``ADVICE_BOT_ORGANISER_KEYS`` the report
    flow is not offered and one line on stderr says what to set. Without
    ``ADVICE_BOT_SECRET`` a one-off secret is used, so receipt codes can be withdrawn
    only during this chat.
    """
    import dataclasses

    from ..app import build_report_sink
    from ..config import ConfigError

    say = echo or (lambda text: click.echo(text, err=True))
    settings = _settings()
    if not settings.organiser_keys:
        say(
            "reports: off. To try the anonymous report, set ADVICE_BOT_ORGANISER_KEYS to the "
            "public key line printed by `advice-bot keys new`."
        )
        return None
    if settings.secret is None:
        settings = dataclasses.replace(settings, secret=secrets.token_bytes(32))
        say(
            "reports: ADVICE_BOT_SECRET is not set, so a one-off secret is used: "
            "/withdraw codes work only until this chat ends."
        )
    if db is not None:
        settings = dataclasses.replace(settings, db_path=db)
    try:
        sink = build_report_sink(settings, schema)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    assert sink is not None  # there are organiser keys
    say(
        f"reports: on; sealed to {len(sink.public_keys)} organiser key(s), stored in "
        f"{settings.db_path}"
    )
    return sink
