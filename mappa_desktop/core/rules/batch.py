"""Many cases at once: ``evaluate --batch`` (a period's referrals, for the audit) and ``rules diff`` (what a
new pack version changes). One case per line of JSON (JSON Lines); a case may carry an ``id``.

Every line is read on its own: a bad line is reported with its number and the others still run.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from mappa_desktop.core.facts import Case, error_details, read_case
from mappa_desktop.core.messages import Message
from mappa_desktop.core.rules.engine import evaluate
from mappa_desktop.core.rules.pack import RulePack
from mappa_desktop.core.safe_input import UntrustedInput, loads_json

SHAPE = '{"as_of": "YYYY-MM-DD", "facts": {...}} (optionally with an "id")'


@dataclass(frozen=True)
class CaseLine:
    """One line of a cases file: its number, the case's ``id`` (if any), and the case or why it is refused."""

    number: int
    id: Any
    case: Case | None
    error: str = ""
    details: tuple[dict[str, str], ...] = ()

    @property
    def name(self) -> str:
        if self.id:
            return Message(
                "line {number} (id {id})", number=self.number, id=json.dumps(self.id, ensure_ascii=False)
            )
        return Message("line {number}", number=self.number)

    def refusal(self) -> dict[str, Any]:
        """The contract's object for a bad line."""
        out: dict[str, Any] = {"line": self.number}
        if self.id is not None:
            out["id"] = self.id
        out.update(error=self.error, details=list(self.details))
        return out


def _refused(number: int, case_id: Any, error: str, field: str, message: str) -> CaseLine:
    return CaseLine(number, case_id, None, error, ({"field": field, "message": message},))


def read_line(number: int, text: str) -> CaseLine:
    """Parse and validate one line (contradictory answers are refused, as for a single case)."""
    if not text.strip():
        return _refused(
            number,
            None,
            Message("line {number} is empty; expected one case: {shape}", number=number, shape=SHAPE),
            "(case)",
            "empty line",
        )
    try:
        data = loads_json(text)  # the same limits as any file from someone else (depth, digits, NaN)
    except UntrustedInput as exc:
        error = Message("line {number} cannot be used: {reason}", number=number, reason=exc.args[0])
        return _refused(number, None, error, "(case)", str(exc))
    if not isinstance(data, dict):
        return _refused(
            number,
            None,
            Message("line {number} must be one JSON object: {shape}", number=number, shape=SHAPE),
            "(case)",
            "not an object",
        )
    data = dict(data)
    case_id = data.pop("id", None)
    try:
        case = read_case(data)
    except ValidationError as exc:
        details = tuple(error_details(exc))
        fields = ", ".join(d["field"] for d in details)
        return CaseLine(
            number,
            case_id,
            None,
            Message(
                "line {number} has {count} invalid field(s): {fields}",
                number=number,
                count=len(details),
                fields=fields,
            ),
            details,
        )
    return CaseLine(number, case_id, case)


def read_lines(lines: Iterable[str]) -> Iterator[CaseLine]:
    """Every line of a cases file, numbered from 1; blank lines at the end of the file are not cases."""
    pending: list[tuple[int, str]] = []
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            pending.append((number, text))
            continue
        for blank in pending:
            yield read_line(*blank)
        pending = []
        yield read_line(number, text)


def result(pack: RulePack, line: CaseLine, trace: bool = False) -> dict[str, Any]:
    """The contract's output for one good line, with its ``id`` first when it has one. Without ``trace``
    the explanation (about 30 KB a case) is left out: an audit run compares outcomes and prompts, and the
    explanation of any one case is ``mappa-desktop evaluate CASE.json``."""
    if trace:
        out = evaluate(pack, line.case).model_dump(mode="json")
    else:
        out = evaluate(pack, line.case, explain=False).model_dump(mode="json", exclude={"trace"})
    return {"id": line.id, **out} if line.id is not None else out


def result_line(pack: RulePack, line: CaseLine, trace: bool = False, lang: str = "en") -> str:
    """``result`` as one line of compact JSON (written by pydantic's serializer: the fastest way); its notes
    and explanation in ``lang``."""
    if trace:
        text = evaluate(pack, line.case, lang).model_dump_json()
    else:
        text = evaluate(pack, line.case, lang, explain=False).model_dump_json(exclude={"trace"})
    if line.id is None:
        return text
    return '{"id":' + json.dumps(line.id, ensure_ascii=False, separators=(",", ":")) + "," + text[1:]


# --- rules diff ---------------------------------------------------------------------------------------

COMPARED = ("mappa_eligible", "category", "level", "prompts")


def outcome(pack: RulePack, case: Case) -> dict[str, Any]:
    """The outcomes ``rules diff`` compares: eligibility, category, level and the set of prompts."""
    a = evaluate(pack, case, explain=False)
    return {
        "mappa_eligible": a.mappa_eligible,
        "category": a.category,
        "level": a.level,
        "prompts": tuple(sorted(p.id for p in a.prompts)),
    }


def _shown(value: Any) -> str:
    return "null" if value is None else json.dumps(value)


def describe_change(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """The differences as 'key: before -> after' (prompts as +added/-removed)."""
    parts = []
    for key in COMPARED:
        if before[key] == after[key]:
            continue
        if key == "prompts":
            added = [f"+{p}" for p in after[key] if p not in before[key]]
            removed = [f"-{p}" for p in before[key] if p not in after[key]]
            parts.append("prompts: " + " ".join(removed + added))
        else:
            parts.append(f"{key}: {_shown(before[key])} -> {_shown(after[key])}")
    return parts


@dataclass
class DiffReport:
    lines: list[str]
    cases: int = 0
    changed: int = 0
    refused: int = 0

    def summary(self, counts: dict[str, int]) -> str:
        by_key = ", ".join(f"{key} {counts[key]}" for key in COMPARED)
        text = Message(
            "{changed} of {cases} case(s) change outcome ({by_key})",
            changed=self.changed,
            cases=self.cases,
            by_key=by_key,
        )
        if self.refused:
            return Message("{text}; {refused} line(s) refused.", text=text, refused=self.refused)
        return Message("{text}.", text=text)


def diff_packs(old: RulePack, new: RulePack, lines: Iterable[str]) -> DiffReport:
    """One line per case whose outcome differs between the packs, then a summary count."""
    report = DiffReport(lines=[])
    counts = dict.fromkeys(COMPARED, 0)
    for line in read_lines(lines):
        if line.case is None:
            report.refused += 1
            report.lines.append(Message("{name}: refused: {error}", name=line.name, error=line.error))
            continue
        report.cases += 1
        before, after = outcome(old, line.case), outcome(new, line.case)
        parts = describe_change(before, after)
        if parts:
            report.changed += 1
            for key in COMPARED:
                counts[key] += before[key] != after[key]
            report.lines.append(f"{line.name}: " + "; ".join(parts))
    report.lines.append(report.summary(counts))
    return report


__all__ = [
    "CaseLine",
    "DiffReport",
    "describe_change",
    "diff_packs",
    "outcome",
    "read_lines",
    "result",
    "result_line",
]
