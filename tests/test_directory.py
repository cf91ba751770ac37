"""flows/directory.yaml validation: file:line errors, sources required, stale dates warned."""

from __future__ import annotations

from datetime import date

import pytest
from fluent.runtime import FluentBundle, FluentResource

from bot.content import load_content
from bot.directory import parse_directory, read_directory
from bot.engine.actions import ACTIONS, ActionContext
from bot.engine.events import Say
from bot.engine.flowset import FlowSet
from bot.engine.issues import Level
from bot.engine.session import Session
from bot.engine.signpost import GROUP_AUDIENCES, card_args
from tests.helpers import REPO

TODAY = date(2026, 11, 23)

GOOD = """\
version: 1
entries:
  - id: samaritans
    name: Samaritans
    phone: "116 123"
    hours: 24/7
    free: true
    nations: [england, wales, scotland, northern-ireland]
    topics: [emotional-support]
    verified: 2026-11-22
    source: "uk-facts.md §6 [V]"
"""


def test_a_good_entry_loads_as_a_plain_dict() -> None:
    entries, issues = parse_directory(GOOD, today=TODAY)
    assert issues == []
    assert entries[0]["phone"] == "116 123"
    assert entries[0]["verified"] == "2026-11-22"  # plain JSON data
    assert entries[0]["listed"] is True


def test_an_entry_without_a_source_is_an_error() -> None:
    text = GOOD.replace('    source: "uk-facts.md §6 [V]"\n', "")
    entries, issues = parse_directory(text, today=TODAY)
    assert entries == ()
    assert [(i.level, i.line, i.code) for i in issues] == [(Level.ERROR, 3, "directory-no-source")]


def test_an_old_verification_is_a_warning() -> None:
    entries, issues = parse_directory(GOOD, today=date(2027, 11, 23))
    assert entries  # still loads
    assert [(i.level, i.line, i.code) for i in issues] == [(Level.WARNING, 10, "directory-stale")]


def test_exactly_twelve_months_is_not_stale() -> None:
    _, issues = parse_directory(GOOD, today=date(2027, 11, 22))
    assert issues == []


def test_unknown_keys_and_values_point_at_their_line() -> None:
    text = GOOD.replace("    hours: 24/7\n", "    opening: 24/7\n").replace(
        "[emotional-support]", "[feelings]"
    )
    _, issues = parse_directory(text, today=TODAY)
    found = {(i.line, i.level) for i in issues}
    assert (6, Level.ERROR) in found  # opening:
    assert (9, Level.ERROR) in found  # topics: [feelings]
    assert any("unknown key 'opening'" in i.message for i in issues)


def test_a_phone_number_with_letters_is_refused() -> None:
    _, issues = parse_directory(GOOD.replace('"116 123"', '"116 123 ext 4"'), today=TODAY)
    assert issues and issues[0].line == 5


def test_duplicate_ids_and_listed_entries_without_contact_are_errors() -> None:
    second = GOOD.split("entries:\n", 1)[1].replace('    phone: "116 123"\n', "")
    _, issues = parse_directory(GOOD + second, today=TODAY)
    codes = sorted(i.code for i in issues)
    assert codes == ["directory-duplicate", "directory-no-contact"]


def test_yaml_errors_are_reported_not_raised() -> None:
    _, issues = parse_directory("version: 1\nentries: [\n", today=TODAY)
    assert issues and issues[0].code == "yaml-syntax"


# ---- signposting that fits: every nation x topic, over the real directory ------------------

NATIONS = ("england", "wales", "scotland", "northern-ireland")
# What support.yaml asks (situation), and the immigration-advice list of visa.yaml (topics).
TOPICS = (
    "immediate-danger",
    "sexual-assault",
    "stalking",
    "emotional-support",
    "employment-advice",
    "migrant",
    "domestic-worker",
    "lgbt",
    "whistleblowing",
    "immigration-advice",
)
# Workers: (language, extra answers) -> the groups they said they are in.
WORKERS = {
    "ml care worker": ("ml", {}, set()),
    "pl agency worker": ("pl", {}, set()),
    "tl domestic worker (visa)": ("tl", {"visa": "domestic-worker"}, {"domestic-workers"}),
    "es worker": ("es", {}, {"latin-american-women"}),
}
_flows: list[FlowSet] = []


def _listed(nation: str, topic: str, lang: str, answers: dict[str, str]) -> list[dict[str, str]]:
    """The cards the signpost action shows, as the support flow (situation) or the visa
    flow's immigration-advice list (topics argument) asks for them."""
    if not _flows:
        _flows.append(load_content(REPO).flows)
    flows = _flows[0]
    variables = {"nation": nation, **answers}
    args: dict[str, object] = {}
    if topic == "immigration-advice":
        args = {"topics": ["immigration-advice"]}
    else:
        variables["situation"] = topic
    session = Session(lang=lang, vars=variables)
    result = ACTIONS["signpost"].fn(ActionContext(flows, session, args))
    return [
        dict(e.msg.args)
        for e in result.events
        if isinstance(e, Say) and e.msg.id == "signpost-entry"
    ]


@pytest.mark.parametrize("worker", sorted(WORKERS))
@pytest.mark.parametrize("nation", NATIONS)
def test_every_list_fits_the_worker(nation: str, worker: str) -> None:
    lang, answers, groups = WORKERS[worker]
    for topic in TOPICS:
        chosen = set(groups)
        if topic == "lgbt":
            chosen.add("lgbt")
        if topic == "domestic-worker":
            chosen.add("domestic-workers")
        cards = _listed(nation, topic, lang, answers)
        where = f"{nation}/{topic}/{worker}"
        for card in cards:
            audience = card["audience"]
            assert audience not in GROUP_AUDIENCES or audience in chosen, (where, card["name"])
        if topic != "immediate-danger":
            helpers = [c for c in cards if c["kind"] == "none"]
            assert helpers, f"{where}: empty or emergency-only list"


def test_a_service_for_this_worker_ranks_above_one_for_everyone() -> None:
    names = [
        c["name"] for c in _listed("england", "domestic-worker", "tl", {"visa": "domestic-worker"})
    ]
    assert names[0] == "Kalayaan"
    names = [c["name"] for c in _listed("england", "migrant", "es", {})]
    assert "LAWRS" in names
    assert "LAWRS" not in [c["name"] for c in _listed("wales", "migrant", "ml", {})]


def test_services_say_which_nations_they_cover_unless_all_four() -> None:
    for nation in NATIONS:
        for topic in TOPICS:
            for card in _listed(nation, topic, "en", {}):
                entry = next(
                    e
                    for e in _flows[0].directory
                    if e["name"] == card["name"] or e.get("phone") == card["phone"]
                )
                if len(entry["nations"]) == 4:
                    assert card["nations"] == "none", card["name"]
                else:
                    assert card["nations"] != "none", card["name"]


def test_northern_ireland_and_scotland_have_their_own_services() -> None:
    ni_assault = [c["name"] for c in _listed("northern-ireland", "sexual-assault", "pl", {})]
    assert any("Domestic and Sexual Abuse Helpline" in n for n in ni_assault)
    ni_work = [c["name"] for c in _listed("northern-ireland", "employment-advice", "pl", {})]
    assert "Equality Commission for Northern Ireland" in ni_work
    assert "Labour Relations Agency" in ni_work
    scot_work = [c["name"] for c in _listed("scotland", "employment-advice", "en", {})]
    assert "Citizens Advice Scotland" in scot_work
    scot_assault = [c["name"] for c in _listed("scotland", "sexual-assault", "en", {})]
    assert "Rape Crisis Scotland" in scot_assault


def test_oisc_says_what_it_is() -> None:
    bundle = FluentBundle(["en"], use_isolating=False)
    for path in sorted((REPO / "locales" / "en").glob("*.ftl")):
        bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    card = next(c for c in _listed("wales", "immigration-advice", "ml", {}) if "OISC" in c["name"])
    msg = bundle.get_message("signpost-entry")
    text, _ = bundle.format_pattern(msg.value, card)
    assert "regulator of immigration advisers" in text


def test_every_unverified_number_carries_the_check_note() -> None:
    entries, _ = read_directory(REPO, today=TODAY)
    bundle = FluentBundle(["en"], use_isolating=False)
    bundle.add_resource(FluentResource((REPO / "locales/en/directory.ftl").read_text("utf-8")))
    msg = bundle.get_message("signpost-entry")
    for e in entries:
        if e.get("listed", True) and e.get("phone") and "[CHECK]" in str(e.get("source")):
            assert e.get("check"), e["id"]
            card, _ = bundle.format_pattern(msg.value, card_args(e))
            assert "heck current details on their website" in card or "ould not confirm" in card
    assert any(e["id"] == "kalayaan" and e.get("check") for e in entries)
