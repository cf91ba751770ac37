"""Translations never silently go stale or drop a fact (issue 13).

Each test works on a copy of the project's own flows and locales in a tmp folder.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from fluent.syntax import FluentParser, FluentSerializer

from bot.cli import main
from bot.content import check_content, load_content
from bot.engine.issues import Level
from bot.i18n import mozlint
from tests.helpers import REPO

OTHERS = ["ar", "bn", "es", "hi", "ml", "ne", "pa", "pl", "pt", "ro", "tl", "uk", "ur"]
ARGS = {"acas": "Acas", "phone": "0300 123 1100"}


@pytest.fixture
def root(tmp_path: Path) -> Path:
    out = tmp_path / "content"
    shutil.copytree(REPO / "flows", out / "flows")
    shutil.copytree(REPO / "locales", out / "locales")
    shutil.copy(REPO / ".fluent-lint.yml", out)
    return out


# a variable-free message whose English the tests edit
SERIES = (
    "time-gb-series = If it happened more than once, the time usually counts from the last "
    "incident."
)
SERIES_EDITED = (
    "time-gb-series = If it happened more than once, the time usually counts from the last "
    "time it happened."
)
SERIES_REWRAPPED = (
    "time-gb-series =\n    If it happened more than once,\n    the time usually counts from the "
    "last incident."
)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _line(path: Path, msg_id: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if line.startswith(msg_id + " ="))


def _check(root: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "--root", str(root), *args])
    return result.exit_code, result.output


def test_every_language_of_the_project_is_tracked_and_current() -> None:
    content, issues, _ = check_content(REPO, translations_strict=True)
    assert content is not None
    for code in OTHERS:
        assert (REPO / "locales" / code / ".sources.json").is_file(), code
    bad = [str(i) for i in issues if i.code.startswith("l10n-") and i.level is Level.ERROR]
    assert bad == []
    assert not any(i.code == "l10n-untracked" for i in issues)


def test_a_dropped_phone_number_shows_english_and_is_a_check_error(root: Path) -> None:
    pl = root / "locales" / "pl" / "time-limits.ftl"
    _edit(
        pl,
        "time-acas-phone = Infolinia { $acas }: { $phone }. Jest bezpłatna i poufna, "
        "dostępni są tłumacze.",
        "time-acas-phone = Infolinia { $acas }: zadzwoń.",
    )
    content = load_content(root)  # the bot still runs ...
    english = content.translator.format("en", "time-acas-phone", ARGS)
    shown = content.translator.format("pl", "time-acas-phone", ARGS)
    assert shown == english and "0300 123 1100" in shown  # ... and shows the number in English
    assert content.translator.format("pl", "time-gb-series") != content.translator.format(
        "en", "time-gb-series"
    )  # only that message falls back
    code, out = _check(root)
    assert code == 1
    assert f"locales/pl/time-limits.ftl:{_line(pl, 'time-acas-phone')}: error:" in out
    assert "missing $phone" in out
    assert "the bot still runs and shows English for those messages" in out
    assert re.search(r"1 error\(s\), 0 warning\(s\); [1-9]\d* nodes loaded", out), out
    code, out = _check(root, "--wip", "--locales")
    assert code == 0
    assert "missing $phone" in out and "workers see the English text" in out
    assert "pl other variables: time-acas-phone" in out


def test_an_english_only_message_keeps_the_checks_green(root: Path) -> None:
    en = root / "locales" / "en" / "time-limits.ftl"
    _edit(
        en,
        "time-back-to-limits = Back to time limits\n",
        "time-back-to-limits = Back to time limits\ntime-new-fact = A brand new fact.\n",
    )
    code, out = _check(root)
    assert code == 0, out
    assert "time-new-fact" in out  # a warning per language: not translated yet
    assert mozlint.main([str(root)]) == 0
    content = load_content(root)
    assert content.translator.format("pl", "time-new-fact") == "A brand new fact."


def test_editing_english_marks_it_stale_in_every_language(root: Path) -> None:
    en = root / "locales" / "en" / "time-limits.ftl"
    _edit(
        en,
        SERIES,
        SERIES_EDITED,
    )
    code, out = _check(root, "--locales")
    assert code == 1
    stale = re.findall(
        r"locales/(\w+)/time-limits\.ftl:\d+: error: \[\w+\] 'time-gb-series' is stale", out
    )
    assert sorted(stale) == OTHERS
    assert "pl stale: time-gb-series" in out
    content = load_content(root)
    for code_ in OTHERS:
        assert content.translator.format(code_, "time-gb-series").lstrip("\u200f") == (
            "If it happened more than once, the time usually counts from the last time it happened."
        )


def test_rewrapping_english_is_not_a_change(root: Path) -> None:
    en = root / "locales" / "en" / "time-limits.ftl"
    _edit(
        en,
        SERIES,
        SERIES_REWRAPPED,
    )
    assert _check(root)[0] == 0


def test_todo_translate_merge_clears_the_stale_mark(root: Path, tmp_path: Path) -> None:
    en = root / "locales" / "en" / "time-limits.ftl"
    _edit(
        en,
        SERIES,
        SERIES_EDITED,
    )
    _edit(
        en,
        "time-back-to-limits = Back to time limits\n",
        "time-back-to-limits = Back to time limits\ntime-new = New { $acas } fact.\n",
    )
    todo = tmp_path / "pl-todo.ftl"
    runner = CliRunner()
    result = runner.invoke(
        main, ["translations", "todo", "--root", str(root), "--lang", "pl", "--out", str(todo)]
    )
    assert result.exit_code == 0, result.output
    text = todo.read_text(encoding="utf-8")
    assert "# en: " + SERIES_EDITED.split(" = ", 1)[1] in text
    assert (
        "# was: Jeśli to zdarzyło się więcej niż raz, czas zwykle liczy się od "
        "ostatniego zdarzenia." in text
    )
    assert "# en: New { $acas } fact." in text
    # the translator's work
    text = text.replace(
        "time-gb-series = Jeśli to zdarzyło się więcej niż raz, czas zwykle liczy się od "
        "ostatniego zdarzenia.",
        "time-gb-series = Jeśli to zdarzyło się kilka razy, czas zwykle liczy się od ostatniego.",
    ).replace("time-new = New { $acas } fact.", "time-new = Nowy fakt { $acas }.")
    todo.write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["translations", "merge", "--root", str(root), str(todo)])
    assert result.exit_code == 0, result.output
    assert "merged 2 message(s)" in result.output
    pl = (root / "locales" / "pl" / "time-limits.ftl").read_text(encoding="utf-8")
    assert (
        "time-gb-series = Jeśli to zdarzyło się kilka razy, czas zwykle liczy się od ostatniego.\n"
        in pl
    )
    assert "time-new = Nowy fakt { $acas }.\n" in pl
    assert pl.startswith("# status: draft\n")  # the rest of the file is untouched
    _, out = _check(root, "--locales")
    assert "[pl] 'time-gb-series'" not in out and "pl stale" not in out
    assert "[ro] 'time-gb-series' is stale" in out  # other languages still need it
    content = load_content(root)
    assert content.translator.format("pl", "time-gb-series").startswith(
        "Jeśli to zdarzyło się kilka razy"
    )


def test_merge_refuses_a_translation_without_the_phone_number(root: Path, tmp_path: Path) -> None:
    todo = tmp_path / "pl.ftl"
    todo.write_text(
        "# advice-bot translations todo --lang pl\n"
        "time-acas-phone = Infolinia { $acas }: zadzwoń.\n"
        "time-gb-series = {\n",
        encoding="utf-8",
    )
    before = (root / "locales" / "pl" / "time-limits.ftl").read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["translations", "merge", "--root", str(root), str(todo)])
    assert result.exit_code == 1
    assert f"{todo}:2: 'time-acas-phone' has different variables from English (missing $phone)" in (
        result.output
    )
    assert f"{todo}:3:" in result.output  # the syntax error, with its line
    assert (root / "locales" / "pl" / "time-limits.ftl").read_text(encoding="utf-8") == before


def test_merge_refuses_a_plural_form_the_language_does_not_have(root: Path, tmp_path: Path) -> None:
    todo = tmp_path / "ro.ftl"
    todo.write_text(
        "text-too-long = { $max ->\n    [many] multe { $max }\n   *[other] altele { $max }\n}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["translations", "merge", "--root", str(root), "--lang", "en-GB", str(todo)]
    )
    assert result.exit_code != 0  # not a language we have
    result = CliRunner().invoke(
        main, ["translations", "merge", "--root", str(root), "--lang", "ro", str(todo)]
    )
    assert result.exit_code == 1
    assert "[many] is not a plural form in 'ro'" in result.output


def test_record_is_for_messages_re_translated_in_the_same_change(root: Path) -> None:
    _edit(
        root / "locales" / "en" / "time-limits.ftl",
        SERIES,
        SERIES_EDITED,
    )
    assert _check(root)[0] == 1
    result = CliRunner().invoke(
        main,
        ["translations", "record", "--root", str(root), "--all-languages", "time-gb-series"],
    )
    assert result.exit_code == 0, result.output
    assert _check(root)[0] == 0


def test_review_coverage_and_the_draft_notice(root: Path) -> None:
    content = load_content(root)
    assert content.flows.language("pl") is not None and content.flows.language("pl").draft
    runner = CliRunner()
    result = runner.invoke(
        main,
        [
            "translations", "review", "--root", str(root), "--lang", "pl",
            "--by", "native-speaking caseworker", "--file", "time-limits.ftl",
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    state = json.loads((root / "locales" / "pl" / ".sources.json").read_text(encoding="utf-8"))
    entry = state["messages"]["time-acas-phone"]["reviewed"]
    assert entry["by"] == "native-speaking caseworker" and re.match(r"\d{4}-\d\d-\d\d", entry["on"])
    _, out = _check(root, "--locales")
    row = next(line for line in out.splitlines() if line.startswith("pl "))
    n = len(re.findall(r"^time-[a-z-]+ =", (root / "locales/pl/time-limits.ftl").read_text(), re.M))
    assert re.search(rf"\b{n}/\d+\s", row), row  # partly reviewed
    assert load_content(root).flows.language("pl").draft  # other messages are not reviewed
    # every message reviewed: no more draft notice
    for ftl in sorted((root / "locales" / "pl").glob("*.ftl")):
        runner.invoke(
            main,
            ["translations", "review", "--root", str(root), "--lang", "pl", "--by", "union rep",
             "--file", ftl.name],
        )  # fmt: skip
    lang = load_content(root).flows.language("pl")
    assert lang is not None and not lang.draft
    # a re-translation is not reviewed yet
    _edit(
        root / "locales" / "en" / "time-limits.ftl",
        "time-gb-series = If it happened more than once, the time usually counts",
        "time-gb-series = If it happened more than once, the time usually starts",
    )
    runner.invoke(
        main, ["translations", "record", "--root", str(root), "--lang", "pl", "time-gb-series"]
    )
    lang = load_content(root).flows.language("pl")
    assert lang is not None and lang.draft


def test_fluent_files_survive_the_serializer() -> None:
    """Weblate and Pontoon rewrite .ftl files with fluent.syntax's serializer: every
    message, comment and variant must come back the same. (The serializer changes the
    layout: blank lines between messages, spaces in placeables, where a variant's text
    starts. That is not content.)"""
    parser, serializer = FluentParser(with_spans=False), FluentSerializer(with_junk=True)
    for path in sorted((REPO / "locales").rglob("*.ftl")):
        text = path.read_text(encoding="utf-8")
        tree = parser.parse(text)
        once = serializer.serialize(tree)
        assert parser.parse(once).equals(tree), path
        assert serializer.serialize(parser.parse(once)) == once, path


def test_a_new_translation_nobody_recorded_is_withheld_until_recorded(root: Path) -> None:
    """Another change added an English message and its translations together: the
    maintainer records them after checking (the coordinator's step after a merge)."""
    for code in ["en", *OTHERS]:
        with (root / "locales" / code / "time-limits.ftl").open("a", encoding="utf-8") as f:
            f.write(f"time-added = Added ({code}).\n")
    pl = root / "locales" / "pl" / "time-limits.ftl"
    code, out = _check(root)
    assert code == 1
    assert (
        f"locales/pl/time-limits.ftl:{_line(pl, 'time-added')}: error: [pl] 'time-added' has no "
        "record of the English text it translates" in out
    )
    assert load_content(root).translator.format("pl", "time-added") == "Added (en)."
    runner = CliRunner()
    result = runner.invoke(
        main, ["translations", "record", "--root", str(root), "--all-languages", "--unrecorded"]
    )
    assert result.exit_code == 0 and "pl: recorded 1 message(s)" in result.output
    assert _check(root)[0] == 0
    assert load_content(root).translator.format("pl", "time-added") == "Added (pl)."
