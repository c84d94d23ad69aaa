"""When a referral was last exported, and whether it changed since (the drafts list says so)."""

from mappa_desktop.core.database_driver import sqlite3
from mappa_desktop.core.referral import Referral, Subject
from mappa_desktop.core.store import Store
from mappa_desktop.export.service import record_export


def test_an_export_is_recorded_and_a_later_change_makes_it_out_of_date(tmp_path):
    with Store.open(tmp_path / "db.sqlite3") as store:
        referral = store.new_referral(Referral(subject=Subject(family_name="Ford")), actor="pc.jones")
        [row] = store.list_referrals()
        assert row.exported_at is None and not row.changed_since_export

        at = record_export(store, referral.id, "pdf", actor="pc.jones")
        [row] = store.list_referrals()
        assert row.exported_at == at and not row.changed_since_export
        assert store.load(referral.id).revision == 1  # recording the export changes nothing in it
        entry = store.audit_log(referral.id)[-1]
        assert (entry.action, entry.actor) == ("exported", "pc.jones")
        assert entry.new == {"what": "PDF", "revision": 1}

        referral.subject.given_names = "Fay"
        store.save(referral, actor="pc.jones")
        [row] = store.list_referrals()
        assert row.changed_since_export

        record_export(store, referral.id, "json", actor="pc.jones")
        [row] = store.list_referrals()
        assert not row.changed_since_export


def test_a_database_from_before_exports_were_recorded_opens_and_records_them(tmp_path):
    path = tmp_path / "db.sqlite3"
    with Store.open(path) as store:
        referral = store.new_referral(Referral(subject=Subject(family_name="Ford")), actor="pc.jones")
    with sqlite3.connect(path) as conn:  # as the previous version left it: no m004, no column
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm004_referrals_exported_at'")
        conn.execute("ALTER TABLE referrals DROP COLUMN exported_at")
    conn.close()
    with Store.open(path) as store:
        [row] = store.list_referrals()
        assert row.id == referral.id and row.exported_at is None
        record_export(store, referral.id, "pdf", actor="pc.jones")
        assert store.list_referrals()[0].exported_at is not None
