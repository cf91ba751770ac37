"""The ``signpost`` action: show the services from the directory that fit this worker.

Pure: it reads the directory carried by the :class:`FlowSet` (loaded by
``bot/directory.py``), the session variables ``nation`` and ``situation`` and the
node's arguments, and returns ``Say`` events. No text here: every word is in
``locales/<lang>/directory.ftl``; a missing field is passed as ``"none"`` so the
Fluent selectors can leave its line out.

How it chooses:

1. only entries that are ``listed`` and, when ``nation`` is set, serve that nation;
2. an entry meant for a group (``audience`` in :data:`GROUP_AUDIENCES`) only when the
   worker said they are in it (:func:`worker_groups`): LGBT+ by choosing that kind of
   help; migrant domestic workers by choosing that help or that visa; Latin American
   women by choosing Spanish or Portuguese (the card names the group). Other audiences
   (women, anyone 16 or over, deaf BSL users) are named on the card and may be shown;
3. the wanted topics are the ``topics`` argument if given, else the ``situation``;
4. if the situation is ``immediate-danger`` or ``sexual-assault`` (or the topics include
   ``immediate-danger``), the emergency entries (topic ``immediate-danger``) come first
   and do not count towards the limit;
5. then the entries with a wanted topic, best fit first: entries for the worker's own
   group; then entries for everyone; then entries for another audience named on the
   card; within those, entries that help in the worker's language (their language,
   interpreters, 200+ languages) before the rest; then the wanted topic earlier in the
   entry's ``topics``; then entries for fewer nations (when the nation is known; else
   UK-wide ones first); then directory order. At most ``limit`` (default 4) of them.

Every card says which nations the service covers when it is not all four (``nations``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .actions import ActionContext, ActionResult, action
from .events import Event, Msg, Say

EMERGENCY = "immediate-danger"
DANGER_SITUATIONS = frozenset({"immediate-danger", "sexual-assault"})
DEFAULT_LIMIT = 4
ALL_NATIONS = 4
NONE = "none"
# Choosing this kind of help (or this visa) says the worker is in that group.
AUDIENCE_FOR_TOPIC = {"lgbt": "lgbt", "domestic-worker": "domestic-workers"}
AUDIENCE_FOR_VISA = {"domestic-worker": "domestic-workers"}
# Choosing this language says the worker may be in that group (the card names it).
AUDIENCE_FOR_LANGUAGE = {"es": "latin-american-women", "pt": "latin-american-women"}
# Services meant for one group: shown only to a worker who said they are in it.
GROUP_AUDIENCES = frozenset(
    {"lgbt", "domestic-workers", "latin-american-women", "black-minoritised-women"}
)
# Audiences named on the card that include nearly every worker: rank with everyone.
BROAD_AUDIENCES = frozenset({"age-16-plus"})
# The worker's language -> the directory's language key for it.
LANGUAGE_KEYS = {"es": "spanish", "pt": "portuguese"}
ANY_LANGUAGE = frozenset({"200-plus", "interpreters"})
# Which nations a card names (the keys of signpost-line-nations); all four: none.
NATION_ORDER = ("england", "wales", "scotland", "northern-ireland")
NATION_KEYS = frozenset(
    {
        "england",
        "wales",
        "scotland",
        "northern-ireland",
        "england-wales",
        "england-wales-scotland",
        "scotland-northern-ireland",
    }
)

# Messages this action says; the content loader checks they exist in English.
SIGNPOST_MESSAGES = ("signpost-intro", "signpost-entry", "signpost-check-details", "signpost-none")


def _as_list(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if isinstance(value, Iterable):
        return [str(v) for v in value]
    return [str(value)]


def _as_limit(value: Any) -> int:
    try:
        limit = int(value)
    except (TypeError, ValueError):
        return DEFAULT_LIMIT
    return max(1, min(limit, 12))


def worker_groups(
    variables: Mapping[str, Any], topics: Sequence[str], lang: str | None
) -> frozenset[str]:
    """The groups (audiences) the worker said they are in, by their answers."""
    groups = {AUDIENCE_FOR_TOPIC[t] for t in topics if t in AUDIENCE_FOR_TOPIC}
    situation = variables.get("situation")
    if isinstance(situation, str) and situation in AUDIENCE_FOR_TOPIC:
        groups.add(AUDIENCE_FOR_TOPIC[situation])
    visa = variables.get("visa")
    if isinstance(visa, str) and visa in AUDIENCE_FOR_VISA:
        groups.add(AUDIENCE_FOR_VISA[visa])
    if lang in AUDIENCE_FOR_LANGUAGE:
        groups.add(AUDIENCE_FOR_LANGUAGE[lang])
    return frozenset(groups)


def _for_worker(entry: Mapping[str, Any], groups: frozenset[str]) -> bool:
    audience = entry.get("audience")
    return audience not in GROUP_AUDIENCES or audience in groups


def select(
    directory: Sequence[Mapping[str, Any]],
    *,
    nation: str | None,
    topics: Sequence[str],
    emergency_first: bool,
    limit: int = DEFAULT_LIMIT,
    groups: frozenset[str] | None = None,
    lang: str | None = None,
) -> list[Mapping[str, Any]]:
    """The entries to show, in order (see the module docstring).

    ``groups`` are the audiences the worker said they are in (default: those the
    wanted topics name); ``lang`` is the worker's language code.
    """
    wanted = [t for t in topics if t]
    if groups is None:
        groups = worker_groups({}, wanted, lang)
    usable = [
        e
        for e in directory
        if e.get("listed", True)
        and (nation is None or nation in (e.get("nations") or ()))
        and _for_worker(e, groups)
    ]
    first = [e for e in usable if EMERGENCY in (e.get("topics") or ())] if emergency_first else []
    own_language = LANGUAGE_KEYS.get(lang or "")

    def rank(item: tuple[int, Mapping[str, Any]]) -> tuple[int, int, int, int, int]:
        order, e = item
        entry_topics = list(e.get("topics") or ())
        topic_rank = min(entry_topics.index(t) for t in wanted if t in entry_topics)
        audience = e.get("audience")
        if audience is not None and audience in groups:
            audience_rank = 0
        elif audience is None or audience in BROAD_AUDIENCES:
            audience_rank = 1
        else:
            audience_rank = 2
        offered = set(e.get("languages") or ())
        speaks = lang in (None, "en") or bool(offered & ANY_LANGUAGE) or own_language in offered
        count = len(e.get("nations") or ())
        nation_rank = count if nation is not None else ALL_NATIONS - count
        return audience_rank, 0 if speaks else 1, topic_rank, nation_rank, order

    rest = [
        (i, e)
        for i, e in enumerate(usable)
        if e not in first and any(t in (e.get("topics") or ()) for t in wanted)
    ]
    rest.sort(key=rank)
    return first + [e for _, e in rest[:limit]]


def _field(entry: Mapping[str, Any], key: str) -> str:
    value = entry.get(key)
    return str(value) if value not in (None, "") else NONE


def _languages(keys: Iterable[str]) -> str:
    have = set(keys)
    if "200-plus" in have:
        return "over-200"
    if "interpreters" in have:
        return "interpreters"
    if {"spanish", "portuguese"} <= have:
        return "spanish-portuguese"
    for key in ("spanish", "portuguese", "multilingual", "bsl"):
        if key in have:
            return key
    return NONE


def nations_key(nations: Iterable[str]) -> str:
    """``signpost-line-nations`` key: e.g. ``england-wales``; ``none`` for all four."""
    have = set(nations)
    if have >= set(NATION_ORDER):
        return NONE
    return "-".join(n for n in NATION_ORDER if n in have) or NONE


def card_args(entry: Mapping[str, Any]) -> dict[str, str]:
    """The arguments of ``signpost-entry`` for one directory entry."""
    free, confidential = bool(entry.get("free")), bool(entry.get("confidential"))
    terms = (
        "free-confidential"
        if free and confidential
        else "free"
        if free
        else "confidential"
        if confidential
        else NONE
    )
    return {
        "name": _field(entry, "name"),
        "kind": _field(entry, "kind"),
        "phone": _field(entry, "phone"),
        "text": _field(entry, "text"),
        "web": _field(entry, "web"),
        "email": _field(entry, "email"),
        "hours": _field(entry, "hours"),
        "terms": terms,
        "languages": _languages(entry.get("languages") or ()),
        "audience": _field(entry, "audience"),
        "nations": nations_key(entry.get("nations") or ()),
        "note": _field(entry, "note"),
        "check": "yes" if entry.get("check") else NONE,
    }


@action(
    "signpost",
    {
        "topics": "directory topics to show instead of the 'situation' variable, "
        "e.g. [immigration-advice]",
        "limit": "how many services at most, besides emergency numbers (default 4)",
    },
    shows=True,
)
def signpost(ctx: ActionContext) -> ActionResult:
    variables = ctx.session.vars
    nation = variables.get("nation")
    situation = variables.get("situation")
    topics = _as_list(ctx.args.get("topics")) or _as_list(situation)
    emergency_first = situation in DANGER_SITUATIONS or EMERGENCY in topics
    lang = ctx.session.lang
    entries = select(
        ctx.flows.directory,
        nation=str(nation) if nation else None,
        topics=topics,
        emergency_first=emergency_first,
        limit=_as_limit(ctx.args.get("limit", DEFAULT_LIMIT)),
        groups=worker_groups(variables, topics, lang),
        lang=lang,
    )
    if not entries:
        return ActionResult([Say(Msg("signpost-none"))])
    events: list[Event] = [Say(Msg("signpost-intro"))]
    events.extend(Say(Msg("signpost-entry", card_args(e))) for e in entries)
    return ActionResult(events)
