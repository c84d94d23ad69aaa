"""One evaluation of a rule pack against a case: every condition's three-valued outcome, remembered for the
explanation. Knows nothing about MAPPA; a record of a list fact (a victim) gets a run of its own."""

from __future__ import annotations

from typing import Any

from mappa_desktop.core.facts import Case, shorthand_fact
from mappa_desktop.core.rules.compile import compiled
from mappa_desktop.core.rules.model import Condition
from mappa_desktop.core.rules.pack import RulePack
from mappa_desktop.core.rules.sentences import Sentences, say


class _Item:
    """One record of a list fact as a ``for_each`` test saw it (position 0: a record not yet known)."""

    __slots__ = ("_name", "described", "position", "run")

    def __init__(self, position: int, described: Any, run: _Run) -> None:
        self.position, self.described, self.run, self._name = position, described, run, ""

    @property
    def name(self) -> str:
        """How the record is named: "victim 2 (V-B)" (worked out when a sentence needs it)."""
        if not self._name:
            run = self.run
            self._name = _record_name(self.described, run.lang, self.position, run.facts, not self.position)
        return self._name


class _Run(Sentences):
    """One evaluation: memoises every node's value and the details needed to explain it.

    A record of a list fact is evaluated by a run of its own (``within`` names the list), sharing the
    pack settings; its criteria name their facts as ``LIST[POSITION].FIELD``.
    """

    def __init__(
        self,
        pack: RulePack,
        case: Case,
        lang: str,
        facts: dict[str, Any] | None = None,
        within: str = "",
        explain: bool = True,
    ) -> None:
        self.pack, self.as_of, self.lang, self.explain = pack, case.as_of, lang, explain
        self.case, self.within, self.prefix = case, within, ""
        if facts is None:
            facts = dict(case.facts.__dict__)
            for name in pack.lists:
                records = case.facts.victim_list() if name == "victims" else facts.get(name)
                facts[name] = None if records is None else [r.__dict__ for r in records]
        self.facts: dict[str, Any] = facts
        self.values: dict[int, bool | None] = {}
        self.extra: dict[int, dict[str, Any]] = {}
        self.items: dict[int, list[_Item]] = {}
        self.rule_values: dict[str, bool | None] = {}
        self.params: dict[str, Any] = pack.parameters_on(case.as_of)
        self.evaluators: dict[str, Any] = _evaluators(pack)

    def rule(self, rule_id: str) -> bool | None:
        values = self.rule_values
        if rule_id in values:
            return values[rule_id]
        value = values[rule_id] = self.evaluators[rule_id](self)
        return value

    def node(self, n: Condition) -> bool | None:
        return compiled(n)(self)

    def _record_run(self, fields: dict[str, Any], within: str, prefix: str) -> _Run:
        """A run over one record of a list fact: its own answers and values, this run's settings."""
        child = object.__new__(_Run)
        child.__dict__ = {
            **self.__dict__,
            "facts": fields,
            "within": within,
            "prefix": prefix,
            "values": {},
            "extra": {},
            "items": {},
            "rule_values": {},
        }
        return child

    def for_each(self, n: Condition, quoted: bool = True) -> bool | None:
        """The test on each record; an unknown list is tested on one blank record, to explain and ask."""
        spec = n.for_each
        records = self.facts.get(spec.fact)
        described = self.pack.lists[spec.fact]
        blank = records is None
        items = []
        test = compiled(spec.when, quoted)
        parts = []
        for position, fields in enumerate([{}] if blank else records, start=1):
            child = self._record_run(fields, spec.fact, f"{spec.fact}[{'*' if blank else position}].")
            parts.append(test(child))
            items.append(_Item(0 if blank else position, described, child))
        self.items[id(n)] = items
        if blank:
            return None
        if spec.quantifier == "all":
            return False if False in parts else (None if None in parts else True)
        return True if True in parts else (None if None in parts else False)

    def unknown_facts(self, rule_id: str, found: set[str]) -> None:
        """Facts behind the unknown parts of an unknown rule: answering them could settle it."""
        stack = [self.pack.rules[rule_id].when]
        seen_rules = {rule_id}
        while stack:
            n = stack.pop()
            if self.values.get(id(n), False) is not None:
                continue
            if n.ref is not None:
                if n.ref not in seen_rules:
                    seen_rules.add(n.ref)
                    stack.append(self.pack.rules[n.ref].when)
            elif n.for_each is not None:
                found.update(open_record_facts(self, n))
            elif n.fact is not None:
                found.add(n.fact)
            else:
                stack.extend(n.children)


def _record_name(described: Any, lang: str, position: int, fields: dict[str, Any], blank: bool) -> str:
    """How a record is named: "victim 2 (V-B)"; a list not yet known: "Victims ... (not yet known), each"."""
    if blank:
        return described.question.get(lang) + " " + say(lang, "(not yet known), each")
    name = described.item.get(lang).replace("{position}", str(position))
    label = fields.get(described.label_field) if described.label_field else None
    return f"{name} ({label})" if label else name


def _evaluators(pack: RulePack) -> dict[str, Any]:
    """Each rule's compiled test, by rule id (worked out once per pack)."""
    evaluators = pack.derived.get("evaluators")
    if evaluators is None:
        evaluators = pack.derived["evaluators"] = {r: compiled(rule.when) for r, rule in pack.rules.items()}
    return evaluators


def open_record_facts(run: _Run, n: Condition) -> set[str]:
    """For an unknown for_each test: the list fact, and the shorthand facts of record 1's open fields."""
    found = {n.for_each.fact}
    for item in run.items.get(id(n), []):
        if item.position > 1:
            continue
        stack = [n.for_each.when]
        while stack:
            node = stack.pop()
            if item.run.values.get(id(node), False) is not None:
                continue
            if node.fact is not None:
                shorthand = shorthand_fact(n.for_each.fact, node.fact)
                if shorthand is not None:
                    found.add(shorthand)
            stack.extend(node.children)
    return found
