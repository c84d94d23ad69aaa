"""Three-valued (Kleene) evaluation of a rule pack against one case. Knows nothing about MAPPA.

True, False and None (unknown). ``all`` is false if any part is false, else unknown if any part is
unknown; ``any`` is true if any part is true, else unknown if any part is unknown. Unknown is never "no".
The run itself is ``run._Run``; this module turns its outcomes into the decision (``Assessment``).
"""

from __future__ import annotations

from typing import Any

from mappa_desktop.core.dates import date_in_words
from mappa_desktop.core.facts import Case
from mappa_desktop.core.rules.assessment import (
    Assessment,
    Criterion,
    PackRef,
    PromptOut,
    TraceEntry,
    build,
)
from mappa_desktop.core.rules.model import Rule
from mappa_desktop.core.rules.pack import SIGNALS, RulePack
from mappa_desktop.core.rules.run import _Run
from mappa_desktop.core.rules.sentences import _flat, _join, say


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
    tree = run.criteria(rule.when, criteria)
    return build(
        TraceEntry,
        rule=rule_id,
        outcome=run.rule_values[rule_id],
        criteria=criteria,
        citations=run.citations(rule),
        title=rule.title.get(run.lang),
        tree=tree,
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
                tree=None,
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
    note = say(lang, "The order of precedence used here is {order}.").format(order=order)
    if pack.parameters[name].confidence == "U":
        note += " " + say(lang, UNCONFIRMED_ORDER).format(name=name)
    notes.append(note)
    if run.as_of < pack.effective:
        notes.append(
            say(lang, OLDER_RULES).format(
                as_of=date_in_words(run.as_of, lang), effective=date_in_words(pack.effective, lang)
            )
        )
    return notes


UNCONFIRMED_ORDER = (
    "This order is the pack setting '{name}', which is unconfirmed [U]: check it against the current MAPPA "
    "Guidance."
)
OLDER_RULES = (
    "Assessed on {as_of} under rules in force from {effective}: the law and guidance then may have differed."
)
