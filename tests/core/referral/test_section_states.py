"""Task-list states and what stops a referral being marked ready."""

import datetime as dt

from mappa_desktop.core.referral import Override, Referral
from mappa_desktop.core.referral.sections import SectionState, blockers, section_of_path, section_states


def complete_referral() -> Referral:
    r = Referral()
    r.subject.family_name = "Lewis"
    r.subject.date_of_birth = dt.date(1985, 3, 2)
    r.offence.description = "Assault by strangulation of a partner"
    r.referrer.name = "PC Jones"
    r.reason.reason = "High risk of domestic abuse to a new partner"
    return r


def test_a_blank_referral_is_not_started_everywhere():
    states = section_states(Referral())
    assert set(states.values()) == {SectionState.not_started}


def test_sections_move_from_in_progress_to_complete():
    r = Referral()
    r.subject.family_name = "Lewis"
    assert section_states(r)["subject"] is SectionState.in_progress
    r.subject.date_of_birth = dt.date(1985, 3, 2)
    assert section_states(r)["subject"] is SectionState.complete


def test_a_missing_fact_keeps_its_section_in_progress():
    r = complete_referral()
    r.risk.risk_to_whom = "Partners"
    assert section_states(r, missing=["rosh"])["risk"] is SectionState.in_progress
    r.sections_completed = ["risk"]
    assert section_states(r, missing=["rosh"])["risk"] is SectionState.in_progress
    assert section_states(r)["risk"] is SectionState.complete


def test_one_answer_never_completes_a_section():
    r = complete_referral()
    r.risk.rosh = "high"
    assert section_states(r)["risk"] is SectionState.in_progress


def test_a_section_is_complete_when_every_question_on_show_is_answered():
    r = complete_referral()
    r.risk.rosh = "high"
    assert section_states(r, asked={"rosh"})["risk"] is SectionState.complete
    assert section_states(r, asked={"rosh", "terrorism_risk"})["risk"] is SectionState.in_progress


def test_a_section_the_officer_completed_stays_complete_until_a_new_problem_appears():
    r = complete_referral()
    r.custody.in_custody = True
    r.sections_completed = ["custody", "domestic_abuse"]
    states = section_states(r)
    assert states["custody"] is SectionState.complete
    assert states["domestic_abuse"] is SectionState.complete  # nothing to record, and the officer says so
    r.custody.release_date = dt.date(2020, 1, 1)  # an edit: still complete
    assert section_states(r)["custody"] is SectionState.complete
    r.offence.sentence_date = dt.date(2021, 1, 1)  # released before sentence: a new problem
    assert section_states(r)["custody"] is SectionState.has_problems
    r.custody.release_date = dt.date(2022, 1, 1)  # put right: complete again
    assert section_states(r)["custody"] is SectionState.complete


def test_problems_between_fields_and_refused_answers_mark_their_section():
    r = complete_referral()
    r.custody.release_date = dt.date(2020, 1, 1)
    r.offence.sentence_date = dt.date(2021, 1, 1)
    states = section_states(r, field_errors=[("subject.pnc_id", "wrong check letter")])
    assert states["custody"] is SectionState.has_problems
    assert states["subject"] is SectionState.has_problems
    assert states["check"] is SectionState.has_problems


def test_visor_and_police_offender_manager_belong_to_agencies_not_reason():
    assert section_of_path("reason.visor_record") == "agencies"
    assert section_of_path("reason.reason") == "reason"
    r = Referral()
    r.reason.visor_record = True
    states = section_states(r)
    assert states["agencies"] is SectionState.in_progress  # the referrer's name is still needed
    assert states["reason"] is SectionState.not_started


def test_ready_needs_the_required_details_and_the_aids_missing_answers():
    r = complete_referral()
    assert blockers(r) == []
    found = blockers(r, missing=["rosh"], questions={"rosh": "What is the RoSH?"})
    assert [(b.section, b.field, b.message) for b in found] == [
        ("risk", "risk.rosh", "Not answered yet: What is the RoSH?")
    ]
    assert [b.field for b in blockers(Referral())] == [
        "subject.family_name",
        "subject.date_of_birth",
        "offence.description",
        "referrer.name",
        "reason.reason",
    ]


def test_an_officers_own_category_and_level_stand_in_for_missing_answers():
    r = complete_referral()
    r.decision.override = Override(
        category=3,
        level=2,
        rationale="Risk to the new partner is escalating quickly",
        actor="pc.jones",
        at=dt.datetime(2026, 11, 22, 10, 0),
        rule_pack_version="1",
    )
    assert blockers(r, missing=["rosh"]) == []
    assert section_states(r, missing=["rosh"])["check"] is SectionState.complete
