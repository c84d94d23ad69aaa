"""A referral assessed: the one Qt-free call every surface asks (editor, export, screening, CLI).

``assess_referral(referral, as_of, pack)`` derives the contract facts from the referral, evaluates them
with the rule pack (the engine returns each rule's finding tree) and answers, on demand, which questions
are worth showing, which answers were worked out from other fields, what keeps the referral from being
ready and each section's state. Nothing here re-derives a decision: it is all read from the assessment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from mappa_desktop.core.facts import Case, Facts
from mappa_desktop.core.referral import Referral, contradicting_answers, derive_facts
from mappa_desktop.core.referral.bindings import BINDINGS, read_answer
from mappa_desktop.core.referral.sections import Blocker, SectionState, blockers, section_states
from mappa_desktop.core.referral.victims import open_victim_questions
from mappa_desktop.core.rules import Assessment, RulePack, evaluate, load_pack
from mappa_desktop.core.rules.relevance import relevant_facts

FieldErrors = Sequence[tuple[str, str]]
"""Answers refused before they reached the referral, as (path, message)."""


@dataclass(frozen=True, eq=False)
class ReferralAssessment:
    """A referral with its facts and the aid's assessment on ``as_of``; the rest is worked out when asked
    (a screening or export run needs only the assessment; the editor asks for everything)."""

    referral: Referral
    facts: Facts
    assessment: Assessment
    as_of: dt.date
    pack: RulePack
    language: str = "en"
    """The language ``assessment`` was evaluated in (the rule pack's sentences are in it)."""
    field_errors: tuple[tuple[str, str], ...] = field(default=())

    def assessment_in(self, language: str) -> Assessment:
        """The assessment with the rule pack's text in ``language`` (evaluated again when it differs)."""
        if language == self.language:
            return self.assessment
        return evaluate(self.pack, Case(as_of=self.as_of, facts=self.facts), language)

    @cached_property
    def worked_out(self) -> dict[str, Any]:
        """Facts not answered themselves but worked out from other fields (an order still running, from
        its end date): their questions show what those fields imply."""
        facts = self.facts
        return {
            name: getattr(facts, name)
            for name, binding in BINDINGS.items()
            if not binding.derived
            and read_answer(self.referral, name) is None
            and getattr(facts, name) is not None
        }

    @cached_property
    def relevant_questions(self) -> frozenset[str]:
        """The questions worth showing: every fact answered (an answer is never hidden), every unknown
        fact that could still change an outcome or a prompt, and each victim's open fields
        (``victims[2].dash_score``)."""
        facts, referral = self.facts, self.referral
        answered = {f for f, b in BINDINGS.items() if not b.derived and read_answer(referral, f) is not None}
        answered |= set(self.worked_out)
        answered |= {f for f, b in BINDINGS.items() if b.derived and getattr(facts, f) is not None}
        relevant = set(relevant_facts(self.pack, self.assessment, facts, answered))
        for position, fields in open_victim_questions(self.assessment).items():
            relevant |= {f"victims[{position}].{name}" for name in fields}
        return frozenset(relevant)

    @cached_property
    def contradictions(self) -> tuple[tuple[str, str], ...]:
        """Answers that contradict each other, as (path, message): kept, shown where given, blocking."""
        return tuple((p.field, p.message) for p in contradicting_answers(self.referral, self.as_of))

    @cached_property
    def blockers(self) -> list[Blocker]:
        """Everything that keeps the referral from being ready, in ``language``."""
        a = self.assessment
        questions = dict(zip(a.missing, a.missing_questions, strict=False))
        problems = [*self.field_errors, *self.contradictions]
        return blockers(self.referral, a.missing, problems, questions, aid=a, language=self.language)

    @cached_property
    def section_states(self) -> dict[str, SectionState]:
        """Each section of the task list with its state."""
        problems = [*self.field_errors, *self.contradictions]
        return section_states(
            self.referral,
            self.assessment.missing,
            problems,
            aid=self.assessment,
            asked=self.relevant_questions,
        )


def assess_referral(
    referral: Referral,
    as_of: dt.date | None = None,
    pack: RulePack | None = None,
    *,
    language: str = "en",
    field_errors: FieldErrors = (),
) -> ReferralAssessment:
    """Assess ``referral`` on ``as_of`` (default today) with ``pack`` (default the bundled rule pack), the
    pack's sentences in ``language``. ``field_errors``: answers refused before they reached the referral."""
    day = as_of or dt.date.today()
    pack = pack or load_pack()
    facts = derive_facts(referral, day)
    assessment = evaluate(pack, Case(as_of=day, facts=facts), language)
    return ReferralAssessment(referral, facts, assessment, day, pack, language, tuple(field_errors))


__all__ = ["ReferralAssessment", "assess_referral"]
