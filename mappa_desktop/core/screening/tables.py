"""The screening tables, created by migration ``m002_screening`` in ``core/store/schema.py``.

A co-ordinator's received referrals are kept apart from the officer's own drafts (``referrals``):

- ``received_referrals``: one small row per received referral, denormalised for the queue (status,
  category, levels, flags, dates, deadlines, names) so sorting and filtering read indexes, never JSON.
  ``n`` is the integer key the queue model holds; ``id`` the referral's own id (unique).
- ``received_packages``: the verified package JSON, one row per referral (deleted with it).
- ``screening_decisions``: append-only (triggers refuse updates and deletes), every decision kept.
- ``received_search``: FTS5 over names, aliases, PNC ID forms and references (rowid = ``n``).

This DDL is applied once; never edit it. Change the schema with a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

SCHEMA_V1 = """
CREATE TABLE received_referrals (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    category INTEGER,
    level_sought INTEGER,
    aid_level INTEGER,
    aid_category INTEGER,
    aid_eligible INTEGER,
    da_flag INTEGER NOT NULL DEFAULT 0,
    release_date TEXT,
    level_setting_due TEXT,
    review_due TEXT,
    step_down_due TEXT,
    next_due TEXT,
    next_due_kind TEXT,
    referring_agency TEXT NOT NULL DEFAULT '',
    subject_name TEXT NOT NULL DEFAULT '',
    sort_name TEXT NOT NULL DEFAULT '',
    pnc_id TEXT,
    ethnicity TEXT NOT NULL DEFAULT 'not recorded',
    gender TEXT NOT NULL DEFAULT 'not recorded',
    age_band TEXT NOT NULL DEFAULT 'not recorded',
    referred_on TEXT,
    received_at TEXT NOT NULL,
    decided_at TEXT,
    decided_level INTEGER,
    left_level_at TEXT,
    digest TEXT NOT NULL,
    rule_pack TEXT NOT NULL DEFAULT ''
);
CREATE INDEX received_by_status ON received_referrals (status, next_due);
CREATE INDEX received_by_name ON received_referrals (sort_name);
CREATE INDEX received_by_received ON received_referrals (received_at);
CREATE INDEX received_by_next_due ON received_referrals (next_due);
CREATE INDEX received_by_release ON received_referrals (release_date);
CREATE INDEX received_by_category ON received_referrals (category, received_at);
CREATE INDEX received_by_agency ON received_referrals (referring_agency);
CREATE INDEX received_by_da ON received_referrals (da_flag, received_at);
CREATE INDEX received_by_referred ON received_referrals (referred_on);
CREATE TABLE received_packages (
    n INTEGER PRIMARY KEY REFERENCES received_referrals(n) ON DELETE CASCADE,
    data TEXT NOT NULL
);
CREATE TABLE screening_decisions (
    id INTEGER PRIMARY KEY,
    referral_id TEXT NOT NULL,
    status TEXT NOT NULL,
    previous_status TEXT NOT NULL,
    reasons TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    request_note TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL,
    decided_at TEXT NOT NULL
);
CREATE INDEX screening_decisions_by_referral ON screening_decisions (referral_id, id);
CREATE TRIGGER screening_decisions_append_only_update BEFORE UPDATE ON screening_decisions
BEGIN SELECT RAISE(ABORT, 'screening decisions are append-only'); END;
CREATE TRIGGER screening_decisions_append_only_delete BEFORE DELETE ON screening_decisions
BEGIN SELECT RAISE(ABORT, 'screening decisions are append-only'); END;
CREATE VIRTUAL TABLE received_search USING fts5 (text, tokenize = 'unicode61', prefix = '2 3');
"""


def create_screening_tables(db: Database) -> None:
    """Apply ``SCHEMA_V1`` (inside the migration's transaction)."""
    for statement in SCHEMA_V1.split(";\n"):
        # Triggers contain "; END" on one line, so split only at statement ends followed by a newline.
        if statement.strip():
            db.execute(statement)


_SORTS_V1 = (
    "sort_name",
    "status",
    "category",
    "level_sought",
    "aid_level",
    "da_flag",
    "release_date",
    "next_due",
    "referring_agency",
    "received_at",
)
_FILTERS_V1 = ("status", "category", "da_flag", "next_due")

QUEUE_INDEXES_V1 = (
    *(
        f"DROP INDEX {name}"
        for name in (
            "received_by_name",
            "received_by_received",
            "received_by_next_due",
            "received_by_release",
            "received_by_agency",
        )
    ),
    *(
        f"CREATE INDEX received_queue_{column} ON received_referrals "
        f"({', '.join([column, *(f for f in _FILTERS_V1 if f != column)])})"
        for column in _SORTS_V1
    ),
)
"""Migration m003 (applied once; never edit): covering queue indexes, one per sort column."""
