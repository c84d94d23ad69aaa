"""The one way from a referral to the facts of the evaluation contract (shared/spec/evaluate-contract.md)."""

from __future__ import annotations

import datetime as dt

from mappa_desktop.core.facts import Facts
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
    s, o, c, r, d, why = (
        referral.subject,
        referral.offence,
        referral.custody,
        referral.risk,
        referral.domestic_abuse,
        referral.reason,
    )

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

    return Facts(
        sex_offender_notification=r.sex_offender_notification,
        offence_class=o.offence_class,
        finding=o.finding,
        outcome=o.outcome,
        custody_months=float(o.custody_months) if o.custody_months is not None else None,
        licence_or_order_active=active,
        ct_notification=r.ct_notification,
        terrorism_risk=r.terrorism_risk,
        serious_harm_offence=o.serious_harm_offence,
        rosh=r.highest_rosh(),
        multi_agency_management_needed=why.multi_agency_management_needed,
        lower_risk_needs_coordination=why.lower_risk_needs_coordination,
        stepping_down_from_level_3=why.stepping_down_from_level_3,
        senior_oversight_needed=why.senior_oversight_needed,
        high_public_interest=why.high_public_interest,
        domestic_abuse=d.domestic_abuse,
        dash_score=d.dash_score,
        da_risk_indicators=list(d.da_risk_indicators) if d.da_risk_indicators is not None else None,
        da_incidents_12m=d.da_incidents_12m,
        da_incidents_3y=d.da_incidents_3y,
        da_victims_3y=d.da_victims_3y,
        age=age,
        marac_heard=marac_heard,
        marac_last_heard=marac_last_heard,
        da_incident_since_marac=d.da_incident_since_marac,
        matac_adopted=d.matac_adopted,
        iom_cohort=d.iom_cohort,
        in_custody=c.in_custody,
        release_date=c.release_date,
        level_set=c.level_set,
        visor_record=visor,
        police_offender_manager_allocated=why.police_offender_manager_allocated,
    )
