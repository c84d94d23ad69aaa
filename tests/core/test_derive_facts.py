"""derive_facts: the one way from a referral to contract facts."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

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
                "victims": [
                    {
                        "label": "V1",
                        "dash_score": 15,
                        "risk_indicators": ["stalking"],
                        "incidents_12m": 2,
                        "marac_last_heard": "2024-11-30",
                        "incident_since_marac": True,
                    },
                    {"label": "V2", "assessed_high_risk": True, "marac_last_heard": "2025-07-01"},
                ],
                "da_incidents_3y": 4,
                "da_victims_3y": 2,
                "marac_cases": [{"reference": "A", "hearing_date": "2023-01-05"}],
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
        "da_incidents_3y": 4,
        "da_victims_3y": 2,
        "age": 44,  # 45th birthday is the day after as_of
        "victims": [
            {
                "label": "V1",
                "dash_score": 15,
                "risk_indicators": ["stalking"],
                "incidents_12m": 2,
                "heard_at_marac": True,
                "marac_last_referred": "2024-11-30",  # only the hearing is known: it stands for the referral
                "incident_since_marac": True,
            },
            # A hearing after the assessment date does not count (the MARAC case references never do).
            {"label": "V2", "assessed_high_risk": True},
        ],
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


def test_a_draft_stored_before_victims_opens_with_its_answers_as_victim_1():
    unchecked = Referral.model_validate({"domestic_abuse": {"marac_checked": None, "dash_score": None}})
    checked = Referral.model_validate({"domestic_abuse": {"marac_checked": True}})
    assert unchecked.domestic_abuse.victims == []
    assert derive_facts(unchecked, AS_OF).victims is None
    # MARAC records checked and no hearing: not heard (version 1's reading), now victim 1's answer.
    assert derive_facts(checked, AS_OF).victims[0].heard_at_marac is False
    old = Referral.model_validate(
        {
            "domestic_abuse": {
                "domestic_abuse": True,
                "dash_score": 15,
                "dash_date": "2025-01-02",
                "da_risk_indicators": ["stalking"],
                "da_incidents_12m": 2,
                "da_incidents_3y": 4,
                "marac_checked": True,
                "marac_cases": [
                    {"reference": "A", "hearing_date": "2023-01-05"},
                    {"reference": "B", "hearing_date": "2024-11-30", "repeat": True},
                ],
                "da_incident_since_marac": True,
            }
        }
    )
    d = old.domestic_abuse
    assert [v.model_dump(exclude_none=True) for v in d.victims] == [
        {
            "dash_score": 15,
            "dash_date": dt.date(2025, 1, 2),
            "risk_indicators": ["stalking"],
            "incidents_12m": 2,
            "heard_at_marac": True,
            "marac_last_heard": dt.date(2024, 11, 30),
            "incident_since_marac": True,
        }
    ]
    assert [c.reference for c in d.marac_cases] == ["A", "B"]  # the case references are kept as they were
    # Saved again, it is stored in the new shape and reads back the same.
    assert Referral.model_validate(old.content()).content() == old.content()


def test_a_record_giving_both_shapes_is_refused():
    with pytest.raises(ValidationError, match="not both"):
        Referral.model_validate({"domestic_abuse": {"dash_score": 3, "victims": [{"label": "V1"}]}})


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
