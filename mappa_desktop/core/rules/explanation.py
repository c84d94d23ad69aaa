"""An outcome's explanation as rows a screen can show: each criterion with whether it is met, and for a
leaf the fact behind it and its answer. Built from the assessment's trace and the pack's condition tree."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from mappa_desktop.core.facts import FACT_NAMES
from mappa_desktop.core.rules.assessment import TraceEntry
from mappa_desktop.core.rules.pack import RulePack

_FACTS = frozenset(FACT_NAMES)


@dataclass(frozen=True)
class ExplanationRow:
    depth: int
    met: bool | None
    text: str
    fact: str | None = None
    """The contract fact a leaf tests (None for groups, references to other rules and pack settings)."""
    value: Any = None


def explanation_rows(pack: RulePack, entry: TraceEntry) -> list[ExplanationRow]:
    """The rule's criteria as rows (groups and records included), each leaf with its fact and answer."""
    if not entry.lines or sum(1 for line in entry.lines if line.leaf) != len(entry.criteria):
        return [
            ExplanationRow(0, c.met, c.text, c.fact if c.fact in _FACTS else None, c.value)
            for c in entry.criteria
        ]
    rows: list[ExplanationRow] = []
    criteria = iter(entry.criteria)
    for line in entry.lines:
        if line.leaf:
            c = next(criteria)
            fact = c.fact if c.fact in _FACTS else None
            rows.append(ExplanationRow(line.depth, line.met, line.text, fact, c.value))
        else:
            rows.append(ExplanationRow(line.depth, line.met, line.text))
    return rows


__all__ = ["ExplanationRow", "explanation_rows"]
