"""The rule pack as the engine and the editor use it: an immutable value, built whole by
``core.rules.loader`` (read → validate → index → check → build). Nothing here loads or checks, so this
module imports neither the loader nor the checks (no import cycle)."""

from __future__ import annotations

import datetime as dt
import enum
import re
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from mappa_desktop.core.facts import LIST_ITEMS, Facts
from mappa_desktop.core.rules.model import (
    CategoryRule,
    Citation,
    Decisions,
    LevelRule,
    PackHeader,
    Parameter,
    PromptRule,
    Question,
    RecordList,
    Rule,
)

HEADER_FILE = "pack.yaml"
SIGNALS = re.compile(r"\{signals:([a-z][a-z0-9_]*)\}")


@dataclass(frozen=True, eq=False)
class RulePack:
    """A loaded, checked rule pack: what the engine evaluates and the editor asks.

    Built once, complete, by ``core.rules.loader``: its index (``rules``), the facts each outcome
    depends on (``affects``) and the order of each enum's choices (``ranks``) are given at construction
    and are read-only mappings. Only the engine's memo caches (``settings_by_day``, ``derived``,
    ``recent``: values worked out from the pack, never part of it) fill in as it is used."""

    directory: Path
    header: PackHeader
    decisions: Decisions
    citations: Mapping[str, Citation]
    parameters: Mapping[str, Parameter]
    questions: Mapping[str, Question]
    lists: Mapping[str, RecordList]
    categories: tuple[CategoryRule, ...]
    levels: tuple[LevelRule, ...]
    tests: Mapping[str, Rule]
    prompts: Mapping[str, PromptRule]
    files: tuple[str, ...]
    rules: Mapping[str, Rule]
    """Every rule by id: ``category.N``, ``level.N``, ``test.NAME``, ``prompt.NAME``, in that order."""
    affects: Mapping[str, tuple[str, ...]]
    """For each fact, the rules whose outcome it can change (directly or through refs)."""
    ranks: Mapping[str, Mapping[str, int]]
    """For each enum fact, the place of each choice in the question's order (for ordered comparisons)."""
    settings_by_day: dict[dt.date, dict[str, Any]] = field(default_factory=dict, repr=False)
    derived: dict[Any, Any] = field(default_factory=dict, repr=False)
    """What the engine works out once per loaded pack (rule ids in order, notes)."""
    recent: dict[Any, Any] = field(default_factory=dict, repr=False)
    """Outcomes and prompts the engine has built lately, to give again for the same answers (bounded)."""

    @property
    def id(self) -> str:
        return self.header.id

    @property
    def version(self) -> str:
        return self.header.version

    @property
    def effective(self) -> dt.date:
        return self.header.effective

    def parameter(self, name: str, day: dt.date) -> Any:
        """The value of a parameter in force on ``day``."""
        return self.parameters[name].value_on(day)

    def parameters_on(self, day: dt.date) -> dict[str, Any]:
        """Every parameter's value in force on ``day`` (worked out once per day; do not change it)."""
        values = self.settings_by_day.get(day)
        if values is None:
            if len(self.settings_by_day) > 1000:
                self.settings_by_day.clear()
            values = self.settings_by_day[day] = {n: p.value_on(day) for n, p in self.parameters.items()}
        return values


def fact_kind(name: str, model: type[BaseModel] = Facts) -> tuple[str, tuple[str, ...]]:
    """The question type a fact of the contract (or a field of a list fact's record, with ``model``)
    needs, and its allowed values for enums. A list fact's kind is ``list``."""
    if model is Facts and name in LIST_ITEMS:
        return "list", ()
    annotation = model.model_fields[name].annotation
    inner = [a for a in typing.get_args(annotation) if a is not type(None)][0]
    while typing.get_origin(inner) is typing.Annotated:
        inner = typing.get_args(inner)[0]
    if typing.get_origin(inner) is list:
        member = typing.get_args(inner)[0]
        return "list_enum", tuple(m.value for m in member)
    if isinstance(inner, type) and issubclass(inner, enum.Enum):
        return "enum", tuple(m.value for m in inner)
    kinds = {bool: "bool", int: "integer", float: "number", dt.date: "date", str: "text"}
    return kinds[inner], ()


__all__ = ["HEADER_FILE", "SIGNALS", "RulePack", "fact_kind"]
