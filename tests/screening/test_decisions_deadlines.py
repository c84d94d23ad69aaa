"""Decisions need reasons, are append-only and audited; deadlines come from the rule pack."""

from __future__ import annotations

import datetime as dt

import pytest

from mappa_desktop.core.database_driver import sqlite3 as driver
from mappa_desktop.core.rules import load_pack
from mappa_desktop.core.screening import (
    DeadlineKind,
    DeadlinePolicy,
    ScreeningError,
    ScreeningStatus,
    add_months,
    decisions_for,
    import_packages,
    reasons_for,
    received_package,
    record_decision,
    request_note,
)
from tests.screening.conftest import ACTOR, snapshot


@pytest.fixture
def imported(store, package_dir, packages):
    import_packages(store, [package_dir], actor=ACTOR)
    return store


def _row(store, rid):
    return store.db.conn.execute(
        "SELECT status, next_due, next_due_kind, review_due, step_down_due, decided_level "
        "FROM received_referrals WHERE id = ?",
        (rid,),
    ).fetchone()


def test_oversight_of_a_complex_case_is_offered_for_level_2_and_3_only():
    ids = lambda status: {r.id for r in reasons_for(status)}  # noqa: E731
    assert "multi_agency_oversight" in ids("accepted_level_2")
    assert "multi_agency_oversight" in ids("accepted_level_3")
    assert "multi_agency_oversight" not in ids("not_accepted")
    text = next(r.text for r in reasons_for("accepted_level_2") if r.id == "multi_agency_oversight")
    assert "2022 inspection" in text


@pytest.mark.parametrize(
    ("status", "reasons", "note", "request_text", "message"),
    [
        ("accepted_level_2", [], "", "", "at least one reason"),
        ("not_accepted", ["multi_agency_oversight"], "", "", "does not support"),
        ("accepted_level_2", ["made_up"], "", "", "not one of the offered"),
        ("withdrawn", ["other"], "  ", "", "write the reason in the note"),
        ("more_information", ["information_missing"], "", " ", "request for more information"),
        ("received", ["other"], "x", "", "not a decision"),
    ],
)
def test_incomplete_decisions_are_refused_and_nothing_written(
    imported, packages, status, reasons, note, request_text, message
):
    before = snapshot(imported)
    with pytest.raises(ScreeningError, match=message):
        record_decision(
            imported,
            packages[0].referral.id,
            status,
            reasons=reasons,
            note=note,
            request_note=request_text,
            actor=ACTOR,
        )
    assert snapshot(imported) == before


def test_unknown_referral_is_refused(imported):
    with pytest.raises(ScreeningError, match="import its package first"):
        record_decision(imported, "0" * 32, "withdrawn", reasons=["referrer_withdrew"], actor=ACTOR)


def test_decision_updates_status_deadline_history_and_audit(imported, packages):
    policy = DeadlinePolicy.from_pack()
    rid = packages[0].referral.id
    at = dt.datetime(2026, 1, 10, 9, 0, tzinfo=dt.UTC)
    record_decision(imported, rid, "accepted_level_2", reasons=["multi_agency_oversight"], actor=ACTOR, at=at)
    status, due, kind, review, _, level = _row(imported, rid)
    assert (status, kind, level) == ("accepted_level_2", "review", 2)
    assert review == due == (at.date() + dt.timedelta(weeks=policy.review_weeks[2])).isoformat()
    later = at + dt.timedelta(days=30)
    record_decision(imported, rid, "not_accepted", reasons=["lead_agency_plan_robust"], actor=ACTOR, at=later)
    status, due, kind, _, step_down, level = _row(imported, rid)
    assert (status, kind, level) == ("not_accepted", "step_down", 1)
    assert step_down == due == add_months(later.date(), 3).isoformat()
    history = decisions_for(imported.db.conn, rid)
    assert [d.status for d in history] == [ScreeningStatus.accepted_level_2, ScreeningStatus.not_accepted]
    assert history[1].previous_status is ScreeningStatus.accepted_level_2
    audit = [e for e in imported.audit_log(rid) if e.action == "screening decision"]
    assert [e.new["status"] for e in audit] == ["accepted_level_2", "not_accepted"]
    assert audit[1].old == "accepted_level_2" and audit[1].new["reasons"] == ["lead_agency_plan_robust"]


def test_not_accepted_from_the_start_has_no_step_down(imported, packages):
    rid = packages[1].referral.id
    record_decision(imported, rid, "not_accepted", reasons=["not_eligible"], actor=ACTOR)
    assert _row(imported, rid)[1:3] == (None, None)


def test_decisions_are_append_only(imported, packages):
    rid = packages[0].referral.id
    record_decision(imported, rid, "withdrawn", reasons=["referrer_withdrew"], actor=ACTOR)
    with pytest.raises(driver.DatabaseError, match="append-only"):
        imported.db.conn.execute("UPDATE screening_decisions SET status = 'x'")
    with pytest.raises(driver.DatabaseError, match="append-only"):
        imported.db.conn.execute("DELETE FROM screening_decisions")


def test_policy_reads_the_pack_and_flags_unconfirmed_parameters():
    pack = load_pack()
    today = dt.date.today()
    policy = DeadlinePolicy.from_pack(pack, today)
    assert policy.window_months == pack.parameter("level_setting_window_months", today)
    assert policy.review_weeks == {n: pack.parameter(f"review_weeks_level_{n}", today) for n in (1, 2, 3)}
    assert policy.step_down_months == pack.parameter("step_down_review_months", today) == 3
    assert policy.is_unconfirmed(DeadlineKind.level_setting)
    assert policy.is_unconfirmed(DeadlineKind.review)
    assert not policy.is_unconfirmed(DeadlineKind.step_down)  # local practice, tagged S in the pack


def test_level_setting_due_is_the_window_before_release_while_in_custody():
    policy = DeadlinePolicy(6, {1: 52, 2: 16, 3: 8}, 3, frozenset())
    assert policy.level_setting_due(dt.date(2027, 8, 31)) == dt.date(2027, 2, 28)
    assert policy.level_setting_due(dt.date(2027, 8, 31), dt.date(2026, 1, 1)) == dt.date(2027, 2, 28)
    assert policy.level_setting_due(dt.date(2025, 8, 31), dt.date(2026, 1, 1)) is None  # already released
    assert policy.level_setting_due(None) is None
    due, kind = policy.next_deadline(
        ScreeningStatus.received, release_date=dt.date(2027, 8, 31), decided_on=None, left_level_on=None
    )
    assert (due, kind) == (dt.date(2027, 2, 28), DeadlineKind.level_setting)
    assert policy.next_deadline(
        ScreeningStatus.withdrawn, release_date=dt.date(2027, 8, 31), decided_on=None, left_level_on=None
    ) == (None, None)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 3, 31), -1, dt.date(2026, 2, 28)),
        (dt.date(2024, 8, 31), -6, dt.date(2024, 2, 29)),
        (dt.date(2026, 11, 15), 3, dt.date(2027, 2, 15)),
        (dt.date(2026, 1, 1), -1, dt.date(2025, 12, 1)),
    ],
)
def test_add_months_clamps_to_the_month_end(day, months, expected):
    assert add_months(day, months) == expected


def test_request_note_names_the_referral_and_what_is_missing(imported, packages):
    package = received_package(imported.db.conn, packages[0].referral.id)
    r = package.referral.model_copy(deep=True)
    r.reason.reason = None
    r.reason.level_sought = 3
    r.reason.what_higher_level_adds = None
    note = request_note(package.model_copy(update={"referral": r}))
    assert note.startswith("OFFICIAL-SENSITIVE")
    assert r.subject.full_name in note
    assert "cannot be delivered at Level 2" in note
    assert "Why is the referral made" in note
