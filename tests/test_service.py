"""bot/service.py: load session -> step -> effects -> render -> save, one chat at a time."""

from __future__ import annotations

import asyncio

from bot.engine.step import Command, Press, Start, Text
from bot.service import MemoryStore, Service
from bot.transcripts import MemoryReports
from tests.helpers import mini

CONTENT = mini()


async def test_start_answers_and_saves_the_conversation() -> None:
    store = MemoryStore()
    service: Service[str] = Service(CONTENT, store)
    reply = await service.handle("chat", Start(""))
    assert reply.rendered.messages[0].text == "Choose your language."
    assert store.data["chat"] == reply.session.to_dict()


async def test_a_new_chat_starts_in_the_language_telegram_reports() -> None:
    service: Service[str] = Service(CONTENT, MemoryStore())
    reply = await service.handle("chat", Start(""), lang_code="pl-PL")
    assert reply.session.lang == "pl"
    assert await service.language("chat") == "pl"
    assert await service.language("someone-else", "ar") == "ar"
    assert await service.language("someone-else", "xx") == "en"


async def test_the_next_input_continues_from_the_saved_session() -> None:
    store = MemoryStore()
    first: Service[str] = Service(CONTENT, store)
    reply = await first.handle("chat", Start(""))
    token = reply.session.seq
    assert token
    # another service over the same store (another process) carries on
    second: Service[str] = Service(CONTENT, store)
    offer = reply.rendered.messages[-1].buttons
    data = offer[0][0].data.split(":")
    reply = await second.handle("chat", Press(data[0], int(data[1])))
    assert reply.session.node == CONTENT.flows.menu


async def test_inputs_of_one_chat_run_in_order_and_leave_no_lock_behind() -> None:
    service: Service[str] = Service(CONTENT, MemoryStore())
    replies = await asyncio.gather(
        service.handle("chat", Start("")),
        service.handle("chat", Command("help", "")),
        service.handle("chat", Text("hello")),
    )
    assert [r.session.seq for r in replies] == sorted(r.session.seq for r in replies)
    assert service._locks == {} and service._waiting == {}


async def test_forget_wipes_the_session() -> None:
    store = MemoryStore()
    service: Service[str] = Service(CONTENT, store)
    await service.handle("chat", Start(""))
    await service.forget("chat")
    assert store.data == {}


async def test_a_report_sink_switches_the_feature_on_for_this_service_only() -> None:
    reports = MemoryReports(ttl_days=12)
    on: Service[str] = Service(CONTENT, MemoryStore(), reports)
    off: Service[str] = Service(CONTENT, MemoryStore())
    assert "reports" in on.content.flows.features
    assert on.content.flows.constants["report_days"] == 12
    assert "reports" not in off.content.flows.features
    assert "reports" not in CONTENT.flows.features  # the content passed in is unchanged


def test_say_formats_a_message_outside_a_step() -> None:
    service: Service[str] = Service(CONTENT, MemoryStore())
    assert service.say("en", "text-too-long", max=5) == "Too long: at most 5 characters."
