"""What if one fact were different? Evaluate a scenario twice and say which outcomes change, and why.

The "why" is the rule trace: every rule whose outcome flipped, with the criteria whose answer changed,
so a trainer can show the two explanations side by side and point at the line that made the difference.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from mappa_desktop.core.facts import FACT_NAMES, Case, Facts, error_details
from mappa_desktop.core.rules import Assessment, RulePack, evaluate
from mappa_desktop.core.rules.assessment import TraceEntry
from mappa_desktop.core.rules.tree import Row
from mappa_desktop.core.training.scenario import Scenario


@dataclass(frozen=True)
class LineChange:
    """One line of a rule's criterion tree, before and after (its answer or its wording changed)."""

    depth: int
    text_before: str
    text_after: str
    met_before: bool | None
    met_after: bool | None


@dataclass(frozen=True)
class RuleFlip:
    """A rule whose outcome changed, and the lines of its explanation that changed with it."""

    rule: str
    title: str
    before: bool | None
    after: bool | None
    lines: tuple[LineChange, ...]


@dataclass(frozen=True)
class OutcomeChange:
    """One outcome that differs. ``kind`` is ``mappa_eligible``, ``category``, ``categories_met``,
    ``level``, ``prompt_added`` or ``prompt_removed`` (``before``/``after`` then say whether it fired);
    ``rules`` are the flipped rules behind it."""

    kind: str
    before: Any
    after: Any
    rules: tuple[RuleFlip, ...]
    prompt: str = ""


@dataclass(frozen=True)
class Comparison:
    """A scenario assessed as written and with one fact changed."""

    fact: str
    old_value: Any
    new_value: Any
    before: Assessment
    after: Assessment
    changes: tuple[OutcomeChange, ...]
    flips: tuple[RuleFlip, ...]

    @property
    def changed(self) -> bool:
        return bool(self.changes)

    @property
    def changed_kinds(self) -> set[str]:
        return {c.kind for c in self.changes}


class WhatIfError(ValueError):
    """The new value does not fit the fact (``details`` as in the evaluation contract)."""

    def __init__(self, message: str, details: list[dict[str, str]] | None = None) -> None:
        super().__init__(message)
        self.details = details or []


def _line_changes(before: list[Row], after: list[Row]) -> tuple[LineChange, ...]:
    # The criterion tree is the same rule on both sides, so its lines pair up one to one.
    return tuple(
        LineChange(a.depth, a.text, b.text, a.met, b.met)
        for a, b in zip(before, after, strict=False)
        if a.met != b.met or a.text != b.text
    )


def _flips(before: Assessment, after: Assessment) -> tuple[RuleFlip, ...]:
    old: dict[str, TraceEntry] = {e.rule: e for e in before.trace}
    out = []
    for entry in after.trace:
        was = old.get(entry.rule)
        if was is not None and was.outcome != entry.outcome:
            lines = _line_changes(was.lines, entry.lines)
            out.append(RuleFlip(entry.rule, entry.title or entry.rule, was.outcome, entry.outcome, lines))
    return tuple(out)


def _relevant(flips: tuple[RuleFlip, ...], *prefixes: str) -> tuple[RuleFlip, ...]:
    return tuple(f for f in flips if f.rule.startswith(prefixes))


def compare(
    before: Assessment, after: Assessment, fact: str = "", old: Any = None, new: Any = None
) -> Comparison:
    """Which outcomes differ between two assessments, each with the rules that flipped to cause it."""
    flips = _flips(before, after)
    categories = _relevant(flips, "category.", "test.category_met", "test.not_in_other_categories")
    levels = _relevant(flips, "level.", "test.recommended_level")
    changes: list[OutcomeChange] = []
    for kind, related in (
        ("mappa_eligible", categories),
        ("category", categories),
        ("categories_met", categories),
        ("level", levels or categories),  # a level appears or goes when a category does
    ):
        a, b = getattr(before, kind), getattr(after, kind)
        if a != b:
            changes.append(OutcomeChange(kind, a, b, related))
    fired_before = {p.id for p in before.prompts}
    fired_after = {p.id for p in after.prompts}
    for prompt in sorted(fired_after - fired_before):
        changes.append(
            OutcomeChange("prompt_added", False, True, _relevant(flips, f"prompt.{prompt}"), prompt)
        )
    for prompt in sorted(fired_before - fired_after):
        changes.append(
            OutcomeChange("prompt_removed", True, False, _relevant(flips, f"prompt.{prompt}"), prompt)
        )
    return Comparison(fact, old, new, before, after, tuple(changes), flips)


def what_if(pack: RulePack, scenario: Scenario, fact: str, new_value: Any, lang: str = "en") -> Comparison:
    """Assess ``scenario`` as written and with ``fact`` set to ``new_value`` (``None``: unknown).

    Raises ``WhatIfError`` when the fact does not exist or the value does not fit it.
    """
    if fact not in FACT_NAMES:
        raise WhatIfError(f"'{fact}' is not a fact of the evaluation contract")
    facts = scenario.facts.model_dump()
    old = facts.get(fact)
    facts[fact] = new_value
    try:
        changed = Facts.model_validate({k: v for k, v in facts.items() if v is not None})
    except ValidationError as exc:
        details = error_details(exc)
        raise WhatIfError("; ".join(f"{d['field']}: {d['message']}" for d in details), details) from None
    before = evaluate(pack, scenario.case, lang)
    after = evaluate(pack, Case(as_of=scenario.as_of, facts=changed), lang)
    return compare(before, after, fact, old, new_value)
