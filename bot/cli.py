"""The ``advice-bot`` command: organiser and operator tools over the Python API."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import click

from .engine.issues import Level


def default_root() -> Path:
    """Content folder: $ADVICE_BOT_ROOT, else the current folder if it has flows/, else the repo."""
    env = os.environ.get("ADVICE_BOT_ROOT")
    if env:
        return Path(env)
    if (Path.cwd() / "flows").is_dir():
        return Path.cwd()
    return Path(__file__).resolve().parent.parent


root_option = click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder holding flows/ and locales/ (default: $ADVICE_BOT_ROOT or the current folder).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="advice-bot")
def main() -> None:
    """Advice bot for workers facing sexual harassment at work in the UK.

    \b
    Example:
        advice-bot check
    """


@main.command()
@root_option
@click.option(
    "--locales", "show_locales", is_flag=True, help="Print a coverage table per language."
)
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
@click.option("--quiet", "-q", is_flag=True, help="Only print errors.")
def check(root: Path | None, show_locales: bool, strict: bool, quiet: bool) -> None:
    """Check flows and translations; every problem with file:line and how to fix it.

    Errors (which stop the bot loading) and warnings are all listed at once.
    Exits 1 if there is an error (or, with --strict, a warning).

    \b
    Examples:
        advice-bot check
        advice-bot check --locales
    """
    from .content import check_content

    content, issues, coverage = check_content(root or default_root())
    errors = [i for i in issues if i.level is Level.ERROR]
    warnings = [i for i in issues if i.level is Level.WARNING]
    for issue in errors + ([] if quiet else warnings):
        click.echo(str(issue), err=issue.level is Level.ERROR)
    if show_locales and coverage:
        from .i18n.checks import coverage_table

        click.echo(coverage_table(coverage))
    nodes = len(content.flows.nodes) if content else 0
    click.echo(f"{len(errors)} error(s), {len(warnings)} warning(s); {nodes} nodes loaded.")
    if errors or (strict and warnings):
        sys.exit(1)


@main.command()
@root_option
@click.option("--lang", default=None, help="Language code to start in, e.g. pl or ar.")
@click.option("--flow", default=None, help="Flow id to start at instead of the welcome.")
@click.option(
    "--record",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the conversation as a transcript test to this file when you leave.",
)
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where sealed reports go (default: $ADVICE_BOT_DB or ./data/advice-bot.db).",
)
def chat(
    root: Path | None, lang: str | None, flow: str | None, record: Path | None, db: Path | None
) -> None:
    """Talk to the bot in this terminal: no Telegram token, no network.

    Type a button's number to press it; /exit, /back, /language, /help and
    /restart work as on Telegram; /quit or Ctrl-D leaves.

    With ADVICE_BOT_ORGANISER_KEYS set, the anonymous report is offered and
    sealed into --db for real (see docs/reports.md); without it, it is not.

    \b
    Examples:
        advice-bot chat
        advice-bot chat --lang pl --record flows/tests/polish-start.yaml
        ADVICE_BOT_ORGANISER_KEYS="x25519:..." advice-bot chat --flow report --db /tmp/r.db
    """
    from .content import load_content
    from .engine.issues import ContentError
    from .transports.console import chat as run_chat

    base = root or default_root()
    try:
        content = load_content(base)
    except ContentError as exc:
        raise click.ClickException(str(exc)) from exc
    # --- reports: real sealed reports when organiser keys are configured ---
    from .reports.commands import console_reports
    from .service import MemoryStore, Service

    reports = console_reports(db, base)
    service: Service[str] = Service(content, MemoryStore(), reports)

    async def go() -> int:
        try:
            if reports is not None:
                await reports.purge()
            return await run_chat(
                content,
                lang=lang,
                flow=flow,
                record=record,
                service=service,
                stdin=sys.stdin,  # read now, not at import: lets click's test runner feed it
                stdout=sys.stdout,
            )
        finally:
            if reports is not None:
                await reports.close()

    sys.exit(asyncio.run(go()))
    # --- end reports ---


@main.command("test")
@root_option
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--update", is_flag=True, help="Rewrite each transcript's expectations from now.")
def test_cmd(root: Path | None, files: tuple[Path, ...], update: bool) -> None:
    """Run transcript tests (flows/tests/*.yaml) against the flows and translations.

    \b
    Examples:
        advice-bot test
        advice-bot test flows/tests/welcome.yaml --update
    """
    from .content import load_content
    from .engine.issues import ContentError
    from .transcripts import load_transcript, run_transcript, save_transcript, transcript_files

    base = root or default_root()
    try:
        content = load_content(base)
    except ContentError as exc:
        raise click.ClickException(str(exc)) from exc
    paths = list(files) or transcript_files(base)
    failed = 0
    for path in paths:
        data = load_transcript(path)
        result, actuals = asyncio.run(run_transcript(content, path, data))
        if update and not result.error:
            for raw, actual in zip(data["steps"], actuals, strict=False):
                raw["expect"] = actual
            save_transcript(path, data)
            click.echo(f"updated {path}")
        elif result.ok:
            click.echo(f"ok      {path}")
        else:
            failed += 1
            click.echo(result.report(), err=True)
    click.echo(f"{len(paths) - failed} passed, {failed} failed")
    if failed:
        sys.exit(1)


@main.command()
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write here instead of printing (the repo keeps it in flows/schema.json).",
)
def schema(out: Path | None) -> None:
    """Print the JSON Schema of flow files, for editor validation and autocompletion.

    \b
    Example:
        advice-bot schema --out flows/schema.json
    """
    import json

    from .engine.model import json_schema

    text = json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


@main.command()
@root_option
@click.option(
    "--transport",
    type=click.Choice(["aiogram", "ptb"]),
    default="aiogram",
    show_default=True,
    help="Telegram library to use; both behave the same.",
)
@click.option(
    "--webhook-url",
    default=None,
    help="Serve a webhook at this public https URL instead of long polling "
    "(default: $ADVICE_BOT_WEBHOOK_URL).",
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="TOML settings file (default: $ADVICE_BOT_CONFIG); the environment wins over it.",
)
def run(
    root: Path | None, transport: str, webhook_url: str | None, config_file: Path | None
) -> None:
    """Serve the bot on Telegram until stopped (SIGTERM or Ctrl-C).

    Needs TELEGRAM_BOT_TOKEN and ADVICE_BOT_SECRET (`advice-bot secret new`); every
    other setting has a default (see docs/cli.md). Without a token, use
    `advice-bot chat` to talk to the bot in the terminal.

    \b
    Examples:
        advice-bot run
        advice-bot run --transport ptb --webhook-url https://bot.example.org/telegram
    """
    from .app import BotApp, make_transport, serve
    from .config import ConfigError, load_settings
    from .content import load_content
    from .engine.issues import ContentError
    from .logs import configure_logging
    from .telegram import StartError

    try:
        settings = load_settings(config_file=config_file).override(webhook_url=webhook_url)
        settings.require_run()
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    configure_logging(settings.log_level)
    try:
        content = load_content(root or default_root())
    except ContentError as exc:
        raise click.ClickException(str(exc)) from exc

    async def go() -> None:
        app = BotApp(settings, content)
        try:
            bot = make_transport(transport, app)
        except BaseException:
            await app.close()
            raise
        await serve(app, bot)

    try:
        asyncio.run(go())
    except (StartError, ConfigError) as exc:
        raise click.ClickException(str(exc)) from exc


@main.group()
def secret() -> None:
    """The server secret (ADVICE_BOT_SECRET) that keys chat hashes and session encryption.

    \b
    Example:
        advice-bot secret new
    """


@secret.command("new")
def secret_new() -> None:
    """Print a fresh random server secret (32 bytes, hex) for ADVICE_BOT_SECRET.

    Keep it somewhere safe. Changing it later forgets every conversation in progress.

    \b
    Example:
        advice-bot secret new
    """
    from .config import new_secret

    click.echo(new_secret())


@main.command()
@click.option(
    "--heartbeat",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Heartbeat file the running bot touches (default: $ADVICE_BOT_HEARTBEAT).",
)
@click.option("--max-age", type=float, default=120.0, show_default=True, help="Seconds.")
def health(heartbeat: Path | None, max_age: float) -> None:
    """Exit 0 if the running bot's heartbeat is fresh (for container health checks).

    \b
    Example:
        ADVICE_BOT_HEARTBEAT=/data/heartbeat advice-bot health
    """
    from .health import check, heartbeat_path

    path = heartbeat or heartbeat_path()
    if path is None:
        raise click.ClickException(
            "no heartbeat file: set ADVICE_BOT_HEARTBEAT (the Docker image sets /data/heartbeat)"
        )
    problem = check(path, max_age)
    if problem:
        click.echo(f"unhealthy: {problem}", err=True)
        sys.exit(1)
    click.echo("healthy")


# --- Organisers: reports (bot/reports/commands.py) -------------------------------------------
def _add_report_commands() -> None:
    from .reports.commands import keys, reports

    main.add_command(keys)
    main.add_command(reports)


_add_report_commands()
# --- end Organisers: reports ---
