"""The rule-pack format: pydantic models of the YAML files, from which the JSON Schema is generated.

Conditions are trees over a closed set of operators (no expressions, no eval), so that every outcome can
explain itself criterion by criterion. Each model remembers the file and line it was read from.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from mappa_desktop.core.rules.source import Located

Identifier = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
ParamRef = Annotated[str, Field(pattern=r"^param:[a-z][a-z0-9_]*$", description="'param:NAME'")]
Confidence = Literal["C", "S", "U"]
Severity = Literal["info", "consider", "warning"]


class PackModel(BaseModel):
    """Base: unknown keys are errors; the object keeps the position it was loaded from."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)
    _file: str = PrivateAttr(default="")
    _line: int = PrivateAttr(default=0)

    @model_validator(mode="wrap")
    @classmethod
    def _keep_position(cls, data: Any, handler: Any) -> Any:
        obj = handler(data)
        if isinstance(data, Located) and isinstance(obj, PackModel):
            obj._file, obj._line = data.file, data.line
        return obj

    @property
    def where(self) -> tuple[str, int]:
        return self._file, self._line


class Text(PackModel):
    """A sentence in English and Welsh. Welsh may be empty for now: ``rules check`` warns."""

    en: str = Field(min_length=1)
    cy: str = ""

    def get(self, lang: str = "en") -> str:
        return (self.cy or self.en) if lang == "cy" else self.en


class Citation(PackModel):
    title: str = Field(min_length=1)
    url: str = Field(pattern=r"^https?://")
    guidance: Text = Field(description="the sentence of guidance, paraphrased")
    confidence: Confidence


class ParameterVersion(PackModel):
    from_: dt.date = Field(alias="from", description="in force from this date")
    value: Any


class Parameter(PackModel):
    description: Text
    unit: str = Field(min_length=1)
    confidence: Confidence
    sources: list[Identifier] = Field(min_length=1, description="citation ids")
    note: Text | None = None
    versions: list[ParameterVersion] = Field(min_length=1, description="dated values, oldest first")

    def value_on(self, day: dt.date) -> Any:
        """The value in force on ``day`` (the earliest version if ``day`` predates them all)."""
        chosen = self.versions[0].value
        for version in self.versions:
            if version.from_ <= day:
                chosen = version.value
        return chosen


class Choice(PackModel):
    value: str
    label: Text


class Question(PackModel):
    type: Literal["bool", "enum", "list_enum", "integer", "number", "date", "text"]
    choices: list[Choice] = Field(default_factory=list)
    question: Text
    help: Text | None = None


class RecordList(PackModel):
    """A list fact (e.g. ``victims``): how one record is named, and a question per field of a record."""

    question: Text = Field(description="what the list is, as the editor heads it")
    item: Text = Field(description="how one record is named; {position} is its 1-based place")
    label_field: Identifier | None = Field(default=None, description="a field shown after the name")
    fields: dict[Identifier, Question] = Field(min_length=1)


# --- conditions -----------------------------------------------------------------------------------------


class FactIs(PackModel):
    fact: Identifier
    eq: str | int | float | bool | None = None
    in_: list[str | int | float | bool] | None = Field(default=None, alias="in")

    @model_validator(mode="after")
    def _one_of(self) -> FactIs:
        if (self.eq is None) == (self.in_ is None):
            raise ValueError("give exactly one of 'eq' or 'in'")
        return self

    @property
    def values(self) -> list[Any]:
        return [self.eq] if self.in_ is None else list(self.in_)


class Compare(PackModel):
    fact: Identifier
    op: Literal["ge", "gt", "le", "lt"]
    value: float | int | ParamRef | Identifier = Field(
        description="a number, a choice of an enum, or 'param:NAME'"
    )


class ContainsAny(PackModel):
    fact: Identifier
    values: list[str] | ParamRef


class DateWithin(PackModel):
    """The fact's date lies within the last N months up to ``as_of`` (both ends included)."""

    fact: Identifier
    months: int | ParamRef


class ForEach(PackModel):
    """``when`` tested on each record of a list fact; inside it, facts name the record's fields."""

    fact: Identifier
    quantifier: Literal["any", "all"] = Field(description="any: some record meets it; all: every one")
    when: Condition


class DateWindow(PackModel):
    """``as_of`` is on or after the fact's date minus N months (a deadline before a future date)."""

    fact: Identifier
    months_before: int | ParamRef


OPERATORS = (
    "all_",
    "any_",
    "not_",
    "ref",
    "fact_true",
    "fact_false",
    "fact_known",
    "fact_is",
    "compare",
    "contains_any",
    "date_within",
    "date_on_or_after",
    "param_true",
    "fact_unknown",
    "for_each",
)


class Condition(PackModel):
    """One node of a test: exactly one operator, plus the sentence a trainer reads aloud."""

    all_: list[Condition] | None = Field(default=None, alias="all", min_length=1)
    any_: list[Condition] | None = Field(default=None, alias="any", min_length=1)
    not_: Condition | None = Field(default=None, alias="not")
    ref: str | None = Field(default=None, description="a category, level or named test, e.g. 'level.2'")
    fact_true: Identifier | None = None
    fact_false: Identifier | None = None
    fact_known: Identifier | None = Field(default=None, description="true once answered; never false")
    fact_is: FactIs | None = None
    compare: Compare | None = None
    contains_any: ContainsAny | None = None
    date_within: DateWithin | None = None
    date_on_or_after: DateWindow | None = None
    param_true: ParamRef | None = Field(default=None, description="a yes/no pack setting")
    fact_unknown: Identifier | None = Field(
        default=None, description="true while not answered, false once answered (prompts only)"
    )
    for_each: ForEach | None = Field(default=None, description="a test of each record of a list fact")
    id: Identifier | None = Field(default=None, description="a name prompts can quote with {signals:ID}")
    text: Text | None = Field(default=None, description="required except on all/any")
    # Worked out once on load: the engine reads them on every evaluation.
    _operator: str = PrivateAttr(default="")
    _fact: str | None = PrivateAttr(default=None)
    _params: tuple[str, ...] = PrivateAttr(default=())
    _evaluator: Any = PrivateAttr(default=None)  # made by compile.compiled() on first evaluation
    _text_info: Any = PrivateAttr(default=None)  # the engine's note of how to fill in the sentence
    _flat: Any = PrivateAttr(default=None)  # this node and the nodes under it, for quoting criteria

    @model_validator(mode="after")
    def _exactly_one_operator(self) -> Condition:
        given = [name.rstrip("_") for name in OPERATORS if getattr(self, name) is not None]
        if len(given) != 1:
            found = ", ".join(given) if given else "none"
            raise ValueError(f"a condition needs exactly one operator (found: {found})")
        if self.text is None and given[0] not in ("all", "any"):
            raise ValueError(f"a '{given[0]}' condition needs a 'text' a trainer can read aloud")
        self._operator = given[0]
        operand = getattr(self, given[0] + ("_" if given[0] in ("all", "any", "not") else ""))
        if given[0] in ("fact_true", "fact_false", "fact_known", "fact_unknown"):
            self._fact = operand
        elif given[0] in (
            "fact_is",
            "compare",
            "contains_any",
            "date_within",
            "date_on_or_after",
            "for_each",
        ):
            self._fact = operand.fact
        refs = [self.param_true]
        if self.compare is not None:
            refs.append(self.compare.value)
        if self.contains_any is not None:
            refs.append(self.contains_any.values)
        if self.date_within is not None:
            refs.append(self.date_within.months)
        if self.date_on_or_after is not None:
            refs.append(self.date_on_or_after.months_before)
        self._params = tuple(r[6:] for r in refs if isinstance(r, str) and r.startswith("param:"))
        return self

    @property
    def operator(self) -> str:
        return self.__pydantic_private__["_operator"]  # direct: private-attribute lookup is slow

    @property
    def fact(self) -> str | None:
        """The fact a leaf tests (None for groups, refs and settings)."""
        return self.__pydantic_private__["_fact"]

    @property
    def params(self) -> tuple[str, ...]:
        """The parameters this node reads."""
        return self.__pydantic_private__["_params"]

    @property
    def children(self) -> list[Condition]:
        if self.all_ is not None:
            return self.all_
        if self.any_ is not None:
            return self.any_
        return [self.not_] if self.not_ is not None else []

    def mentions(self, fact: str) -> bool:
        """True when this test or a part of it reads ``fact`` itself (not inside a test of each record)."""
        return self.fact == fact or any(child.mentions(fact) for child in self.children)


ForEach.model_rebuild()


# --- decisions ------------------------------------------------------------------------------------------


class Rule(PackModel):
    title: Text
    citations: list[Identifier] = Field(default_factory=list)
    when: Condition

    def reads(self, fact: str) -> bool:
        """True when the rule's own test reads ``fact`` (not through another rule, nor a record's field)."""
        return self.when.mentions(fact)


class CategoryRule(Rule):
    number: int = Field(ge=1)


class LevelRule(Rule):
    number: int = Field(ge=2)


class PromptRule(Rule):
    severity: Severity
    message: Text = Field(description="may quote fired criteria with {signals:ID}")
    items: Identifier | None = Field(
        default=None,
        description="the id of a for_each condition: the prompt lists the records it is about (positions)",
    )


class Decisions(PackModel):
    precedence: ParamRef = Field(description="parameter listing category numbers, first wins")
    default_level: int = Field(ge=1, description="the level when a category is met and no level test is")
    eligible: str | None = Field(
        default=None,
        description="a test (e.g. 'test.category_met') deciding eligibility from each category's own "
        "criteria; without it, eligible means some category is met",
    )
    eligibility: Text
    category: Text
    level: Text


class PackHeader(PackModel):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    version: str = Field(min_length=1)
    effective: dt.date
    title: Text
    files: list[str] = Field(min_length=1, description="the other files of the pack, in this folder")


class PackFile(PackModel):
    """Any one YAML file of a pack: each holds some of these sections (the schema an editor uses)."""

    pack: PackHeader | None = None
    decisions: Decisions | None = None
    citations: dict[Identifier, Citation] | None = None
    parameters: dict[Identifier, Parameter] | None = None
    questions: dict[Identifier, Question] | None = None
    lists: dict[Identifier, RecordList] | None = Field(default=None, description="list facts' records")
    categories: list[CategoryRule] | None = None
    levels: list[LevelRule] | None = None
    tests: dict[Identifier, Rule] | None = Field(default=None, description="named tests to 'ref'")
    prompts: dict[Identifier, PromptRule] | None = None


class PackContent(PackFile):
    """The whole pack once its files are merged: every section present."""

    pack: PackHeader
    decisions: Decisions
    citations: dict[Identifier, Citation]
    parameters: dict[Identifier, Parameter]
    questions: dict[Identifier, Question]
    lists: dict[Identifier, RecordList] = Field(default_factory=dict)
    categories: list[CategoryRule]
    levels: list[LevelRule]
    tests: dict[Identifier, Rule] = Field(default_factory=dict)
    prompts: dict[Identifier, PromptRule] = Field(default_factory=dict)
