"""The Telegram contract: both transports, one suite, against the fake Bot API.

Each test runs once per transport (see ``harness`` in conftest.py). After each test
the harness also checks that every sendMessage carried protect_content, that no
unfaked method was called, and that every button press was answered exactly once.
"""

from __future__ import annotations

import struct

import aiohttp
import pytest

from bot.telegram import StartError
from tests.transports.conftest import Harness, free_port, texts

CHAT = 731_555_019
EN = {
    "choose": "Choose your language.",
    "menu": "What do you need?",
    "ask": "What happened?",
    "thanks": "Thank you.",
    "visa": "Your visa does not change your rights.",
    "stale": "That button is old. Here is where you are:",
    "slow": "Please slow down.",
    "neutral": "Weather: mild.",
    "use-buttons": "Please use the buttons.",
}
PL = {
    "choose": "Wybierz język.",
    "menu": "Czego potrzebujesz?",
    "visa": "Twoja wiza nie zmienia twoich praw.",
}


def raw_db(h: Harness) -> bytes:
    """Every byte the database holds on disk: the file and its WAL."""
    data = b""
    for suffix in ("", "-wal", "-journal"):
        path = h.db_path.with_name(h.db_path.name + suffix)
        if path.exists():
            data += path.read_bytes()
    return data


async def to_menu(h: Harness, chat: int = CHAT) -> None:
    await h.start_chat(chat)
    out = await h.press(chat, "English")
    assert texts(out) == [EN["menu"]]


# ---- starting -----------------------------------------------------------------------------------


async def test_start_offers_languages_then_menu_with_buttons(harness: Harness) -> None:
    out = await harness.start_chat(CHAT)
    assert texts(out) == [EN["choose"]]
    assert [b["text"] for b in out[0].buttons] == ["English", "Polski"]
    assert all(m.protect_content for m in out)
    out = await harness.press(CHAT, "English")
    assert texts(out) == [EN["menu"]]
    assert [b["text"] for b in out[0].buttons] == ["Tell us", "Visa", "Leave now"]
    # token:index, except "Leave now": fixed data the bridge takes before anything else
    assert [":" in d for d in out[0].callback_data] == [True, True, False]
    assert out[0].callback_data[-1] == "exit"


async def test_telegram_language_code_picks_the_first_language(harness: Harness) -> None:
    out = await harness.start_chat(CHAT, language_code="pl-PL")
    assert texts(out) == [PL["choose"]]
    assert out[-1].buttons[0]["text"] == "Polski"  # Telegram's language is the default


async def test_deep_link_with_a_language(harness: Harness) -> None:
    # a poster's QR code names the language, so the language menu is skipped
    out = await harness.start_chat(CHAT, "pl", language_code="en")
    assert texts(out) == [PL["menu"]]


async def test_deep_link_with_a_language_and_a_flow(harness: Harness) -> None:
    out = await harness.start_chat(CHAT, "pl__visa")
    assert texts(out) == [PL["visa"]]
    out = await harness.start_chat(CHAT + 1, "__visa")
    assert texts(out) == [EN["visa"]]


async def test_invalid_deep_link_starts_normally(harness: Harness) -> None:
    out = await harness.start_chat(CHAT, "zz__no-such-flow")
    assert texts(out) == [EN["choose"]]


async def test_language_command_changes_language(harness: Harness) -> None:
    await to_menu(harness)
    out = await harness.send(CHAT, "/language")
    assert texts(out) == [EN["choose"]]
    out = await harness.press(CHAT, "Polski")
    assert texts(out) == [PL["menu"]]


# ---- answering ----------------------------------------------------------------------------------


async def test_free_text_answer_is_taken_and_never_stored_in_plaintext(harness: Harness) -> None:
    await to_menu(harness)
    assert texts(await harness.press(CHAT, "Tell us")) == [EN["ask"]]
    secret_story = "Quentin from payroll cornered me by the lockers"
    assert texts(await harness.send(CHAT, secret_story)) == [EN["thanks"]]
    disk = raw_db(harness)
    assert disk, "the database should exist"
    assert b"Quentin" not in disk and b"lockers" not in disk
    assert str(CHAT).encode() not in disk
    assert struct.pack(">q", CHAT) not in disk and struct.pack(">i", CHAT) not in disk
    await harness.stop()  # after closing (WAL checkpointed) it is still nowhere
    disk = raw_db(harness)
    assert b"Quentin" not in disk and str(CHAT).encode() not in disk


async def test_typing_at_a_menu_asks_for_the_buttons(harness: Harness) -> None:
    await to_menu(harness)
    out = await harness.send(CHAT, "hello?")
    assert texts(out) == [EN["use-buttons"]]
    assert [b["text"] for b in out[0].buttons] == ["Tell us", "Visa", "Leave now"]


# ---- buttons that should not work ---------------------------------------------------------------


async def test_forged_callback_data_is_refused_gently(harness: Harness) -> None:
    await to_menu(harness)
    menu = harness.api.sent(CHAT)[-1]
    for data in ("not-a-button", "1:99", "fff:0"):
        out = await harness.press_data(CHAT, data, menu.message_id, strict=False)
        assert texts(out) == [EN["stale"] + "\n\n" + EN["menu"]], data
        assert [b["text"] for b in out[0].buttons] == ["Tell us", "Visa", "Leave now"]
    answered = {a.callback_query_id for a in harness.api.answered_callbacks}
    assert set(harness.pressed[-3:]) <= answered


async def test_stale_button_is_refused_and_shows_where_you_are(harness: Harness) -> None:
    await harness.start_chat(CHAT)
    language_message, data = harness.button(CHAT, "English")
    await harness.press(CHAT, "English")
    out = await harness.press_data(CHAT, data, language_message.message_id)
    assert texts(out) == [EN["stale"] + "\n\n" + EN["menu"]]
    out = await harness.press(CHAT, "Visa")  # the fresh buttons work
    assert texts(out) == [EN["visa"]]


async def test_press_on_a_deleted_message_is_answered(harness: Harness) -> None:
    await to_menu(harness)
    menu, data = harness.button(CHAT, "Visa")
    await harness.send(CHAT, "/exit")
    out = await harness.press_data(CHAT, data, menu.message_id, strict=False)
    assert texts(out)  # a fresh start at the menu, not a crash
    assert harness.pressed[-1] in {a.callback_query_id for a in harness.api.answered_callbacks}


# ---- limits -------------------------------------------------------------------------------------


async def test_flood_gets_exactly_one_slow_down_then_silence(harness: Harness) -> None:
    await harness.restart(rate_limit_messages=3, rate_limit_window_seconds=60)
    await harness.start_chat(CHAT)  # 1
    await harness.press(CHAT, "English")  # 2
    replies = [texts(await harness.send(CHAT, f"flood {i}")) for i in range(8)]
    assert replies[0] == [EN["use-buttons"]]  # 3: still within the limit
    assert replies[1] == [EN["slow"]]
    assert replies[2:] == [[]] * 6
    assert sum(m.text == EN["slow"] for m in harness.api.sent(CHAT)) == 1
    exit_out = await harness.send(CHAT, "/exit")  # quick exit is never rate limited
    assert texts(exit_out) == [EN["neutral"]]
    harness.mono.advance(61)
    assert texts(await harness.start_chat(CHAT)) == [EN["choose"]]


async def test_very_long_message_gets_a_kind_answer_and_is_not_stored(harness: Harness) -> None:
    await to_menu(harness)
    sessions_before = raw_db(harness)
    long_text = "Zanzibar-" + "x" * 49_991
    assert len(long_text) == 50_000
    out = await harness.send(CHAT, long_text)
    assert texts(out) == ["Too long to read: under 2,000 characters, please."]
    assert not out[0].buttons
    assert b"Zanzibar" not in raw_db(harness)
    assert sessions_before  # the session was there before and is unchanged:
    assert texts(await harness.press(CHAT, "Visa")) == [EN["visa"]]


async def test_non_text_message_gets_a_kind_answer_and_is_deleted_on_exit(
    harness: Harness,
) -> None:
    await to_menu(harness)
    before = harness.handled
    photo_id = await harness.api.user_sends_photo(CHAT)
    await harness.api.wait_for(lambda: harness.handled > before)
    assert harness.api.sent(CHAT)[-1].text == "Only text and buttons work here."
    await harness.send(CHAT, "/exit")
    assert photo_id in harness.api.deleted(CHAT)


async def test_edited_messages_are_ignored(harness: Harness) -> None:
    await to_menu(harness)
    await harness.send(CHAT, "typo")
    [typo] = [m for m in harness.api.history(CHAT) if m.text == "typo"]
    edited = dict(typo.raw, text="edited", edit_date=1)
    before, count = harness.handled, len(harness.api.sent(CHAT))
    await harness.api.push_update({"edited_message": edited})
    await harness.send(CHAT, "/help")
    assert harness.handled == before + 1  # only /help reached the bridge
    assert len(harness.api.sent(CHAT)) == count + 1


# ---- quick exit ---------------------------------------------------------------------------------


async def test_exit_command_deletes_every_message_and_wipes_the_session(harness: Harness) -> None:
    await to_menu(harness)
    await harness.press(CHAT, "Tell us")
    await harness.send(CHAT, "something private")
    before_exit = set(harness.api.visible(CHAT))
    exit_id = max(before_exit) + 1
    out = await harness.send(CHAT, "/exit")
    assert texts(out) == [EN["neutral"]]
    assert harness.api.deleted(CHAT) == before_exit | {exit_id}
    assert harness.api.visible(CHAT) == [out[0].message_id]
    assert not out[0].buttons
    assert all(len(c["message_ids"]) <= 100 for c in harness.api.calls_to("deleteMessages"))
    # The session is gone: a new message starts again; the neutral message is not
    # recorded, so a second /exit leaves it alone.
    assert texts(await harness.send(CHAT, "hi")) == [EN["choose"]]
    await harness.send(CHAT, "/exit")
    assert out[0].message_id in harness.api.visible(CHAT)


async def test_leave_now_button_deletes_everything(harness: Harness) -> None:
    await to_menu(harness)
    before = set(harness.api.visible(CHAT))
    out = await harness.press(CHAT, "Leave now")
    assert texts(out) == [EN["neutral"]]
    assert harness.api.deleted(CHAT) == before
    assert harness.api.visible(CHAT) == [out[0].message_id]


# ---- restart, groups, errors --------------------------------------------------------------------


async def test_restart_mid_conversation_resumes_at_the_same_node(harness: Harness) -> None:
    await to_menu(harness)
    await harness.restart()  # a new transport and a new database connection, same file
    out = await harness.press(CHAT, "Visa")  # the old buttons are still live
    assert texts(out) == [EN["visa"]]
    await harness.restart()
    out = await harness.send(CHAT, "/exit")  # message ids survived the restarts too
    assert harness.api.visible(CHAT) == [out[0].message_id]


async def test_expired_session_starts_afresh(harness: Harness) -> None:
    await to_menu(harness)
    harness.clock.advance(31 * 60 + 3600)  # the TTL, rounded up to a whole hour
    out = await harness.press(CHAT, "Visa")
    assert texts(out)[0].startswith(EN["stale"])  # nothing to resume: back at the start


async def test_group_chat_gets_one_message_then_the_bot_leaves(harness: Harness) -> None:
    group = -100_777
    out = await harness.send(group, "/start", chat_type="group", user_id=5555)
    assert texts(out) == ["I only talk in private chats. Leaving."]
    assert out[0].protect_content
    assert harness.api.left_chats == [group]
    assert harness.app is not None
    assert await harness.app.sessions.count() == 0


async def test_blocked_bot_does_not_crash_and_forgets_the_chat(harness: Harness) -> None:
    await to_menu(harness)
    harness.api.fail_next("sendMessage", error_code=403, description="Forbidden: bot was blocked")
    out = await harness.press(CHAT, "Visa")
    assert out == []
    assert harness.app is not None
    assert await harness.app.sessions.count() == 0
    assert texts(await harness.start_chat(CHAT)) == [EN["choose"]]  # after unblocking


async def test_send_failure_is_survived(harness: Harness) -> None:
    await to_menu(harness)
    harness.api.fail_next("sendMessage", error_code=400, description="Bad Request: boom")
    assert await harness.press(CHAT, "Visa") == []
    assert texts(await harness.send(CHAT, "/restart")) == [EN["menu"]]


# ---- webhook ------------------------------------------------------------------------------------


async def test_webhook_mode_with_secret_token(harness: Harness) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram-hook"
    await harness.restart(webhook_url=url, listen_port=port, webhook_secret="s3cret-Token_1")
    assert harness.api.webhook_url == url
    out = await harness.start_chat(CHAT)
    assert texts(out) == [EN["choose"]]
    assert texts(await harness.press(CHAT, "English")) == [EN["menu"]]
    before = harness.handled
    update = {"update_id": 999, "message": harness.api.message(CHAT, 1).raw}
    async with aiohttp.ClientSession() as http:
        for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}):
            async with http.post(url, json=update, headers=headers) as resp:
                assert resp.status in (401, 403)
    assert harness.handled == before


async def test_a_wrong_token_stops_start_up_with_a_clear_message(harness: Harness) -> None:
    await harness.stop()
    with pytest.raises(StartError, match=r"refused the bot token.*TELEGRAM_BOT_TOKEN"):
        await harness.start(telegram_bot_token="999:wrong-token")
    await harness.stop()  # stopping a transport that never started is harmless
