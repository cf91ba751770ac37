"""The signpost action: filters the directory by nation and situation, emergencies first."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.engine.actions import ACTIONS, ActionContext
from bot.engine.events import Say
from bot.engine.flowset import FlowSet
from bot.engine.session import Session
from bot.engine.signpost import card_args, select

ALL = ["england", "wales", "scotland", "northern-ireland"]


def entry(id: str, topics: list[str], nations: list[str] = ALL, **kw: Any) -> dict[str, Any]:
    return {"id": id, "name": id, "topics": topics, "nations": nations, "listed": True, **kw}


DIRECTORY: tuple[Mapping[str, Any], ...] = (
    entry("samaritans", ["emotional-support"], phone="116 123", free=True),
    entry("999", ["immediate-danger"], phone="999", kind="emergency"),
    entry("rc-ew", ["sexual-assault", "emotional-support"], ["england", "wales"], web="a.org"),
    entry("lff", ["sexual-assault", "emotional-support"], ["wales"], phone="0808 80 10 800"),
    entry("rc-scot", ["sexual-assault"], ["scotland"], phone="08088 01 03 02", check=True),
    entry("lawrs", ["migrant", "sexual-assault"], audience="latin-american-women", web="b.org"),
    entry("101", ["police", "sexual-assault"], phone="101", kind="police"),
    entry("hidden", ["sexual-assault"], listed=False),
    entry("kalayaan", ["domestic-worker"], audience="domestic-workers", phone="020"),
    entry("msh", ["modern-slavery", "domestic-worker"], phone="08000 121 700"),
)


def ids(entries: list[Mapping[str, Any]]) -> list[str]:
    return [str(e["id"]) for e in entries]


def test_danger_puts_emergency_first_and_filters_by_nation() -> None:
    got = select(DIRECTORY, nation="wales", topics=["sexual-assault"], emergency_first=True)
    assert ids(got) == ["999", "lff", "rc-ew", "101"]  # LAWRS: for a group not chosen


def test_without_danger_there_is_no_emergency_card_and_the_limit_holds() -> None:
    got = select(
        DIRECTORY, nation="scotland", topics=["sexual-assault"], emergency_first=False, limit=2
    )
    assert ids(got) == ["rc-scot", "101"]


def test_an_unknown_nation_prefers_uk_wide_services() -> None:
    got = select(DIRECTORY, nation=None, topics=["emotional-support"], emergency_first=False)
    assert ids(got) == ["samaritans", "rc-ew", "lff"]


def test_a_group_service_ranks_first_for_its_own_group() -> None:
    got = select(DIRECTORY, nation="england", topics=["domestic-worker"], emergency_first=False)
    assert ids(got) == ["kalayaan", "msh"]


def test_missing_fields_are_passed_as_none() -> None:
    args = card_args(DIRECTORY[4])
    assert args["phone"] == "08088 01 03 02"
    assert args["web"] == "none" and args["hours"] == "none"
    assert args["check"] == "yes" and args["terms"] == "none"
    assert card_args(DIRECTORY[0])["terms"] == "free"


def run(vars: dict[str, Any], args: Mapping[str, Any] | None = None) -> list[str]:
    flows = FlowSet(nodes={}, starts={}, directory=DIRECTORY)
    ctx = ActionContext(flows, Session(vars=vars), args or {})
    result = ACTIONS["signpost"].fn(ctx)
    out = []
    for ev in result.events:
        assert isinstance(ev, Say)
        out.append(ev.msg.id + (":" + ev.msg.args["name"] if ev.msg.args else ""))
    return out


def test_the_action_reads_nation_and_situation() -> None:
    assert run({"nation": "scotland", "situation": "immediate-danger"}) == [
        "signpost-intro",
        "signpost-entry:999",
    ]


def test_topics_argument_overrides_the_situation() -> None:
    assert run({"situation": "migrant"}, {"topics": ["domestic-worker"]}) == [
        "signpost-intro",
        "signpost-entry:kalayaan",
        "signpost-entry:msh",
    ]


def test_danger_keeps_emergency_first_even_with_other_topics() -> None:
    assert run({"situation": "immediate-danger"}, {"topics": "domestic-worker"})[1:3] == [
        "signpost-entry:999",
        "signpost-entry:kalayaan",
    ]


def test_nothing_found_says_so() -> None:
    assert run({"nation": "wales", "situation": "whistleblowing"}) == ["signpost-none"]


def test_a_service_for_a_group_is_shown_only_to_a_worker_in_it() -> None:
    def migrant(**kw: Any) -> list[str]:
        return ids(
            select(DIRECTORY, nation="wales", topics=["migrant"], emergency_first=False, **kw)
        )

    assert migrant(lang="ml") == []
    assert migrant(lang="es") == ["lawrs"]  # chose Spanish; the card names the group
    assert run({"situation": "domestic-worker"})[1:] == [
        "signpost-entry:kalayaan",
        "signpost-entry:msh",
    ]
    assert "signpost-entry:kalayaan" not in run(
        {"situation": "migrant"}, {"topics": "modern-slavery"}
    )


def test_services_in_the_workers_language_come_first() -> None:
    directory = (
        entry("plain", ["employment-advice"]),
        entry("interp", ["employment-advice"], languages=["interpreters"]),
    )
    for lang, first in (("en", "plain"), ("ml", "interp")):
        got = select(
            directory,
            nation="wales",
            topics=["employment-advice"],
            emergency_first=False,
            lang=lang,
        )
        assert ids(got)[0] == first


def test_the_card_names_the_nations_unless_all_four() -> None:
    assert card_args(DIRECTORY[0])["nations"] == "none"
    assert card_args(DIRECTORY[2])["nations"] == "england-wales"
    assert card_args(DIRECTORY[3])["nations"] == "wales"
