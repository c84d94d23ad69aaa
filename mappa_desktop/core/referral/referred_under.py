"""The category and level a referral is made under: worked out once, recorded when the officer confirms
it, and checked against the level the form asks for and against the aid's outcome. Qt-free.

The officer decides. What they decide is their own decision (an ``Override``, with its rationale) where
they recorded one, else the aid's outcome. Confirming it (``record_decision``) writes it into the
referral's own fields, ``reason.category`` and ``reason.level``, so what leaves the editor states the
referral the officer actually made; every surface (summary, package, screening queue, board figures)
reads it through ``referred_under``, none re-derives it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from mappa_desktop.core.referral.model import Override, Referral


class AidOutcome(Protocol):
    """What the aid concluded: an ``Assessment``, or anything with a category and a level."""

    category: int | None
    level: int | None


@dataclass(frozen=True)
class ReferredUnder:
    """The category and level a referral is made under, and on what basis."""

    category: int | None
    level: int | None
    by_officer: bool
    """True: the officer's own decision, differing from the aid's (``rationale`` says why)."""
    recorded: bool
    """True once the officer has confirmed it and both fields are recorded on the referral."""
    rationale: str | None = None
    aid_category: int | None = None
    aid_level: int | None = None

    def words(self, t: Callable[[str], str] = str) -> str:
        """``Category 3, Level 3``; an unknown part reads "not yet known" (``t``: as ``outcome_words``)."""
        return outcome_words(self.category, self.level, t)

    def basis(self, t: Callable[[str], str] = str) -> str:
        """How it was decided, in a sentence fragment a summary or a page can show (``t`` words it in
        another language: a ``Wording``'s ``t``)."""
        if self.by_officer:
            aid = outcome_words(self.aid_category, self.aid_level, t)
            how = t("the officer's own decision (the aid's outcome: {aid})").replace("{aid}", aid)
        else:
            how = t("the aid's outcome")
        if self.recorded:
            return how
        return t("{how}, not yet confirmed by the officer").replace("{how}", how)


@dataclass(frozen=True)
class DecisionFlag:
    """A disagreement about the category or level, for Check your answers. ``blocking`` ones stop the
    referral being marked ready; the others are shown so the officer sees what they decided. ``field`` is
    ``reason.level_sought`` (the form's answer to change) or ``decision`` (record the decision again)."""

    field: str
    message: str
    blocking: bool = True


def outcome_words(category: int | None, level: int | None, t: Callable[[str], str] = str) -> str:
    """``Category 3, Level 2``, with "not yet known" for a part the aid has not settled (``t`` words it in
    another language: a ``Wording``'s ``t``)."""
    return ", ".join(
        [
            t("Category {number}").format(number=category)
            if category is not None
            else t("category not yet known"),
            t("Level {number}").format(number=level) if level is not None else t("level not yet known"),
        ]
    )


def _aid(aid: AidOutcome | None) -> tuple[int | None, int | None]:
    return (getattr(aid, "category", None), getattr(aid, "level", None)) if aid is not None else (None, None)


def referred_under(referral: Referral, aid: AidOutcome | None = None) -> ReferredUnder:
    """The category and level ``referral`` is made under.

    What the officer recorded (``reason.category``/``reason.level``) where they have confirmed it; else
    their own decision (the override) where they made one; else the aid's outcome (``aid``, e.g. the
    assessment). A part the override leaves "as the aid says" is the aid's."""
    aid_category, aid_level = _aid(aid)
    override = referral.decision.override
    if override is not None:
        # The aid's outcome the officer decided against is the one kept with their decision.
        aid_category, aid_level = override.aid_category, override.aid_level
    why = referral.reason
    decided_category, decided_level = _decided(override, aid_category, aid_level)
    category = why.category if why.category is not None else decided_category
    level = why.level if why.level is not None else decided_level
    return ReferredUnder(
        category=category,
        level=level,
        by_officer=override is not None,
        recorded=why.category is not None and why.level is not None,
        rationale=override.rationale if override is not None else None,
        aid_category=aid_category,
        aid_level=aid_level,
    )


def referrer_request(referral: Referral) -> tuple[int | None, int | None]:
    """The category and level the referrer asks for, from the referral alone: what the officer recorded,
    else their own decision, else what the form states (``reason.level_sought``). Never an assessment:
    on the coordinator's side neither their own rule pack's outcome nor the sender's copy of the aid may
    stand in for what the referrer asked."""
    stated = referred_under(referral)
    category = stated.category if stated.category is not None else referral.reason.category
    level = stated.level if stated.level is not None else referral.reason.level_sought
    return category, level


def _decided(
    override: Override | None, aid_category: int | None, aid_level: int | None
) -> tuple[int | None, int | None]:
    if override is None:
        return aid_category, aid_level
    return (
        override.category if override.category is not None else aid_category,
        override.level if override.level is not None else aid_level,
    )


class DecisionNotRecorded(ValueError):
    """The decision cannot be recorded as asked; the message says what to do."""


def record_decision(
    referral: Referral,
    aid: AidOutcome | None,
    *,
    category: int | None = None,
    level: int | None = None,
    rationale: str = "",
    actor: str,
    at: dt.datetime,
    rule_pack_version: str,
) -> ReferredUnder:
    """Record the category and level the officer refers under, on ``referral``.

    ``category``/``level`` None mean "as the aid says". Where the result differs from the aid's outcome
    it is the officer's own decision, kept as an ``Override`` with the rationale, both outcomes, who,
    when and the rule-pack version; where it does not, any earlier override is withdrawn. Either way the
    result is written into ``reason.category`` and ``reason.level``, and the level the form asks for
    (``reason.level_sought``, Level 2 or 3) is set to it, so the referral never states two levels.
    Raises ``DecisionNotRecorded`` when the category or level would be unknown."""
    aid_category, aid_level = _aid(aid)
    final_category = category if category is not None else aid_category
    final_level = level if level is not None else aid_level
    if final_category is None or final_level is None:
        raise DecisionNotRecorded(
            "The aid has not settled the "
            + ("category" if final_category is None else "level")
            + " yet. Choose the category and level you refer under and say why, or answer the questions "
            "the aid still needs"
        )
    differs = (category is not None and category != aid_category) or (
        level is not None and level != aid_level
    )
    referral.decision.override = (
        Override(
            aid_category=aid_category,
            aid_level=aid_level,
            category=category if category != aid_category else None,
            level=level if level != aid_level else None,
            rationale=rationale,
            actor=actor,
            at=at,
            rule_pack_version=rule_pack_version,
        )
        if differs
        else None
    )
    why = referral.reason
    why.category = final_category
    why.level = final_level
    why.level_sought = final_level if final_level in (2, 3) else None
    return referred_under(referral, aid)


def withdraw_decision(referral: Referral) -> None:
    """Withdraw the officer's decision: no override, and the category and level no longer recorded."""
    referral.decision.override = None
    referral.reason.category = None
    referral.reason.level = None


def decision_flags(referral: Referral, aid: AidOutcome | None, language: str = "en") -> list[DecisionFlag]:
    """Every disagreement about the category and level, for Check your answers.

    Blocking: nothing recorded yet; what is recorded is not the decision (the aid's outcome, or the
    officer's own); the aid's outcome has changed since the officer decided; the level the form asks
    for (``level_sought``) is not the level referred under. Not blocking: the officer's own decision,
    with its rationale, differs from the aid's (shown so it is seen, not refused). Worded in ``language``."""
    from mappa_desktop.core.summary.headings import Wording  # the summary package imports this one

    t = Wording(language).t
    flags: list[DecisionFlag] = []
    now_category, now_level = _aid(aid)
    override = referral.decision.override
    found = referred_under(referral, aid)
    if not found.recorded:
        flags.append(
            DecisionFlag(
                "decision",
                t(
                    "Record the category and level you refer under: use the aid's outcome ({outcome}), or "
                    "give your own decision and why"
                ).format(outcome=outcome_words(now_category, now_level, t)),
            )
        )
    if override is not None and (override.aid_category, override.aid_level) != (now_category, now_level):
        flags.append(
            DecisionFlag(
                "decision",
                t(
                    "The aid's outcome has changed since you recorded your decision: it was {then}, it is "
                    "now {now}. Check your decision and record it again"
                ).format(
                    then=outcome_words(override.aid_category, override.aid_level, t),
                    now=outcome_words(now_category, now_level, t),
                ),
            )
        )
    elif found.recorded:
        decided = _decided(override, now_category, now_level)
        for part, recorded, wanted in (
            ("category", found.category, decided[0]),
            ("level", found.level, decided[1]),
        ):
            if recorded != wanted:
                flags.append(
                    DecisionFlag(
                        "decision",
                        t(
                            "You refer under {recorded}, but your own decision is {wanted}. Use the aid's "
                            "outcome, or record your own decision and why"
                            if override is not None
                            else "You refer under {recorded}, but the aid's outcome is {wanted}. Use the "
                            "aid's outcome, or record your own decision and why"
                        ).format(
                            recorded=_part_words(part, recorded, t), wanted=_part_words(part, wanted, t)
                        ),
                    )
                )
        if override is not None and not any(f.blocking for f in flags):
            flags.append(
                DecisionFlag(
                    "decision",
                    t(
                        "Your own decision ({yours}) differs from the aid's outcome ({aid}); your rationale "
                        "is recorded"
                    ).format(
                        yours=outcome_words(found.category, found.level, t),
                        aid=outcome_words(override.aid_category, override.aid_level, t),
                    ),
                    blocking=False,
                )
            )
    sought = referral.reason.level_sought
    if sought is not None and found.level is not None and sought != found.level:
        flags.append(
            DecisionFlag(
                "reason.level_sought",
                t(
                    "The level you are referring to (Level {sought}, in Reason for referral) is not the "
                    "level you refer under (Level {level}). Change one of them so they agree"
                ).format(sought=sought, level=found.level),
            )
        )
    return flags


def _part_words(part: str, value: Any, t: Callable[[str], str] = str) -> str:
    if value is None:
        return t("category not yet known" if part == "category" else "level not yet known")
    return t("Category {number}" if part == "category" else "Level {number}").format(number=value)


__all__ = [
    "AidOutcome",
    "DecisionFlag",
    "DecisionNotRecorded",
    "ReferredUnder",
    "decision_flags",
    "outcome_words",
    "record_decision",
    "referred_under",
    "withdraw_decision",
]
