"""The sentences of an evaluation: each criterion read aloud with its answer, the criteria a prompt
quotes, and the sources. A mixin of the evaluation run (``run._Run``): it reads the run's answers, node
values and the thresholds and dates worked out on the way."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from mappa_desktop.core.dates import date_in_words
from mappa_desktop.core.rules.assessment import CitationOut, Criterion, build
from mappa_desktop.core.rules.model import Condition, Rule
from mappa_desktop.core.rules.tree import CRITERION, EACH, GROUP, RECORD, ConditionResult

# Citation entries are the same on every evaluation of a rule: build them once (keyed by the rule object).
_CITES: dict[tuple[int, str], tuple[Rule, list[CitationOut]]] = {}


class Sentences:
    """What a run says about itself (mixed into ``_Run``, whose attributes it reads)."""

    pack: Any
    lang: str
    facts: dict[str, Any]
    values: dict[int, bool | None]
    extra: dict[int, dict[str, Any]]
    items: dict[int, list[Any]]
    rule_values: dict[str, bool | None]
    params: dict[str, Any]
    within: str
    prefix: str

    def param(self, ref: Any) -> Any:
        """A condition's value: a literal as it is, 'param:NAME' the setting in force on ``as_of``."""
        if ref.__class__ is str and ref.startswith("param:"):
            return self.params[ref[6:]]
        return ref

    def text(self, n: Condition) -> str:
        """The criterion's sentence with its answer, threshold and dates filled in (worked out once for
        the same node, answer and dates: a batch run meets the same sentences again and again)."""
        atom, filled = _text_info(n, self.lang)
        if filled:
            value = self.facts.get(atom.fact) if atom.fact else None
            extra = self.extra.get(id(atom))
            key = (id(n), self.lang, _hashable(value), tuple(extra.items()) if extra else ())
        else:
            key = (id(n), self.lang)
        for name in atom.params:
            key += (_hashable(self.params[name]),)
        cached = _TEXTS.get(key)
        if cached is None or cached[0] is not n:
            if len(_TEXTS) > 20000:
                _TEXTS.clear()
            cached = _TEXTS[key] = (n, self._text(n))
        return cached[1]

    def _text(self, n: Condition) -> str:
        text = n.text.get(self.lang) if n.text else ""
        atom = n
        while atom.not_ is not None:
            atom = atom.not_
        fact = atom.fact
        if "{" in text:
            extra = self.extra.get(id(atom), {})
            value = self.facts.get(fact) if fact else None
            for name, item in (("value", value), *extra.items()):
                shown = self.shown(fact if name == "value" else None, item)
                text = text.replace("{" + name + "}", shown)
        for name in atom.params:
            parameter = self.pack.parameters[name]
            if parameter.confidence == "U":
                text += " " + say(self.lang, UNCONFIRMED_NOTE).format(
                    name=name, value=_plain(self.param("param:" + name), self.lang)
                )
        return text

    def shown(self, fact: str | None, value: Any) -> str:
        """A value as a trainer would say it: choice labels, dates, yes/no; "not yet answered" for None."""
        if value is None:
            return say(self.lang, "not yet answered")
        if value == []:
            return say(self.lang, "none")
        if isinstance(value, dt.date):
            return date_in_words(value, self.lang)  # the contract's values stay ISO
        question = self.question(fact)
        if question is not None and question.choices:
            labels = {c.value: c.label.get(self.lang) for c in question.choices}
            items = value if isinstance(value, list) else [value]
            return ", ".join(_lower_first(labels.get(item, str(item))) for item in items)
        return _plain(value, self.lang)

    def question(self, fact: str | None):
        if not fact:
            return None
        if self.within:
            return self.pack.lists[self.within].fields.get(fact)
        return self.pack.questions.get(fact)

    def criteria(self, n: Condition, out: list[Criterion], depth: int = 0) -> ConditionResult:
        """The finding of ``n`` (with its parts), each criterion also added to ``out`` (the contract's list).
        ``depth`` only decides whether an unlabelled group gets the engine's own heading (below the top)."""
        value = self.values.get(id(n))
        if n.for_each is not None:
            items = self.items.get(id(n), [])
            when = n.for_each.when
            records = tuple(
                ConditionResult(
                    RECORD,
                    item.run.values.get(id(when)),
                    item.name + ":",
                    (item.run.criteria(when, out, depth + 2),),
                    position=item.position,
                )
                for item in items
            )
            if not items:
                none = say(self.lang, "None recorded.")
                records = (ConditionResult(RECORD, value, none),)
            return ConditionResult(EACH, value, self.text(n), records, quantifier=n.for_each.quantifier)
        if n.all_ is not None or n.any_ is not None:
            label = group_label(n, depth, self.lang)
            inner = depth + 1 if label else depth
            parts = tuple(self.criteria(child, out, inner) for child in n.children)
            return ConditionResult(
                GROUP, value, label, parts, quantifier="all" if n.all_ is not None else "any"
            )
        inner = n
        while inner.not_ is not None:
            inner = inner.not_
        if inner.ref is not None:
            fact, shown, source = inner.ref, self.rule_values.get(inner.ref), "rule"
        elif inner.param_true is not None:
            fact, shown, source = inner.param_true, self.param(inner.param_true), "setting"
        else:
            fact, shown, source = self.prefix + inner.fact, self.facts.get(inner.fact), "fact"
        if isinstance(shown, dt.date):
            shown = shown.isoformat()
        text = self.text(n)
        out.append(build(Criterion, fact=fact, value=shown, met=value, text=text))
        return ConditionResult(CRITERION, value, text, fact=fact, answer=shown, source=source)

    def signals(self, n: Condition, wanted: str) -> list[str]:
        """The sentences of the met criteria under the condition with id ``wanted`` (record by record)."""
        for node in _flat(n):
            if node.id == wanted:
                return self.fired(node)
            if node.for_each is not None:
                found = [
                    _sentence(item.name, item.run.signals(node.for_each.when, wanted))
                    for item in self.items.get(id(node), [])
                    if item.position and item.run.values.get(id(node.for_each.when)) is True
                ]
                if any(found):
                    return [f for f in found if f]
        return []

    def fired(self, node: Condition) -> list[str]:
        out = []
        for x in _flat(node):
            if self.values.get(id(x)) is not True:
                continue
            if x.for_each is not None:
                when = x.for_each.when
                out += [
                    _sentence(item.name, item.run.fired(when))
                    for item in self.items.get(id(x), [])
                    if item.position and item.run.values.get(id(when)) is True
                ]
            elif x.text and x.all_ is None and x.any_ is None:
                out.append(self.text(x))
        return out

    def positions(self, n: Condition, wanted: str) -> list[int]:
        """The records (1-based positions) that meet the for_each condition with id ``wanted``."""
        for node in _flat(n):
            if node.id == wanted and node.for_each is not None:
                when = node.for_each.when
                return [
                    i.position
                    for i in self.items.get(id(node), [])
                    if i.position and i.run.values.get(id(when)) is True
                ]
        return []

    def citations(self, rule: Rule) -> list[CitationOut]:
        key = (id(rule), self.lang)
        cached = _CITES.get(key)
        if cached is not None and cached[0] is rule:
            return cached[1]
        cites = self.pack.citations
        out = [
            build(
                CitationOut, title=cites[c].title, url=cites[c].url, guidance=cites[c].guidance.get(self.lang)
            )
            for c in rule.citations
        ]
        if len(_CITES) > 2000:
            _CITES.clear()
        _CITES[key] = (rule, out)
        return out


def _walk(n: Condition):
    yield n
    for child in n.children:
        yield from _walk(child)


def _flat(n: Condition) -> tuple[Condition, ...]:
    """``n`` and every node under it (not inside for_each tests), worked out once per node."""
    private = n.__pydantic_private__
    nodes = private.get("_flat")
    if nodes is None:
        nodes = private["_flat"] = tuple(_walk(n))
    return nodes


_TEXTS: dict[tuple[Any, ...], tuple[Condition, str]] = {}


def _text_info(n: Condition, lang: str) -> tuple[Condition, bool]:
    """The node a sentence is about (through 'not'), and whether the sentence has blanks to fill."""
    private = n.__pydantic_private__
    info = private.get("_text_info")
    if info is None or info[0] != lang:
        atom = n
        while atom.not_ is not None:
            atom = atom.not_
        info = private["_text_info"] = (lang, atom, n.text is not None and "{" in n.text.get(lang))
    return info[1], info[2]


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _join(parts: list[str]) -> str:
    """Quoted criteria in a row: after a full sentence a space, else a semicolon."""
    out = ""
    for part in parts:
        out += (" " if out.endswith(".") else "; ") + part if out else part
    return out


def _sentence(name: str, parts: list[str]) -> str:
    if not parts:
        return ""
    return f"{name[:1].upper()}{name[1:]}: {'; '.join(parts)}."


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _plain(value: Any, lang: str) -> str:
    if isinstance(value, bool):
        return say(lang, "yes" if value else "no")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return ", ".join(_plain(v, lang) for v in value)
    return str(value)


def group_label(n: Condition, depth: int, lang: str) -> str:
    """How the engine heads an all/any group: its own text, else (below the top of a rule) "All of the
    following:" or "At least one of the following:"; "" (no heading) for an unlabelled top."""
    if n.text:
        return n.text.get(lang)
    if not depth:
        return ""
    if n.all_ is not None:
        return say(lang, "All of the following:")
    return say(lang, "At least one of the following:")


UNCONFIRMED_NOTE = (
    "(This uses the pack setting '{name}' = {value}, which is unconfirmed [U]: check it against the current"
    " MAPPA Guidance.)"
)


@cache
def _wording(lang: str) -> Any:
    # Imported here: the summary package imports the rules package, so a top-level import would be circular.
    from mappa_desktop.core.summary.headings import Wording

    return Wording(lang)


def say(lang: str, english: str) -> str:
    """The engine's own fixed words ("none", "All of the following:") in ``lang``, from the one wording
    table the summaries use (``resources/templates/headings.json``)."""
    return _wording(lang).t(english)
