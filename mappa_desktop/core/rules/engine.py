"""Three-valued (Kleene) evaluation of a rule pack against one case. Knows nothing about MAPPA.

True, False and None (unknown). ``all`` is false if any part is false, else unknown if any part is
unknown; ``any`` is true if any part is true, else unknown if any part is unknown. Unknown is never "no".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from mappa_desktop.core.facts import Case, shorthand_fact
from mappa_desktop.core.rules.assessment import (
    Assessment,
    CitationOut,
    Criterion,
    Line,
    PackRef,
    PromptOut,
    TraceEntry,
    build,
)
from mappa_desktop.core.rules.compile import compiled
from mappa_desktop.core.rules.model import Condition, Rule
from mappa_desktop.core.rules.pack import SIGNALS, RulePack

# Citation entries are the same on every evaluation of a rule: build them once (keyed by the rule object).
_CITES: dict[tuple[int, str], tuple[Rule, list[CitationOut]]] = {}


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


class _Run:
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

    def param(self, ref: Any) -> Any:
        """A condition's value: a literal as it is, 'param:NAME' the setting in force on ``as_of``."""
        if ref.__class__ is str and ref.startswith("param:"):
            return self.params[ref[6:]]
        return ref

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

    # --- explanation -------------------------------------------------------------------------------

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
                text += (
                    f" (This uses the pack setting '{name}' = {_plain(self.param('param:' + name))}, which is"
                    " unconfirmed [U]: check it against the current MAPPA Guidance.)"
                )
        return text

    def shown(self, fact: str | None, value: Any) -> str:
        """A value as a trainer would say it: choice labels, dates, yes/no; never "None" for unknown."""
        if value is None:
            return "not yet known"
        if value == []:
            return "none"
        if isinstance(value, dt.date):
            return value.isoformat()
        question = self.question(fact)
        if question is not None and question.choices:
            labels = {c.value: c.label.get(self.lang) for c in question.choices}
            items = value if isinstance(value, list) else [value]
            return ", ".join(_lower_first(labels.get(item, str(item))) for item in items)
        return _plain(value)

    def question(self, fact: str | None):
        if not fact:
            return None
        if self.within:
            return self.pack.lists[self.within].fields.get(fact)
        return self.pack.questions.get(fact)

    def criteria(self, n: Condition, out: list[Criterion], lines: list[Line], depth: int) -> None:
        value = self.values.get(id(n))
        if n.for_each is not None:
            lines.append(Line(depth=depth, met=value, text=self.text(n)))
            items = self.items.get(id(n), [])
            if not items:
                lines.append(Line(depth=depth + 1, met=value, text="None recorded."))
            for item in items:
                when = n.for_each.when
                lines.append(Line(depth=depth + 1, met=item.run.values.get(id(when)), text=item.name + ":"))
                item.run.criteria(when, out, lines, depth + 2)
            return
        if n.all_ is not None or n.any_ is not None:
            label = n.text.get(self.lang) if n.text else ""
            if not label and depth:
                label = "All of the following:" if n.all_ is not None else "At least one of the following:"
            if label:
                lines.append(Line(depth=depth, met=value, text=label))
            for child in n.children:
                self.criteria(child, out, lines, depth + 1 if label else depth)
            return
        inner = n
        while inner.not_ is not None:
            inner = inner.not_
        if inner.ref is not None:
            fact, shown = inner.ref, self.rule_values.get(inner.ref)
        elif inner.param_true is not None:
            fact, shown = inner.param_true, self.param(inner.param_true)
        else:
            fact = inner.fact
            shown = self.facts.get(fact)
            fact = self.prefix + fact
        if isinstance(shown, dt.date):
            shown = shown.isoformat()
        text = self.text(n)
        out.append(build(Criterion, fact=fact, value=shown, met=value, text=text))
        lines.append(Line(depth=depth, met=value, text=text, leaf=True))

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
        return described.question.get(lang) + " (not yet known), each"
    name = described.item.get(lang).replace("{position}", str(position))
    label = fields.get(described.label_field) if described.label_field else None
    return f"{name} ({label})" if label else name


def _evaluators(pack: RulePack) -> dict[str, Any]:
    """Each rule's compiled test, by rule id (worked out once per pack)."""
    evaluators = pack.derived.get("evaluators")
    if evaluators is None:
        evaluators = pack.derived["evaluators"] = {r: compiled(rule.when) for r, rule in pack.rules.items()}
    return evaluators


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


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _plain(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, list):
        return ", ".join(_plain(v) for v in value)
    return str(value)


def evaluate(pack: RulePack, case: Case, lang: str = "en", explain: bool = True) -> Assessment:
    """Evaluate ``case`` against ``pack``: categories, level, prompts, missing facts and the trace.

    With ``explain=False`` the trace gives each rule's outcome only (no criteria, no citations): what a
    batch run or a comparison of packs needs, several times faster.
    """
    run = _Run(pack, case, lang, explain=explain)
    rule = run.rule
    for rule_id in pack.rules:
        rule(rule_id)
    cats = {number: run.rule_values[rule_id] for number, rule_id in _category_ids(pack)}
    met = sorted(n for n, v in cats.items() if v is True)
    eligible = True if met else (False if all(v is False for v in cats.values()) else None)
    if pack.decisions.eligible is not None:
        eligible = run.rule_values[pack.decisions.eligible]
    deciding: list[str] = []
    category = None
    for number in run.param(pack.decisions.precedence):
        if cats[number] is True:
            category = number
            break
        if cats[number] is None:
            break
    if eligible is None:
        deciding += [f"category.{n}" for n, v in cats.items() if v is None]
        if pack.decisions.eligible is not None:
            deciding.append(pack.decisions.eligible)
    elif eligible and category is None:
        for number in run.param(pack.decisions.precedence):
            if cats[number] is True:
                break
            deciding.append(f"category.{number}")
    level = None
    if eligible is not False:
        undecided = False
        for number, rule_id in _level_ids(pack):
            outcome = run.rule_values[rule_id]
            if outcome is True:
                level = None if undecided else number
                break
            if outcome is None:
                undecided = True
                deciding.append(rule_id)
        else:
            level = None if undecided else pack.decisions.default_level
        if eligible is not True:
            level = None
    found: set[str] = set()
    for rule_id in deciding:
        if run.rule_values[rule_id] is None:
            run.unknown_facts(rule_id, found)
    missing = [name for name in pack.questions if name in found] if found else []

    if explain:
        trace = [_explained(run, rule_id, rule) for rule_id, rule in pack.rules.items()]
    else:
        trace = _outcomes(run)
    prompts = [
        _prompt(run, rule_id, rule)
        for rule_id, rule in _prompt_rules(pack)
        if run.rule_values[rule_id] is True
    ]
    return build(
        Assessment,
        rule_pack=build(PackRef, id=pack.id, version=pack.version, as_of=case.as_of),
        mappa_eligible=eligible,
        category=category,
        categories_met=met,
        level=level,
        prompts=prompts,
        missing=missing,
        trace=trace,
        notes=_notes(pack, run, lang),
        missing_questions=[pack.questions[name].question.get(lang) for name in missing],
    )


def _explained(run: _Run, rule_id: str, rule: Rule) -> TraceEntry:
    """A rule's trace entry: its outcome, every criterion with its answer, and its sources."""
    criteria: list[Criterion] = []
    lines: list[Line] = []
    run.criteria(rule.when, criteria, lines, 0)
    return build(
        TraceEntry,
        rule=rule_id,
        outcome=run.rule_values[rule_id],
        criteria=criteria,
        citations=run.citations(rule),
        title=rule.title.get(run.lang),
        lines=lines,
    )


def _outcomes(run: _Run) -> list[TraceEntry]:
    """The trace without explanations: each rule's outcome only (the same list for the same outcomes)."""
    pack, lang = run.pack, run.lang
    outcomes = tuple(run.rule_values[r] for r in pack.rules)
    return _recent(
        pack,
        ("outcomes", lang, outcomes),
        lambda: [
            build(
                TraceEntry,
                rule=rule_id,
                outcome=outcome,
                criteria=[],
                citations=[],
                title=pack.rules[rule_id].title.get(lang),
                lines=[],
            )
            for rule_id, outcome in zip(pack.rules, outcomes, strict=True)
        ],
    )


def _prompt_rules(pack: RulePack) -> list[tuple[str, Rule]]:
    return _per_pack(
        pack, "prompts", lambda: [(r, x) for r, x in pack.rules.items() if r.startswith("prompt.")]
    )


def _message_parts(pack: RulePack, rule_id: str, rule: Any, lang: str) -> list[tuple[str, str | None]]:
    """A prompt's message cut at its {signals:ID} blanks: (text, None) and ("", ID) in order."""

    def make() -> list[tuple[str, str | None]]:
        message, parts, start = rule.message.get(lang), [], 0
        for match in SIGNALS.finditer(message):
            parts += [(message[start : match.start()], None), ("", match.group(1))]
            start = match.end()
        return [*parts, (message[start:], None)]

    return _per_pack(pack, ("message", rule_id, lang), make)


def _recent(pack: RulePack, key: Any, make: Any) -> Any:
    """``make()``, or what it gave before for the same key (the pack keeps at most 20,000 of them)."""
    value = pack.recent.get(key)
    if value is None:
        if len(pack.recent) >= 20_000:
            pack.recent.clear()
        value = pack.recent[key] = make()
    return value


def _prompt(run: _Run, rule_id: str, rule: Rule) -> PromptOut:
    """A prompt that fired: its message with the criteria met quoted, its sources, the records it is about."""
    when = rule.when
    parts = _message_parts(run.pack, rule_id, rule, run.lang)
    message = "".join(part if quoted is None else _join(run.signals(when, quoted)) for part, quoted in parts)
    items = {}
    if rule.items is not None:
        for node in _flat(when):
            if node.id == rule.items:
                items[node.for_each.fact] = run.positions(when, rule.items)
    return build(
        PromptOut,
        id=rule_id[7:],
        severity=rule.severity,
        text=message,
        citations=run.citations(rule),
        items=items,
    )


def _category_ids(pack: RulePack) -> list[tuple[int, str]]:
    return _per_pack(
        pack, "categories", lambda: [(c.number, f"category.{c.number}") for c in pack.categories]
    )


def _level_ids(pack: RulePack) -> list[tuple[int, str]]:
    """Levels from the highest down, with their rule ids."""
    levels = sorted(pack.levels, key=lambda r: -r.number)
    return _per_pack(pack, "levels", lambda: [(r.number, f"level.{r.number}") for r in levels])


def _per_pack(pack: RulePack, name: str, make: Any) -> Any:
    """Something worked out once per loaded pack (kept with its settings by day)."""
    value = pack.derived.get(name)
    if value is None:
        value = pack.derived[name] = make()
    return value


def _notes(pack: RulePack, run: _Run, lang: str) -> list[str]:
    key = (lang, tuple(run.param(pack.decisions.precedence)), run.as_of < pack.effective)
    if key[2]:
        return _make_notes(pack, run, lang)
    notes = _per_pack(pack, key, lambda: _make_notes(pack, run, lang))
    return list(notes)


def _make_notes(pack: RulePack, run: _Run, lang: str) -> list[str]:
    decisions = pack.decisions
    notes = [decisions.eligibility.get(lang), decisions.category.get(lang), decisions.level.get(lang)]
    name = decisions.precedence[6:]
    order = ", ".join(str(n) for n in run.param(decisions.precedence))
    note = f"The order of precedence used here is {order}."
    if pack.parameters[name].confidence == "U":
        note += (
            f" This order is the pack setting '{name}', which is unconfirmed [U]:"
            " check it against the current MAPPA Guidance."
        )
    notes.append(note)
    if run.as_of < pack.effective:
        notes.append(
            f"Assessed on {run.as_of.isoformat()} under rules in force from {pack.effective.isoformat()}: "
            "the law and guidance then may have differed."
        )
    return notes
