"""Offer only what works: with reports switched off, no button leads to the report."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.content import load_content
from bot.engine.flowset import FlowSet
from bot.engine.session import Session
from bot.engine.step import _Runner
from tests.helpers import REPO

VARIANTS = ({}, {"nation": "wales"}, {"nation": "northern-ireland", "visa": "domestic-worker"})


def _offered(flows: FlowSet, target: str, variables: dict[str, str]) -> list[str]:
    """Where the buttons lead on the screen the engine shows when entering ``target``."""
    runner = _Runner(flows, Session(vars=dict(variables), noted=True), [])
    runner.run(target)
    node = flows.nodes.get(runner.s.node or "")
    if node is None:
        return []
    return [c.target or f"action:{c.action}" for c in node.choices]


def _reachable(flows: FlowSet, variables: dict[str, str]) -> dict[str, list[str]]:
    """Every screen the engine can show from the ways in (/start, the menu, /help, deep
    links): entered target -> where its buttons lead."""
    todo = [flows.entry, flows.menu, flows.help_node, *flows.starts.values()]
    seen: dict[str, list[str]] = {}
    while todo:
        target = todo.pop()
        if target in seen:
            continue
        seen[target] = dests = _offered(flows, target, variables)
        todo += [d for d in dests if not d.startswith("action:")]
    return seen


@pytest.mark.parametrize("reports", [False, True])
def test_the_report_is_offered_only_when_reports_are_on(reports: bool) -> None:
    base = load_content(REPO).flows
    flows = replace(base, features=frozenset({"reports"} if reports else set()))
    leads_to_report = []
    for variables in VARIANTS:
        for target, dests in sorted(_reachable(flows, variables).items()):
            if target.startswith("report."):
                continue  # inside the report flow itself
            for dest in dests:
                if dest.startswith("report.") or dest == "routes.anonymous":
                    leads_to_report.append(f"{target} -> {dest}")
    if reports:
        assert any(x.endswith("-> report.start") for x in leads_to_report)
    else:
        assert leads_to_report == []
