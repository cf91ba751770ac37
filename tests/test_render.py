"""bot/render.py: engine events -> messages with buttons; transport input -> engine input."""

from __future__ import annotations

import pytest

from bot.engine.events import LanguageChanged, Msg, Offer, Option, Say
from bot.engine.step import Command, Press, Start, Text
from bot.render import Button, parse_callback, parse_text, render
from tests.helpers import mini

CONTENT = mini()
TR = CONTENT.translator


def test_consecutive_sayings_are_one_message_with_the_buttons_under_it() -> None:
    out = render(
        [
            Say(Msg("menu-question")),
            Say(Msg("where-question")),
            Offer("1a", (Option(0, Msg("menu-where")), Option(1, Msg("leave-now")))),
        ],
        "en",
        TR,
    )
    [message] = out.messages
    assert message.text == (
        TR.format("en", "menu-question") + "\n\n" + TR.format("en", "where-question")
    )
    assert message.buttons == [
        [Button(TR.format("en", "menu-where"), "1a:0")],
        [Button("Leave now", "1a:1")],
    ]
    assert message.lang == "en" and not out.quick_exit


def test_buttons_with_nothing_said_before_them_get_a_neutral_line() -> None:
    [message] = render([Offer("2b", (Option(0, Msg("leave-now")),))], "en", TR).messages
    assert message.text == "Choose below." and message.buttons == [[Button("Leave now", "2b:0")]]


def test_a_language_menu_names_each_language_in_itself_two_per_row() -> None:
    offer = Offer(
        "3c",
        tuple(Option(i, Msg("language-name"), lang) for i, lang in enumerate(("en", "pl", "ar"))),
    )
    [message] = render([Say(Msg("language-choose")), offer], "en", TR).messages
    names = [TR.format(code, "language-name") for code in ("en", "pl", "ar")]
    assert [[b.label for b in row] for row in message.buttons] == [names[:2], names[2:]]
    assert len(set(names)) == 3


def test_after_a_language_change_the_text_is_in_the_new_language() -> None:
    out = render(
        [Say(Msg("language-choose")), LanguageChanged("pl"), Say(Msg("language-choose"))],
        "en",
        TR,
    )
    assert [(m.lang, m.text) for m in out.messages] == [
        ("en", TR.format("en", "language-choose")),
        ("pl", TR.format("pl", "language-choose")),
    ]
    assert out.messages[0].text != out.messages[1].text


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("1a:2", Press("1a", 2)),
        ("fff:11", Press("fff", 11)),
        ("1a:123", None),
        ("1A:2", None),
        ("1a2", None),
        ("", None),
        (None, None),
    ],
)
def test_callback_data_is_token_colon_index_or_nothing(
    data: str | None, expected: Press | None
) -> None:
    assert parse_callback(data) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/start", Start("")),
        ("/start pl__visa", Start("pl__visa")),
        ("/exit@AdviceBot", Command("exit", "")),
        ("/WITHDRAW  K7Q2-M3X9 ", Command("withdraw", "K7Q2-M3X9")),
        ("/nosuch", Command("nosuch", "")),
        ("hello /start", Text("hello /start")),
        ("2", Text("2")),
    ],
)
def test_commands_and_text(text: str, expected: object) -> None:
    assert parse_text(text) == expected
