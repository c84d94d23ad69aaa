"""Retention, legal hold and erasure: referrals kept no longer than needed, and erased for real.

A referral is past retention ``days`` after it was last touched once it is finished with here:

- an own referral whose status is ``sent``: from its last change or export, whichever is later;
- a received referral that is closed (``not_accepted``, which includes one stepped down to Level 1, or
  ``withdrawn``): from its latest decision. One open or accepted at Level 2 or 3 is never due;
- a referral deleted before erasure existed (version 0.x kept its content in the audit log): at once.

A legal hold (``set_legal_hold``) refuses a referral's erasure (and deletion) until lifted; the list shows
it as held, so the person sees why it stays.

``erase`` removes the personal data: the referral's rows (content, package, search text), the notes of
its screening decisions, and the values of its audit rows, which become tombstones keeping who, what and
when (the salted detail hash keeps the chain verifiable; see ``core/store/audit.py``). It runs with
``PRAGMA secure_delete = ON`` (freed space is overwritten with zeros). ``merge_search_index`` then merges
the screening search index (FTS5 keeps deleted words in old segments until merged), and after the commit
``flush_erased`` checkpoints the WAL with ``TRUNCATE``, so no copy of an old page is left in the ``-wal``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from mappa_desktop.core.database_driver import sqlite3
from mappa_desktop.core.messages import Message
from mappa_desktop.core.store import audit
from mappa_desktop.core.store.errors import ReferralNotFound, StoreError

DEFAULT_RETENTION_DAYS = 365
"""[U] Twelve months after a referral is sent or closed. Neither the MAPPA Guidance nor the research brief
(docs: /work/shared/domain) gives a period for a practitioner's local working copy; police records follow
MoPI review periods and local MoU disposal rules (e.g. the Cumbria MoU §9), which the force's records
manager must apply. This is a parameter to set to the force's own rule, not a legal figure."""

MIN_DAYS, MAX_DAYS = 1, 36_500


class Kept(StrEnum):
    """Why a referral is on the retention list."""

    sent = "sent"
    closed = "closed"
    deleted = "deleted"


@dataclass(frozen=True)
class RetentionItem:
    referral_id: str
    kind: Kept
    subject_name: str
    since: dt.datetime
    """When the retention period started (sent/last change, closed, or deleted)."""
    due: dt.datetime
    legal_hold: bool


class LegalHold(StoreError):
    """Erasure refused: the referral is under a legal hold."""

    def __init__(self, referral_id: str) -> None:
        self.referral_id = referral_id
        super().__init__(
            Message(
                "Referral {id} is under a legal hold, so it was not erased; nothing was changed. Lift the "
                "hold first if the reason for it has ended.",
                id=referral_id,
            )
        )


def retention_days(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT days FROM retention WHERE id = 1").fetchone()
    return int(row[0]) if row else DEFAULT_RETENTION_DAYS


def set_retention_days(conn: sqlite3.Connection, days: int, *, actor: str) -> None:
    """Set the retention period (inside the caller's write transaction); audited on the log's own row."""
    if not MIN_DAYS <= days <= MAX_DAYS:
        raise StoreError(
            Message(
                "A retention period must be {first} to {last} days; {days} was not saved.",
                first=MIN_DAYS,
                last=MAX_DAYS,
                days=days,
            )
        )
    before = retention_days(conn)
    if before == days:
        return
    conn.execute("INSERT OR REPLACE INTO retention (id, days) VALUES (1, ?)", (days,))
    audit.append(
        conn, audit.LOG_ROW, _now().isoformat(), actor, "retention changed", [("days", before, days)]
    )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _time(text: str) -> dt.datetime:
    when = dt.datetime.fromisoformat(text)
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


_DUE_SQL = """
SELECT id, 'sent', subject_name, max(updated_at, coalesce(exported_at, '')), legal_hold
  FROM referrals WHERE status = 'sent'
UNION ALL
SELECT id, 'closed', subject_name,
  (SELECT max(decided_at) FROM screening_decisions d WHERE d.referral_id = r.id), legal_hold
  FROM received_referrals r WHERE status IN ('not_accepted', 'withdrawn')
UNION ALL
SELECT referral_id, 'deleted', '', max(at), 0 FROM audit_log
  WHERE erased_at IS NULL AND referral_id != '-' AND NOT (action IN ('deleted', 'erased') AND old IS NULL)
    AND referral_id NOT IN (SELECT id FROM referrals)
    AND referral_id NOT IN (SELECT id FROM received_referrals)
  GROUP BY referral_id
"""
"""The three kinds, in one query. A deleted referral's leftovers are its audit rows still holding values
(the erasure record itself, ``deleted``/``erased`` with no old value, holds none)."""


def past_retention(
    conn: sqlite3.Connection, *, now: dt.datetime | None = None, days: int | None = None
) -> list[RetentionItem]:
    """Referrals past the retention period on ``now`` (default: now), oldest first; held ones included
    (shown as held) so the person sees why they stay."""
    now = now or _now()
    period = dt.timedelta(days=retention_days(conn) if days is None else days)
    items = []
    for referral_id, kind, name, since_text, held in conn.execute(_DUE_SQL):
        if not since_text:
            continue
        since = _time(since_text)
        due = since if kind == Kept.deleted else since + period
        if due <= now:
            items.append(RetentionItem(referral_id, Kept(kind), name or "", since, due, bool(held)))
    return sorted(items, key=lambda item: (item.due, item.referral_id))


def hold_of(conn: sqlite3.Connection, referral_id: str) -> bool | None:
    """Whether the referral is held; None when it is in neither table."""
    for table in ("referrals", "received_referrals"):
        row = conn.execute(f"SELECT legal_hold FROM {table} WHERE id = ?", (referral_id,)).fetchone()
        if row is not None:
            return bool(row[0])
    return None


def set_legal_hold(
    conn: sqlite3.Connection, referral_id: str, held: bool, *, actor: str, reason: str = ""
) -> None:
    """Put a referral under a legal hold or lift it (inside the caller's write transaction); audited."""
    if hold_of(conn, referral_id) is None:
        raise ReferralNotFound(referral_id)
    for table in ("referrals", "received_referrals"):
        conn.execute(f"UPDATE {table} SET legal_hold = ? WHERE id = ?", (int(held), referral_id))
    action = "legal hold set" if held else "legal hold lifted"
    audit.append(conn, referral_id, _now().isoformat(), actor, action, [(None, None, {"reason": reason})])


@dataclass(frozen=True)
class Erasure:
    referral_id: str
    audit_rows: int
    """Audit rows made tombstones."""
    at: dt.datetime
    received: bool = False
    """A received referral (its words were in the screening search index)."""


def erase(conn: sqlite3.Connection, referral_id: str, *, actor: str, why: str) -> Erasure:
    """Erase a referral's personal data inside the caller's write transaction (see the module docstring).

    ``why``: "deleted" (the person deleted it) or "retention" (past retention). The audit keeps an entry
    ``deleted``/``erased`` with who and when and how many rows were erased, no personal data. Raises
    ``LegalHold`` for a held referral and ``ReferralNotFound`` when there is nothing of it to erase."""
    if referral_id == audit.LOG_ROW:  # the log's own rows (checks, retention changes) are not a referral's
        raise ReferralNotFound(referral_id)
    held = hold_of(conn, referral_id)
    if held:
        raise LegalHold(referral_id)
    conn.execute("PRAGMA secure_delete = ON")
    at = _now()
    stamp = at.isoformat()
    conn.execute("INSERT INTO erasing (referral_id) VALUES (?)", (referral_id,))
    conn.execute("DELETE FROM referrals WHERE id = ?", (referral_id,))
    row = conn.execute("SELECT n FROM received_referrals WHERE id = ?", (referral_id,)).fetchone()
    if row is not None:
        conn.execute("DELETE FROM received_search WHERE rowid = ?", (row[0],))
        conn.execute("DELETE FROM received_referrals WHERE n = ?", (row[0],))
        conn.execute(
            "UPDATE screening_decisions SET note = '', request_note = '' WHERE referral_id = ?",
            (referral_id,),
        )
    erased = conn.execute(
        "UPDATE audit_log SET old = NULL, new = NULL, detail_salt = NULL, erased_at = ? "
        "WHERE referral_id = ? AND erased_at IS NULL",
        (stamp, referral_id),
    ).rowcount
    conn.execute("DELETE FROM erasing WHERE referral_id = ?", (referral_id,))
    if held is None and erased == 0:
        raise ReferralNotFound(referral_id)
    action = "deleted" if why == "deleted" else "erased"
    audit.append(conn, referral_id, stamp, actor, action, [(None, None, {"why": why, "audit_rows": erased})])
    return Erasure(referral_id, erased, at, received=row is not None)


def merge_search_index(conn: sqlite3.Connection) -> None:
    """After erasing received referrals (inside the same transaction): FTS5 keeps a deleted row's words in
    older index segments until they are merged, so merge them all now (once per erasure, not per row)."""
    conn.execute("INSERT INTO received_search (received_search) VALUES ('optimize')")


def flush_erased(conn: sqlite3.Connection) -> bool:
    """After an erasure has committed (outside any transaction): copy the WAL into the database and empty
    it (``TRUNCATE``), so no old page is left in the ``-wal``.

    The first time only, ``VACUUM`` rebuilds every page, so free space left by an earlier version (which
    did not overwrite deleted content) holds nothing either; its temporary copy is kept in memory, not in a
    temporary file. From then on ``secure_delete`` (set on every connection by ``Store.open``) zeroes what
    is deleted, and the rebuild (about 1 s per 100 MB) is not needed again.

    The erasure itself has committed before this; if another instance is using the database, the
    checkpoint or the rebuild may not finish (SQLITE_BUSY), and False is returned: the next erasure (or
    ``mappa-desktop retention erase --all-due``) finishes it."""
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    wiped = conn.execute("SELECT free_space_wiped FROM retention WHERE id = 1").fetchone()
    if not (wiped and wiped[0]):
        previous = conn.execute("PRAGMA temp_store").fetchone()[0]
        conn.execute("PRAGMA temp_store = MEMORY")
        try:
            conn.execute("VACUUM")
        except sqlite3.OperationalError:  # busy: another instance is reading or writing; the caller says so
            return False
        finally:
            conn.execute(f"PRAGMA temp_store = {int(previous)}")
        conn.execute("UPDATE retention SET free_space_wiped = 1 WHERE id = 1")
        busy |= conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    return not busy
