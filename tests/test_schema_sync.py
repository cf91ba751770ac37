"""flows/schema.json is generated from the model; this keeps them in step."""

from __future__ import annotations

import json

from bot.engine.model import json_schema
from tests.helpers import REPO


def test_published_schema_matches_the_model() -> None:
    published = json.loads((REPO / "flows" / "schema.json").read_text(encoding="utf-8"))
    assert published == json_schema(), "run: advice-bot schema --out flows/schema.json"


def test_schema_knows_the_node_keys() -> None:
    node = json_schema()["$defs"]["Node"]
    assert {"say", "choices", "ask", "branch", "otherwise", "goto", "end", "languages"} <= set(
        node["properties"]
    )
    assert node["additionalProperties"] is False
