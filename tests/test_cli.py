"""The advice-bot command line: help with examples, documented, and doing what it says."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.content import load_content
from bot.transcripts import load_transcript, run_transcript
from bot.transports.console import chat
from tests.helpers import FIXTURES, REPO, copy_mini


def _commands(group: click.Group, prefix: str = "") -> Iterator[tuple[str, click.Command]]:
    for name, cmd in sorted(group.commands.items()):
        full = f"{prefix}{name}"
        yield full, cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, full + " ")


ALL = list(_commands(main))


@pytest.mark.parametrize(("name", "cmd"), ALL, ids=[n for n, _ in ALL])
def test_every_command_has_help_with_an_example(name: str, cmd: click.Command) -> None:
    result = CliRunner().invoke(main, [*name.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output, f"'advice-bot {name} --help' needs an example"
    assert "advice-bot " + name in result.output


@pytest.mark.parametrize(("name", "cmd"), ALL, ids=[n for n, _ in ALL])
def test_every_command_is_documented(name: str, cmd: click.Command) -> None:
    docs = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert f"advice-bot {name}" in docs, f"document 'advice-bot {name}' in docs/cli.md"


def test_check_passes_on_the_repo() -> None:
    result = CliRunner().invoke(main, ["check", "--root", str(REPO), "--locales"])
    assert result.exit_code == 0, result.output
    assert "0 error(s)" in result.output
    assert "locale" in result.output and "en" in result.output


def test_check_fails_with_file_and_line(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    shutil.copy(FIXTURES / "broken" / "dangling-target.yaml", root / "flows")
    result = CliRunner().invoke(main, ["check", "--root", str(root)])
    assert result.exit_code == 1
    assert "flows/dangling-target.yaml:10: error:" in result.output
    assert "how to fix:" in result.output


async def test_chat_records_a_transcript_that_passes(tmp_path: Path) -> None:
    content = load_content(FIXTURES / "mini")
    out = io.StringIO()
    record = tmp_path / "rec.yaml"
    stdin = io.StringIO("1\n1\n2\n/back\n/exit\n")
    assert await chat(content, record=record, stdin=stdin, stdout=out) == 0
    text = out.getvalue()
    assert "[1] English" in text and "Where do you work?" in text
    assert "In Northern Ireland the law is different." in text
    result, _ = await run_transcript(content, record, load_transcript(record))
    assert result.ok, result.report()
    assert len(load_transcript(record)["steps"]) == 6


def test_test_command_update_rewrites_expectations(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    (root / "flows" / "tests").mkdir()
    t = root / "flows" / "tests" / "t.yaml"
    t.write_text("lang: en\nsteps:\n  - send: /start\n    expect: [wrong]\n", encoding="utf-8")
    runner = CliRunner()
    failed = runner.invoke(main, ["test", "--root", str(root)])
    assert failed.exit_code == 1 and "0 passed, 1 failed" in failed.output
    updated = runner.invoke(main, ["test", "--root", str(root), "--update"])
    assert updated.exit_code == 0
    again = runner.invoke(main, ["test", "--root", str(root)])
    assert again.exit_code == 0 and "1 passed, 0 failed" in again.output


def test_schema_prints_json() -> None:
    result = CliRunner().invoke(main, ["schema"])
    assert result.exit_code == 0 and '"Node"' in result.output


def test_test_update_says_updated_only_for_files_that_changed(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    (root / "flows" / "tests").mkdir()
    runner = CliRunner()
    right = root / "flows" / "tests" / "right.yaml"
    right.write_text("lang: en\nsteps:\n  - send: /start\n    expect: [wrong]\n", encoding="utf-8")
    assert runner.invoke(main, ["test", "--root", str(root), "--update"]).exit_code == 0
    wrong = root / "flows" / "tests" / "wrong.yaml"
    wrong.write_text("lang: en\nsteps:\n  - send: /start\n    expect: [wrong]\n", encoding="utf-8")
    before = right.stat().st_mtime_ns
    result = runner.invoke(main, ["test", "--root", str(root), "--update"])
    assert result.exit_code == 0, result.output
    assert f"updated {wrong}" in result.output
    assert f"updated {right}" not in result.output and f"ok      {right}" in result.output
    assert right.stat().st_mtime_ns == before


def test_test_help_names_a_file_that_exists() -> None:
    import re

    result = CliRunner().invoke(main, ["test", "--help"])
    named = re.findall(r"flows/tests/[\w.-]+\.yaml", result.output)
    assert named
    for path in named:
        assert (REPO / path).is_file(), f"'advice-bot test --help' names {path}"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--lang", "fr"], "'fr' is not one we have"),
        (["--lang", "pll"], "Did you mean 'pl'?"),
        (["--flow", "nosuch"], "'nosuch' is not one we have"),
        (["--flow", "rigths"], "Did you mean 'rights'?"),
    ],
)
def test_chat_refuses_a_language_or_flow_we_do_not_have(args: list[str], said: str) -> None:
    result = CliRunner().invoke(main, ["chat", "--root", str(REPO), *args], input="/quit\n")
    assert result.exit_code == 2, result.output
    assert said in result.output


async def test_the_terminal_chat_first_says_how_to_choose_and_how_to_leave() -> None:
    content = load_content(REPO)
    out = io.StringIO()
    assert await chat(content, stdin=io.StringIO(""), stdout=out) == 0
    first = out.getvalue().split("> ")[0]
    assert "Type the number of an option and press Enter" in first
    assert "/quit" in first and "Ctrl-D" in first
    out = io.StringIO()
    assert await chat(content, lang="pl", stdin=io.StringIO(""), stdout=out) == 0
    assert "naciśnij Enter" in out.getvalue().split("> ")[0]


def test_first_install_is_quiet_and_the_licence_is_an_spdx_string() -> None:
    """`make run` on a fresh machine printed ~60 lines of install warnings first."""
    import tomllib

    meta = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["license"] == "AGPL-3.0-or-later"  # a table is deprecated
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    installs = [line for line in makefile.splitlines() if "pip install" in line or "PIP)" in line]
    assert installs and all("$(PIP)" in line for line in installs)
    assert "PIP := $(PY) -m pip --quiet --quiet --disable-pip-version-check" in makefile
