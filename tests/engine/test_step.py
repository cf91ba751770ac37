"""Behaviour of the engine on the mini fixture flows."""

from __future__ import annotations

import json

import pytest

from bot.content import Content
from bot.engine.events import AskText, End, LanguageChanged, Offer, QuickExit, Say, SubmitReport
from bot.engine.session import Session
from bot.engine.step import Command, Press, Start, Text, step
from tests.helpers import Driver, mini


@pytest.fixture(scope="module")
def content() -> Content:
    return mini()


def test_start_offers_every_language_named_in_itself(content: Content) -> None:
    d = Driver(content)
    d.send(Start())
    assert d.ids() == ["language en", "say language-choose", "languages"]
    offer = d.offer
    assert offer is not None
    assert [o.lang for o in offer.options] == ["en", "ar", "pl"]


def test_choosing_a_draft_language_warns_once(content: Content) -> None:
    d = Driver(content)
    d.send(Start())
    d.press(3)  # pl
    assert d.ids()[:3] == ["language pl", "say draft-notice", "say menu-question"]
    assert d.session.lang == "pl"
    d.send(Command("language"))
    assert d.offer is not None and d.offer.options[0].lang == "pl"  # current language first
    d.press(1)
    assert "say draft-notice" not in d.ids()


def test_deep_link_payload_picks_language_and_flow(content: Content) -> None:
    d = Driver(content)
    d.send(Start("pl__story"))
    assert d.session.lang == "pl"
    assert d.session.node == "story.start"
    d2 = Driver(content)
    d2.send(Start("zz__nowhere"))  # invalid payloads fall back to the normal start
    assert d2.session.node == "welcome.language"
    assert d2.session.lang == "en"


def test_language_hint_is_the_default(content: Content) -> None:
    d = Driver(content)
    d.send(Start("", lang_hint="ar"))
    assert d.session.lang == "ar"


def test_branch_on_variables(content: Content) -> None:
    d = Driver(content)
    d.send(Start())
    d.press(1)
    d.press(1)  # where
    d.press(2)  # northern ireland
    assert "say law-ni" in d.ids()
    assert d.session.vars["nation"] == "northern-ireland"
    d.press(1)
    d.press(1)  # wales
    assert any(
        isinstance(e, Say) and e.msg.id == "law-gb" and e.msg.args["days"] == 90 for e in d.events
    )


def test_free_text_limits_and_retry(content: Content) -> None:
    d = Driver(content)
    d.send(Start("__story"))
    assert isinstance(d.events[-1], AskText)
    d.send(Text("   "))
    assert d.ids()[0] == "say text-empty"
    d.send(Text("x" * 41))
    assert d.ids()[0] == "say text-too-long"
    assert d.events[0].msg.args["max"] == 40  # type: ignore[union-attr]
    d.send(Text("it happened at work"))
    assert d.session.vars["report_story"] == "it happened at work"
    assert d.session.node == "story.optional"


def test_optional_question_can_be_skipped(content: Content) -> None:
    d = Driver(content)
    d.send(Start("__story"))
    d.send(Text("something"))
    assert isinstance(d.offer, Offer) and len(d.offer.options) == 1
    d.press(1)
    assert "report_more" not in d.session.vars
    assert isinstance(d.events[-1], End)
    assert d.session.node is None


def test_stale_and_forged_buttons_are_refused_politely(content: Content) -> None:
    d = Driver(content)
    d.send(Start())
    old = d.offer
    assert old is not None
    d.press(1)
    before = d.session
    r = step(content.flows, before, Press(old.token, 0))
    assert next(e.msg.id for e in r.events if isinstance(e, Say)) == "stale-button"
    assert r.session.node == before.node
    r = step(content.flows, before, Press(d.offer.token, 99))  # type: ignore[union-attr]
    assert next(e.msg.id for e in r.events if isinstance(e, Say)) == "stale-button"


def test_typed_number_presses_a_button_and_other_text_asks_for_buttons(content: Content) -> None:
    d = Driver(content)
    d.send(Start())
    d.send(Text("1"))
    assert d.session.lang == "en" and d.session.node == "welcome.menu"
    d.send(Text("hello?"))
    assert d.ids()[0] == "say typed-text-not-read"
    assert isinstance(d.events[-1], Offer)


def test_back_returns_to_the_previous_question(content: Content) -> None:
    d = Driver(content)
    d.send(Start())
    d.press(1)
    d.press(1)
    assert d.session.node == "welcome.where"
    d.send(Command("back"))
    assert d.session.node == "welcome.menu"
    d.send(Command("back"))
    d.send(Command("back"))
    assert d.ids()[0] == "say nothing-to-go-back-to"


def test_exit_wipes_everything(content: Content) -> None:
    d = Driver(content)
    d.send(Start("__story"))
    d.send(Text("private words"))
    d.send(Command("exit"))
    assert isinstance(d.events[0], QuickExit)
    assert "private words" not in json.dumps(d.session.to_dict())
    assert d.session.node is None and d.session.vars == {}


def test_leave_now_button_is_a_quick_exit(content: Content) -> None:
    d = Driver(content)
    d.send(Start())
    d.press(1)
    d.press(4)
    assert isinstance(d.events[0], QuickExit)
    assert d.session.vars == {}


def test_submit_report_moves_answers_out_of_the_session(content: Content) -> None:
    d = Driver(content)
    d.send(Start("__story"))
    d.send(Text("a story"))
    d.send(Command("restart"))
    d.press(3)  # report
    d.session.vars["report_story"] = "a story"
    d.press(1)  # send
    subs = [e for e in d.events if isinstance(e, SubmitReport)]
    assert subs and subs[0].answers == {"story": "a story"}
    assert subs[0].done == "report-done" and subs[0].failed == "report-failed"
    assert not any(k.startswith("report_") for k in d.session.vars)


def test_unknown_command_and_restart(content: Content) -> None:
    d = Driver(content)
    d.send(Start())
    d.press(1)
    d.send(Command("frobnicate"))
    assert d.ids()[0] == "say unknown-command"
    assert d.session.node == "welcome.menu"
    d.session.vars["x"] = 1
    d.send(Command("restart"))
    assert d.session.vars == {}
    assert d.session.node == "welcome.menu"


def test_help_and_withdraw(content: Content) -> None:
    d = Driver(content)
    d.send(Start())
    d.send(Command("help"))
    assert d.ids()[0] == "say help-text"
    d.send(Command("withdraw"))
    assert d.ids()[0] == "say withdraw-how"
    d.send(Command("withdraw", "ABCD-EFGH"))
    assert type(d.events[0]).__name__ == "Withdraw"


def test_step_does_not_change_the_input_session(content: Content) -> None:
    s = Session()
    before = json.dumps(s.to_dict())
    step(content.flows, s, Start("pl"))
    assert json.dumps(s.to_dict()) == before


def test_session_round_trips_through_json(content: Content) -> None:
    d = Driver(content)
    d.send(Start("pl"))
    d.press(1)
    restored = Session.from_dict(json.loads(json.dumps(d.session.to_dict())))
    assert restored == d.session
    assert Session.from_dict({"seq": "garbage"}) == Session()


def test_session_at_a_removed_node_starts_again(content: Content) -> None:
    s = Session(node="welcome.gone", vars={"a": 1})
    r = step(content.flows, s, Text("hello"))
    assert r.session.node is not None and r.session.node in content.flows.nodes


def test_language_change_event_precedes_text_in_new_language(content: Content) -> None:
    d = Driver(content)
    d.send(Start())
    d.press(2)
    assert isinstance(d.events[0], LanguageChanged) and d.events[0].lang == "ar"


def test_feature_conditions_follow_the_deployment(content: Content) -> None:
    from dataclasses import replace

    from bot.engine.flowset import NodeSpec, RuleSpec, TestSpec

    node = NodeSpec(
        key="welcome.gate",
        file="x",
        line=1,
        set={},
        action=None,
        action_args={},
        say=(),
        rules=(RuleSpec((TestSpec("feature", "equals", "reports"),), "welcome.menu"),),
        otherwise="welcome.where",
    )
    nodes = {**content.flows.nodes, "welcome.gate": node}
    off = replace(content.flows, nodes=nodes)
    on = replace(content.flows, nodes=nodes, features=frozenset({"reports"}))
    from bot.engine.step import _Runner

    r_off = _Runner(off, Session(), [])
    r_off.run("welcome.gate")
    assert r_off.s.node == "welcome.where"
    r_on = _Runner(on, Session(), [])
    r_on.run("welcome.gate")
    assert r_on.s.node == "welcome.menu"


def test_superscript_digits_are_text_not_a_button_number(content: Content) -> None:
    # found by the property walk: '²'.isdigit() is true but int('²') fails
    d = Driver(content)
    d.send(Start())
    d.send(Text("²"))
    assert d.ids()[0] == "say typed-text-not-read"
    d.send(Text("١"))  # Arabic-Indic one: a worker typing in Arabic means button 1
    assert d.session.node == "welcome.menu"


def test_deep_link_with_a_language_skips_the_language_menu(content: Content) -> None:
    d = Driver(content)
    d.send(Start("pl"))
    assert d.session.lang == "pl"
    assert d.session.node == "welcome.menu"  # the language node's target in the mini flows
    d2 = Driver(content)
    d2.send(Start("", lang_hint="pl"))  # Telegram's language only: the menu, pl first
    assert d2.session.node == "welcome.language"
    assert d2.offer is not None and d2.offer.options[0].lang == "pl"
