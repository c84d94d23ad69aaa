"""The Store: create, save, load, list, search, duplicate, delete, and the audit log."""

import datetime as dt

import pytest

from mappa_desktop.core.database_driver import sqlite3 as driver
from mappa_desktop.core.referral import MaracCase, Referral, ReferralStatus
from mappa_desktop.core.sample_data import sample_referrals
from mappa_desktop.core.store import (
    DatabaseFromNewerVersion,
    ReferralNotFound,
    SaveConflict,
    Store,
    StoreError,
    default_actor,
)
from mappa_desktop.core.store.schema import known_migrations


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "nested" / "folder" / "db.sqlite3") as opened:
        yield opened


def test_open_creates_folder_and_file_with_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "a" / "b" / "db.sqlite3"
    with Store.open(str(path)) as store:
        assert store.path == path and path.is_file()
        conn = store.db.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert store.count() == 0


def test_new_save_load_round_trip_with_audit(store):
    referral = store.new_referral(actor="ann")
    assert referral.revision == 1
    referral.subject.given_names = "Owain"
    referral.subject.pnc_id = "04/123456B"
    result = store.save(referral, actor="bob")
    assert (result.revision, result.changes) == (2, 2)
    assert referral.revision == 2
    assert result.updated_at.tzinfo is not None

    loaded = store.load(referral.id)
    assert loaded == referral

    log = store.audit_log(referral.id)
    assert [(e.actor, e.action, e.field) for e in log] == [
        ("ann", "created", None),
        ("bob", "changed", "subject.given_names"),
        ("bob", "changed", "subject.pnc_id"),
    ]
    assert (log[1].old, log[1].new) == (None, "Owain")
    assert log[1].at == result.updated_at


def test_a_save_with_no_change_writes_nothing(store):
    referral = store.new_referral(Referral.model_validate({"subject": {"family_name": "Rees"}}), actor="a")
    before = store.db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    changes_before = store.db.conn.total_changes
    result = store.save(referral, actor="a")
    assert result.changes == 0 and result.revision == 1
    assert store.db.conn.total_changes == changes_before
    assert store.db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before


def test_old_and_new_values_for_lists_and_status(store):
    referral = store.new_referral(actor="a")
    referral.subject.aliases = ["Taff"]
    referral.domestic_abuse.marac_cases = [MaracCase(reference="M-1", hearing_date=dt.date(2024, 1, 2))]
    referral.status = ReferralStatus.ready
    store.save(referral, actor="a")
    referral.subject.aliases = ["Taff", "Dai"]
    store.save(referral, actor="a")
    changes = {(e.field, repr(e.old), repr(e.new)) for e in store.audit_log(referral.id)[1:]}
    assert changes == {
        ("status", "'draft'", "'ready'"),
        ("subject.aliases", "[]", "['Taff']"),
        (
            "domestic_abuse.marac_cases",
            "[]",
            "[{'reference': 'M-1', 'hearing_date': '2024-01-02', 'repeat': None}]",
        ),
        ("subject.aliases", "['Taff']", "['Taff', 'Dai']"),
    }


def test_save_of_a_never_stored_referral_creates_it(store):
    referral = Referral.model_validate({"subject": {"family_name": "Bevan"}})
    result = store.save(referral, actor="a")
    assert result.revision == 1 and store.load(referral.id).subject.family_name == "Bevan"


def test_invalid_content_slipped_past_validation_is_not_stored(store):
    referral = store.new_referral(actor="a")
    sneaky = referral.model_copy(update={"status": "archived"})
    with pytest.raises(StoreError, match="status"):
        store.save(sneaky, actor="a")
    assert store.load(referral.id).status is ReferralStatus.draft


def test_duplicate_and_delete_keep_their_audit(store):
    original = store.new_referral(
        Referral.model_validate({"status": "sent", "subject": {"given_names": "Nia"}}), actor="a"
    )
    copy = store.duplicate(original.id, actor="b")
    assert copy.id != original.id and copy.status is ReferralStatus.draft
    assert copy.subject == original.subject
    assert store.audit_log(copy.id)[0].action == "duplicated"
    assert store.audit_log(copy.id)[0].old == original.id

    store.delete(original.id, actor="c")
    with pytest.raises(ReferralNotFound):
        store.load(original.id)
    *earlier, last = store.audit_log(original.id)
    # Deleting erases: the log keeps who did what and when, never the content (issue 14).
    assert (last.action, last.actor, last.old, last.new["why"]) == ("deleted", "c", None, "deleted")
    assert earlier and all(e.erased and e.old is None and e.new is None for e in earlier)
    assert store.count() == 1
    assert store.db.conn.execute("SELECT count(*) FROM referral_content").fetchone()[0] == 1
    with pytest.raises(ReferralNotFound):
        store.delete(original.id, actor="c")


def test_the_audit_log_is_append_only(store):
    referral = store.new_referral(actor="a")
    with pytest.raises(driver.IntegrityError, match="append-only"):
        store.db.conn.execute("UPDATE audit_log SET actor = 'mallory'")
    with pytest.raises(driver.IntegrityError, match="append-only"):
        store.db.conn.execute("DELETE FROM audit_log")
    assert store.audit_log(referral.id)[0].actor == "a"


def test_list_newest_first_and_search(store):
    referrals = list(sample_referrals(30, seed=5, as_of=dt.date(2025, 6, 1)))
    store.add_many(referrals, actor="sample")
    target = referrals[7]
    target.subject.aliases = ["Zebedee"]
    target.subject.visor_ref = "VIS/77/123456"
    target.domestic_abuse.marac_cases = [MaracCase(reference="MARAC-2031-XYZ")]
    target.domestic_abuse.matac_reference = "MATAC/NEW/4242"
    store.save(target, actor="a")

    rows = store.list_referrals()
    assert len(rows) == 30 == store.count()
    assert rows[0].id == target.id
    assert [r.updated_at for r in rows] == sorted((r.updated_at for r in rows), reverse=True)
    assert rows[0].subject_name == target.subject.full_name and rows[0].pnc_id == target.subject.pnc_id

    year, serial = target.subject.pnc_id.split("/")
    for query in (
        "zebedee",
        "vis/77/123456",
        "marac-2031",
        "matac/new/4242",
        target.subject.ndelius_crn.lower(),
        target.subject.pnc_id.lower(),
        f"{year}/{serial.lstrip('0')}",
        target.subject.full_name.upper(),
    ):
        assert target.id in {r.id for r in store.list_referrals(query)}, query
    assert store.list_referrals("no such person anywhere") == []
    assert len(store.list_referrals(limit=5)) == 5
    assert all(r.status is ReferralStatus.sent for r in store.list_referrals(status="sent"))


def test_search_words_with_like_wildcards_are_literal(store):
    store.new_referral(Referral.model_validate({"subject": {"family_name": "Evans"}}), actor="a")
    assert store.list_referrals("%") == [] and store.list_referrals("_") == []


def test_add_many_is_all_or_nothing(store):
    good = Referral()
    with pytest.raises(StoreError):
        store.add_many([good, good], actor="a")  # the same id twice
    assert store.count() == 0


def test_stale_copy_gets_save_conflict_and_writes_nothing(store):
    referral = store.new_referral(actor="a")
    window_one = store.load(referral.id)
    window_two = store.load(referral.id)
    window_one.subject.given_names = "Ieuan"
    store.save(window_one, actor="a")
    window_two.subject.given_names = "Dafydd"
    with pytest.raises(SaveConflict) as excinfo:
        store.save(window_two, actor="b")
    assert "not saved" in str(excinfo.value)
    assert store.load(referral.id).subject.given_names == "Ieuan"


def test_save_after_delete_elsewhere_is_reported(store):
    referral = store.new_referral(actor="a")
    store.delete(referral.id, actor="a")
    referral.subject.given_names = "x"
    with pytest.raises(ReferralNotFound):
        store.save(referral, actor="a")


def test_disk_full_is_reported_and_the_last_good_save_is_kept(store):
    referral = store.new_referral(actor="a")
    referral.subject.given_names = "Kept"
    store.save(referral, actor="a")
    conn = store.db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    referral.offence.brief_details = ["x" * 200] * 100
    with pytest.raises(StoreError) as excinfo:
        store.save(referral, actor="a")
    message = str(excinfo.value)
    assert "full" in message and "not made" in message and "kept" in message
    assert referral.revision == 2  # unchanged: the caller can retry
    fresh = store.load(referral.id)
    assert (fresh.subject.given_names, fresh.offence.brief_details, fresh.revision) == ("Kept", [], 2)


def test_newer_database_is_refused_and_not_changed(tmp_path):
    path = tmp_path / "db.sqlite3"
    with Store.open(path) as store:
        store.db.conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('mappa_desktop', 'm999_from_the_future', 'later')"
        )
    before = path.read_bytes()
    with pytest.raises(DatabaseFromNewerVersion, match="newer version"):
        Store.open(path)
    assert path.read_bytes() == before


def test_migrations_are_recorded_and_reopening_is_idempotent(tmp_path):
    path = tmp_path / "db.sqlite3"
    Store.open(path).close()
    with Store.open(path) as store:
        names = [r["name"] for r in store.db["_sqlite_migrations"].rows]
        assert names[0] == "m001_referrals_and_audit_log"
        assert names == known_migrations()  # each applied once, in order


def test_closed_store_says_so(tmp_path):
    store = Store.open(tmp_path / "db.sqlite3")
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.count()


def test_default_actor_is_a_user_name():
    assert default_actor() and isinstance(default_actor(), str)
