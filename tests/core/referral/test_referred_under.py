"""The category and level a referral is made under: recorded on confirmation, read by every surface,
and checked against the level the form asks for and the aid's outcome."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from mappa_desktop.core.package import build_package
from mappa_desktop.core.referral import Override, Referral
from mappa_desktop.core.referral.referred_under import (
    DecisionNotRecorded,
    decision_flags,
    record_decision,
    referred_under,
    referrer_request,
    withdraw_decision,
)
from mappa_desktop.core.referral.sections import blockers
from mappa_desktop.core.screening.deadlines import DeadlinePolicy
from mappa_desktop.core.screening.importer import queue_columns
from mappa_desktop.core.summary import build_summary
from mappa_desktop.export.service import prepare
from mappa_desktop.export.templates import render_text

AT = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)
RATIONALE = "Threats to kill a new partner need senior oversight"


@dataclass
class Aid:
    category: int | None
    level: int | None


def _record(referral: Referral, aid: Aid, **choice) -> None:
    record_decision(referral, aid, actor="pc.jones", at=AT, rule_pack_version="2026.06.1", **choice)


def test_nothing_recorded_is_the_aids_outcome_not_yet_confirmed():
    found = referred_under(Referral(), Aid(3, 2))
    assert (found.category, found.level, found.by_officer, found.recorded) == (3, 2, False, False)
    assert found.basis() == "the aid's outcome, not yet confirmed by the officer"
    assert [f.message for f in decision_flags(Referral(), Aid(3, 2))] == [
        "Record the category and level you refer under: use the aid's outcome (Category 3, Level 2), "
        "or give your own decision and why"
    ]


def test_an_earlier_override_not_yet_recorded_wins_over_the_level_the_form_asks_for():
    # The defect: the form said Level 2, the officer recorded Level 3, and everything downstream said 2.
    r = Referral()
    r.reason.level_sought = 2
    r.decision.override = Override(
        aid_category=3, aid_level=2, level=3, rationale=RATIONALE, actor="pc", at=AT, rule_pack_version="1"
    )
    found = referred_under(r, Aid(3, 2))
    assert (found.category, found.level, found.by_officer, found.rationale) == (3, 3, True, RATIONALE)
    flags = [f.message for f in decision_flags(r, Aid(3, 2)) if f.blocking]
    assert any(m.startswith("Record the category and level") for m in flags)
    assert any("The level you are referring to (Level 2" in m for m in flags)


def test_using_the_aids_outcome_records_both_and_the_level_the_form_asks_for():
    r = Referral()
    _record(r, Aid(3, 2))
    assert (r.reason.category, r.reason.level, r.reason.level_sought) == (3, 2, 2)
    assert r.decision.override is None
    assert decision_flags(r, Aid(3, 2)) == []


def test_an_own_decision_keeps_the_override_and_records_it():
    r = Referral()
    r.reason.level_sought = 2
    _record(r, Aid(3, 2), level=3, rationale=RATIONALE)
    assert (r.reason.category, r.reason.level, r.reason.level_sought) == (3, 3, 3)
    o = r.decision.override
    assert (o.aid_category, o.aid_level, o.category, o.level, o.rationale) == (3, 2, None, 3, RATIONALE)
    flags = decision_flags(r, Aid(3, 2))
    assert [(f.blocking, f.field) for f in flags] == [(False, "decision")]
    assert "differs from the aid's outcome (Category 3, Level 2)" in flags[0].message
    # Confirming the aid's outcome later withdraws the override.
    _record(r, Aid(3, 2))
    assert r.decision.override is None and r.reason.level == 2


def test_a_level_1_decision_asks_for_no_higher_level():
    r = Referral()
    r.reason.level_sought = 2
    _record(r, Aid(2, 1))
    assert (r.reason.category, r.reason.level, r.reason.level_sought) == (2, 1, None)


def test_an_unsettled_aid_cannot_be_confirmed_and_says_what_to_do():
    with pytest.raises(DecisionNotRecorded, match="The aid has not settled the category yet"):
        _record(Referral(), Aid(None, None))
    r = Referral()
    _record(r, Aid(None, None), category=3, level=2, rationale=RATIONALE)
    assert (r.reason.category, r.reason.level) == (3, 2)


@pytest.mark.parametrize(
    ("aid_after", "expected"),
    [
        (Aid(3, 3), ["You refer under Level 2, but the aid's outcome is Level 3"]),
        (Aid(1, 1), ["You refer under Category 3, but the aid's outcome is Category 1", "Level 2, but"]),
        (Aid(None, None), ["Category 3, but the aid's outcome is category not yet known", "level not yet"]),
    ],
)
def test_a_recorded_outcome_the_aid_no_longer_gives_is_flagged(aid_after, expected):
    r = Referral()
    _record(r, Aid(3, 2))  # the aid's outcome changes after the officer confirmed it
    flags = decision_flags(r, aid_after)
    assert all(f.blocking and f.field == "decision" for f in flags)
    assert len(flags) == len(expected)
    for flag, start in zip(flags, expected, strict=True):
        assert start in flag.message


def test_an_override_against_an_outcome_the_aid_no_longer_gives_is_flagged():
    r = Referral()
    _record(r, Aid(3, 2), level=3, rationale=RATIONALE)
    (flag,) = decision_flags(r, Aid(3, 3))
    assert flag.blocking and flag.message.startswith(
        "The aid's outcome has changed since you recorded your decision: it was Category 3, Level 2, "
        "it is now Category 3, Level 3"
    )


def test_the_flags_block_ready_only_when_the_aid_is_given():
    r = Referral()
    r.subject.family_name, r.subject.date_of_birth = "Lewis", dt.date(1985, 3, 2)
    r.offence.description, r.referrer.name = "Assault", "PC Jones"
    r.reason.reason = "High risk to a new partner"
    assert blockers(r) == []
    assert [(b.section, b.field) for b in blockers(r, aid=Aid(3, 2))] == [("check", "decision")]
    _record(r, Aid(3, 2))
    r.reason.level_sought = 3
    assert [(b.section, b.field) for b in blockers(r, aid=Aid(3, 2))] == [("reason", "reason.level_sought")]
    withdraw_decision(r)
    assert (r.reason.category, r.reason.level) == (None, None)


def test_the_summary_the_package_and_the_queue_state_the_officers_decision():
    r = Referral()
    r.subject.family_name = "Price"
    r.domestic_abuse.domestic_abuse = True
    r.reason.level_sought = 2
    r.decision.override = Override(
        aid_category=None, aid_level=None, category=3, level=3, rationale=RATIONALE, actor="pc", at=AT,
        rule_pack_version="1",
    )  # fmt: skip
    prepared = prepare(r, as_of=dt.date(2026, 11, 22))
    text = render_text(build_summary(r, prepared.assessment))
    header = " ".join(text.split("Offender information")[0].split())
    assert "Price — referral to Level 3" in header
    assert "Level referred to Level 3 Category of offender Category 3" in header
    assert "The level you are referring to (Level 2" in header  # flagged in a draft's summary
    package = build_package(r, prepared.facts, prepared.assessment)
    # The queue's "asks for" columns are the referrer's own record, whatever the coordinator's pack says.
    columns = queue_columns(package, DeadlinePolicy.from_pack(), prepared.assessment, received_at=AT)
    assert (columns["category"], columns["level_sought"]) == (3, 3)


def test_the_queue_shows_what_the_referrer_asked_never_an_assessment_in_its_place():
    r = Referral()
    r.subject.family_name = "Hughes"
    r.reason.level_sought, r.reason.category = 2, 2  # a form from before the decision was recorded
    prepared = prepare(r, as_of=dt.date(2026, 11, 22))
    package = build_package(r, prepared.facts, prepared.assessment)
    coordinators_view = prepared.assessment.model_copy(update={"category": 3, "level": 3})
    columns = queue_columns(package, DeadlinePolicy.from_pack(), coordinators_view, received_at=AT)
    assert (columns["category"], columns["level_sought"]) == (2, 2)
    assert (columns["aid_category"], columns["aid_level"]) == (3, 3)
    r.reason.level_sought, r.reason.category = None, None
    assert referrer_request(r) == (None, None)  # "not stated", not the aid's outcome
