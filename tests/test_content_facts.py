"""The English content keeps to the facts: every number and website is sourced, no
message is too long for a phone, and no reporting route is called "safe".

Phone numbers and websites may appear in English text only if they are exactly
(same spacing) a field of a listed entry in flows/directory.yaml that has a
``source:``. They are searched in the English .ftl files, in every string of the
flow files (message ``args`` are where names and numbers live), and in what the
``signpost`` action renders for every nation and situation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

import pytest
import yaml
from fluent.runtime import FluentBundle, FluentResource

from bot.content import NOT_FLOWS, flow_files, load_content
from bot.directory import NATIONS, read_directory
from bot.engine.signpost import DANGER_SITUATIONS, card_args, select, worker_groups
from bot.i18n.checks import MAX_MESSAGE_CHARS
from tests.helpers import REPO

LOCALE = REPO / "locales" / "en"
SITUATIONS = (
    "immediate-danger",
    "sexual-assault",
    "stalking",
    "lgbt",
    "domestic-worker",
    "migrant",
    "whistleblowing",
    "emotional-support",
    "employment-advice",
)

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}")
URL_RE = re.compile(
    r"(?:https?://)?(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:org\.uk|co\.uk|gov\.uk|org|com|net|uk)"
    r"(?:/[^\s),]*)?",
    re.IGNORECASE,
)
# UK numbers starting with 0 (at least 10 digits with spaces), and short codes.
PHONE_RE = re.compile(r"(?<![\w£.])0\d(?:[ ]?\d){8,12}(?![\w%])")
SHORT_RE = re.compile(r"(?<![\w£.,])(?:999|101|111|112|116 ?\d{3})(?![\w%])")
SAFE_RES = (
    re.compile(
        r"\bsafe(?:ly|r|st)?\b(?:\W+\w+){0,4}?\W+"
        r"(?:report\w*|route\w*|visa\w*|immigration|status|disclos\w*|tell\w*)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:report\w*|route\w*|visa\w*|immigration|status)\b(?:\W+\w+){0,4}?\W+safe(?:ly|r|st)?\b",
        re.IGNORECASE,
    ),
)


def _directory() -> tuple[Mapping[str, Any], ...]:
    entries, issues = read_directory(REPO, today=date(2026, 11, 22))
    assert entries, [str(i) for i in issues]
    return entries


def _sourced_values(field: str) -> set[str]:
    return {
        str(e[field])
        for e in _directory()
        if e.get(field) and e.get("listed", True) and str(e.get("source") or "").strip()
    }


def _ftl_texts() -> Iterator[tuple[str, str]]:
    # every language: a translator must not type a number or website the directory lacks
    for path in sorted((REPO / "locales").glob("*/*.ftl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.lstrip().startswith("#"):
                # "id = text": only the text (ids like routes-hse are not words shown)
                text = re.sub(r"^[a-zA-Z][\w-]*\s*=", "", line)
                yield f"{path.relative_to(REPO)}:{n}", text


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, Mapping):
        for k, v in data.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(data, list):
        for v in data:
            yield from _strings(v)


def _flow_texts() -> Iterator[tuple[str, str]]:
    for path in flow_files(REPO):
        assert path.name not in NOT_FLOWS
        for text in _strings(yaml.safe_load(path.read_text(encoding="utf-8"))):
            yield str(path.relative_to(REPO)), text


def _english_bundle() -> FluentBundle:
    bundle = FluentBundle(["en"], use_isolating=False)
    for path in sorted(LOCALE.glob("*.ftl")):
        bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    return bundle


def _signpost_texts() -> Iterator[tuple[str, str]]:
    bundle = _english_bundle()
    entry = bundle.get_message("signpost-entry")
    assert entry.value is not None
    topic_sets = [[s] for s in SITUATIONS] + [["immigration-advice"]]
    # workers in English, in Spanish (Latin American services), on a domestic worker visa
    workers = (("en", {}), ("es", {}), ("tl", {"visa": "domestic-worker"}))
    for nation in (None, *NATIONS):
        for topics in topic_sets:
            for lang, answers in workers:
                chosen = select(
                    _directory(),
                    nation=nation,
                    topics=topics,
                    emergency_first=topics[0] in DANGER_SITUATIONS,
                    groups=worker_groups(answers, topics, lang),
                    lang=lang,
                )
                for e in chosen:
                    text, errors = bundle.format_pattern(entry.value, card_args(e))
                    assert not errors, (e["id"], errors)
                    yield f"signpost {nation}/{topics[0]}/{lang}/{e['id']}", str(text)


def _all_texts() -> list[tuple[str, str]]:
    return [*_ftl_texts(), *_flow_texts(), *_signpost_texts()]


def _extract(text: str) -> tuple[list[str], list[str], list[str]]:
    emails = EMAIL_RE.findall(text)
    rest = EMAIL_RE.sub(" ", text)
    urls = [u.rstrip(".") for u in URL_RE.findall(rest)]
    rest = URL_RE.sub(" ", rest)
    phones = [p.strip() for p in PHONE_RE.findall(rest)] + SHORT_RE.findall(rest)
    return phones, urls, emails


def test_every_phone_number_shown_is_in_the_directory_with_a_source() -> None:
    known = _sourced_values("phone") | _sourced_values("text")
    found = 0
    bad = []
    for where, text in _all_texts():
        phones, _, _ = _extract(text)
        found += len(phones)
        bad += [f"{where}: {p!r}" for p in phones if p not in known]
    assert found > 20  # the extraction works
    assert bad == [], "numbers not in flows/directory.yaml (exactly, with a source):\n" + "\n".join(
        bad
    )


def test_every_website_and_email_shown_is_in_the_directory_with_a_source() -> None:
    webs, emails = _sourced_values("web"), _sourced_values("email")
    bad = []
    for where, text in _all_texts():
        _, urls, mails = _extract(text)
        bad += [f"{where}: {u!r}" for u in urls if u not in webs]
        bad += [f"{where}: {m!r}" for m in mails if m not in emails]
    assert bad == [], "websites/emails not in flows/directory.yaml:\n" + "\n".join(bad)


def test_emergency_and_police_numbers_are_directory_entries() -> None:
    phones = _sourced_values("phone")
    for number in ("999", "101", "116 123", "08000 121 700", "028 90 500 600"):
        assert number in phones


def test_extraction_finds_numbers_and_sites() -> None:
    phones, urls, emails = _extract(
        "Call 0300 123 1100 or 999, see lra.org.uk or write to help@galop.org.uk. "
        "Not 2010, 25% or 3 months."
    )
    assert phones == ["0300 123 1100", "999"]
    assert urls == ["lra.org.uk"]
    assert emails == ["help@galop.org.uk"]


def test_no_english_message_is_over_the_limit() -> None:
    bundle = _english_bundle()
    long_value = "x" * 60  # longer than any name, number or website we pass
    too_long = []
    for path in sorted(LOCALE.glob("*.ftl")):
        for msg_id in re.findall(r"^([a-zA-Z][\w-]*) =", path.read_text("utf-8"), re.M):
            message = bundle.get_message(msg_id)
            if message.value is None:
                continue
            variables = set(re.findall(r"\$([a-zA-Z][\w-]*)", path.read_text("utf-8")))
            text, _ = bundle.format_pattern(message.value, dict.fromkeys(variables, long_value))
            if len(str(text)) > MAX_MESSAGE_CHARS:
                too_long.append(f"{msg_id}: {len(str(text))}")
    for e in _directory():
        entry = bundle.get_message("signpost-entry")
        assert entry.value is not None
        card, _ = bundle.format_pattern(entry.value, card_args(e))
        if len(str(card)) > MAX_MESSAGE_CHARS:
            too_long.append(f"signpost card {e['id']}: {len(str(card))}")
    assert too_long == []


@pytest.mark.parametrize(
    "phrase",
    ["It is safe to report to HSE.", "This is a safe route.", "Acas is safe for your visa."],
)
def test_the_safe_check_catches(phrase: str) -> None:
    assert any(r.search(phrase) for r in SAFE_RES)


def test_no_reporting_route_is_called_safe() -> None:
    bad = [
        f"{where}: {text.strip()}"
        for where, text in [*_ftl_texts(), *_flow_texts()]
        if any(r.search(text) for r in SAFE_RES)
    ]
    assert bad == []


def test_the_content_loads_with_the_directory() -> None:
    content = load_content(REPO)
    ids = {e["id"] for e in content.flows.directory}
    assert {"emergency-999", "police-101", "modern-slavery-helpline"} <= ids


CONTENT_FLOWS = (
    "welcome",
    "rights",
    "harassment",
    "duties",
    "time-limits",
    "nation",
    "routes",
    "visa",
    "support",
)


def test_transcripts_go_through_every_content_flow() -> None:
    transcripts = "\n".join(
        p.read_text("utf-8") for p in sorted((REPO / "flows" / "tests").glob("*.yaml"))
    )
    content = load_content(REPO)
    for flow in CONTENT_FLOWS:
        said = {
            m.id
            for key, node in content.flows.nodes.items()
            if key.startswith(flow + ".")
            for m in node.say
        }
        assert any(f"say {m}" in transcripts for m in said), flow


def test_every_question_offers_leave_now() -> None:
    content = load_content(REPO)
    missing = [
        key
        for key, node in content.flows.nodes.items()
        if key.split(".")[0] in CONTENT_FLOWS
        and node.choices
        and not any(c.action == "quick_exit" and c.label.id == "leave-now" for c in node.choices)
    ]
    assert missing == []
