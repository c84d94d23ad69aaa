"""The criteria that decided a rule's outcome, read from its trace: what a trainer points at.

A trace lists every criterion of a rule, including the alternatives that did not matter (a failed
"suspended sentence" branch when the sentence was custody). Walking the rule's condition tree beside
the trace lines picks out only the deciding ones: every failing part of a failed "all", the holding
part of a met "any", and so on. Walks the tree exactly as the engine writes the lines.
"""

from __future__ import annotations

from typing import NamedTuple

from mappa_desktop.core.rules import RulePack
from mappa_desktop.core.rules.assessment import Line, TraceEntry
from mappa_desktop.core.rules.model import Condition


class Reason(NamedTuple):
    """A sentence of the trace and whether it holds (True), fails (False) or is not yet known (None)."""

    met: bool | None
    text: str


def _value(parts: list[bool | None], is_all: bool) -> bool | None:
    if is_all:
        return False if False in parts else (None if None in parts else True)
    return True if True in parts else (None if None in parts else False)


class _Walk:
    def __init__(self, lines: list[Line]) -> None:
        self.lines, self.index = lines, 0

    def node(self, n: Condition, depth: int) -> tuple[bool | None, list[Reason]]:
        """(value, deciding sentences) of ``n``, consuming its trace lines."""
        if n.all_ is not None or n.any_ is not None:
            labelled = bool(n.text) or depth > 0
            own = None
            if labelled and self.index < len(self.lines):
                own = self.lines[self.index]
                self.index += 1
            children = [self.node(c, depth + 1 if labelled else depth) for c in n.children]
            is_all = n.all_ is not None
            value = own.met if own is not None else _value([v for v, _ in children], is_all)
            if (is_all and value is True) or (not is_all and value is False):
                picked = [r for _, r in children]  # every part counted
            elif is_all and value is False or (not is_all and value is True):
                wanted = not is_all  # the failing parts of an all; the holding parts of an any
                picked = [r for v, r in children if v is wanted]
            else:
                picked = [r for v, r in children if v is None]
            return value, [s for part in picked for s in part]
        line = self.lines[self.index] if self.index < len(self.lines) else None
        self.index += 1
        if line is None:
            return None, []
        if n.for_each is not None:
            # A test of each record: its heading, then each record's name with its outcome.
            records = []
            while self.index < len(self.lines) and self.lines[self.index].depth > line.depth:
                record = self.lines[self.index]
                if record.depth == line.depth + 1 and record.met is line.met:
                    records.append(Reason(record.met, record.text))
                self.index += 1
            return line.met, [Reason(line.met, line.text), *records]
        return line.met, [Reason(line.met, line.text)] if line.text else []


def deciding_reasons(pack: RulePack, entry: TraceEntry) -> list[Reason]:
    """The sentences of ``entry`` that decided its outcome, each with whether it holds."""
    rule = pack.rules.get(entry.rule)
    if rule is None or not entry.lines:
        return [Reason(c.met, c.text) for c in entry.criteria if c.met is entry.outcome]
    _, reasons = _Walk(list(entry.lines)).node(rule.when, 0)
    return reasons
