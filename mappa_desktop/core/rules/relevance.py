"""Which questions are still worth asking: the unknown facts that could change an outcome or a prompt.

Built on an ``Assessment`` (the engine is not re-run): each rule's result tree (``tree.ConditionResult``)
gives the unknown criteria that could still settle an undecided rule. A decided rule is never unsettled
by more answers (the engine's property tests), so only undecided rules are searched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mappa_desktop.core.facts import FACT_NAMES, Facts, shorthand_fact
from mappa_desktop.core.rules.assessment import Assessment
from mappa_desktop.core.rules.pack import RulePack

_FACTS = frozenset(FACT_NAMES)
_RECORD_FACT = re.compile(r"^([a-z_]+)\[(\d+|\*)\]\.([a-z0-9_]+)$")


def _contract_fact(name: str | None) -> str | None:
    """A criterion's fact as a question of the editor: a field of the first (or a not-yet-known) record
    of a list counts as its single-record shorthand fact (``victims[1].dash_score`` -> ``dash_score``)."""
    if name in _FACTS:
        return name
    match = _RECORD_FACT.match(name or "")
    if match and match.group(2) in ("1", "*"):
        return shorthand_fact(match.group(1), match.group(3))
    return None


def open_facts(pack: RulePack, assessment: Assessment, rules: Iterable[str] | None = None) -> set[str]:
    """The unknown facts that could still settle an undecided rule (default: every prompt), following
    references into other rules, plus the facts the assessment lists as ``missing``."""
    entries = {entry.rule: entry for entry in assessment.trace}
    wanted = list(rules) if rules is not None else [r for r in entries if r.startswith("prompt.")]
    found = set(assessment.missing)
    seen: set[str] = set()
    while wanted:
        rule_id = wanted.pop()
        if rule_id in seen or rule_id not in entries or rule_id not in pack.rules:
            continue
        seen.add(rule_id)
        entry = entries[rule_id]
        if entry.outcome is not None:
            continue
        if entry.tree is None:
            continue
        for criterion in entry.tree.open_criteria():
            fact = _contract_fact(criterion.fact)
            if fact is not None:
                found.add(fact)
            elif criterion.fact in pack.rules:
                wanted.append(criterion.fact)
    return found


def relevant_facts(
    pack: RulePack, assessment: Assessment, facts: Facts, answered: set[str] | None = None
) -> list[str]:
    """The facts whose questions the editor shows, in the pack's question order: every fact already
    answered (hidden questions keep their answers, but an answer is never hidden) and every unknown fact
    that could still change an outcome or a prompt. ``answered`` (default: the known facts) lets the
    editor count only answers the person gave, not facts worked out from other fields."""
    if answered is None:
        answered = {name for name in FACT_NAMES if getattr(facts, name) is not None}
    open_ = open_facts(pack, assessment)
    return [name for name in pack.questions if name in answered or name in open_]


def affected_titles(pack: RulePack, fact: str, lang: str = "en") -> list[str]:
    """Titles of the outcomes and prompts whose own tests read a fact ("why we ask"). Outcomes it reaches
    only through another rule (every prompt that needs "a category is met") are left out to keep the
    reason short, unless nothing reads the fact directly."""
    direct = [
        rule_id
        for rule_id, rule in pack.rules.items()
        if not rule_id.startswith("test.") and rule.reads(fact)
    ]
    chosen = direct or [r for r in pack.affects.get(fact, ()) if not r.startswith("test.")]
    titles: list[str] = []
    for rule_id in chosen:
        title = pack.rules[rule_id].title.get(lang)
        if title not in titles:
            titles.append(title)
    return titles


__all__ = ["affected_titles", "open_facts", "relevant_facts"]
