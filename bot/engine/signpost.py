"""The ``signpost`` action: show the services from the directory that fit this worker.

Pure: it reads the directory carried by the :class:`FlowSet` (loaded by
``bot/directory.py``), the session variables ``nation`` and ``situation`` and the
node's arguments, and returns ``Say`` events. No text here: every word is in
``locales/<lang>/directory.ftl``; a missing field is passed as ``"none"`` so the
Fluent selectors can leave its line out.

How it chooses:

1. only entries that are ``listed`` and, when ``nation`` is set, serve that nation;
2. the wanted topics are the ``topics`` argument if given, else the ``situation``;
3. if the situation is ``immediate-danger`` or ``sexual-assault`` (or the topics include
   ``immediate-danger``), the emergency entries (topic ``immediate-danger``) come first
   and do not count towards the limit;
4. then the entries with a wanted topic: entries for everyone (or for the group the
   topic is about) before entries for one group (``audience``); then most specific
   first: the wanted topic earlier in the entry's ``topics``, then entries for fewer
   nations (when the nation is known; else UK-wide ones first); then directory order.
   At most ``limit`` (default 4) of them.
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
# An entry for one group ranks with the general ones when the wanted topic is that group.
AUDIENCE_FOR_TOPIC = {"lgbt": "lgbt", "domestic-worker": "domestic-workers"}

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


def select(
    directory: Sequence[Mapping[str, Any]],
    *,
    nation: str | None,
    topics: Sequence[str],
    emergency_first: bool,
    limit: int = DEFAULT_LIMIT,
) -> list[Mapping[str, Any]]:
    """The entries to show, in order (see the module docstring)."""
    usable = [
        e
        for e in directory
        if e.get("listed", True) and (nation is None or nation in (e.get("nations") or ()))
    ]
    first = [e for e in usable if EMERGENCY in (e.get("topics") or ())] if emergency_first else []
    wanted = [t for t in topics if t]

    def rank(item: tuple[int, Mapping[str, Any]]) -> tuple[int, int, int, int]:
        order, e = item
        entry_topics = list(e.get("topics") or ())
        topic_rank = min(entry_topics.index(t) for t in wanted if t in entry_topics)
        audience = e.get("audience")
        fits = {AUDIENCE_FOR_TOPIC.get(t) for t in wanted}
        audience_rank = 0 if audience is None or audience in fits else 1
        count = len(e.get("nations") or ())
        nation_rank = count if nation is not None else ALL_NATIONS - count
        return audience_rank, topic_rank, nation_rank, order

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
    entries = select(
        ctx.flows.directory,
        nation=str(nation) if nation else None,
        topics=topics,
        emergency_first=emergency_first,
        limit=_as_limit(ctx.args.get("limit", DEFAULT_LIMIT)),
    )
    if not entries:
        return ActionResult([Say(Msg("signpost-none"))])
    events: list[Event] = [Say(Msg("signpost-intro"))]
    events.extend(Say(Msg("signpost-entry", card_args(e))) for e in entries)
    return ActionResult(events)
