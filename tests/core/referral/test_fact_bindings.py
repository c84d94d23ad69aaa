"""Every contract fact is answered at one place in the referral, and derive_facts reads it from there."""

import datetime as dt

import pytest

from mappa_desktop.core.facts import FACT_NAMES, Facts
from mappa_desktop.core.referral import MaracCase, Referral, derive_facts
from mappa_desktop.core.referral.bindings import (
    BINDINGS,
    SECTION_IDS,
    facts_in_section,
    get_path,
    read_answer,
    write_answer,
)
from mappa_desktop.core.rules import load_pack

AS_OF = dt.date(2026, 11, 22)

# One valid answer per direct fact, of the fact's type.
SAMPLE = {
    "sex_offender_notification": True,
    "offence_class": "specified_violent",
    "finding": "convicted",
    "outcome": "custody",
    "custody_months": 18.0,
    "licence_or_order_active": False,
    "ct_notification": True,
    "terrorism_risk": False,
    "serious_harm_offence": True,
    "rosh": "high",
    "multi_agency_management_needed": True,
    "lower_risk_needs_coordination": False,
    "stepping_down_from_level_3": True,
    "senior_oversight_needed": False,
    "high_public_interest": True,
    "domestic_abuse": True,
    "dash_score": 15,
    "da_risk_indicators": ["stalking", "threats_to_kill"],
    "da_incidents_12m": 3,
    "da_incidents_3y": 5,
    "da_victims_3y": 2,
    "da_incident_since_marac": True,
    "matac_adopted": False,
    "iom_cohort": "flex",
    "in_custody": False,
    "release_date": dt.date(2027, 3, 1),
    "level_set": False,
    "visor_record": False,
    "police_offender_manager_allocated": True,
}


def test_every_fact_is_bound_to_a_model_field_in_a_task_list_section():
    assert set(BINDINGS) == set(FACT_NAMES)
    referral = Referral()
    for binding in BINDINGS.values():
        assert binding.section in SECTION_IDS
        get_path(referral, binding.path)  # raises AttributeError on a wrong path


def test_sample_covers_exactly_the_direct_facts():
    assert set(SAMPLE) == {f for f, b in BINDINGS.items() if not b.derived}


@pytest.mark.parametrize("fact", sorted(SAMPLE))
def test_writing_a_direct_answer_yields_the_fact(fact):
    referral = Referral()
    assert getattr(derive_facts(referral, AS_OF), fact) is None
    write_answer(referral, fact, SAMPLE[fact])
    assert read_answer(referral, fact) == SAMPLE[fact]
    expected = Facts(**{fact: SAMPLE[fact]})
    assert getattr(derive_facts(referral, AS_OF), fact) == getattr(expected, fact)


def test_derived_facts_come_from_their_bound_fields():
    referral = Referral()
    referral.subject.date_of_birth = dt.date(1990, 12, 1)
    referral.domestic_abuse.marac_cases = [MaracCase(reference="M1", hearing_date=dt.date(2026, 5, 4))]
    facts = derive_facts(referral, AS_OF)
    assert facts.age == 35
    assert facts.marac_heard is True
    assert facts.marac_last_heard == dt.date(2026, 5, 4)
    assert {f for f, b in BINDINGS.items() if b.derived} == {"age", "marac_heard", "marac_last_heard"}


def test_derived_facts_cannot_be_written_as_answers():
    with pytest.raises(ValueError, match="worked out"):
        write_answer(Referral(), "age", 40)


def test_sections_take_the_packs_question_order():
    pack = load_pack()
    order = list(pack.questions)
    risk = facts_in_section("risk", order)
    assert risk == [f for f in order if BINDINGS[f].section == "risk"]
    assert "rosh" in risk and "visor_record" in facts_in_section("agencies", order)
    assert sum(len(facts_in_section(s, order)) for s in SECTION_IDS) == len(FACT_NAMES)
