"""What the aid says about each victim: the victim prompts (MARAC referral, repeat MARAC) and, for every
victim a prompt is about, the criteria met for that victim (decision policy version 2).

Read from the evaluation contract's JSON (a prompt's ``victims`` positions and the trace's criteria, whose
facts name the record, ``victims[2].dash_score``), so the summary, the coordinator's screen and Check your
answers say the same thing. Qt-free.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

_RECORD = re.compile(r"^victims\[(\d+)\]\.")
_FIELD = re.compile(r"^victims\[(\d+)\]\.([a-z0-9_]+)$")


@dataclass(frozen=True)
class VictimAdvice:
    """One victim prompt about one victim, with the criteria met for them."""

    position: int
    """1-based, as the contract numbers victims."""
    name: str
    """"Victim 2 (V-B)", or "Victim 2" with no label."""
    prompt_id: str
    severity: str
    title: str
    criteria: tuple[str, ...]


def victim_name(position: int, label: str | None) -> str:
    """How every surface names a victim: "Victim 2 (V-B)", or "Victim 2" when no label is recorded."""
    return f"Victim {position} ({label})" if label else f"Victim {position}"


def _contract(assessment: Any) -> Mapping[str, Any]:
    if assessment is None:
        return {}
    if hasattr(assessment, "model_dump"):
        contract = assessment.model_dump(mode="json")
        # The rule titles the engine keeps out of the contract.
        for view, entry in zip(contract.get("trace") or [], assessment.trace, strict=False):
            view["title"] = getattr(entry, "title", "") or ""
        return contract
    return assessment if isinstance(assessment, Mapping) else {}


def _position(fact: Any) -> int | None:
    match = _RECORD.match(fact or "")
    return int(match.group(1)) if match else None


def victim_advice(assessment: Any, labels: Sequence[str | None] = ()) -> list[VictimAdvice]:
    """Each victim prompt that fired, once per victim it is about, in victim order then prompt order.

    ``assessment``: an ``Assessment`` or its contract JSON. ``labels``: the victims' labels, in order."""
    contract = _contract(assessment)
    entries = {entry.get("rule"): entry for entry in contract.get("trace") or []}
    found: list[VictimAdvice] = []
    for prompt in contract.get("prompts") or []:
        entry = entries.get(f"prompt.{prompt.get('id')}") or {}
        for position in prompt.get("victims") or []:
            met = [
                c.get("text", "")
                for c in entry.get("criteria") or []
                if c.get("met") is True and _position(c.get("fact")) == position
            ]
            label = labels[position - 1] if 0 < position <= len(labels) else None
            title = entry.get("title") or str(prompt.get("id", "")).replace("_", " ").capitalize()
            found.append(
                VictimAdvice(
                    position,
                    victim_name(position, label),
                    str(prompt.get("id", "")),
                    str(prompt.get("severity", "")),
                    title,
                    tuple(dict.fromkeys(t for t in met if t)),
                )
            )
    return sorted(found, key=lambda advice: advice.position)


def advice_by_victim(assessment: Any, labels: Sequence[str | None] = ()) -> dict[int, list[VictimAdvice]]:
    """``victim_advice`` grouped by victim position."""
    grouped: dict[int, list[VictimAdvice]] = {}
    for advice in victim_advice(assessment, labels):
        grouped.setdefault(advice.position, []).append(advice)
    return grouped


def advice_line(advice: VictimAdvice) -> str:
    """One line a person reads: "MARAC referral: potential escalation: ...; professional judgement: ..."."""
    criteria = "; ".join(advice.criteria)
    return f"{advice.title}: {criteria}" if criteria else advice.title


def open_victim_questions(assessment: Any) -> dict[int, set[str]]:
    """For each victim (1-based), the fields whose answers could still change a prompt for that victim:
    the criteria not yet known under the victim's own undecided record in any rule's finding tree.

    A rule already decided elsewhere never hides them: a prompt given for one victim can still come to
    name another, and an unknown must never silence advice about a victim."""
    found: dict[int, set[str]] = {}
    for entry in assessment.trace:
        tree = getattr(entry, "tree", None)
        if tree is None:
            continue
        for record in tree.records():
            if not record.position:
                continue
            for criterion in record.open_criteria():
                field = _FIELD.match(criterion.fact or "")
                if field is not None and int(field.group(1)) == record.position:
                    found.setdefault(record.position, set()).add(field.group(2))
    return found


__all__ = ["VictimAdvice", "advice_by_victim", "advice_line", "victim_advice", "victim_name"]
