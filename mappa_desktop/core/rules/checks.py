"""Checks a pack must pass to load: facts, parameters, citations and refs exist and fit their types.

The checks only read: they work on the validated sections and the rule index the loader has made
(``Parts``), before any ``RulePack`` exists, so this module never imports the loader. ``ranks`` and
``affects`` work out the two derived indexes the loader puts into the pack.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from mappa_desktop.core.facts import FACT_NAMES, LIST_ITEMS, shorthand_fact
from mappa_desktop.core.rules.model import Condition, PackContent, PackModel, Rule
from mappa_desktop.core.rules.pack import SIGNALS, fact_kind
from mappa_desktop.core.rules.source import RulePackError

# Which question types each leaf operator accepts.
ACCEPTS = {
    "fact_unknown": {"bool", "enum", "list_enum", "integer", "number", "date", "text", "list"},
    "fact_true": {"bool"},
    "fact_false": {"bool"},
    "fact_known": {"bool", "enum", "list_enum", "integer", "number", "date"},
    "fact_is": {"bool", "enum", "integer", "number"},
    "compare": {"integer", "number", "enum"},
    "contains_any": {"list_enum"},
    "date_within": {"date"},
    "date_on_or_after": {"date"},
}


@dataclass(frozen=True)
class Parts:
    """What the checks read: the validated sections, the pack's file names and the rules indexed by id.
    The sections (``questions``, ``parameters``, ...) are read through from ``content``."""

    content: PackContent
    files: tuple[str, ...]
    rules: Mapping[str, Rule]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.content, name)


def _fail(model: PackModel, message: str) -> RulePackError:
    file, line = model.where
    return RulePackError(message, file or None, line or None)


def walk(node: Condition) -> Iterator[Condition]:
    yield node
    for child in node.children:
        yield from walk(child)


def walk_all(node: Condition, within: str | None = None) -> Iterator[tuple[Condition, str | None]]:
    """Every node, also inside ``for_each`` tests, with the list fact whose records it reads (or None)."""
    yield node, within
    if node.for_each is not None:
        yield from walk_all(node.for_each.when, node.for_each.fact)
    for child in node.children:
        yield from walk_all(child, within)


def _param(pack: Parts, node: PackModel, ref: Any) -> list[Any] | None:
    """All dated values of a 'param:NAME' reference (None when the value is a literal)."""
    if not (isinstance(ref, str) and ref.startswith("param:")):
        return None
    name = ref.removeprefix("param:")
    if name not in pack.parameters:
        raise _fail(node, f"unknown parameter '{name}' (parameters are defined in the 'parameters' section)")
    return [v.value for v in pack.parameters[name].versions]


def _check_questions(pack: Parts) -> None:
    for name, question in pack.questions.items():
        if name not in FACT_NAMES:
            raise _fail(question, f"question for an unknown fact '{name}' (facts are listed in the contract)")
        kind, allowed = fact_kind(name)
        if question.type != kind:
            raise _fail(question, f"the fact '{name}' is of type '{kind}', not '{question.type}'")
        given = [c.value for c in question.choices]
        if sorted(given) != sorted(allowed):
            raise _fail(question, f"the choices for '{name}' must be exactly: {', '.join(allowed) or 'none'}")
    for name in FACT_NAMES:
        if name not in pack.questions:
            raise RulePackError(f"the fact '{name}' has no question", pack.files[0])
    for name, record in pack.lists.items():
        if name not in LIST_ITEMS:
            raise _fail(record, f"'{name}' is not a list fact of the contract ({', '.join(LIST_ITEMS)})")
        model = LIST_ITEMS[name]
        for field_name, question in record.fields.items():
            if field_name not in model.model_fields:
                raise _fail(question, f"'{field_name}' is not a field of each record of '{name}'")
            kind, allowed = fact_kind(field_name, model)
            if question.type != kind:
                raise _fail(question, f"'{name}.{field_name}' is of type '{kind}', not '{question.type}'")
            if sorted(c.value for c in question.choices) != sorted(allowed):
                raise _fail(
                    question,
                    f"the choices for '{name}.{field_name}' must be exactly: {', '.join(allowed) or 'none'}",
                )
        for field_name in model.model_fields:
            if field_name not in record.fields:
                raise _fail(record, f"'{name}' has no question for its records' field '{field_name}'")
        if record.label_field is not None and record.label_field not in record.fields:
            raise _fail(record, f"the label field '{record.label_field}' is not a field of '{name}'")


def ranks(pack: Parts) -> dict[str, dict[str, int]]:
    """For each enum fact (and ``list.field`` of a record), the place of each choice in its order."""
    questions = [(name, q) for name, q in pack.questions.items()]
    for name, record in pack.lists.items():
        questions += [(f"{name}.{field_name}", q) for field_name, q in record.fields.items()]
    return {key: {c.value: i for i, c in enumerate(q.choices)} for key, q in questions if q.type == "enum"}


def _kind(pack: Parts, node: Condition, fact: str, within: str | None) -> tuple[str, tuple[str, ...]]:
    if within is None:
        if fact not in pack.questions and fact not in pack.lists:
            raise _fail(node, f"unknown fact '{fact}' (facts are listed in the 'questions' section)")
        return fact_kind(fact)
    model = LIST_ITEMS[within]
    if fact not in model.model_fields:
        fields = ", ".join(model.model_fields)
        raise _fail(node, f"inside for_each over '{within}', '{fact}' is not a field of a record ({fields})")
    return fact_kind(fact, model)


def _check_leaf(pack: Parts, node: Condition, rule_id: str, within: str | None = None) -> None:
    op = node.operator
    if within is not None and op in ("ref", "for_each"):
        raise _fail(node, f"inside for_each over '{within}', a condition can only test a record's fields")
    if op == "fact_unknown" and not rule_id.startswith("prompt."):
        raise _fail(
            node,
            "'fact_unknown' is for prompts only: an outcome must never change back when more is answered",
        )
    if op == "for_each":
        fact = node.for_each.fact
        if fact not in LIST_ITEMS or fact not in pack.lists:
            raise _fail(node, f"for_each needs a list fact described in the 'lists' section, not '{fact}'")
        return
    if op == "ref":
        if node.ref not in pack.rules:
            raise _fail(node, f"'{node.ref}' is not a category, level or test of this pack (e.g. 'level.2')")
        if node.ref.startswith("prompt."):
            raise _fail(node, "a condition cannot depend on a prompt")
        return
    if op == "param_true":
        values = _param(pack, node, node.param_true) or []
        if not all(isinstance(v, bool) for v in values):
            raise _fail(node, f"'{node.param_true}' must be a yes/no (true/false) parameter")
        return
    if op in ("all", "any", "not"):
        return
    fact = node.fact
    kind, allowed = _kind(pack, node, fact, within)
    if kind not in ACCEPTS[op]:
        raise _fail(node, f"'{op}' cannot test the fact '{fact}', which is of type '{kind}'")
    if op == "fact_is":
        for value in node.fact_is.values:
            ok = value in allowed if kind == "enum" else isinstance(value, bool) == (kind == "bool")
            if not ok:
                raise _fail(node, f"'{value}' is not a possible answer for '{fact}'")
    elif op == "compare":
        values = _param(pack, node, node.compare.value) or [node.compare.value]
        for value in values:
            if kind == "enum":
                if value not in allowed:
                    raise _fail(node, f"'{value}' is not a possible answer for '{fact}'")
            elif isinstance(value, bool) or not isinstance(value, int | float):
                raise _fail(node, f"'{node.compare.value}' must be a number to compare '{fact}' with")
    elif op == "contains_any":
        values = _param(pack, node, node.contains_any.values) or [node.contains_any.values]
        for group in values:
            for value in group if isinstance(group, list) else [group]:
                if value not in allowed:
                    raise _fail(node, f"'{value}' is not a possible answer for '{fact}'")
    elif op in ("date_within", "date_on_or_after"):
        months = node.date_within.months if node.date_within else node.date_on_or_after.months_before
        for value in _param(pack, node, months) or []:
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise _fail(node, f"the parameter in '{months}' must be a whole number of months")


def _check_rule(pack: Parts, rule_id: str, rule: Rule) -> None:
    for cite in rule.citations:
        if cite not in pack.citations:
            raise _fail(rule, f"{rule_id}: unknown citation '{cite}' (see the 'citations' section)")
    ids: set[str] = set()
    for_each_ids: set[str] = set()
    for node, within in walk_all(rule.when):
        _check_leaf(pack, node, rule_id, within)
        if node.id and node.for_each is not None:
            for_each_ids.add(node.id)
        if node.id:
            if node.id in ids:
                raise _fail(node, f"{rule_id}: the condition id '{node.id}' is used twice")
            ids.add(node.id)
    items = getattr(rule, "items", None)
    if items is not None and items not in for_each_ids:
        raise _fail(rule, f"{rule_id}: 'items' names '{items}', which is not the id of a for_each condition")
    message = getattr(rule, "message", None)
    if message is not None:
        for text in (message.en, message.cy):
            for wanted in SIGNALS.findall(text):
                if wanted not in ids:
                    raise _fail(
                        rule,
                        f"{rule_id}: the message quotes '{{signals:{wanted}}}' but no condition has that id",
                    )


def _refs(rule: Rule) -> list[str]:
    return [node.ref for node in walk(rule.when) if node.ref]


def _check_cycles(pack: Parts) -> None:
    state: dict[str, int] = {}

    def visit(rule_id: str, path: list[str], via: PackModel) -> None:
        if state.get(rule_id) == 2:
            return
        if state.get(rule_id) == 1:
            cycle = " -> ".join([*path[path.index(rule_id) :], rule_id])
            raise _fail(via, f"these tests refer to each other in a circle: {cycle}")
        state[rule_id] = 1
        for node in walk(pack.rules[rule_id].when):
            if node.ref:
                visit(node.ref, [*path, rule_id], node)
        state[rule_id] = 2

    for rule_id, rule in pack.rules.items():
        visit(rule_id, [], rule)


def _check_decisions(pack: Parts) -> None:
    numbers = [c.number for c in pack.categories]
    for rule in pack.categories:
        if numbers.count(rule.number) > 1:
            raise _fail(rule, f"Category {rule.number} is defined twice")
    levels = [lv.number for lv in pack.levels]
    for rule in pack.levels:
        if levels.count(rule.number) > 1 or rule.number == pack.decisions.default_level:
            raise _fail(rule, f"Level {rule.number} is defined twice (or is also the default level)")
    eligible = pack.decisions.eligible
    if eligible is not None and (eligible not in pack.rules or eligible.startswith("prompt.")):
        raise _fail(pack.decisions, f"'eligible' names '{eligible}', which is not a test of this pack")
    for order in _param(pack, pack.decisions, pack.decisions.precedence) or []:
        if not isinstance(order, list) or sorted(order) != sorted(numbers):
            raise _fail(
                pack.parameters[pack.decisions.precedence.removeprefix("param:")],
                f"the precedence must list each category once: {sorted(numbers)} in some order",
            )


def affects(pack: Parts) -> dict[str, tuple[str, ...]]:
    """For each fact, the rules whose outcome it can change (directly or through refs)."""
    direct = {rid: set(_facts_read(r.when)) for rid, r in pack.rules.items()}
    memo: dict[str, set[str]] = {}

    def facts_of(rule_id: str) -> set[str]:
        if rule_id not in memo:
            memo[rule_id] = set(direct[rule_id])
            for ref in _refs(pack.rules[rule_id]):
                memo[rule_id] |= facts_of(ref)
        return memo[rule_id]

    return {name: tuple(rid for rid in pack.rules if name in facts_of(rid)) for name in pack.questions}


def _facts_read(root: Condition) -> Iterator[str]:
    """The facts a test reads; a record's field counts as its list fact and the single-record shorthand."""
    for node, within in walk_all(root):
        if node.fact is None:
            continue
        if within is None:
            yield node.fact
        else:
            yield within
            shorthand = shorthand_fact(within, node.fact)
            if shorthand is not None:
                yield shorthand


def check_pack(pack: Parts) -> None:
    """Raise ``RulePackError`` at the first reference or type problem."""
    _check_questions(pack)
    for name, parameter in pack.parameters.items():
        for cite in parameter.sources:
            if cite not in pack.citations:
                raise _fail(parameter, f"parameter '{name}': unknown citation '{cite}'")
    for rule_id, rule in pack.rules.items():
        _check_rule(pack, rule_id, rule)
    _check_cycles(pack)
    _check_decisions(pack)
