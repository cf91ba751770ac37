"""JSON Schemas for editors: flow files (``flows/schema.json``) and the signposting
directory (``flows/directory.schema.json``), both written by ``advice-bot schema``.

They come from the pydantic models the loader validates with, plus a description of
every key (what an editor shows on hover) and the list of action names. A test
(tests/test_schema_sync.py) fails when a key has no description or a published file
is out of date.
"""

from __future__ import annotations

import copy
from typing import Any

SCHEMA_DRAFT = "https://json-schema.org/draft/2020-12/schema"

# What each key means, per definition ("" is the top level of a flow file).
FLOW_KEYS: dict[str, dict[str, str]] = {
    "": {
        "version": "The flow format version: always 1.",
        "id": "The flow's unique name; other flows reach its nodes as <id>.<node>.",
        "start": "The node this flow begins at.",
        "title": "A title for people reading the file; never shown to workers.",
        "description": "Notes for people reading the file; never shown to workers.",
        "nodes": "The steps of the conversation, by name.",
    },
    "Node": {
        "set": "Variables to set when the worker reaches this node (null forgets one).",
        "action": "An action to run: its name, or {name, args}.",
        "say": "Message id(s) to send, in order; the text is in locales/<lang>/*.ftl.",
        "choices": "Buttons (1 to 12). Offer 'Leave now' (action: quick_exit) on every node.",
        "languages": "Show the language buttons, then go to this node.",
        "ask": "Ask the worker to type an answer, kept in a session variable.",
        "branch": "Rules tried in order; the first that matches decides where to go.",
        "otherwise": "Where to go when no rule of 'branch' matches (required with branch).",
        "goto": "Go straight on to this node (node, or flow.node).",
        "end": "The conversation ends here (true).",
    },
    "Choice": {
        "label": "Message id of the button's text.",
        "goto": "Where the button leads (node, or flow.node).",
        "set": "Variables to set when the button is pressed.",
        "action": "An action to run when the button is pressed.",
    },
    "Ask": {
        "var": "The session variable the answer is kept in (it expires with the session).",
        "next": "Where to go after the answer.",
        "max_length": "Longest answer accepted, in characters (1 to 4000; default 500).",
        "optional": "Offer a button to skip the question.",
        "retry": "Message id said when the answer is empty or too long.",
        "skip": "Message id of the skip button's text.",
    },
    "Rule": {
        "when": "Variables and the values they must have (all must match).",
        "goto": "Where to go when the rule matches.",
    },
    "Test": {
        "equals": "The variable equals this value.",
        "in": "The variable is one of these values.",
        "set": "true: the variable is set; false: it is not.",
    },
    "Message": {
        "id": "The Fluent message id.",
        "args": "Values for the message's { $variables }; a value starting with $ reads "
        "a session variable.",
    },
    "ActionCall": {
        "name": "The action to run.",
        "args": "The action's arguments (see docs/flow-format.md).",
    },
}

DIRECTORY_KEYS: dict[str, dict[str, str]] = {
    "": {
        "version": "The directory format version: always 1.",
        "entries": "Every organisation the bot may show a worker.",
    },
    "Entry": {
        "id": "Unique id of the entry (lower-case letters, digits and '-').",
        "name": "The organisation's name as workers will see it.",
        "kind": "What kind of help it is (e.g. emergency); shapes how the entry is shown.",
        "phone": "Phone number: digits and spaces only.",
        "text": "Number to text: digits and spaces only.",
        "web": "Website without https://, e.g. example.org.uk.",
        "email": "Email address.",
        "hours": "Opening hours, short (up to 40 characters).",
        "nations": "Where in the UK it helps: england, wales, scotland, northern-ireland.",
        "topics": "What it helps with; the signpost action picks entries by topic.",
        "languages": "Languages it offers.",
        "serves": "Who or where it serves (a list of words).",
        "audience": "Who it is for, if not everyone.",
        "note": "A short note shown with the entry.",
        "free": "The service is free.",
        "confidential": "The service is confidential.",
        "verified": "When the details were last checked (YYYY-MM-DD); older than a year "
        "is warned about.",
        "source": "Where the details come from (required: every number must be traceable).",
        "check": "true: details could not be confirmed; workers are told to check them.",
        "listed": "false: kept on file but not shown to workers.",
    },
}


def _describe(schema: dict[str, Any], keys: dict[str, dict[str, str]]) -> None:
    for name, described in keys.items():
        target = schema if name == "" else schema.get("$defs", {}).get(name)
        if not target:
            continue
        for prop, text in described.items():
            if prop in target.get("properties", {}):
                target["properties"][prop].setdefault("description", text)


def _action_names() -> list[str]:
    from . import content  # noqa: F401  (registers every action)
    from .engine.actions import ACTIONS

    return sorted(ACTIONS)


def flow_schema() -> dict[str, Any]:
    """``flows/schema.json``."""
    from .engine.model import json_schema

    schema = copy.deepcopy(json_schema())
    _describe(schema, FLOW_KEYS)
    names = _action_names()
    defs = schema["$defs"]
    enum = {"enum": names}
    defs["ActionCall"]["properties"]["name"] = {
        **defs["ActionCall"]["properties"]["name"],
        **enum,
    }
    for owner in ("Node", "Choice"):
        prop = defs[owner]["properties"]["action"]
        for option in prop.get("anyOf", []):
            if option.get("type") == "string":
                option.update(enum)
    return schema


def directory_schema() -> dict[str, Any]:
    """``flows/directory.schema.json``: the signposting directory's entries."""
    from .directory import Directory

    schema = Directory.model_json_schema()
    schema["$schema"] = SCHEMA_DRAFT
    schema["title"] = "Advice bot signposting directory (version 1)"
    entry = schema["$defs"]["Entry"]["properties"]
    # Lists of plain words other parts of the bot may read (e.g. which places an
    # organisation serves); optional, so older entries stay valid.
    entry.setdefault("serves", {"type": "array", "items": {"type": "string"}})
    entry["languages"] = {"type": "array", "items": {"type": "string"}}
    _describe(schema, DIRECTORY_KEYS)
    return schema
