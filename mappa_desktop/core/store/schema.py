"""The database schema, as sqlite-utils migrations. Add new steps at the end; never edit an applied one.

- ``referrals``: one small row per referral, denormalised from its content for listing, sorting and
  search (``search_text`` is lower-case names, aliases, PNC ID forms and references, one per line), so
  a search scans a few megabytes, not the content. ``revision`` counts saves (optimistic concurrency).
- ``referral_content``: the referral content as JSON, one row per referral (deleted with it).
- ``referrals.exported_at`` (m004): when the referral was last exported; NULL when never.
- ``referrals.summary_language`` (m005): the language its summary was last produced in (``en``, ``cy``
  or ``bilingual``); NULL when no summary was produced yet.
- ``audit_log``: append-only (triggers refuse updates and deletes); one row per change, deletions kept.
- ``received_referrals``, ``received_packages``, ``screening_decisions``, ``received_search``: the
  co-ordinator's screening records (m002; ``mappa_desktop.core.screening.tables``).
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "mappa_desktop"
migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_referrals_and_audit_log(db: Database) -> None:
    db["referrals"].create(
        {
            "id": str,
            "status": str,
            "revision": int,
            "subject_name": str,
            "pnc_id": str,
            "search_text": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"status", "revision", "subject_name", "search_text", "created_at", "updated_at"},
    )
    db.execute(
        "CREATE TABLE referral_content (id TEXT PRIMARY KEY "
        "REFERENCES referrals(id) ON DELETE CASCADE, data TEXT NOT NULL)"
    )
    db["referrals"].create_index(["updated_at"], index_name="referrals_by_updated")
    db["referrals"].create_index(["status", "updated_at"], index_name="referrals_by_status")
    db["referrals"].create_index(["pnc_id"], index_name="referrals_by_pnc")
    db["audit_log"].create(
        {
            "id": int,
            "referral_id": str,
            "at": str,
            "actor": str,
            "action": str,
            "field": str,
            "old": str,
            "new": str,
        },
        pk="id",
        not_null={"referral_id", "at", "actor", "action"},
    )
    db["audit_log"].create_index(["referral_id", "id"], index_name="audit_by_referral")
    db.execute(
        "CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )


@migrations()
def m002_screening(db: Database) -> None:
    """The co-ordinator's received referrals (see ``mappa_desktop.core.screening.tables``)."""
    from mappa_desktop.core.screening.tables import create_screening_tables

    create_screening_tables(db)


@migrations()
def m003_screening_queue_indexes(db: Database) -> None:
    """A covering index for every queue sort, holding the filter columns too: a filtered, sorted queue of
    100,000 received referrals is one scan of one index, never a lookup of each row nor a sort in memory.
    They replace m002's single-column sort indexes."""
    from mappa_desktop.core.screening.tables import QUEUE_INDEXES_V1

    for statement in QUEUE_INDEXES_V1:
        db.execute(statement)


@migrations()
def m004_referrals_exported_at(db: Database) -> None:
    """When each referral was last exported (a PDF or a package), so the list can say when the referral
    has changed since: an earlier export no longer says what the referral says."""
    db["referrals"].add_column("exported_at", str)


@migrations()
def m005_referrals_summary_language(db: Database) -> None:
    """The language each referral's summary was last produced in (issue 15: a Welsh-speaking subject's
    summary may be Welsh or bilingual), kept beside ``exported_at`` and shown with it."""
    db["referrals"].add_column("summary_language", str)


def known_migrations() -> list[str]:
    """Names of every migration this version knows, in order: those still pending on an empty database,
    asked through sqlite-utils' public ``Migrations.pending`` (read-only; the library keeps its own list
    private)."""
    return [m.name for m in migrations.pending(Database(memory=True))]
