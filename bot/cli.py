"""The ``advice-bot`` command: organiser and operator tools over the Python API."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .engine.issues import Level

if TYPE_CHECKING:
    from .i18n.catalog import LocaleCatalog
    from .i18n.sources import LocaleState


def default_root() -> Path:
    """Content folder: $ADVICE_BOT_ROOT, else the current folder (see bot.content)."""
    from .content import default_root as content_root

    return content_root()


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
@click.option(
    "--wip",
    is_flag=True,
    help="Work in progress: stale translations and translations with other { $variables } "
    "than English are warnings (workers see English for them), not errors.",
)
@click.option("--quiet", "-q", is_flag=True, help="Only print errors.")
def check(root: Path | None, show_locales: bool, strict: bool, wip: bool, quiet: bool) -> None:
    """Check flows and translations; every problem with file:line and how to fix it.

    Errors (which stop the bot loading, or which the shipped content must not have)
    and warnings are all listed at once. Exits 1 if there is an error (or, with
    --strict, a warning). A missing translation is a warning: workers see English.
    A stale translation (English changed since) or one that lost a { $variable } is
    an error, unless --wip: then a warning, as the bot shows English for it.

    \b
    Examples:
        advice-bot check
        advice-bot check --locales
        advice-bot check --wip
    """
    from .content import check_content, load_content

    content, issues, coverage = check_content(root or default_root(), translations_strict=not wip)
    errors = [i for i in issues if i.level is Level.ERROR]
    warnings = [i for i in issues if i.level is Level.WARNING]
    for issue in errors + ([] if quiet else warnings):
        click.echo(str(issue), err=issue.level is Level.ERROR)
    if show_locales and coverage:
        from .i18n.checks import coverage_table

        click.echo(coverage_table(coverage))
    l10n = [i for i in errors if i.code in ("l10n-stale", "l10n-unrecorded", "l10n-variables")]
    if l10n and not wip:
        click.echo(
            f"{len(l10n)} translation error(s): the bot still runs and shows English for those "
            "messages until they are translated again (advice-bot check --wip lists them as "
            "warnings)."
        )
    if l10n and len(l10n) == len(errors):
        content = load_content(root or default_root())
    loaded = (
        f"{len(content.flows.nodes)} nodes loaded."
        if content
        else "not loaded: fix the first error, then check again."
    )
    click.echo(f"{len(errors)} error(s), {len(warnings)} warning(s); {loaded}")
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
    _known_or_fail("--lang", lang, [x.code for x in content.flows.languages])
    _known_or_fail("--flow", flow, list(content.flows.starts))
    from .reports.commands import console_reports
    from .service import MemoryStore, Service

    reports = console_reports(db, content.report_schema)
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


def _known_or_fail(option: str, value: str | None, known: list[str]) -> None:
    """A value that is not one we have is an error with a did-you-mean, never ignored."""
    if value is None or value in known:
        return
    import difflib

    close = difflib.get_close_matches(value, known, n=1, cutoff=0.5)
    hint = f" Did you mean '{close[0]}'?" if close else ""
    raise click.BadParameter(
        f"'{value}' is not one we have.{hint} Choose from: {', '.join(sorted(known))}",
        param_hint=option,
    )


@main.command("test")
@root_option
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--update", is_flag=True, help="Rewrite each transcript's expectations from now.")
def test_cmd(root: Path | None, files: tuple[Path, ...], update: bool) -> None:
    """Run transcript tests (flows/tests/*.yaml) against the flows and translations.

    \b
    Examples:
        advice-bot test
        advice-bot test flows/tests/report-en.yaml --update
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
        changed = any(
            list(raw.get("expect") or []) != actual
            for raw, actual in zip(data["steps"], actuals, strict=False)
        )
        if update and not result.error and changed:  # only files whose expectations changed
            for raw, actual in zip(data["steps"], actuals, strict=False):
                raw["expect"] = actual
            save_transcript(path, data)
            click.echo(f"updated {path}")
            result, _ = asyncio.run(run_transcript(content, path, data))
            if not result.ok:  # e.g. a `text:` line the reply no longer contains
                failed += 1
                click.echo(result.report(), err=True)
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
@click.option(
    "--directory",
    is_flag=True,
    help="The schema of flows/directory.yaml instead (kept in flows/directory.schema.json).",
)
def schema(out: Path | None, directory: bool) -> None:
    """Print the JSON Schema of flow files, for editor validation and autocompletion.

    Every key has a description (shown on hover) and actions are listed by name.
    See docs/organiser-guide.md for wiring it into VS Code.

    \b
    Examples:
        advice-bot schema --out flows/schema.json
        advice-bot schema --directory --out flows/directory.schema.json
    """
    import json

    from .schemas import directory_schema, flow_schema

    found = directory_schema() if directory else flow_schema()
    text = json.dumps(found, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
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


def _add_report_commands() -> None:
    """The organisers' ``keys`` and ``reports`` groups (bot/reports/commands.py)."""
    from .reports.commands import keys, reports

    main.add_command(keys)
    main.add_command(reports)


_add_report_commands()


# --- Translators: source tracking and the round trip (bot/i18n/sources.py, roundtrip.py) ---
@main.group()
def translations() -> None:
    """Keep translations in step with English: what to translate, merging it back, reviews.

    Each language's locales/<lang>/.sources.json records which English text every
    translation was made from (and who reviewed it). These commands write it; never
    edit it by hand. See docs/organiser-guide.md.

    \b
    Example:
        advice-bot translations todo --lang pl --out pl-todo.ftl
    """


def _language_states(root: Path, lang: str) -> tuple[LocaleCatalog, LocaleCatalog, LocaleState]:
    """English, the language ``lang`` and the state of each of its messages."""
    from .content import read_locales
    from .i18n.sources import analyse, english_hashes, load_state
    from .i18n.translator import BASE

    catalogs = read_locales(root)
    if BASE not in catalogs:
        raise click.ClickException(f"there is no English locale in {root / 'locales'}")
    _known_or_fail("--lang", lang, [c for c in catalogs if c != BASE])
    base, cat = catalogs[BASE], catalogs[lang]
    return base, cat, analyse(base, cat, english_hashes(base), load_state(root, lang))


@translations.command("todo")
@root_option
@click.option("--lang", required=True, help="Language code, e.g. pl.")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the file here instead of printing it.",
)
def translations_todo(root: Path | None, lang: str, out: Path | None) -> None:
    """Write one Fluent file with every message LANG is missing or has stale.

    Above each message: the English as a comment and, if the English changed since
    it was translated, the previous translation as a second comment. Translate it,
    then give it back with `advice-bot translations merge`.

    \b
    Example:
        advice-bot translations todo --lang pl --out pl-todo.ftl
    """
    from datetime import date

    from .i18n.roundtrip import todo_text

    base, cat, st = _language_states(root or default_root(), lang)
    text = todo_text(base, cat, st, date.today())
    if out is None:
        click.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        click.echo(f"wrote {len(st.todo)} message(s) for '{lang}' to {out}", err=True)


@translations.command("merge")
@root_option
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--lang", default=None, help="Language of FILE (default: read from its first line).")
def translations_merge(root: Path | None, file: Path, lang: str | None) -> None:
    """Check a translated todo file and write its messages into locales/LANG/.

    Checks syntax, { $variables } (the same as English) and plural forms; if
    anything is wrong nothing is written. Messages left as they were are skipped.
    Records which English each merged message translates, so it is no longer stale.

    \b
    Example:
        advice-bot translations merge pl-todo.ftl
    """
    import re

    from .i18n.roundtrip import merge_text, record_merged

    text = file.read_text(encoding="utf-8")
    if lang is None:
        found = re.search(r"--lang\s+([A-Za-z-]+)", text.split("\n", 1)[0])
        if found is None:
            raise click.ClickException(f"{file} does not say its language: add --lang CODE")
        lang = found.group(1)
    base_root = root or default_root()
    base, cat, _ = _language_states(base_root, lang)
    result = merge_text(base_root, base, cat, text, str(file))
    for problem in result.errors:
        click.echo(f"error: {problem}", err=True)
    if result.errors:
        raise click.ClickException(f"nothing merged: fix the {len(result.errors)} error(s)")
    record_merged(base_root, base, lang, result.merged)
    for name in result.skipped:
        click.echo(f"skipped {name} (not translated yet: left as it was)")
    click.echo(
        f"merged {len(result.merged)} message(s) into {', '.join(result.files) or 'nothing'}; "
        f"{len(result.skipped)} skipped"
    )


@translations.command("record")
@root_option
@click.argument("messages", nargs=-1)
@click.option("--lang", "langs", multiple=True, help="Language code; repeat for several.")
@click.option("--all-languages", is_flag=True, help="Every language except English.")
@click.option("--unrecorded", is_flag=True, help="Every translated message with no record yet.")
@click.option("--all", "everything", is_flag=True, help="Every translated message (bootstrap).")
def translations_record(
    root: Path | None,
    messages: tuple[str, ...],
    langs: tuple[str, ...],
    all_languages: bool,
    unrecorded: bool,
    everything: bool,
) -> None:
    """Record that translations were made from TODAY's English (maintainers only).

    Use this ONLY after you updated the translations, e.g. when one change edited an
    English message and its translations together. It clears their review marks.
    Translators do not need it: `translations merge` records what it merges.

    \b
    Examples:
        advice-bot translations record --lang pl time-acas-phone
        advice-bot translations record --all-languages time-acas-phone
        advice-bot translations record --all-languages --unrecorded
    """
    from .content import read_locales
    from .i18n.sources import analyse, english_hashes, load_state, record
    from .i18n.translator import BASE

    base_root = root or default_root()
    catalogs = read_locales(base_root)
    others = [c for c in catalogs if c != BASE]
    if all_languages:
        langs = tuple(others)
    if not langs:
        raise click.UsageError("name a language: --lang CODE (or --all-languages)")
    if not (messages or unrecorded or everything):
        raise click.UsageError("name the messages to record (or --unrecorded, or --all)")
    base = catalogs[BASE]
    hashes = english_hashes(base)
    for lang in langs:
        _known_or_fail("--lang", lang, others)
        cat = catalogs[lang]
        names = list(messages)
        if everything:
            names = [n for n in base.messages if n in cat.messages]
        elif unrecorded:
            st = analyse(base, cat, hashes, load_state(base_root, lang))
            names += st.unrecorded
        unknown = [n for n in names if n not in base.messages]
        if unknown:
            raise click.ClickException(f"not English messages: {', '.join(unknown)}")
        done = record(base_root, base, cat, names)
        untranslated = [n for n in names if n not in done]
        note = f" ({len(untranslated)} not translated in {lang})" if untranslated else ""
        click.echo(f"{lang}: recorded {len(done)} message(s){note}")


@translations.command("review")
@root_option
@click.argument("messages", nargs=-1)
@click.option("--lang", required=True, help="Language code, e.g. pl.")
@click.option(
    "--by", "role", required=True, help="Who reviewed, as a role (never a name): e.g. caseworker."
)
@click.option("--file", "files", multiple=True, help="Every message of this .ftl file.")
def translations_review(
    root: Path | None, messages: tuple[str, ...], lang: str, role: str, files: tuple[str, ...]
) -> None:
    """Record that a fluent speaker checked these translations (a role, and today's date).

    Only current translations (made from today's English) can be marked. Workers are
    told a language is a draft while any message they would see is not reviewed.

    \b
    Examples:
        advice-bot translations review --lang pl --by caseworker --file welcome.ftl
        advice-bot translations review --lang pl --by "union rep" time-acas-phone
    """
    from datetime import date

    from .i18n.sources import review

    base_root = root or default_root()
    _, cat, st = _language_states(base_root, lang)
    if not (messages or files):
        raise click.UsageError("name the messages (or --file NAME.ftl) that were reviewed")
    names = list(messages)
    for f in files:
        wanted = Path(f).name
        found = [n for n, info in cat.messages.items() if Path(info.file).name == wanted]
        if not found:
            raise click.ClickException(f"locales/{lang}/{wanted} has no messages")
        names += found
    not_current = [n for n in names if n not in st.current]
    if not_current:
        raise click.ClickException(
            "not current (missing, stale or other variables), translate them first: "
            + ", ".join(not_current)
        )
    done = review(base_root, cat, names, role, date.today())
    click.echo(f"{lang}: {len(done)} message(s) reviewed by {role!r}")
