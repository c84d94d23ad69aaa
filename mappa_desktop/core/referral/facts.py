"""The one way from a referral to the facts of the evaluation contract (shared/spec/evaluate-contract.md)."""

from __future__ import annotations

import datetime as dt

from mappa_desktop.core.facts import Facts
from mappa_desktop.core.referral.bindings import BINDINGS, get_path
from mappa_desktop.core.referral.model import MIN_AGE, Referral


def age_on(date_of_birth: dt.date, as_of: dt.date) -> int:
    """Whole years from ``date_of_birth`` to ``as_of``."""
    before_birthday = (as_of.month, as_of.day) < (date_of_birth.month, date_of_birth.day)
    return as_of.year - date_of_birth.year - before_birthday


def derive_facts(referral: Referral, as_of: dt.date) -> Facts:
    """The contract facts a referral supports on ``as_of``; anything the referral does not say is unknown.

    Derivations beyond copying: ``age`` from the date of birth; ``rosh`` from the highest group when no
    overall RoSH is given; ``marac_heard``/``marac_last_heard`` from MARAC hearings on or before
    ``as_of`` (no hearing counts as "not heard" only when MARAC records were checked);
    ``licence_or_order_active`` from custody or the licence/order end dates when not stated;
    ``visor_record`` from a ViSOR reference when not stated.
    """
    s, c, r, d, why = (
        referral.subject,
        referral.custody,
        referral.risk,
        referral.domestic_abuse,
        referral.reason,
    )
    # Direct facts are stored as asked, at their binding's path.
    values = {fact: get_path(referral, b.path) for fact, b in BINDINGS.items() if not b.derived}

    age = None
    if s.date_of_birth is not None and s.date_of_birth <= as_of:
        years = age_on(s.date_of_birth, as_of)
        age = years if years >= MIN_AGE else None

    heard = sorted(m.hearing_date for m in d.marac_cases if m.hearing_date and m.hearing_date <= as_of)
    if heard:
        marac_heard, marac_last_heard = True, heard[-1]
    else:
        marac_heard, marac_last_heard = (False if d.marac_checked else None), None

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

    months = values["custody_months"]
    indicators = values["da_risk_indicators"]
    values.update(
        custody_months=float(months) if months is not None else None,
        da_risk_indicators=list(indicators) if indicators is not None else None,
        licence_or_order_active=active,
        rosh=r.highest_rosh(),
        age=age,
        marac_heard=marac_heard,
        marac_last_heard=marac_last_heard,
        visor_record=visor,
    )
    return Facts(**values)
