"""The decision out: ``Assessment.model_dump(mode="json")`` is exactly the evaluation contract's output.

Fields marked ``exclude=True`` carry extra explanation for ``explain_text`` and the editor; they never
appear in the JSON.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_serializer, model_validator
from pydantic.json_schema import SkipJsonSchema

from mappa_desktop.core.rules.tree import ConditionResult, Row


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)


M = TypeVar("M", bound=BaseModel)


def build(cls: type[M], **values: Any) -> M:
    """Make a model from trusted engine values without validation: what ``model_construct`` does,
    minus its per-field bookkeeping, because the editor re-evaluates on every keystroke."""
    obj = cls.__new__(cls)
    object.__setattr__(obj, "__dict__", values)
    object.__setattr__(obj, "__pydantic_fields_set__", set(values))
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj


class CitationOut(_Out):
    title: str
    url: str
    guidance: str = Field(default="", exclude=True)


class PackRef(_Out):
    id: str
    version: str
    as_of: dt.date


class Criterion(_Out):
    fact: str | None
    value: Any
    met: bool | None
    text: str


class TraceEntry(_Out):
    rule: str
    outcome: bool | None
    criteria: list[Criterion]
    citations: list[CitationOut]
    title: str = Field(default="", exclude=True)
    tree: SkipJsonSchema[ConditionResult | None] = Field(default=None, exclude=True)
    """The rule's condition as the engine found it (``tree.ConditionResult``); None for a trace read back
    from JSON or made without explanations. Never in the JSON, nor in the package schema."""

    @property
    def lines(self) -> list[Row]:
        """The explanation as rows, groups included (empty without a tree)."""
        tree = self.__dict__.get("tree")
        return tree.rows() if tree is not None else []


class PromptOut(_Out):
    id: str
    severity: str
    text: str
    citations: list[CitationOut]
    items: dict[str, list[int]] = Field(default_factory=dict, exclude=True)
    """For a prompt about records of a list fact: the list's name and the 1-based positions it is about.
    In the contract's JSON each list is a key of the prompt (``"victims": [2]``)."""

    @model_validator(mode="before")
    @classmethod
    def _read_items(cls, data: Any) -> Any:
        """Read back a stored prompt: its list keys (``"victims": [2]``) are its ``items``."""
        if isinstance(data, dict) and "items" not in data:
            data = dict(data)
            data["items"] = {k: data.pop(k) for k in list(data) if k not in cls.model_fields}
        return data

    @model_serializer(mode="wrap")
    def _with_items(self, handler: Any) -> dict[str, Any]:
        data = handler(self)
        data.update(self.__dict__.get("items") or {})
        return data


class Assessment(_Out):
    rule_pack: PackRef
    mappa_eligible: bool | None
    category: int | None
    categories_met: list[int]
    level: int | None
    prompts: list[PromptOut]
    missing: list[str]
    trace: list[TraceEntry]
    notes: list[str] = Field(default_factory=list)
    missing_questions: list[str] = Field(default_factory=list, exclude=True)
