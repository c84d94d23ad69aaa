"""derive_facts: the one way from a referral to contract facts."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from mappa_desktop.core.facts import Facts
from mappa_desktop.core.referral import Referral, derive_facts
from mappa_desktop.core.sample_data import sample_referrals

AS_OF = dt.date(2025, 6, 1)


def test_an_empty_referral_gives_no_known_facts():
    assert derive_facts(Referral(), AS_OF).known() == {}


def test_copied_and_derived_facts():
    referral = Referral.model_validate(
        {
            "subject": {"date_of_birth": "1980-06-02", "visor_ref": "VIS/1"},
            "offence": {
                "offence_class": "specified_violent",
                "finding": "convicted",
                "outcome": "custody",
                "custody_months": 18,
                "serious_harm_offence": True,
            },
            "custody": {
                "in_custody": False,
                "release_date": "2024-01-01",
                "licence_end_date": "2025-06-01",
                "level_set": True,
            },
            "risk": {
                "rosh_by_group": {"children": "medium", "known_adult": "high"},
                "sex_offender_notification": False,
                "ct_notification": False,
            },
            "domestic_abuse": {
                "domestic_abuse": True,
                "dash_score": 15,
                "da_risk_indicators": ["stalking"],
                "da_incidents_12m": 2,
                "da_incidents_3y": 4,
                "da_victims_3y": 2,
                "marac_cases": [
                    {"reference": "A", "hearing_date": "2023-01-05"},
                    {"reference": "B", "hearing_date": "2024-11-30"},
                    {"reference": "future", "hearing_date": "2025-07-01"},
                ],
                "da_incident_since_marac": True,
                "matac_adopted": False,
                "iom_cohort": "flex",
            },
            "reason": {"multi_agency_management_needed": True, "police_offender_manager_allocated": True},
        }
    )
    facts = derive_facts(referral, AS_OF)
    assert facts.known() == {
        "sex_offender_notification": False,
        "offence_class": "specified_violent",
        "finding": "convicted",
        "outcome": "custody",
        "custody_months": 18.0,
        "licence_or_order_active": True,  # licence ends on as_of
        "ct_notification": False,
        "serious_harm_offence": True,
        "rosh": "high",  # highest group when no overall RoSH
        "multi_agency_management_needed": True,
        "domestic_abuse": True,
        "dash_score": 15,
        "da_risk_indicators": ["stalking"],
        "da_incidents_12m": 2,
        "da_incidents_3y": 4,
        "da_victims_3y": 2,
        "age": 44,  # 45th birthday is the day after as_of
        "marac_heard": True,
        "marac_last_heard": "2024-11-30",  # the future hearing does not count
        "da_incident_since_marac": True,
        "matac_adopted": False,
        "iom_cohort": "flex",
        "in_custody": False,
        "release_date": "2024-01-01",
        "level_set": True,
        "visor_record": True,  # from the ViSOR reference
        "police_offender_manager_allocated": True,
    }
    assert derive_facts(referral, AS_OF + dt.timedelta(days=1)).age == 45
    assert derive_facts(referral, AS_OF + dt.timedelta(days=1)).licence_or_order_active is False


def test_explicit_answers_win_over_derivations():
    referral = Referral.model_validate(
        {
            "subject": {"visor_ref": "VIS/1"},
            "custody": {"licence_end_date": "2030-01-01", "licence_or_order_active": False},
            "risk": {"rosh": "low", "rosh_by_group": {"public": "very_high"}},
            "reason": {"visor_record": False},
        }
    )
    facts = derive_facts(referral, AS_OF)
    assert (facts.licence_or_order_active, facts.rosh, facts.visor_record) == (False, "low", False)


def test_marac_not_heard_only_when_records_were_checked():
    unchecked = Referral()
    checked = Referral.model_validate({"domestic_abuse": {"marac_checked": True}})
    assert derive_facts(unchecked, AS_OF).marac_heard is None
    assert derive_facts(checked, AS_OF).marac_heard is False


def test_age_unknown_before_ten_or_before_birth():
    referral = Referral.model_validate({"subject": {"date_of_birth": "2000-01-01"}})
    assert derive_facts(referral, dt.date(2009, 12, 31)).age is None
    assert derive_facts(referral, dt.date(1999, 1, 1)).age is None
    assert derive_facts(referral, dt.date(2010, 1, 1)).age == 10


@settings(max_examples=30, deadline=None)
@given(st.integers(0, 10_000))
def test_every_sample_referral_gives_contract_facts(seed):
    (referral,) = sample_referrals(1, seed=seed, as_of=AS_OF)
    facts = derive_facts(referral, AS_OF)
    assert isinstance(facts, Facts)
    assert Facts.model_validate(facts.known()) == facts
    assert 18 <= facts.age <= 80
