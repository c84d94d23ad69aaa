"""Quiz marking: the trainee's category, level and prompts against the pack, point by point.

Each point carries the reasons from the rule trace (the pack's own sentences, in the pack's language),
so feedback says *why* an answer is right or wrong, never only that it is. Presentation (sentences
around the reasons) belongs to the interface, which translates it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from mappa_desktop.core.rules import Assessment, RulePack, load_pack
from mappa_desktop.core.rules.assessment import TraceEntry
from mappa_desktop.core.training.reasons import Reason, deciding_reasons

NOT_ELIGIBLE = "none"
"""The answer "no category / no level": every category is ruled out."""
NOT_KNOWN = "unknown"
"""The answer "not yet known": more facts are needed before this can be decided."""

Choice = int | Literal["none", "unknown"]


@dataclass(frozen=True)
class Answer:
    category: Choice
    level: Choice
    prompts: frozenset[str]


@dataclass(frozen=True)
class Point:
    """One marked point. ``topic`` is ``category``, ``level`` or ``prompt``; ``prompt`` names the
    prompt for prompt points. ``reasons`` are trace sentences explaining the right answer; ``counter``
    explains why the trainee's different choice does not hold (empty when they were right)."""

    topic: str
    chosen: object
    expected: object
    correct: bool
    reasons: tuple[Reason, ...]
    counter: tuple[Reason, ...] = ()
    prompt: str = ""
    title: str = ""


@dataclass(frozen=True)
class Feedback:
    points: tuple[Point, ...]
    expected: Answer
    missing: tuple[Reason, ...] = field(default_factory=tuple)

    @property
    def score(self) -> int:
        return sum(p.correct for p in self.points)

    @property
    def total(self) -> int:
        return len(self.points)


def expected_answer(assessment: Assessment) -> Answer:
    """What a trainee should choose for this assessment."""
    a = assessment
    if a.category is not None:
        category: Choice = a.category
    else:
        category = NOT_ELIGIBLE if a.mappa_eligible is False else NOT_KNOWN
    if a.level is not None:
        level: Choice = a.level
    else:
        level = NOT_ELIGIBLE if a.mappa_eligible is False else NOT_KNOWN
    return Answer(category, level, frozenset(p.id for p in a.prompts))


def _entry(a: Assessment, rule: str) -> TraceEntry | None:
    return next((e for e in a.trace if e.rule == rule), None)


def _why(pack: RulePack, a: Assessment, rule: str, with_title: bool = True) -> tuple[Reason, ...]:
    """The rule's title (as a heading line, met = its outcome) and the criteria that decided it."""
    entry = _entry(a, rule)
    if entry is None:
        return ()
    head = (Reason(entry.outcome, entry.title),) if with_title and entry.title else ()
    return head + tuple(deciding_reasons(entry))


def _unanswered(a: Assessment) -> tuple[Reason, ...]:
    return tuple(Reason(None, q) for q in (a.missing_questions or a.missing))


def _category_reasons(pack: RulePack, a: Assessment, expected: Choice) -> tuple[Reason, ...]:
    if isinstance(expected, int):
        out = _why(pack, a, f"category.{expected}")
        if len(a.categories_met) > 1:
            out += tuple(Reason(True, n) for n in a.notes if "precedence" in n)
        return out
    if expected == NOT_ELIGIBLE:
        return tuple(r for e in a.trace if e.rule.startswith("category.") for r in _why(pack, a, e.rule))
    return _unanswered(a)


def _level_reasons(pack: RulePack, a: Assessment, expected: Choice) -> tuple[Reason, ...]:
    if expected == NOT_ELIGIBLE:
        return tuple(Reason(False, n) for n in a.notes[:1])
    if expected == NOT_KNOWN:
        return _unanswered(a)
    if expected == 1:
        return _why(pack, a, "level.2") + _why(pack, a, "level.3")
    return _why(pack, a, f"level.{expected}")


def _counter(
    pack: RulePack, a: Assessment, topic: str, chosen: Choice, expected: Choice
) -> tuple[Reason, ...]:
    """Why the trainee's different choice does not hold, from the trace of the rule they chose."""
    if chosen == expected or not isinstance(chosen, int):
        return ()
    if topic == "category":
        return _why(pack, a, f"category.{chosen}")
    # Level 1 chosen where the answer is 2 or 3: the reasons already show the higher test is met.
    return _why(pack, a, f"level.{chosen}") if chosen >= 2 else ()


def mark_answer(
    assessment: Assessment,
    chosen_category: Choice,
    chosen_level: Choice,
    chosen_prompts: set[str] | frozenset[str] | list[str],
    prompt_titles: dict[str, str] | None = None,
    *,
    pack: RulePack | None = None,
) -> Feedback:
    """Mark a trainee's answer: one point for the category, one for the level, one per prompt that
    either fired or was chosen (or a single point for "no prompts" when neither)."""
    a = assessment
    pack = load_pack() if pack is None else pack
    expected = expected_answer(a)
    titles = prompt_titles or {}
    points = [
        Point(
            topic,
            chosen,
            right,
            chosen == right,
            reasons(pack, a, right),
            _counter(pack, a, topic, chosen, right),
        )
        for topic, chosen, right, reasons in (
            ("category", chosen_category, expected.category, _category_reasons),
            ("level", chosen_level, expected.level, _level_reasons),
        )
    ]
    chosen = frozenset(chosen_prompts)
    texts = {p.id: p.text for p in a.prompts}
    for prompt in sorted(chosen | expected.prompts):
        fired = prompt in expected.prompts
        entry = _entry(a, f"prompt.{prompt}")
        reasons = (Reason(True, texts[prompt]),) if fired else _why(pack, a, f"prompt.{prompt}", False)
        points.append(
            Point(
                "prompt",
                prompt in chosen,
                fired,
                (prompt in chosen) == fired,
                reasons,
                prompt=prompt,
                title=titles.get(prompt, entry.title if entry else prompt),
            )
        )
    if not chosen and not expected.prompts:
        points.append(Point("prompt", False, False, True, (), prompt=""))
    return Feedback(tuple(points), expected, _unanswered(a))
