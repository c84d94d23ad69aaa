"""The one way from a referral to the facts of the evaluation contract (shared/spec/evaluate-contract.md)."""

from __future__ import annotations

import datetime as dt
import re

from mappa_desktop.core.dates import date_in_words
from mappa_desktop.core.facts import Case, Facts, Victim, contradictions
from mappa_desktop.core.referral.bindings import BINDINGS, LIST_BINDINGS, answer_path, get_path
from mappa_desktop.core.referral.labels import field_label
from mappa_desktop.core.referral.model import MIN_AGE, FieldProblem, Referral, VictimRecord

_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def _in_words(match: re.Match[str]) -> str:
    return date_in_words(dt.date.fromisoformat(match.group()))


def age_on(date_of_birth: dt.date, as_of: dt.date) -> int:
    """Whole years from ``date_of_birth`` to ``as_of``."""
    before_birthday = (as_of.month, as_of.day) < (date_of_birth.month, date_of_birth.day)
    return as_of.year - date_of_birth.year - before_birthday


def victim_facts(victim: VictimRecord, as_of: dt.date) -> Victim:
    """One recorded victim as the contract's record on ``as_of``.

    Heard at MARAC is "yes" once a hearing on or before ``as_of`` is recorded. The last referral is the
    recorded referral date; where only a hearing date is known it stands for the referral (the pack's own
    question: "last referred to MARAC (or, if only that is known, last heard)"), as version 1 read it.
    """
    fields = LIST_BINDINGS["victims"].fields
    values = {field: getattr(victim, kept) for field, kept in fields.items()}
    heard_on = (
        victim.marac_last_heard if victim.marac_last_heard and victim.marac_last_heard <= as_of else None
    )
    if values["heard_at_marac"] is None and heard_on is not None:
        values["heard_at_marac"] = True
    if values["marac_last_referred"] is None:
        values["marac_last_referred"] = heard_on
    if values["risk_indicators"] is not None:
        values["risk_indicators"] = list(values["risk_indicators"])
    return Victim(**values)


def derive_facts(referral: Referral, as_of: dt.date) -> Facts:
    """The contract facts a referral supports on ``as_of``; anything the referral does not say is unknown.

    Derivations beyond copying: ``age`` from the date of birth; ``rosh`` from the highest group when no
    overall RoSH is given; ``victims`` from the recorded victims (``victim_facts``; none recorded is not
    known, never "no victims"); ``licence_or_order_active`` from custody or the licence/order end dates when
    not stated; ``visor_record`` from a ViSOR reference when not stated. The version-1 single-victim facts
    are left unknown: the victims answer them.
    """
    s, c, r, why = referral.subject, referral.custody, referral.risk, referral.reason
    # Direct facts are stored as asked, at their binding's path.
    values = {fact: get_path(referral, b.path) for fact, b in BINDINGS.items() if not b.derived}

    age = None
    if s.date_of_birth is not None and s.date_of_birth <= as_of:
        years = age_on(s.date_of_birth, as_of)
        age = years if years >= MIN_AGE else None

    active = c.licence_or_order_active
    if active is None:
        if c.in_custody or c.detained_in_hospital:
            active = True
        else:
            ends = [day for day in (c.licence_end_date, c.order_end_date) if day is not None]
            if ends:
                active = max(ends) >= as_of

    visor = why.visor_record
    if visor is None and s.visor_ref:
        visor = True

    recorded = get_path(referral, LIST_BINDINGS["victims"].path)
    months = values["custody_months"]
    values.update(
        custody_months=float(months) if months is not None else None,
        licence_or_order_active=active,
        rosh=r.highest_rosh(),
        age=age,
        visor_record=visor,
        victims=[victim_facts(v, as_of) for v in recorded] or None,
    )
    return Facts(**values)


def contradicting_answers(referral: Referral, as_of: dt.date) -> list[FieldProblem]:
    """Answers the contract refuses as contradicting each other on ``as_of`` (a MARAC referral after the
    assessment date, more victims than incidents), each at the referral field that answers it, worded for
    the person who can fix it. Empty when the facts can be evaluated as they are."""
    case = Case(as_of=as_of, facts=derive_facts(referral, as_of))
    found: dict[str, FieldProblem] = {}
    for item in contradictions(case):
        field = ".".join(str(part) for part in item["loc"][1:])
        path = answer_path(field)
        if path is None or path in found:
            continue
        reason = _ISO_DATE.sub(
            lambda m: date_in_words(dt.date.fromisoformat(m.group())), item["type"].message()
        )
        found[path] = FieldProblem(path, f"Check the {field_label(path)}: {reason}")
    return list(found.values())
