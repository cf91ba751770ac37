"""Named actions a flow node or a button can run.

An action is a small pure function: it may change the session and returns events.
Anything with side effects (sealing a report, deleting messages) is expressed as an
event for the service to carry out. Register new actions with :func:`action`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .events import Event, Msg, QuickExit, Say, SubmitReport
from .flowset import FlowSet
from .session import Session


@dataclass(slots=True)
class ActionContext:
    flows: FlowSet
    session: Session
    args: Mapping[str, Any]


@dataclass(slots=True)
class ActionResult:
    events: list[Event] = field(default_factory=list)
    stop: bool = False  # end the conversation here (quick exit)


ActionFn = Callable[[ActionContext], ActionResult]


@dataclass(frozen=True, slots=True)
class ActionSpec:
    fn: ActionFn
    args: Mapping[str, str]  # argument name -> what it means (documentation, checks)
    required: frozenset[str] = frozenset()
    message_args: frozenset[str] = frozenset()  # arguments that name Fluent messages
    # True if the action only shows something (Say events) and changes nothing: it is
    # run again when its screen is shown again (``/back``, an old button).
    shows: bool = False


ACTIONS: dict[str, ActionSpec] = {}


def action(
    name: str,
    args: Mapping[str, str] | None = None,
    required: tuple[str, ...] = (),
    message_args: tuple[str, ...] = (),
    shows: bool = False,
) -> Callable[[ActionFn], ActionFn]:
    def register(fn: ActionFn) -> ActionFn:
        ACTIONS[name] = ActionSpec(
            fn, dict(args or {}), frozenset(required), frozenset(message_args), shows
        )
        return fn

    return register


def set_language(flows: FlowSet, session: Session, code: str) -> list[Event]:
    """Switch language; the first time a draft translation is chosen, say so."""
    from .events import LanguageChanged

    lang = flows.language(code)
    if lang is None:
        return []
    session.lang = code
    events: list[Event] = [LanguageChanged(code)]
    if lang.draft and code not in session.draft_seen:
        session.draft_seen.append(code)
        events.append(Say(Msg("draft-notice")))
    return events


def forget(session: Session, prefix: str) -> None:
    """Delete every variable starting with ``prefix``, in the session and in the earlier
    screens it keeps for ``/back``, so nothing forgotten comes back."""
    for variables in (
        session.vars,
        *(e["vars"] for e in session.back if isinstance(e, dict) and "vars" in e),
    ):
        for key in [k for k in variables if k.startswith(prefix)]:
            del variables[key]


@action("set_language", {"lang": "language code, e.g. pl"}, required=("lang",))
def _set_language(ctx: ActionContext) -> ActionResult:
    return ActionResult(set_language(ctx.flows, ctx.session, str(ctx.args.get("lang", ""))))


@action("quick_exit")
def _quick_exit(ctx: ActionContext) -> ActionResult:
    return ActionResult([QuickExit()], stop=True)


@action(
    "clear",
    {"prefix": "forget every variable whose name starts with this (e.g. report_)"},
    required=("prefix",),
)
def _clear(ctx: ActionContext) -> ActionResult:
    prefix = str(ctx.args.get("prefix", ""))
    if prefix:
        forget(ctx.session, prefix)
    return ActionResult()


@action(
    "submit_report",
    {
        "prefix": "variables starting with this are the answers (prefix removed)",
        "done": "message said after sealing; gets the receipt as $code",
        "failed": "message said if the report could not be stored",
    },
    required=("prefix", "done", "failed"),
    message_args=("done", "failed"),
)
def _submit_report(ctx: ActionContext) -> ActionResult:
    prefix = str(ctx.args["prefix"])
    answers = {k[len(prefix) :]: v for k, v in ctx.session.vars.items() if k.startswith(prefix)}
    forget(ctx.session, prefix)
    return ActionResult(
        [SubmitReport(answers, done=str(ctx.args["done"]), failed=str(ctx.args["failed"]))]
    )
