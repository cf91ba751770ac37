"""flows/schema.json and flows/directory.schema.json are generated from the models the
loader validates with; this keeps them in step, described, and listing the actions."""

from __future__ import annotations

import json
from typing import Any

from bot.directory import Entry
from bot.engine.actions import ACTIONS
from bot.engine.model import json_schema
from bot.schemas import directory_schema, flow_schema
from tests.helpers import REPO


def _published(name: str) -> dict[str, Any]:
    found: dict[str, Any] = json.loads((REPO / "flows" / name).read_text(encoding="utf-8"))
    return found


def _properties(schema: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    out = [("", k, v) for k, v in schema.get("properties", {}).items()]
    for name, definition in schema.get("$defs", {}).items():
        out += [(name, k, v) for k, v in definition.get("properties", {}).items()]
    return out


def test_published_schema_matches_the_model() -> None:
    assert _published("schema.json") == flow_schema(), (
        "run: advice-bot schema --out flows/schema.json"
    )


def test_schema_knows_the_node_keys() -> None:
    node = json_schema()["$defs"]["Node"]
    assert {"say", "choices", "ask", "branch", "otherwise", "goto", "end", "languages"} <= set(
        node["properties"]
    )
    assert node["additionalProperties"] is False


def test_every_key_has_a_description() -> None:
    for schema in (flow_schema(), directory_schema()):
        bare = [f"{d or 'top'}.{k}" for d, k, v in _properties(schema) if not v.get("description")]
        assert bare == [], "describe these in bot/schemas.py"


def test_the_schema_lists_every_action_by_name() -> None:
    defs = flow_schema()["$defs"]
    names = sorted(ACTIONS)
    assert defs["ActionCall"]["properties"]["name"]["enum"] == names
    for owner in ("Node", "Choice"):
        options = defs[owner]["properties"]["action"]["anyOf"]
        assert any(o.get("enum") == names for o in options), owner


def test_published_directory_schema_matches_the_model() -> None:
    assert _published("directory.schema.json") == directory_schema(), (
        "run: advice-bot schema --directory --out flows/directory.schema.json"
    )
    entry = directory_schema()["$defs"]["Entry"]
    assert entry["additionalProperties"] is False
    # every key the loader accepts, plus the optional lists other parts add
    assert set(entry["properties"]) == set(Entry.model_fields) | {"serves"}
    for key in ("serves", "languages"):
        assert entry["properties"][key] == {
            "type": "array",
            "items": {"type": "string"},
            "description": entry["properties"][key]["description"],
        }
    assert "serves" not in entry.get("required", [])


def test_the_organiser_guide_shows_how_to_wire_both_into_an_editor() -> None:
    guide = (REPO / "docs" / "organiser-guide.md").read_text(encoding="utf-8")
    assert '"yaml.schemas"' in guide
    assert "flows/directory.schema.json" in guide and "flows/schema.json" in guide
    assert "# yaml-language-server: $schema=" in guide
