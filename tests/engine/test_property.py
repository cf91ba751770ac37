"""Random walks through every flow: never a crash, never a raw message id, always a way on."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.content import Content, load_content
from bot.engine.events import AskText, End, Offer, QuickExit, Say
from bot.engine.session import Session
from bot.engine.step import COMMANDS, Command, Input, Press, Start, Text, step
from bot.render import render
from tests.helpers import MINI, REPO

ROOTS = {"repo": REPO, "mini": MINI}
_cache: dict[str, Content] = {}


def content_for(name: str) -> Content:
    if name not in _cache:
        _cache[name] = load_content(ROOTS[name])
    return _cache[name]


def actions() -> st.SearchStrategy[tuple[str, object]]:
    return st.one_of(
        st.tuples(st.just("press"), st.integers(min_value=0, max_value=14)),
        st.tuples(st.just("forged"), st.tuples(st.text(max_size=4), st.integers(-2, 20))),
        st.tuples(st.just("text"), st.text(max_size=60)),
        st.tuples(st.just("long"), st.integers(min_value=100, max_value=6000)),
        st.tuples(st.just("digit"), st.integers(min_value=0, max_value=15)),
        st.tuples(st.just("command"), st.sampled_from([*COMMANDS, "nonsense"])),
        st.tuples(st.just("start"), st.text(max_size=20)),
    )


def to_input(kind: str, value: object, session: Session) -> Input:
    if kind == "press":
        assert isinstance(value, int)
        return Press(session.token, value)
    if kind == "forged":
        token, index = value  # type: ignore[misc]
        return Press(str(token), int(index))
    if kind == "long":
        return Text("x" * int(value))  # type: ignore[call-overload]
    if kind == "digit":
        return Text(str(value))
    if kind == "command":
        return Command(str(value))
    if kind == "start":
        return Start(str(value))
    return Text(str(value))


@pytest.mark.parametrize("root", sorted(ROOTS))
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_walks(root: str, data: st.DataObject) -> None:
    content = content_for(root)
    flows = content.flows
    start_flow = data.draw(st.sampled_from(sorted(flows.starts)), label="flow")
    lang = data.draw(st.sampled_from([lang.code for lang in flows.languages]), label="lang")
    en = content.translator.bundle("en")
    assert en is not None
    session = Session()
    inp: Input = Start(f"{lang}__{start_flow}")
    for _ in range(data.draw(st.integers(min_value=1, max_value=40), label="steps")):
        lang_before = session.lang
        result = step(flows, session, inp)
        events = result.events
        # a way forward, or the end
        assert any(isinstance(e, Offer | AskText | End | QuickExit) for e in events), events
        # every message exists in English, so nobody ever sees a raw id
        for e in events:
            if isinstance(e, Say):
                assert en.has_message(e.msg.id), e.msg.id
            if isinstance(e, Offer):
                assert e.options
                for o in e.options:
                    assert en.has_message(o.label.id), o.label.id
        rendered = render(events, lang_before, content.translator)
        for m in rendered.messages:
            assert m.text.strip()
            assert "{$" not in m.text and "{ $" not in m.text
            for row in m.buttons:
                for b in row:
                    assert b.label.strip() and len(b.data) <= 64
        session = result.session
        if session.node is not None:
            assert session.node in flows.nodes
        kind, value = data.draw(actions(), label="input")
        inp = to_input(kind, value, session)


def test_every_flow_start_is_walked() -> None:
    # guards against the walk silently covering nothing
    assert len(content_for("repo").flows.starts) >= 2
    assert Path(REPO / "flows" / "welcome.yaml").exists()
