"""Which questions are still worth asking: the unknown facts that could change an outcome or a prompt.

Built on an ``Assessment`` (the engine is not re-run): each rule's criteria in its trace are the leaves of
its condition tree in depth-first order, so the tree's groups can be re-scored with the same Kleene logic
and searched for the unknown leaves that could still settle an undecided rule. A decided rule is never
unsettled by more answers (the engine's property tests), so only undecided rules are searched.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from mappa_desktop.core.facts import FACT_NAMES, Facts
from mappa_desktop.core.rules.assessment import Assessment, Criterion
from mappa_desktop.core.rules.model import Condition
from mappa_desktop.core.rules.pack import RulePack

_FACTS = frozenset(FACT_NAMES)


def _leaves(node: Condition) -> Iterator[Condition]:
    if node.all_ is not None or node.any_ is not None:
        for child in node.children:
            yield from _leaves(child)
    else:
        yield node


def _score(node: Condition, met: dict[int, bool | None]) -> bool | None:
    """Fill ``met`` for the groups of ``node`` from its leaves' values (three-valued)."""
    if node.all_ is None and node.any_ is None:
        return met[id(node)]
    parts = [_score(child, met) for child in node.children]
    if node.all_ is not None:
        value = False if False in parts else (None if None in parts else True)
    else:
        value = True if True in parts else (None if None in parts else False)
    met[id(node)] = value
    return value


class _Tree:
    """One rule's condition tree with every node's value, and each leaf's criterion."""

    def __init__(self, root: Condition, criteria: list[Criterion]) -> None:
        self.root = root
        self.met: dict[int, bool | None] = {}
        self.criterion: dict[int, Criterion] = {}
        for leaf, criterion in zip(_leaves(root), criteria, strict=False):
            self.met[id(leaf)] = criterion.met
            self.criterion[id(leaf)] = criterion
        _score(root, self.met)

    def open_leaves(self) -> Iterator[Criterion]:
        """Criteria of the unknown leaves under unknown groups: answering them could settle the rule."""
        stack = [self.root]
        while stack:
            node = stack.pop()
            if self.met.get(id(node), False) is not None:
                continue
            if node.all_ is not None or node.any_ is not None:
                stack.extend(node.children)
            elif id(node) in self.criterion:
                yield self.criterion[id(node)]


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
        for criterion in _Tree(pack.rules[rule_id].when, entry.criteria).open_leaves():
            if criterion.fact in _FACTS:
                found.add(criterion.fact)
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


def _mentions(node: Condition, fact: str) -> bool:
    return node.fact == fact or any(_mentions(child, fact) for child in node.children)


def affected_titles(pack: RulePack, fact: str, lang: str = "en") -> list[str]:
    """Titles of the outcomes and prompts whose own tests read a fact ("why we ask"). Outcomes it reaches
    only through another rule (every prompt that needs "a category is met") are left out to keep the
    reason short, unless nothing reads the fact directly."""
    direct = [
        rule_id
        for rule_id, rule in pack.rules.items()
        if not rule_id.startswith("test.") and _mentions(rule.when, fact)
    ]
    chosen = direct or [r for r in pack.affects.get(fact, ()) if not r.startswith("test.")]
    titles: list[str] = []
    for rule_id in chosen:
        title = pack.rules[rule_id].title.get(lang)
        if title not in titles:
            titles.append(title)
    return titles


__all__ = ["affected_titles", "open_facts", "relevant_facts"]
