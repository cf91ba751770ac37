"""What a worker sees on arrival and on going back, over the real flows.

- The safety notes (Telegram can see the chat, what not to type, how to leave) come
  once before any advice, however the worker arrives: a poster's deep link, a command,
  typed text, an old button.
- ``/back`` shows the screen as it was: its text, any card or list of services, and
  the same buttons.
- Typed text where buttons are expected gets the kind explanation, and numbers still
  press buttons.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.content import Content, load_content
from bot.engine.events import AskText, End, Event, Offer, QuickExit, Say
from bot.engine.session import Session
from bot.engine.step import COMMANDS, Command, Input, Press, Start, Text, step
from tests.helpers import REPO

_content: list[Content] = []

# Said before the notes without being advice: the language menu, the draft warning and
# the engine's own short answers (an old button, an unknown command, nothing to go back to).
NOT_ADVICE = frozenset(
    {
        "language-choose",
        "draft-notice",
        "stale-button",
        "unknown-command",
        "nothing-to-go-back-to",
        "withdraw-how",
        "typed-text-not-read",
    }
)


def repo() -> Content:
    if not _content:
        _content.append(load_content(REPO))
    return _content[0]


def notes_ids(content: Content) -> list[str]:
    node = content.flows.nodes[content.flows.notes_node]
    return [m.id for m in node.say]


def says(events: list[Event]) -> list[str]:
    return [e.msg.id for e in events if isinstance(e, Say)]


def assert_notes_before_advice(content: Content, said: list[str], where: str) -> None:
    notes = notes_ids(content)
    advice = [i for i in said if i not in NOT_ADVICE]
    assert advice[: len(notes)] == notes, f"{where}: {advice[:6]}"
    # once: not again in the same arrival
    assert advice.count(notes[0]) == 1, where


def test_the_notes_say_telegram_can_see_and_how_to_leave() -> None:
    ids = notes_ids(repo())
    assert "welcome-telegram-can-see" in ids and "welcome-exit-any-time" in ids


@pytest.mark.parametrize("lang", ["", "en", "pl", "ar"])
def test_every_deep_link_shows_the_notes_before_any_advice(lang: str) -> None:
    content = repo()
    flows = content.flows
    payloads = [f"{lang}__{flow}" for flow in sorted(flows.starts)] + [lang, "zz__visa"]
    for payload in payloads:
        r = step(flows, Session(), Start(payload))
        said = says(r.events)
        if r.session.node == flows.language_node:
            # no language in the link: the language menu comes first, then the notes
            r = step(flows, r.session, Press(r.session.token, 0))
            said += says(r.events)
        assert_notes_before_advice(content, said, payload)


@pytest.mark.parametrize("command", [c for c in COMMANDS if c != "exit"] + ["nonsense"])
def test_every_command_on_a_fresh_chat_shows_the_notes_first(command: str) -> None:
    content = repo()
    r = step(content.flows, Session(), Command(command))
    said = says(r.events)
    if r.session.node == content.flows.language_node:
        r = step(content.flows, r.session, Press(r.session.token, 0))
        said += says(r.events)
    assert_notes_before_advice(content, said, command)


def test_help_on_the_first_screen_then_back_to_the_menu_shows_the_notes() -> None:
    content = repo()
    flows = content.flows
    r = step(flows, Session(), Start(""))
    said = says(r.events)
    r = step(flows, r.session, Command("help"))
    said += says(r.events)
    offer = next(e for e in reversed(r.events) if isinstance(e, Offer))
    back = next(o.index for o in offer.options if o.label.id == "back-to-menu")
    r = step(flows, r.session, Press(offer.token, back))
    said += says(r.events)
    assert "menu-question" in says(r.events)
    assert_notes_before_advice(content, said, "/help then back to the menu")


def test_typed_text_and_old_buttons_on_a_fresh_chat_show_the_notes_first() -> None:
    content = repo()
    for inp in (Text("help"), Text("999"), Press("abc", 0), Text("3")):
        r = step(content.flows, Session(), inp)
        said = says(r.events)
        if r.session.node == content.flows.language_node:
            r = step(content.flows, r.session, Press(r.session.token, 0))
            said += says(r.events)
        assert_notes_before_advice(content, said, repr(inp))


def test_the_notes_are_shown_once_per_conversation() -> None:
    content = repo()
    flows = content.flows
    r = step(flows, Session(), Start("en__visa"))
    assert says(r.events).count(notes_ids(content)[0]) == 1
    r = step(flows, r.session, Start("en__support"))
    assert notes_ids(content)[0] not in says(r.events)
    # after /exit the next arrival is a new conversation: the notes again
    gone = step(flows, r.session, Command("exit")).session
    r = step(flows, gone, Start("en__visa"))
    assert says(r.events).count(notes_ids(content)[0]) == 1


# ---- typed text where buttons are expected -----------------------------------------------


@pytest.mark.parametrize("typed", ["He touched me at work and I", "help", "stop", "999"])
def test_typed_text_at_buttons_gets_the_kind_explanation(typed: str) -> None:
    flows = repo().flows
    r = step(flows, Session(), Start("en"))
    menu = r.session
    r = step(flows, menu, Text(typed))
    assert says(r.events) == ["typed-text-not-read"]
    assert isinstance(r.events[-1], Offer)
    assert r.session.node == menu.node


def test_a_typed_number_still_presses_its_button() -> None:
    flows = repo().flows
    r = step(flows, Session(), Start("en"))
    r = step(flows, r.session, Text("1"))  # "Continue" on the notes
    assert "menu-question" in says(r.events)


# ---- /back shows the screen as it was ---------------------------------------------------


def screen(events: list[Event], lang: str = "en") -> tuple[tuple[Any, ...], ...]:
    """What the worker sees: each message with its text (in English, so a language change
    in between does not count), then the buttons."""
    tr = repo().translator
    out: list[tuple[Any, ...]] = []
    for e in events:
        if isinstance(e, Say) and e.msg.id != "draft-notice":
            out.append(("say", e.msg.id, tr.format(lang, e.msg.id, e.msg.args)))
        elif isinstance(e, Offer):
            labels = tuple(tr.format(o.lang or lang, o.label.id, o.label.args) for o in e.options)
            if any(o.lang for o in e.options):  # a language menu puts the current one first
                labels = tuple(sorted(labels))
            out.append(("offer", labels))
        elif isinstance(e, AskText):
            out.append(("ask", e.max_length, e.optional))
    return tuple(out)


def _ready(lang: str, flow: str) -> Session:
    """A session that has seen the notes and stands at the start of ``flow``."""
    flows = repo().flows
    return step(flows, Session(), Start(f"{lang}__{flow}")).session


def test_back_from_a_signpost_list_shows_the_list_again() -> None:
    flows = repo().flows
    s = _ready("en", "support")  # support.start asks the nation first
    r = step(flows, s, Text("2"))  # Wales
    r = step(flows, r.session, Text("2"))  # I was sexually assaulted
    shown = screen(r.events)
    assert "signpost-intro" in [x[1] for x in shown]
    r2 = step(flows, r.session, Text("1"))  # something else
    r3 = step(flows, r2.session, Command("back"))
    assert screen(r3.events) == shown
    assert r3.session.node == r.session.node


def test_back_from_a_card_shows_the_card_again() -> None:
    flows = repo().flows
    s = _ready("en", "visa")
    r = step(flows, s, Text("1"))  # sponsored: the card, then "what next?" buttons
    shown = screen(r.events)
    assert any(x[1] == "visa-sponsor-reports" for x in shown if x[0] == "say")
    r2 = step(flows, r.session, Text("2"))  # advice
    r3 = step(flows, r2.session, Command("back"))
    assert screen(r3.events) == shown


def test_back_restores_the_answers_the_screen_was_shown_with() -> None:
    flows = repo().flows
    s = _ready("en", "support")
    r = step(flows, s, Text("2"))  # Wales
    r = step(flows, r.session, Text("4"))  # emotional support
    shown = screen(r.events)
    r = step(flows, r.session, Text("1"))  # something else
    r = step(flows, r.session, Text("3"))  # stalking
    r = step(flows, r.session, Command("back"))  # the question
    r = step(flows, r.session, Command("back"))  # the emotional-support list, as it was
    assert screen(r.events) == shown
    assert r.session.vars["situation"] == "emotional-support"


def _walk_inputs() -> st.SearchStrategy[tuple[str, int]]:
    return st.one_of(
        st.tuples(st.just("press"), st.integers(min_value=0, max_value=12)),
        st.tuples(st.just("type"), st.integers(min_value=0, max_value=2)),
        st.tuples(st.just("back"), st.just(0)),
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_back_always_shows_the_screen_as_it_was(data: st.DataObject) -> None:
    content = repo()
    flows = replace(
        content.flows,
        features=data.draw(st.sampled_from([frozenset(), frozenset({"reports"})]), "features"),
    )
    start_flow = data.draw(st.sampled_from(sorted(flows.starts)), label="flow")
    lang = data.draw(st.sampled_from(["en", "pl", "ar"]), label="lang")
    r = step(flows, Session(), Start(f"{lang}__{start_flow}"))
    session = r.session
    first = screen(r.events)
    notes = len(notes_ids(content))
    if session.node != flows.notes_node and [x[1] for x in first[:notes]] == notes_ids(content):
        first = first[notes:]  # the notes came once, before the first screen
    # screens[d] = what was shown when the back stack had depth d
    screens: dict[int, tuple[tuple[Any, ...], ...]] = {len(session.back): first}
    for _ in range(data.draw(st.integers(min_value=1, max_value=30), label="steps")):
        if session.node is None:
            break
        kind, n = data.draw(_walk_inputs(), label="input")
        inp: Input
        node = flows.nodes[session.node]
        if kind == "back":
            depth = len(session.back)
            r = step(flows, session, Command("back"))
            if depth:
                assert screen(r.events) == screens[depth - 1], session.node
                assert len(r.session.back) == depth - 1
            session = r.session
            continue
        if node.ask is not None and kind == "type":
            inp = Text(["a short answer", "x" * 5000, ""][n])
        elif kind == "type":
            inp = Text(["hello", "999", "stop"][n])
        else:
            inp = Press(session.token, n)
        r = step(flows, session, inp)
        if any(isinstance(e, QuickExit | End) for e in r.events):
            break
        before = len(session.back)
        session = r.session
        if len(session.back) == before + 1:  # moved on to a new screen
            screens[len(session.back)] = screen(r.events)


def test_forgotten_answers_do_not_come_back_with_back() -> None:
    """The screens kept for /back hold the variables; clearing answers clears them there."""
    flows = repo().flows
    from bot.engine.actions import ACTIONS, ActionContext

    kept = {"path": ["report.sector"], "vars": {"report_sector": "care", "nation": "wales"}}
    for name, args in (
        ("clear", {"prefix": "report_"}),
        ("submit_report", {"prefix": "report_", "done": "d", "failed": "f"}),
    ):
        session = Session(vars={"report_account": "typed words"}, back=[dict(kept), "x.y"])
        session.back[0] = {"path": ["report.sector"], "vars": dict(kept["vars"])}  # type: ignore[arg-type]
        ACTIONS[name].fn(ActionContext(flows, session, args))
        assert session.vars == {}
        assert session.back[0] == {"path": ["report.sector"], "vars": {"nation": "wales"}}


def test_sessions_keep_screens_and_notes_and_read_older_ones() -> None:
    flows = repo().flows
    r = step(flows, Session(), Start("en__support"))
    r = step(flows, r.session, Text("2"))
    again = Session.from_dict(r.session.to_dict())
    assert (
        again == r.session and again.noted and again.back[0]["vars"] == {"nation_next": "support"}
    )  # type: ignore[index]
    # saved before screens were kept: a bare node key, no variables kept
    old = Session.from_dict(
        {
            "lang": "en",
            "node": "support.situation",
            "vars": {"nation": "wales"},
            "back": ["nation.start", {"path": ["nation.start"]}],
            "seq": 3,
        }
    )
    r = step(flows, old, Command("back"))
    assert r.session.node == "nation.start" and r.session.vars == {"nation": "wales"}
    r = step(flows, r.session, Command("back"))
    assert r.session.node == "nation.start" and r.session.vars == {"nation": "wales"}
