"""The engine's answer for one rule as a tree: one ``ConditionResult`` per condition, with its value
(three-valued: met, not met, not yet known), the fact and answer behind it, its sentence and its parts.

The run (``run._Run`` with ``sentences.Sentences``) builds the tree while it explains itself; everything a
surface needs from it is asked here (the rows to show, the deciding sentences, the open questions), so no
other module re-walks a condition tree or re-derives three-valued logic.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

GROUP, EACH, RECORD, CRITERION = "group", "each", "record", "criterion"
"""Kinds of finding: an all/any group, a test of each record of a list, one record, a criterion."""


class Row(NamedTuple):
    """One row of a rule's explanation, as every surface shows it (groups included, each indented)."""

    depth: int
    met: bool | None
    text: str
    leaf: bool = False
    """True for a criterion; False for a group's heading, a test of each record, or a record."""
    fact: str | None = None
    """For a criterion: what it reads (a fact, ``victims[2].dash_score``, a rule id or a pack setting)."""
    answer: Any = None
    source: str = ""
    """For a criterion: "fact", "rule" (another rule's outcome) or "setting" (a pack setting)."""


class ConditionResult(NamedTuple):
    """One condition of a rule as the engine found it on this case."""

    kind: str
    value: bool | None
    text: str
    """Its sentence, answers filled in ("" for a group the pack leaves unlabelled at the top of a rule)."""
    children: tuple[ConditionResult, ...] = ()
    fact: str | None = None
    answer: Any = None
    source: str = ""
    quantifier: str = ""
    """For a group: "all" or "any"; for a test of each record: its quantifier."""
    position: int | None = None
    """For a record: its 1-based place in its list (0: the list is not yet known)."""

    # What a surface asks of the tree --------------------------------------------------------------

    def rows(self, depth: int = 0) -> list[Row]:
        """The explanation as rows: a labelled group, a test of each record and a record are headings with
        their parts one step in; an unlabelled group adds no row and no step."""
        out: list[Row] = []
        self._rows(depth, out)
        return out

    def _rows(self, depth: int, out: list[Row]) -> None:
        if self.kind == CRITERION:
            out.append(Row(depth, self.value, self.text, True, self.fact, self.answer, self.source))
            return
        if self.text:
            out.append(Row(depth, self.value, self.text))
            depth += 1
        for child in self.children:
            child._rows(depth, out)

    def deciding(self) -> list[ConditionResult]:
        """The criteria (and records) that decided this finding's value: every part of a met "all" or a
        failed "any"; the failing parts of a failed "all" and the holding parts of a met "any"; the open
        parts of an undecided group. A test of each record gives itself and the records that decided it."""
        if self.kind == CRITERION:
            return [self] if self.text else []
        if self.kind == EACH:
            return [self, *(r for r in self.children if r.value is self.value)]
        if self.kind == RECORD:
            return [self]
        decisive = self.quantifier == "any"
        if self.value is None:
            picked = [c for c in self.children if c.value is None]
        elif self.value is decisive:
            picked = [c for c in self.children if c.value is decisive]
        else:
            picked = list(self.children)
        return [found for child in picked for found in child.deciding()]

    def open_criteria(self) -> Iterator[ConditionResult]:
        """The criteria not yet known under groups not yet known: answering them could settle this one."""
        if self.value is not None:
            return
        if self.kind == CRITERION:
            yield self
            return
        for child in self.children:
            yield from child.open_criteria()

    def records(self) -> Iterator[ConditionResult]:
        """Every record found under this one (each record of each list test), outermost first."""
        for child in self.children:
            if child.kind == RECORD:
                yield child
            yield from child.records()


__all__ = ["CRITERION", "EACH", "GROUP", "RECORD", "ConditionResult", "Row"]
