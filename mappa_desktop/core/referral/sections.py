"""The referral's task list: each section's state, and what stops a referral being marked ready to send.

GOV.UK task-list states: not started, in progress, complete, has problems. A section is complete when
nothing in it blocks the referral (refused answers, disagreements, required details, facts the aid still
needs) and either the officer said they have completed it ("Have you completed this section?", kept in
``Referral.sections_completed``) or every question on show in it is answered. One answer never completes
a section. A section marked completed stays completed when edited, unless the edit makes a new problem:
then it shows that problem, and is complete again once the problem is put right. ("Not known" stores
nothing, so a section with questions left "Not known" is complete when the officer says so.)
Qt-free; the editor shows the result.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from mappa_desktop.core.referral.bindings import BINDINGS, SECTION_IDS, facts_in_section, get_path
from mappa_desktop.core.referral.model import Referral
from mappa_desktop.core.referral.referred_under import AidOutcome, decision_flags


class SectionState(StrEnum):
    not_started = "not_started"
    in_progress = "in_progress"
    complete = "complete"
    has_problems = "has_problems"


SECTION_PARTS: dict[str, tuple[str, ...]] = {
    "subject": ("subject",),
    "offence": ("offence",),
    "custody": ("custody",),
    "risk": ("risk",),
    "domestic_abuse": ("domestic_abuse",),
    "agencies": (
        "agencies",
        "referrer",
        "reason.visor_record",
        "reason.police_offender_manager_allocated",
    ),
    "reason": ("reason", "subject_views"),
}
"""The parts of the referral each section edits (dotted paths; a whole section or one field)."""

REQUIRED: dict[str, tuple[tuple[str, str], ...]] = {
    "subject": (
        ("subject.family_name", "Give the person's family name"),
        ("subject.date_of_birth", "Give the person's date of birth"),
    ),
    "offence": (("offence.description", "Describe the index offence (or the relevant caution)"),),
    "agencies": (("referrer.name", "Give your name as the referrer"),),
    "reason": (("reason.reason", "Say why you are making this referral"),),
}
"""Details a referral needs before it can be sent, with what to tell the person when one is missing.
Personal and record details only: which facts the outcome needs is the rule pack's business."""


@dataclass(frozen=True)
class Blocker:
    """Something that stops the referral being marked ready, named by section and field (or fact)."""

    section: str
    field: str
    message: str


def section_of_path(path: str) -> str | None:
    """The section that edits a dotted path, e.g. ``custody.release_date`` -> ``custody``."""
    best: tuple[int, str] | None = None
    for section, parts in SECTION_PARTS.items():
        for part in parts:
            if path == part or path.startswith(part + "."):
                if best is None or len(part) > best[0]:
                    best = (len(part), section)
    return best[1] if best else None


def _excluded(section: str) -> list[str]:
    """Fields inside this section's parts that another section edits (the longer path wins)."""
    mine = SECTION_PARTS[section]
    return [
        part
        for other, parts in SECTION_PARTS.items()
        if other != section
        for part in parts
        if any(part.startswith(m + ".") for m in mine)
    ]


def _has_content(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, dict):
        return any(_has_content(v) for v in value.values())
    if isinstance(value, list | str):
        return bool(value)
    return True


def _started(referral: Referral, section: str) -> bool:
    data = referral.model_dump(mode="json", include=set(_top_fields()))
    excluded = _excluded(section)
    for part in SECTION_PARTS[section]:
        value: Any = data
        for key in part.split("."):
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, dict):
            value = {k: v for k, v in value.items() if f"{part}.{k}" not in excluded}
        if _has_content(value):
            return True
    return False


def _top_fields() -> list[str]:
    skip = ("id", "status", "revision", "decision", "sections_completed")
    return [name for name in Referral.model_fields if name not in skip]


def all_answered(referral: Referral, section: str, asked: Collection[str] | None = None) -> bool:
    """True when every question of ``section`` on show (``asked``: facts; all the section's facts when
    None) is answered, and its required details are given."""
    facts = [f for f in facts_in_section(section) if asked is None or f in asked]
    paths = [BINDINGS[f].path for f in facts] + [path for path, _ in REQUIRED.get(section, ())]
    return bool(paths) and all(_has_content(get_path(referral, path)) for path in paths)


def blockers(
    referral: Referral,
    missing: list[str] | tuple[str, ...] = (),
    field_errors: list[tuple[str, str]] | tuple[tuple[str, str], ...] = (),
    questions: dict[str, str] | None = None,
    aid: AidOutcome | None = None,
    language: str = "en",
) -> list[Blocker]:
    """Everything that keeps the referral from being ready: answers the model refused (``field_errors``,
    as ``(path, message)``), disagreements between fields, required details not given, and the facts the
    aid still needs to decide a category and level (``missing``, worded by ``questions`` when given).
    The missing facts do not block when the officer has recorded both a category and a level of their own.
    Given the aid's outcome (``aid``, e.g. the assessment), the category and level referred under must be
    recorded and agree with the decision and with the level the form asks for (``decision_flags``).
    The messages are in ``language`` ("en" or "cy").
    """
    from mappa_desktop.core.summary.headings import Wording  # the summary package imports this one

    t = Wording(language).t
    found: list[Blocker] = []
    for path, message in field_errors:
        found.append(Blocker(section_of_path(path) or "check", path, message))
    for problem in referral.problems():
        found.append(Blocker(section_of_path(problem.field) or "check", problem.field, t(problem.message)))
    for section, items in REQUIRED.items():
        for path, message in items:
            if not _has_content(get_path(referral, path)):
                found.append(Blocker(section, path, t(message)))
    override = referral.decision.override
    decided_by_officer = override is not None and override.category is not None and override.level is not None
    if not decided_by_officer:
        for fact in missing:
            binding = BINDINGS[fact]
            question = (questions or {}).get(fact, fact.replace("_", " "))
            found.append(
                Blocker(
                    binding.section, binding.path, t("Not answered yet: {question}").format(question=question)
                )
            )
    if aid is not None:
        for flag in decision_flags(referral, aid, language):
            if flag.blocking:
                section = "reason" if flag.field == "reason.level_sought" else "check"
                found.append(Blocker(section, flag.field, flag.message))
    order = {s: i for i, s in enumerate(SECTION_IDS)}
    return sorted(found, key=lambda b: order.get(b.section, len(order)))


def section_states(
    referral: Referral,
    missing: list[str] | tuple[str, ...] = (),
    field_errors: list[tuple[str, str]] | tuple[tuple[str, str], ...] = (),
    aid: AidOutcome | None = None,
    asked: Collection[str] | None = None,
) -> dict[str, SectionState]:
    """Each section of the task list with its state (Check your answers: complete once nothing blocks).
    ``asked``: the facts whose questions are on show (every fact when None)."""
    found = blockers(referral, missing, field_errors, aid=aid)
    problems = {b.section for b in found if b.field in {p for p, _ in field_errors}}
    problems |= {section_of_path(p.field) for p in referral.problems()}
    incomplete = {b.section for b in found}
    states: dict[str, SectionState] = {}
    for section in SECTION_PARTS:
        if section in problems:
            states[section] = SectionState.has_problems
        elif section not in incomplete and (
            section in referral.sections_completed or all_answered(referral, section, asked)
        ):
            states[section] = SectionState.complete
        elif not _started(referral, section):
            states[section] = SectionState.not_started
        else:
            states[section] = SectionState.in_progress
    if problems:
        states["check"] = SectionState.has_problems
    elif not found:
        states["check"] = SectionState.complete
    elif any(s is not SectionState.not_started for s in states.values()):
        states["check"] = SectionState.in_progress
    else:
        states["check"] = SectionState.not_started
    return states


__all__ = [
    "REQUIRED",
    "SECTION_PARTS",
    "Blocker",
    "SectionState",
    "all_answered",
    "blockers",
    "section_of_path",
    "section_states",
]
