"""Issue 14: retention, legal hold and erasure. Erasure really removes personal data: the raw bytes of the
database file and its -wal hold no trace of the erased PNC ID or name afterwards, and the audit chain
still verifies (tombstones keep who, what and when)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mappa_desktop.core.database_driver import sqlite3
from mappa_desktop.core.package import build_package, write_package
from mappa_desktop.core.referral import Referral, ReferralStatus
from mappa_desktop.core.referral.pnc import format_pnc_id
from mappa_desktop.core.screening import import_packages
from mappa_desktop.core.screening.decisions import record_decision
from mappa_desktop.core.screening.samples import sample_packages
from mappa_desktop.core.store import ReferralNotFound, Store, StoreError
from mappa_desktop.core.store.audit_chain import verify
from mappa_desktop.core.store.retention import DEFAULT_RETENTION_DAYS, Kept, LegalHold

PNC = format_pnc_id(2019, 4821)  # "19/0004821?" and its short form "19/4821?"
GIVEN, FAMILY = "Zephaniah", "Quillborough"


def _raw(path: Path) -> bytes:
    """The database file and its -wal exactly as on disk."""
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def _traces(raw: bytes, *words: str) -> list[str]:
    found = []
    for word in words:
        for form in {word, word.lower(), word.upper()}:
            if form.encode("utf-8") in raw or form.encode("utf-16-le") in raw:
                found.append(form)
    return found


def _named(store: Store, *, sent: bool = True) -> Referral:
    referral = store.new_referral(Referral(), actor="officer")
    referral.subject.given_names = GIVEN
    referral.subject.family_name = FAMILY
    store.save(referral, actor="officer")
    referral.subject.pnc_id = PNC
    referral.subject.aliases = [f"{GIVEN} Q"]
    store.save(referral, actor="officer")
    if sent:
        referral.status = ReferralStatus.sent
        store.save(referral, actor="officer")
    store.record_export(referral.id, actor="officer", what="package")
    return referral


@pytest.fixture
def path(tmp_path):
    return tmp_path / "referrals.sqlite"


def test_deleting_a_referral_leaves_no_trace_of_its_personal_data_in_the_file(path):
    short_pnc = PNC.split("/")[0] + "/" + PNC.split("/")[1].lstrip("0")
    with Store.open(path) as store:
        other = store.new_referral(Referral(), actor="officer")  # a neighbour that must be kept
        other.subject.given_names = "Keepme"
        store.save(other, actor="officer")
        referral = _named(store)
        # WAL holds the pages now, and before the erasure the name is plainly in the files
        assert _traces(_raw(path), FAMILY, PNC)
        store.delete(referral.id, actor="officer")
        assert _traces(_raw(path), FAMILY, GIVEN, PNC, short_pnc) == []
        assert verify(store.db.conn).intact
        assert store.load(other.id).subject.given_names == "Keepme"
        log = store.audit_log(referral.id)
        assert [e.action for e in log][-1] == "deleted" and all(e.erased for e in log[:-1])
        assert {e.actor for e in log} == {"officer"} and all(e.at for e in log)
    assert _traces(_raw(path), FAMILY, GIVEN, PNC, short_pnc) == []


def test_erasing_a_closed_received_referral_removes_package_search_words_and_notes(path, tmp_path):
    sample = next(iter(sample_packages(1, seed=11)))
    referral = sample.referral
    referral.subject.given_names, referral.subject.family_name, referral.subject.pnc_id = GIVEN, FAMILY, PNC
    package = build_package(referral, sample.facts, sample.assessment)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_package(package, inbox / "one.mappa.json", overwrite=False)
    with Store.open(path) as store:
        results = import_packages(store, [inbox], actor="coordinator")
        assert [r.outcome.value for r in results] == ["imported"], results
        record_decision(
            store,
            package.referral.id,
            "withdrawn",
            reasons=["other"],
            note=f"Spoke to {FAMILY}'s offender manager",
            actor="coordinator",
        )
        assert store.past_retention(days=0)[0].kind is Kept.closed
        store.erase([package.referral.id], actor="coordinator")
        conn = store.db.conn
        assert conn.execute("SELECT count(*) FROM received_referrals").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM received_packages").fetchone()[0] == 0
        assert conn.execute("SELECT note FROM screening_decisions").fetchall() == [("",)]
        matches = "SELECT count(*) FROM received_search WHERE received_search MATCH ?"
        assert conn.execute(matches, (FAMILY,)).fetchone()[0] == 0
        assert verify(conn).intact
        assert store.past_retention(days=0) == []
    assert _traces(_raw(path), FAMILY, GIVEN, PNC) == []


def test_a_legal_hold_blocks_deletion_and_erasure_with_a_clear_message(path):
    with Store.open(path) as store:
        referral = _named(store)
        store.set_legal_hold(referral.id, True, actor="records-manager", reason="Inquiry request 14")
        with pytest.raises(LegalHold, match="legal hold.*nothing was changed"):
            store.delete(referral.id, actor="officer")
        with pytest.raises(LegalHold):
            store.erase([referral.id], actor="officer")
        assert store.load(referral.id).subject.family_name == FAMILY
        held = store.past_retention(days=0)
        assert [(item.referral_id, item.legal_hold) for item in held] == [(referral.id, True)]
        store.set_legal_hold(referral.id, False, actor="records-manager")
        store.delete(referral.id, actor="officer")
        actions = [e.action for e in store.audit_log(referral.id)]
        assert "legal hold set" in actions and "legal hold lifted" in actions


def test_the_retention_list_holds_only_sent_referrals_past_the_period(path):
    with Store.open(path) as store:
        assert store.retention_days() == DEFAULT_RETENTION_DAYS
        sent, draft = _named(store), _named(store, sent=False)
        now = dt.datetime.now(dt.UTC)
        assert store.past_retention() == []
        later = store.past_retention(now=now + dt.timedelta(days=DEFAULT_RETENTION_DAYS + 1))
        assert [(item.referral_id, item.kind, item.subject_name) for item in later] == [
            (sent.id, Kept.sent, f"{GIVEN} {FAMILY}")
        ]
        assert draft.id not in {item.referral_id for item in later}
        store.set_retention_days(30, actor="records-manager")
        assert store.retention_days() == 30
        assert [i.referral_id for i in store.past_retention(now=now + dt.timedelta(days=31))] == [sent.id]
        with pytest.raises(StoreError, match="1 to 36500 days"):
            store.set_retention_days(0, actor="records-manager")


def test_content_left_in_the_log_by_an_older_delete_is_listed_and_erased(path):
    """Before erasure existed, deleting kept the whole content in the audit log: it is listed at once."""
    with Store.open(path) as store:
        referral = _named(store)
        referral_id = referral.id
    conn = sqlite3.connect(path, isolation_level=None)  # what version 0.x's delete left behind
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("DELETE FROM referrals WHERE id = ?", (referral_id,))
    conn.close()
    with Store.open(path) as store:
        items = store.past_retention()
        assert [(i.referral_id, i.kind) for i in items] == [(referral_id, Kept.deleted)]
        store.erase([referral_id], actor="officer")
        assert store.past_retention() == []
        assert verify(store.db.conn).intact
    assert _traces(_raw(path), FAMILY, PNC) == []


def test_erasing_what_is_not_there_says_so(path):
    with Store.open(path) as store, pytest.raises(ReferralNotFound):
        store.erase(["0" * 32], actor="officer")


def test_an_erased_rows_values_cannot_be_written_back_through_the_trigger(path):
    with Store.open(path) as store:
        referral = _named(store)
        store.delete(referral.id, actor="officer")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store.db.conn.execute("UPDATE audit_log SET new = '\"x\"' WHERE referral_id = ?", (referral.id,))
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store.db.conn.execute(
                "UPDATE audit_log SET old = NULL, new = NULL, detail_salt = NULL, erased_at = 'x' "
                "WHERE erased_at IS NULL"
            )  # tombstoning outside an erasure is refused too


def test_free_space_left_by_an_older_version_is_wiped_by_erasure(path):
    """A version that did not overwrite deleted content left old pages in the file's free space; erasing
    rebuilds the file (VACUUM), so nothing of them is left."""
    with Store.open(path) as store:
        store.db.conn.execute("PRAGMA secure_delete = OFF")  # as an older version (or another build) ran
        referral = store.new_referral(Referral(), actor="officer")
        referral.subject.family_name = FAMILY
        referral.offence.brief_details = [f"{FAMILY} {GIVEN} " * 40] * 8  # overflow pages
        store.save(referral, actor="officer")
        store.db.conn.execute("DELETE FROM referral_content WHERE id = ?", (referral.id,))  # freed, not wiped
        store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert store.db.conn.execute("PRAGMA freelist_count").fetchone()[0] > 0
        assert _traces(_raw(path), GIVEN)
        store.erase([referral.id], actor="officer")
        assert store.erasure_flushed
    assert _traces(_raw(path), FAMILY, GIVEN) == []


def test_a_later_erasure_needs_no_rebuild_and_leaves_no_trace_either(path):
    with Store.open(path) as store:
        store.delete(store.new_referral(Referral(), actor="officer").id, actor="officer")  # the one rebuild
        assert store.db.conn.execute("SELECT free_space_wiped FROM retention").fetchone()[0] == 1
        referral = _named(store)
        referral.offence.brief_details = [f"{FAMILY} {GIVEN} " * 40] * 8  # overflow pages
        store.save(referral, actor="officer")
        referral.offence.brief_details = ["short"]  # an ordinary save frees them: zeroed as they are freed
        store.save(referral, actor="officer")
        store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = path.stat().st_size
        store.delete(referral.id, actor="officer")
        assert path.stat().st_size == size  # not rebuilt: the free pages stay, zeroed
        assert store.db.conn.execute("PRAGMA freelist_count").fetchone()[0] > 0
    assert _traces(_raw(path), FAMILY, GIVEN, PNC) == []


def test_every_store_connection_overwrites_what_it_deletes(path):
    """Not left to the SQLite build's default (on in Debian's, off in others)."""
    with Store.open(path) as store:
        assert store.db.conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_the_logs_own_rows_are_not_a_referral_to_erase(path):
    with Store.open(path) as store:
        store.set_retention_days(30, actor="records-manager")  # a row on the log's own id
        with pytest.raises(ReferralNotFound):
            store.erase(["-"], actor="officer")
        assert verify(store.db.conn).intact
