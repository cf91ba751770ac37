"""Fluent formatting: fallback to English, plurals, right-to-left, negotiation."""

from __future__ import annotations

from typing import Any

import pytest

from bot.content import read_locales
from bot.i18n.catalog import parse_locale
from bot.i18n.negotiate import negotiate
from bot.i18n.translator import RLM, Translator, is_rtl
from tests.helpers import MINI


@pytest.fixture(scope="module")
def tr() -> Translator:
    return Translator(read_locales(MINI).values())


def test_translated_message(tr: Translator) -> None:
    assert tr.format("pl", "menu-question") == "Czego potrzebujesz?"


def test_missing_translation_falls_back_to_english_per_message(tr: Translator) -> None:
    assert tr.format("pl", "where-question") == "Where do you work?"


def test_unknown_message_never_shows_its_id(tr: Translator) -> None:
    text = tr.format("pl", "no-such-message-id")
    assert "no-such-message-id" not in text
    assert text == "Not available."


def test_missing_variable_falls_back_instead_of_showing_braces(tr: Translator) -> None:
    text = tr.format("en", "text-too-long", {})
    assert "{" not in text and "$max" not in text


def test_plural_rules_use_numbers(tr: Translator) -> None:
    assert tr.format("en", "law-gb", {"days": 1}) == "You have 1 day."
    assert tr.format("en", "law-gb", {"days": 5}) == "You have 5 days."
    assert tr.format("pl", "law-gb", {"days": 1}) == "Masz 1 dzień."
    assert tr.format("pl", "law-gb", {"days": 3}) == "Masz 3 dni."


def test_no_bidi_isolation_marks_in_ltr_text(tr: Translator) -> None:
    text = tr.format("en", "law-gb", {"days": 5})
    assert "\u2068" not in text and "\u2069" not in text


def test_right_to_left_lines_start_with_a_right_to_left_mark(tr: Translator) -> None:
    assert is_rtl("ar") and is_rtl("ur") and not is_rtl("pl")
    text = tr.format("ar", "law-gb", {"days": 5})
    assert text.startswith(RLM)
    assert "5" in text
    multi = tr.format("ar", "menu-question")
    assert all(line.startswith(RLM) for line in multi.split("\n"))


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("pt-BR", "pt"),
        ("pt", "pt"),
        ("PL", "pl"),
        ("uk-UA", "uk"),
        ("fil", "tl"),
        ("xx", "en"),
        (None, "en"),
        ("", "en"),
        ("pa-Guru-IN", "pa"),
        ("zh-Hans", "en"),
    ],
)
def test_negotiation(code: str | None, expected: str) -> None:
    available = ["en", "pl", "pt", "uk", "tl", "pa"]
    assert negotiate(code, available) == expected


def _translator(en: str) -> Translator:
    return Translator([parse_locale("en", [("main.ftl", en)])])


def test_a_message_without_variables_is_formatted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    tr = _translator("hello = Hello.\n")
    bundle = tr.bundle("en")
    assert bundle is not None
    calls: list[str] = []
    original = bundle.format_pattern

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append("x")
        return original(*args, **kwargs)

    monkeypatch.setattr(bundle, "format_pattern", counting)
    # flows pass the session's variables to every message: they must not matter here
    assert tr.format("en", "hello", {"nation": "wales"}) == "Hello."
    assert tr.format("en", "hello", {"nation": "scotland"}) == "Hello."
    assert tr.format("en", "hello") == "Hello."
    assert len(calls) == 1


def test_a_message_with_variables_is_never_kept() -> None:
    tr = _translator("done = Your code is { $code }.\nwrap = Note: { done }\n")
    assert tr.format("en", "done", {"code": "K7Q-22"}) == "Your code is K7Q-22."
    assert tr.format("en", "done", {"code": "M3X-91"}) == "Your code is M3X-91."
    # a message that only references one with variables uses them too
    assert tr.format("en", "wrap", {"code": "AB1-00"}) == "Note: Your code is AB1-00."
    assert tr.format("en", "wrap", {"code": "ZZ9-99"}) == "Note: Your code is ZZ9-99."
    kept = " ".join(tr._plain.values())
    assert not any(code in kept for code in ("K7Q", "M3X", "AB1", "ZZ9"))


def test_a_cycle_of_references_does_not_hang() -> None:
    tr = _translator("a = { b }\nb = { a }\n")
    assert tr.uses_variables("en", "a")
    assert "{" not in tr.format("en", "a")


def test_preload_parses_every_language() -> None:
    tr = Translator(read_locales(MINI).values())
    tr.preload()
    assert set(tr._bundles) == set(tr.languages)
    assert tr.format("pl", "menu-question") == "Czego potrzebujesz?"
