"""Conditions compiled once, when the pack loads, into small functions of an evaluation run.

The same three-valued logic as written in the engine's docstring, without looking up which operator a
node has on every evaluation: a batch run evaluates thousands of cases a second. Every function records
its node's value in ``run.values`` (and thresholds and dates in ``run.extra``) for the explanation.
"""

from __future__ import annotations

import calendar
import datetime as dt
import operator
from collections.abc import Callable
from typing import Any

from mappa_desktop.core.rules.model import Condition

Evaluator = Callable[[Any], "bool | None"]

_OPS = {"ge": operator.ge, "gt": operator.gt, "le": operator.le, "lt": operator.lt}


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the month's last day (31 Aug - 6 months = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def compiled(node: Condition, quoted: bool = False) -> Evaluator:
    """The node's evaluator, made on first use and kept on the node. ``quoted``: the node is (under) a
    condition with an ``id``, whose met criteria a message quotes, so its groups never stop early."""
    private = node.__pydantic_private__
    fn = private.get("_evaluator")
    if fn is None:
        fn = private["_evaluator"] = _compile(node, quoted or node.id is not None)
    return fn


def _group(key: int, parts: tuple[Evaluator, ...], decisive: bool, quoted: bool) -> Evaluator:
    """``all`` (decisive False) or ``any`` (decisive True). Every part is evaluated when the run explains
    itself or a message quotes the parts; otherwise it stops at the first decisive part. Either way an
    unknown group has all its parts evaluated, so the facts that could settle it are known."""

    def evaluate(run: Any) -> bool | None:
        found = unknown = False
        full = quoted or run.explain
        for part in parts:
            value = part(run)
            if value is decisive:
                found = True
                if not full:
                    break
            elif value is None:
                unknown = True
        result = decisive if found else (None if unknown else not decisive)
        run.values[key] = result
        return result

    return evaluate


def _compile(n: Condition, quoted: bool) -> Evaluator:  # noqa: C901 - a branch per operator, a few lines each
    key, op = id(n), n.operator
    if op in ("all", "any"):
        return _group(key, tuple(compiled(c, quoted) for c in n.children), op == "any", quoted)
    if op == "not":
        inner = compiled(n.not_, quoted)

        def negate(run: Any) -> bool | None:
            value = inner(run)
            result = None if value is None else not value
            run.values[key] = result
            return result

        return negate
    if op == "ref":
        target = n.ref

        def ref(run: Any) -> bool | None:
            known = run.rule_values
            result = known[target] if target in known else run.rule(target)
            run.values[key] = result
            return result

        return ref
    if op == "param_true":
        setting = n.param_true

        def param_true(run: Any) -> bool | None:
            run.values[key] = result = bool(run.param(setting))
            return result

        return param_true
    if op == "for_each":

        def for_each(run: Any) -> bool | None:
            run.values[key] = result = run.for_each(n, quoted)
            return result

        return for_each
    fact = n.fact
    if op == "fact_unknown":

        def unknown(run: Any) -> bool | None:
            run.values[key] = result = run.facts.get(fact) is None
            return result

        return unknown
    if op in ("fact_true", "fact_false"):
        wanted_bool = op == "fact_true"

        def fact_bool(run: Any) -> bool | None:
            value = run.facts.get(fact)
            result = None if value is None else value is wanted_bool
            run.values[key] = result
            return result

        return fact_bool
    if op in ("fact_known", "fact_is", "contains_any"):
        test = _simple_test(n)

        def simple(run: Any) -> bool | None:
            value = run.facts.get(fact)
            result = None if value is None else test(run, value)
            run.values[key] = result
            return result

        return simple
    if op == "compare":
        return _compare(n, key, fact, quoted)
    return _date(n, key, fact)


def _setting(value: Any) -> str:
    """The parameter a 'param:NAME' value names ('' for a literal)."""
    return value[6:] if isinstance(value, str) and value.startswith("param:") else ""


def _simple_test(n: Condition) -> Callable[[Any, Any], bool]:
    op = n.operator
    if op == "fact_known":
        return lambda run, value: True
    if op == "fact_is":
        wanted = n.fact_is.values
        return lambda run, value: value in wanted
    values = n.contains_any.values
    return lambda run, value: any(item in run.param(values) for item in value)


def _compare(n: Condition, key: int, fact: str, quoted: bool) -> Evaluator:
    spec = n.compare
    compare = _OPS[spec.op]

    setting = _setting(spec.value)

    def evaluate(run: Any) -> bool | None:
        threshold = run.params[setting] if setting else spec.value
        value = run.facts.get(fact)
        ranks = run.pack.ranks.get(f"{run.within}.{fact}" if run.within else fact)
        if ranks is not None:
            if quoted or run.explain:
                run.extra[key] = {"threshold": run.shown(fact, threshold)}
            result = None if value is None else compare(ranks[value], ranks[threshold])
        else:
            if quoted or run.explain:
                run.extra[key] = {"threshold": threshold}
            result = None if value is None else compare(value, threshold)
        run.values[key] = result
        return result

    return evaluate


def _date(n: Condition, key: int, fact: str) -> Evaluator:
    if n.date_within is not None:
        window = n.date_within.months

        starts: dict[tuple[dt.date, int], dt.date] = {}

        setting = _setting(window)

        def within(run: Any) -> bool | None:
            months = run.params[setting] if setting else window
            start = starts.get((run.as_of, months))
            if start is None:
                if len(starts) > 1000:
                    starts.clear()
                start = starts[run.as_of, months] = add_months(run.as_of, -months)
            run.extra[key] = {"date": start, "months": months}
            value = run.facts.get(fact)
            result = None if value is None else start <= value <= run.as_of
            run.values[key] = result
            return result

        return within
    ahead = n.date_on_or_after.months_before

    setting = _setting(ahead)

    def on_or_after(run: Any) -> bool | None:
        months = run.params[setting] if setting else ahead
        extra = run.extra[key] = {"months": months}
        value = run.facts.get(fact)
        if value is None:
            result = None
        else:
            extra["date"] = deadline = add_months(value, -months)
            result = run.as_of >= deadline
        run.values[key] = result
        return result

    return on_or_after


__all__ = ["add_months", "compiled"]
