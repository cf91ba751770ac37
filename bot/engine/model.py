"""The flow file format (version 1), as pydantic models.

These models validate what organisers write and generate ``flows/schema.json``
for editors. They are not used at run time: ``compile.py`` turns them into small
frozen structures with every target resolved.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Scalar = str | int | float | bool
Ident = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=64)]
MessageId = Annotated[str, StringConstraints(pattern=r"^[a-zA-Z][a-zA-Z0-9_-]*$", max_length=100)]
Target = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)?$", max_length=130),
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Message(_Strict):
    """A Fluent message with arguments. Argument values starting with ``$`` read a variable."""

    id: MessageId
    args: dict[str, Scalar] = Field(default_factory=dict)


MessageRef = MessageId | Message


class Choice(_Strict):
    """One button. It goes to ``goto`` and/or runs ``action``, after setting ``set``."""

    label: MessageRef
    goto: Target | None = None
    set: dict[str, Scalar | None] = Field(default_factory=dict)
    action: Ident | None = None

    @model_validator(mode="after")
    def _needs_somewhere(self) -> Choice:
        if self.goto is None and self.action is None:
            raise ValueError("a choice needs 'goto' (where it leads) or 'action'")
        return self


class Ask(_Strict):
    """Ask for free text, kept in a variable of the session (which expires)."""

    var: Ident
    next: Target
    max_length: int = Field(default=500, ge=1, le=4000)
    optional: bool = False
    retry: MessageRef | None = None
    skip: MessageRef | None = None


class Test(_Strict):
    """A condition on one variable: equals a value, is one of several, or is (not) set."""

    equals: Scalar | None = None
    in_: list[Scalar] | None = Field(default=None, alias="in")
    set: bool | None = None

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Rule(_Strict):
    """``when`` every listed variable matches, go to ``goto``."""

    when: dict[Ident, Scalar | list[Scalar] | Test]
    goto: Target


class ActionCall(_Strict):
    name: Ident
    args: dict[str, Any] = Field(default_factory=dict)


class Node(_Strict):
    """A step of a conversation.

    In order: set variables, run the action, say the messages, then continue with
    exactly one of ``choices``, ``languages``, ``ask``, ``branch`` (+ ``otherwise``),
    ``goto`` or ``end``.
    """

    set: dict[Ident, Scalar | None] = Field(default_factory=dict)
    action: Ident | ActionCall | None = None
    say: MessageRef | list[MessageRef] = Field(default_factory=list)
    choices: list[Choice] | None = Field(default=None, min_length=1, max_length=12)
    languages: Target | None = None
    ask: Ask | None = None
    branch: list[Rule] | None = Field(default=None, min_length=1)
    otherwise: Target | None = None
    goto: Target | None = None
    end: bool = False

    @model_validator(mode="after")
    def _one_way_on(self) -> Node:
        ways = [
            k
            for k in ("choices", "languages", "ask", "branch", "goto")
            if getattr(self, k) is not None
        ]
        if self.end:
            ways.append("end")
        if len(ways) > 1:
            raise ValueError(
                f"a node continues in one way only, but this one has {' and '.join(ways)}"
            )
        if self.otherwise is not None and self.branch is None:
            raise ValueError("'otherwise' belongs with 'branch'")
        if self.branch is not None and self.otherwise is None:
            raise ValueError("a 'branch' needs an 'otherwise' target for when no rule matches")
        return self


class Flow(_Strict):
    """One flow file."""

    version: Literal[1]
    id: Ident
    start: Ident
    title: str | None = None
    description: str | None = None
    nodes: dict[Ident, Node] = Field(min_length=1)


def json_schema() -> dict[str, Any]:
    schema = Flow.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Advice bot flow (version 1)"
    return schema
