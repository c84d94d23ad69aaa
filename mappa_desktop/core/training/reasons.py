"""The criteria that decided a rule's outcome: what a trainer points at.

A rule's explanation lists every criterion, including the alternatives that did not matter (a failed
"suspended sentence" branch when the sentence was custody). The engine's finding tree says which parts
decided it (``tree.ConditionResult.deciding``); this module only names them as reasons.
"""

from __future__ import annotations

from typing import NamedTuple

from mappa_desktop.core.rules.assessment import TraceEntry


class Reason(NamedTuple):
    """A sentence of the trace and whether it holds (True), fails (False) or is not yet known (None)."""

    met: bool | None
    text: str


def deciding_reasons(entry: TraceEntry) -> list[Reason]:
    """The sentences of ``entry`` that decided its outcome, each with whether it holds."""
    if entry.tree is None:  # a trace read back from JSON: its criteria with the rule's outcome
        return [Reason(c.met, c.text) for c in entry.criteria if c.met is entry.outcome]
    return [Reason(found.value, found.text) for found in entry.tree.deciding()]
