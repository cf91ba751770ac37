"""Mozilla's Fluent tools run over locales/, and the parse cache is safe and correct."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from bot.i18n import cache
from bot.i18n.catalog import parse_locale
from bot.i18n.mozlint import compare, lint
from tests.helpers import REPO, copy_mini


def test_compare_locales_reports_obsolete_but_not_missing(tmp_path: Path) -> None:
    """Adding English first is the normal workflow: workers see English until the
    translation comes, and `advice-bot check` warns. Only leftovers fail."""
    root = copy_mini(tmp_path)
    with (root / "locales" / "pl" / "welcome.ftl").open("a", encoding="utf-8") as f:
        f.write("no-longer-in-english = Stare.\n")
    problems = compare(root)
    assert not any("missingEntity" in p or "missingFile" in p for p in problems), problems
    assert any("obsoleteEntity: no-longer-in-english" in p for p in problems)


def test_compare_locales_passes_when_complete(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    shutil.rmtree(root / "locales" / "ar")
    shutil.rmtree(root / "locales" / "pl")
    shutil.copytree(root / "locales" / "en", root / "locales" / "de")
    assert compare(root) == []


def test_fluent_linter_flags_bad_identifiers(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    shutil.copy(REPO / ".fluent-lint.yml", root)
    assert lint(root) == []
    with (root / "locales" / "en" / "common.ftl").open("a", encoding="utf-8") as f:
        f.write("Bad_Id = Wait...\n")
    found = "\n".join(lint(root))
    assert "ID01" in found and "TE05" in found


def test_cache_gives_the_same_catalog_and_notices_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ADVICE_BOT_CACHE", str(tmp_path / "cache"))
    text = "# status: draft\nhello-there = Hi { $name }\n"
    first = parse_locale("xx", [("a.ftl", text)])
    assert list((tmp_path / "cache" / "ftl").glob("*.json"))
    second = parse_locale("xx", [("a.ftl", text)])
    assert first.messages == second.messages and second.status == "draft"
    changed = parse_locale("xx", [("a.ftl", text.replace("$name", "$who"))])
    assert changed.messages["hello-there"].variables == frozenset({"who"})


def test_cache_refuses_a_folder_others_can_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared"
    (shared / "ftl").mkdir(parents=True)
    os.chmod(shared / "ftl", 0o777)
    monkeypatch.setenv("ADVICE_BOT_CACHE", str(shared))
    cache._usable_dirs.clear()
    parse_locale("xx", [("a.ftl", "hello-there = Hi\n")])
    assert not list((shared / "ftl").glob("*.json"))


def test_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADVICE_BOT_CACHE", "off")
    assert cache.cache_dir() is None


def test_compare_locales_checks_plural_forms(tmp_path: Path) -> None:
    root = copy_mini(tmp_path)
    shutil.rmtree(root / "locales" / "ar")
    shutil.rmtree(root / "locales" / "pl")
    shutil.copytree(root / "locales" / "en", root / "locales" / "cy")  # Welsh has six forms
    assert any("Plural categories missing" in p for p in compare(root))


def test_parallel_first_parse_matches_the_serial_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.i18n.catalog import summarise_ahead

    monkeypatch.setenv("ADVICE_BOT_CACHE", "off")
    monkeypatch.setattr(cache, "PARALLEL_FROM", 1)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    files = [
        (f"f{i}.ftl", f"msg-{i} = Hello {{ $name }} number {i}\nbad-{i} = {{\n") for i in range(3)
    ]
    serial = parse_locale("xx", files)
    summarise_ahead([text for _, text in files])
    assert len(cache._precomputed) == 3  # computed in worker processes
    parallel = parse_locale("xx", files)
    assert not cache._precomputed  # used up
    assert parallel.messages == serial.messages and parallel.issues == serial.issues
    assert serial.issues  # the syntax errors survive the trip
