"""Screening decisions: recorded with reasons, appended (never changed), and written to the audit log."""

from __future__ import annotations

import datetime as dt
import json

from mappa_desktop.core.database_driver import sqlite3
from mappa_desktop.core.limits import TEXT_MAX
from mappa_desktop.core.messages import Message
from mappa_desktop.core.screening.deadlines import DeadlinePolicy
from mappa_desktop.core.screening.model import (
    ACCEPTED_STATUSES,
    DECIDED_LEVEL,
    DECISIONS,
    REASONS_BY_ID,
    STATUS_LABELS,
    ScreeningDecision,
    ScreeningError,
    ScreeningStatus,
)
from mappa_desktop.core.store import Store, audit
from mappa_desktop.core.store.connection import transaction


def check_decision(status: ScreeningStatus | str, reasons: list[str], note: str, request_note: str) -> None:
    """Raise ``ScreeningError`` saying what to fix if the decision cannot be recorded as given."""
    status = ScreeningStatus(status)
    label = STATUS_LABELS[status]
    if status not in DECISIONS:
        raise ScreeningError(
            Message(
                "'{label}' is not a decision; choose accept, not accept, ask for more or withdraw.",
                label=label,
            )
        )
    if not reasons:
        raise ScreeningError(
            Message(
                "Give at least one reason for '{label}'; every screening decision needs one.", label=label
            )
        )
    for reason in reasons:
        known = REASONS_BY_ID.get(reason)
        if known is None:
            raise ScreeningError(Message("'{reason}' is not one of the offered reasons.", reason=reason))
        if status not in known.applies_to:
            raise ScreeningError(
                Message(
                    "The reason '{reason}' does not support '{label}'; choose another.",
                    reason=known.text,
                    label=label,
                )
            )
    for text, what in ((note, Message("note")), (request_note, Message("request for more information"))):
        if len(text) > TEXT_MAX:
            raise ScreeningError(
                Message(
                    "The {what} is {length} characters long; shorten it to {limit} or fewer "
                    "(attach a longer document through your usual secure route).",
                    what=what,
                    length=f"{len(text):,}",
                    limit=f"{TEXT_MAX:,}",
                )
            )
    if "other" in reasons and not note.strip():
        raise ScreeningError(Message("You chose 'Other': write the reason in the note."))
    if status is ScreeningStatus.more_information and not request_note.strip():
        raise ScreeningError(
            Message("Write the request for more information (what the referrer should send).")
        )


def record_decision(
    store: Store,
    referral_id: str,
    status: ScreeningStatus | str,
    *,
    reasons: list[str],
    actor: str,
    note: str = "",
    request_note: str = "",
    policy: DeadlinePolicy | None = None,
    at: dt.datetime | None = None,
) -> ScreeningDecision:
    """Record a decision on a received referral: status, deadlines, the decision row and an audit entry,
    in one transaction. Raises ``ScreeningError`` (nothing written) if it is incomplete or the referral
    is not held."""
    status = ScreeningStatus(status)
    check_decision(status, reasons, note, request_note)
    policy = policy or DeadlinePolicy.from_pack()
    at = at or dt.datetime.now(dt.UTC)
    with transaction(store.db, store.path, "recording of the screening decision") as conn:
        row = conn.execute(
            "SELECT status, release_date, decided_at, left_level_at, received_at FROM received_referrals "
            "WHERE id = ?",
            (referral_id,),
        ).fetchone()
        if row is None:
            raise ScreeningError(
                Message("No received referral with id {id}; import its package first.", id=referral_id)
            )
        previous = ScreeningStatus(row[0])
        release = dt.date.fromisoformat(row[1]) if row[1] else None
        decided_at = (
            at
            if DECIDED_LEVEL[status] is not None
            else (dt.datetime.fromisoformat(row[2]) if row[2] else None)
        )
        left = dt.datetime.fromisoformat(row[3]) if row[3] else None
        if previous in ACCEPTED_STATUSES and status not in ACCEPTED_STATUSES:
            left = at  # the case leaves Level 2/3: the step-down review clock starts
        elif status in ACCEPTED_STATUSES:
            left = None
        due, kind = policy.next_deadline(
            status,
            release_date=release,
            decided_on=decided_at.date() if decided_at else None,
            left_level_on=left.date() if left else None,
            received_on=dt.datetime.fromisoformat(row[4]).date(),
        )
        conn.execute(
            "UPDATE received_referrals SET status = ?, decided_at = ?, decided_level = ?, left_level_at = ?, "
            "review_due = ?, step_down_due = ?, next_due = ?, next_due_kind = ? WHERE id = ?",
            (
                str(status),
                decided_at.isoformat() if decided_at else None,
                DECIDED_LEVEL[status],
                left.isoformat() if left else None,
                _iso(policy.review_due(DECIDED_LEVEL[status], decided_at.date() if decided_at else None)),
                _iso(policy.step_down_due(left.date() if left else None)),
                _iso(due),
                str(kind) if kind else None,
                referral_id,
            ),
        )
        conn.execute(
            "INSERT INTO screening_decisions (referral_id, status, previous_status, reasons, note, "
            "request_note, actor, decided_at) VALUES (?,?,?,?,?,?,?,?)",
            (
                referral_id,
                str(status),
                str(previous),
                json.dumps(reasons),
                note,
                request_note,
                actor,
                at.isoformat(),
            ),
        )
        new = {"status": str(status), "reasons": reasons, "note": note}
        audit.append(
            conn,
            referral_id,
            at.isoformat(),
            actor,
            "screening decision",
            [("screening.status", json.dumps(str(previous)), json.dumps(new))],
            stored=True,
        )
    return ScreeningDecision(referral_id, status, previous, tuple(reasons), note, request_note, actor, at)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def decisions_for(conn: sqlite3.Connection, referral_id: str) -> list[ScreeningDecision]:
    """Every decision on a referral, oldest first."""
    rows = conn.execute(
        "SELECT status, previous_status, reasons, note, request_note, actor, decided_at "
        "FROM screening_decisions WHERE referral_id = ? ORDER BY id",
        (referral_id,),
    ).fetchall()
    return [
        ScreeningDecision(
            referral_id,
            ScreeningStatus(status),
            ScreeningStatus(previous),
            tuple(json.loads(reasons)),
            note,
            request,
            actor,
            dt.datetime.fromisoformat(at),
        )
        for status, previous, reasons, note, request, actor, at in rows
    ]
