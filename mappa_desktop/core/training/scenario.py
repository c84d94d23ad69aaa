"""Training scenarios: fictional cases in the rule tests' YAML form, plus a narrative, learning points
and a debrief (resources/scenarios/*.yaml, one scenario per file).

A scenario's ``facts``/``as_of``/``expect`` mean exactly what they mean in ``rules/tests/*.yaml``, so a
scenario is also a rule test: ``expectation_problems`` says where the pack disagrees with it. Files are
read with the rule pack's position-keeping YAML reader, so every error names the file and the line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from mappa_desktop.core.facts import Case, Facts, contradictions, error_details, read_case
from mappa_desktop.core.rules import Assessment, RulePack, RulePackError, evaluate
from mappa_desktop.core.rules.model import Text
from mappa_desktop.core.rules.source import locate, read_yaml

TAG_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"


class ScenarioError(RulePackError):
    """A scenario file cannot be used; ``str()`` names the file and line and says what to fix."""


class Expect(BaseModel):
    """The outcome a scenario teaches, with the rule tests' keys. Only the keys written are checked."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    mappa_eligible: bool | None = None
    category: int | None = None
    categories_met: list[int] | None = None
    level: int | None = None
    missing: list[str] | None = None
    prompts: list[str] | None = None
    prompts_include: list[str] = Field(default_factory=list)
    prompts_exclude: list[str] = Field(default_factory=list)
    missing_include: list[str] = Field(default_factory=list)
    missing_exclude: list[str] = Field(default_factory=list)
    rules: dict[str, bool | None] = Field(default_factory=dict)
    prompt_text: dict[str, str] = Field(default_factory=dict)
    prompt_victims: dict[str, list[int]] = Field(default_factory=dict)
    notes_include: list[str] = Field(default_factory=list)
    notes_exclude: list[str] = Field(default_factory=list)


EXACT_KEYS = ("mappa_eligible", "category", "categories_met", "level", "missing")


class Scenario(BaseModel):
    """One fictional case for the Training area."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_]*$")
    title: Text
    narrative: Text
    as_of: dt.date
    facts: Facts
    expect: Expect
    learning_points: list[Text] = Field(min_length=1)
    debrief: Text
    tags: list[str] = Field(min_length=1)
    _file: str = PrivateAttr(default="")
    _line: int = PrivateAttr(default=0)

    @property
    def where(self) -> str:
        """The file and line the scenario was read from (for error messages and test names)."""
        return f"{self._file}:{self._line}" if self._file else ""

    @field_validator("tags")
    @classmethod
    def _tags_are_words(cls, tags: list[str]) -> list[str]:
        import re

        bad = [t for t in tags if not re.match(TAG_PATTERN, t)]
        if bad:
            raise ValueError(f"tags must be lower-case words joined by '-' or '_': {bad}")
        return tags

    @property
    def case(self) -> Case:
        """The evaluation input: this scenario's date and facts."""
        return Case(as_of=self.as_of, facts=self.facts)

    def assess(self, pack: RulePack, lang: str = "en") -> Assessment:
        return evaluate(pack, self.case, lang)


def scenarios_dir() -> Path:
    from mappa_desktop.paths import resources_dir

    return resources_dir() / "scenarios"


def load_scenario(path: Path) -> Scenario:
    """Read and check one scenario file. Raises ``ScenarioError`` naming the file and line."""
    try:
        data = read_yaml(path, str(path))
    except RulePackError as exc:
        raise ScenarioError(exc.message, exc.file, exc.line) from None
    if not isinstance(data, dict):
        raise ScenarioError("a scenario file must be a mapping (id, title, narrative, ...)", str(path), 1)
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = first["loc"]
        file, line = locate(data, loc)
        message = first["msg"].removeprefix("Value error, ")
        if first["type"] == "extra_forbidden":
            message = f"unknown key '{loc[-1]}' (check its spelling and indentation)"
        more = f" (and {exc.error_count() - 1} more problem(s))" if exc.error_count() > 1 else ""
        where = ".".join(str(p) for p in loc)
        raise ScenarioError(f"{where}: {message}{more}", file or str(path), line or None) from None
    refused = contradictions(scenario.case)
    if refused:
        fields = ", ".join(".".join(str(p) for p in r["loc"][1:]) for r in refused)
        file, line = locate(data, ("facts",))
        raise ScenarioError(
            f"facts: these answers contradict each other: {fields} ({refused[0]['type'].message_template})",
            file or str(path),
            line or None,
        )
    if scenario.id != path.stem:
        raise ScenarioError(
            f"the id '{scenario.id}' must match the file name '{path.stem}'", str(path), data.lines.get("id")
        )
    scenario._file, scenario._line = str(path), getattr(data, "line", 1)
    return scenario


def load_scenarios(folder: Path | None = None) -> list[Scenario]:
    """Every scenario in ``folder`` (default: the bundled library), in file-name order."""
    folder = scenarios_dir() if folder is None else Path(folder)
    if not folder.is_dir():
        raise ScenarioError("the scenario library folder is missing", str(folder))
    return [load_scenario(path) for path in sorted(folder.glob("*.yaml"))]


def expectation_problems(assessment: Assessment, expect: Expect) -> list[str]:
    """Where the assessment disagrees with what the scenario expects (empty when they agree).

    Same meaning as the rule tests (rules/tests/conftest.py): exact keys, prompt sets, includes and
    excludes, rule outcomes and phrases a prompt's text must contain.
    """
    out: dict[str, Any] = assessment.model_dump(mode="json")
    given = expect.model_fields_set
    problems = []
    for key in EXACT_KEYS:
        if key in given and out[key] != getattr(expect, key):
            problems.append(f"{key}: expected {getattr(expect, key)!r}, got {out[key]!r}")
    fired = {p["id"] for p in out["prompts"]}
    if expect.prompts is not None and fired != set(expect.prompts):
        problems.append(f"prompts: expected {sorted(expect.prompts)}, got {sorted(fired)}")
    problems += [
        f"prompt {p} should fire; fired: {sorted(fired)}" for p in expect.prompts_include if p not in fired
    ]
    problems += [f"prompt {p} should not fire" for p in expect.prompts_exclude if p in fired]
    problems += [f"{f} should be missing" for f in expect.missing_include if f not in out["missing"]]
    problems += [f"{f} should not be missing" for f in expect.missing_exclude if f in out["missing"]]
    outcomes = {entry["rule"]: entry["outcome"] for entry in out["trace"]}
    for rule, wanted in expect.rules.items():
        if rule not in outcomes:
            problems.append(f"rule {rule} does not exist in the pack")
        elif outcomes[rule] != wanted:
            problems.append(f"rule {rule}: expected {wanted!r}, got {outcomes[rule]!r}")
    victims = {p["id"]: p.get("victims") for p in out["prompts"]}
    for prompt, positions in expect.prompt_victims.items():
        if victims.get(prompt) != positions:
            problems.append(f"prompt {prompt} victims: expected {positions}, got {victims.get(prompt)}")
    texts = {p["id"]: p["text"] for p in out["prompts"]}
    for prompt, phrase in expect.prompt_text.items():
        if phrase not in texts.get(prompt, ""):
            problems.append(f"prompt {prompt} text should contain {phrase!r}; got {texts.get(prompt)!r}")
    problems += [f"a note should contain {n!r}" for n in expect.notes_include if not _noted(out, n)]
    problems += [f"no note should contain {n!r}" for n in expect.notes_exclude if _noted(out, n)]
    return problems


def _noted(out: dict[str, Any], phrase: str) -> bool:
    return any(phrase in note for note in out["notes"])


def rule_case_problems(spec: dict[str, Any], pack: RulePack | None = None) -> list[str]:
    """Where the pack (default: the bundled one) disagrees with one rule case; empty when they agree.

    A rule case (rules/tests/*.yaml) is ``{name, as_of?, facts, expect}`` with a scenario's expectations,
    plus ``refused``: the exact fields a contradictory case is refused for.
    """
    from mappa_desktop.core.rules import load_pack

    unknown = set(spec) - {"name", "as_of", "facts", "expect"}
    if unknown:
        return [f"unknown keys in the case: {sorted(unknown)}"]
    expect = dict(spec["expect"])
    refused = expect.pop("refused", None)
    try:
        wanted = Expect.model_validate(expect)
    except ValidationError as error:
        return [f"expect: {d['field']}: {d['message']}" for d in error_details(error)]
    as_of = spec.get("as_of", dt.date(2026, 6, 1))
    try:
        case = read_case({"as_of": as_of, "facts": dict(spec.get("facts") or {})})
    except ValidationError as error:
        fields = {d["field"] for d in error_details(error)}
        if refused is not None and fields == set(refused):
            return []
        return [f"refused for {sorted(fields)}; expected {refused}"]
    if refused is not None:
        return [f"should be refused for {refused}, but was evaluated"]
    return expectation_problems(evaluate(pack or load_pack(), case), wanted)
