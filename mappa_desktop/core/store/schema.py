"""The database schema, as sqlite-utils migrations. Add new steps at the end; never edit an applied one.

- ``referrals``: one small row per referral, denormalised from its content for listing, sorting and
  search (``search_text`` is lower-case names, aliases, PNC ID forms and references, one per line), so
  a search scans a few megabytes, not the content. ``revision`` counts saves (optimistic concurrency).
- ``referral_content``: the referral content as JSON, one row per referral (deleted with it).
- ``referrals.exported_at`` (m004): when the referral was last exported; NULL when never.
- ``referrals.summary_language`` (m005): the language its summary was last produced in (``en``, ``cy``
  or ``bilingual``); NULL when no summary was produced yet.
- ``audit_log``: append-only (triggers refuse updates and deletes); one row per change, deletions kept.
  Hash-chained from m006 (``detail_salt``, ``detail_hash``, ``prev_hash``, ``row_hash``; ``erased_at``
  marks a tombstone), with ``audit_head`` (one row: rows appended, newest id and hash). See
  ``core/store/audit.py`` and docs/DATA-PROTECTION.md.
- ``referrals.legal_hold``, ``received_referrals.legal_hold``, ``retention`` and ``erasing`` (m008):
  see ``core/store/retention.py``.
- ``received_referrals``, ``received_packages``, ``screening_decisions``, ``received_search``: the
  co-ordinator's screening records (m002; ``mappa_desktop.core.screening.tables``).
- ``signing_key``, ``trusted_senders`` and ``received_referrals.signature``/``signer_*`` (m007): this
  installation's package signing key, the coordinator's trusted senders, and who signed each received
  package (``mappa_desktop.core.signing``).
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


@migrations()
def m006_audit_chain(db: Database) -> None:
    """Issue 14: every audit row carries the hash of its values (salted), of the row before and of itself,
    so a rewritten history is detected. The rows already there are chained in their order, from the
    genesis value; ``audit_head`` records where the log ends."""
    from mappa_desktop.core.store.audit import GENESIS, detail_hash, new_salt, row_hash

    for column in ("detail_salt", "detail_hash", "prev_hash", "row_hash", "erased_at"):
        db["audit_log"].add_column(column, str)
    db.execute("DROP TRIGGER audit_log_append_only_update")
    prev, updates = GENESIS, []
    rows = db.execute(
        "SELECT id, referral_id, at, actor, action, field, old, new FROM audit_log ORDER BY id"
    ).fetchall()
    for row_id, referral_id, at, actor, action, field, old, new in rows:
        salt = new_salt()
        detail = detail_hash(salt, old, new)
        own = row_hash(referral_id, at, actor, action, field, detail, prev)
        updates.append((salt, detail, prev, own, row_id))
        prev = own
    db.conn.executemany(
        "UPDATE audit_log SET detail_salt = ?, detail_hash = ?, prev_hash = ?, row_hash = ? WHERE id = ?",
        updates,
    )
    db.execute(
        "CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    db.execute(
        "CREATE TABLE audit_head (rows INTEGER NOT NULL, head_id INTEGER NOT NULL, head_hash TEXT NOT NULL)"
    )
    db.execute(
        "INSERT INTO audit_head (rows, head_id, head_hash) VALUES (?, ?, ?)",
        (len(rows), rows[-1][0] if rows else 0, prev),
    )
    db.execute(
        "CREATE TRIGGER audit_head_kept BEFORE DELETE ON audit_head "
        "BEGIN SELECT RAISE(ABORT, 'the audit head is kept'); END"
    )


@migrations()
def m007_signing_keys_and_trusted_senders(db: Database) -> None:
    """Signed packages (issue 14): the installation's Ed25519 signing key (one row, made on first need; the
    private key is kept here and nowhere else) with the X25519 key packages encrypted to it are opened with,
    the name its packages are signed under, the coordinator's trusted senders, and what each received
    package's signature showed when it was imported."""
    db.execute(
        "CREATE TABLE signing_key (id INTEGER PRIMARY KEY CHECK (id = 1), private_key BLOB NOT NULL, "
        "public_key BLOB NOT NULL, signer_name TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, "
        "encryption_private_key BLOB NOT NULL)"
    )
    db.execute(
        "CREATE TABLE trusted_senders (fingerprint TEXT PRIMARY KEY, name TEXT NOT NULL, how TEXT NOT NULL, "
        "added_at TEXT NOT NULL, added_by TEXT NOT NULL, public_key BLOB)"
    )
    # ``signature``: 'signed' (a signature that verified) or 'unsigned'; NULL for a package received before
    # this version (all of those were unsigned). The signer's key and the name the package gave are kept, so
    # trusting the key later shows the referral as from a trusted sender without importing it again.
    for column, kind in (
        ("signature", str),
        ("signer_fingerprint", str),
        ("signer_key", bytes),
        ("signer_name", str),
    ):
        db["received_referrals"].add_column(column, kind)


@migrations()
def m008_retention_and_legal_hold(db: Database) -> None:
    """Issue 14: a legal hold on a referral (own or received) that blocks its erasure; the retention
    period (``retention``, one row, with whether the file's free space was wiped once since this version,
    which overwrites deleted content from then on); and erasure that really removes personal data. The
    append-only triggers now let one thing through: while a referral's id is in ``erasing`` (only inside
    the erasure's own transaction), its audit rows may become tombstones (values and salt removed; hashes,
    who, what and when kept) and its screening decisions may lose their free-text notes. Nothing else may
    change."""
    from mappa_desktop.core.store.retention import DEFAULT_RETENTION_DAYS

    db["referrals"].add_column("legal_hold", int, not_null_default=0)
    db["received_referrals"].add_column("legal_hold", int, not_null_default=0)
    db.execute(
        "CREATE TABLE retention (id INTEGER PRIMARY KEY CHECK (id = 1), days INTEGER NOT NULL, "
        "free_space_wiped INTEGER NOT NULL DEFAULT 0)"
    )
    db.execute("INSERT INTO retention (id, days) VALUES (1, ?)", (DEFAULT_RETENTION_DAYS,))
    db.execute("CREATE TABLE erasing (referral_id TEXT PRIMARY KEY)")
    db.execute("DROP TRIGGER audit_log_append_only_update")
    db.execute(
        "CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log WHEN NOT ("
        "EXISTS (SELECT 1 FROM erasing WHERE referral_id = OLD.referral_id) "
        "AND NEW.id = OLD.id AND NEW.referral_id = OLD.referral_id AND NEW.at = OLD.at "
        "AND NEW.actor = OLD.actor AND NEW.action = OLD.action AND NEW.field IS OLD.field "
        "AND NEW.detail_hash = OLD.detail_hash AND NEW.prev_hash = OLD.prev_hash "
        "AND NEW.row_hash = OLD.row_hash AND NEW.old IS NULL AND NEW.new IS NULL "
        "AND NEW.detail_salt IS NULL AND NEW.erased_at IS NOT NULL) "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    db.execute("DROP TRIGGER screening_decisions_append_only_update")
    db.execute(
        "CREATE TRIGGER screening_decisions_append_only_update BEFORE UPDATE ON screening_decisions "
        "WHEN NOT (EXISTS (SELECT 1 FROM erasing WHERE referral_id = OLD.referral_id) "
        "AND NEW.id = OLD.id AND NEW.referral_id = OLD.referral_id AND NEW.status = OLD.status "
        "AND NEW.previous_status = OLD.previous_status AND NEW.reasons = OLD.reasons "
        "AND NEW.actor = OLD.actor AND NEW.decided_at = OLD.decided_at "
        "AND NEW.note = '' AND NEW.request_note = '') "
        "BEGIN SELECT RAISE(ABORT, 'screening decisions are append-only'); END"
    )


def known_migrations() -> list[str]:
    """Names of every migration this version knows, in order: those still pending on an empty database,
    asked through sqlite-utils' public ``Migrations.pending`` (read-only; the library keeps its own list
    private)."""
    return [m.name for m in migrations.pending(Database(memory=True))]
