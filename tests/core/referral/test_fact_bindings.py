"""Every contract fact is answered at one place in the referral, and derive_facts reads it from there."""

import datetime as dt

import pytest

from mappa_desktop.core.facts import FACT_NAMES, LIST_FACTS, SHORTHAND, VICTIM_FIELDS, Facts, Victim
from mappa_desktop.core.referral import Referral, VictimRecord, derive_facts
from mappa_desktop.core.referral.bindings import (
    BINDINGS,
    LIST_BINDINGS,
    SECTION_IDS,
    answer_path,
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
    "da_incidents_3y": 5,
    "da_victims_3y": 2,
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
    facts = derive_facts(referral, AS_OF)
    assert facts.age == 35
    derived = {f for f, b in BINDINGS.items() if b.derived}
    assert derived == {"age", *SHORTHAND}
    # The single-victim facts are answered victim by victim, never stored as such.
    assert all(BINDINGS[f].path == "domestic_abuse.victims" for f in SHORTHAND)


def test_the_victims_are_bound_field_by_field_and_derived_from_the_recorded_victims():
    assert set(LIST_BINDINGS) == set(LIST_FACTS)
    binding = LIST_BINDINGS["victims"]
    assert binding.section == "domestic_abuse" and set(binding.fields) == set(VICTIM_FIELDS)
    referral = Referral()
    assert derive_facts(referral, AS_OF).victims is None  # none recorded is not known, never "none"
    referral.domestic_abuse.victims = [
        VictimRecord(label="V1", dash_score=15, risk_indicators=["stalking"], incidents_12m=3),
        VictimRecord(label="V2", assessed_high_risk=True, marac_last_referred=dt.date(2026, 9, 1)),
    ]
    facts = derive_facts(referral, AS_OF)
    assert facts.victims == [
        Victim(label="V1", dash_score=15, risk_indicators=["stalking"], incidents_12m=3),
        Victim(label="V2", assessed_high_risk=True, marac_last_referred=dt.date(2026, 9, 1)),
    ]
    assert all(getattr(facts, fact) is None for fact in SHORTHAND)


def test_a_hearing_date_stands_for_the_referral_only_when_no_referral_date_is_recorded():
    referral = Referral()
    heard = dt.date(2026, 5, 4)
    referral.domestic_abuse.victims = [
        VictimRecord(marac_last_heard=heard),
        VictimRecord(marac_last_heard=heard, marac_last_referred=dt.date(2026, 4, 20)),
        VictimRecord(heard_at_marac=False, marac_last_referred=dt.date(2026, 11, 1)),
        VictimRecord(marac_last_heard=dt.date(2026, 12, 9)),  # a hearing after the assessment date
    ]
    one, two, three, four = derive_facts(referral, AS_OF).victims
    assert (one.heard_at_marac, one.marac_last_referred) == (True, heard)
    assert (two.heard_at_marac, two.marac_last_referred) == (True, dt.date(2026, 4, 20))
    assert (three.heard_at_marac, three.marac_last_referred) == (False, dt.date(2026, 11, 1))
    assert (four.heard_at_marac, four.marac_last_referred) == (None, None)


def test_a_contract_field_is_found_at_the_referral_field_that_answers_it():
    assert answer_path("da_victims_3y") == "domestic_abuse.da_victims_3y"
    assert answer_path("victims.1.marac_last_referred") == "domestic_abuse.victims.1.marac_last_referred"
    assert answer_path("marac_last_heard") == "domestic_abuse.victims.0.marac_last_referred"
    assert answer_path("victims") == "domestic_abuse.victims"


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
    assert "dash_score" in facts_in_section("domestic_abuse", order)  # bound, but worked out (derived)
