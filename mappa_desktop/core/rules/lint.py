"""``rules check``: problems a coordinator should fix, each with file and line.

Errors stop the pack from loading or leave a rule unexplained; warnings (e.g. missing Welsh) do not.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from mappa_desktop.core.facts import Case, Facts
from mappa_desktop.core.messages import Message, said
from mappa_desktop.core.rules.checks import walk
from mappa_desktop.core.rules.loader import load_pack_uncached
from mappa_desktop.core.rules.model import Condition, PackModel, Text
from mappa_desktop.core.rules.pack import RulePack
from mappa_desktop.core.rules.run import _Run
from mappa_desktop.core.rules.source import RulePackError


@dataclass(frozen=True)
class Finding:
    severity: str  # "error", "warning" or "note"
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return self.in_language("en")

    def in_language(self, language: str) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {said(Message(self.severity), language)}: {said(self.message, language)}"


def _at(model: PackModel, severity: str, message: str) -> Finding:
    file, line = model.where
    return Finding(severity, file, line, message)


def models_in(obj: Any):
    """Every pack model inside ``obj`` (a model, list, tuple or mapping), depth first."""
    if isinstance(obj, BaseModel):
        yield obj
        for name in type(obj).model_fields:
            yield from models_in(getattr(obj, name))
    elif isinstance(obj, list | tuple):
        for item in obj:
            yield from models_in(item)
    elif isinstance(obj, Mapping):  # the pack's sections are read-only mappings
        for item in obj.values():
            yield from models_in(item)


def _bounds(fact: str) -> tuple[float, float]:
    low, high = float("-inf"), float("inf")
    if fact not in Facts.model_fields:
        return low, high
    annotation = Facts.model_fields[fact].annotation
    for arg in getattr(annotation, "__args__", ()):
        for meta in getattr(arg, "__metadata__", ()):
            for item in getattr(meta, "metadata", [meta]):
                low = max(low, getattr(item, "ge", low))
                high = min(high, getattr(item, "le", high))
    return low, high


def _contradiction(pack: RulePack, group: list[Condition], day: dt.date) -> str | None:
    """A reason why the parts of one ``all`` can never all be true, if a simple one exists."""
    allowed: dict[str, set[Any]] = {}
    ranges: dict[str, list[float]] = {}
    for node in group:
        fact = node.fact
        if node.fact_true or node.fact_false:
            wanted = {node.fact_true is not None}
            allowed[fact] = allowed.get(fact, wanted) & wanted
        elif node.fact_is is not None:
            allowed[fact] = allowed.get(fact, set(node.fact_is.values)) & set(node.fact_is.values)
        elif node.compare is not None:
            low, high = ranges.setdefault(fact, list(_bounds(fact)))
            value = node.compare.value
            if isinstance(value, str) and value.startswith("param:"):
                value = pack.parameter(value[6:], day)
            if fact in pack.ranks:
                value = pack.ranks[fact][value]
            op = node.compare.op
            if op in ("ge", "gt"):
                ranges[fact][0] = max(low, value + (1e-9 if op == "gt" else 0))
            else:
                ranges[fact][1] = min(high, value - (1e-9 if op == "lt" else 0))
        if fact in allowed and not allowed[fact]:
            return Message("it asks for incompatible answers to '{fact}'", fact=fact)
        if fact in ranges and ranges[fact][0] > ranges[fact][1]:
            return Message("no possible value of '{fact}' satisfies its comparisons", fact=fact)
    return None


def _unreachable(pack: RulePack) -> list[Finding]:
    findings = []
    day = max(pack.effective, dt.date.today())
    run = _Run(pack, Case(as_of=day), "en")
    for rule_id, rule in pack.rules.items():
        if run.rule(rule_id) is False:
            findings.append(
                _at(rule, "error", Message("{rule} can never be met, whatever the answers", rule=rule_id))
            )
            continue
        for node in walk(rule.when):
            reason = _contradiction(pack, node.all_, day) if node.all_ else None
            if reason:
                findings.append(
                    _at(
                        node,
                        "error",
                        Message("{rule} can never be met: {reason}", rule=rule_id, reason=reason),
                    )
                )
    return findings


def _overlaps(pack: RulePack) -> list[Finding]:
    seen: dict[str, str] = {}
    findings = []
    for rule_id, rule in pack.rules.items():
        key = rule.when.model_dump_json()
        if key in seen:
            findings.append(
                _at(
                    rule,
                    "warning",
                    Message("{rule} has exactly the same test as {other}", rule=rule_id, other=seen[key]),
                )
            )
        seen.setdefault(key, rule_id)
    return findings


def _sources(pack: RulePack) -> list[Finding]:
    findings = []
    used: set[str] = set()
    for rule_id, rule in pack.rules.items():
        used.update(rule.citations)
        if not rule.citations:
            findings.append(
                _at(rule, "error", Message("{rule} cites no source: add its citations", rule=rule_id))
            )
    for name, parameter in pack.parameters.items():
        used.update(parameter.sources)
        dates = [v.from_ for v in parameter.versions]
        if dates != sorted(set(dates)):
            findings.append(
                _at(
                    parameter,
                    "error",
                    Message("parameter '{name}': versions must be in date order, once each", name=name),
                )
            )
        if parameter.confidence == "U":
            findings.append(
                _at(
                    parameter,
                    "note",
                    Message(
                        "parameter '{name}' is unconfirmed [U]: check it against the current MAPPA Guidance",
                        name=name,
                    ),
                )
            )
    for name, citation in pack.citations.items():
        if name not in used:
            findings.append(
                _at(
                    citation,
                    "warning",
                    Message("citation '{name}' is not used by any rule or parameter", name=name),
                )
            )
    return findings


def _welsh(pack: RulePack) -> list[Finding]:
    missing: dict[str, list[int]] = defaultdict(list)
    content = [pack.decisions, pack.citations, pack.parameters, pack.questions, pack.categories, pack.levels]
    content += [pack.tests, pack.prompts, pack.header, pack.lists]
    for model in models_in(content):
        if isinstance(model, Text) and not model.cy.strip():
            file, line = model.where
            missing[file].append(line)
    return [
        Finding(
            "warning",
            file,
            min(lines),
            Message("{count} text(s) have no Welsh (cy) translation yet", count=len(lines)),
        )
        for file, lines in sorted(missing.items())
    ]


def lint_pack(directory: Path) -> list[Finding]:
    """Every finding for the pack in ``directory``, errors first."""
    try:
        pack = load_pack_uncached(Path(directory))
    except RulePackError as exc:
        return [Finding("error", exc.file or str(directory), exc.line or 0, exc.message)]
    findings = _sources(pack) + _unreachable(pack) + _overlaps(pack) + _welsh(pack)
    order = {"error": 0, "warning": 1, "note": 2}
    return sorted(findings, key=lambda f: order[f.severity])
