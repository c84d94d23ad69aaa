"""Nothing lost: killed writers, damaged files, unwritable places, two instances on one database."""

import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from adversary import SAVER

from mappa_desktop.core.database_driver import sqlite3
from mappa_desktop.core.referral import Referral
from mappa_desktop.core.store import (
    DatabaseCorrupt,
    DatabaseUnreadable,
    DatabaseUnwritable,
    SaveConflict,
    Store,
    StoreError,
)


def test_sigkill_mid_write_loses_no_committed_referral(tmp_path):
    path = tmp_path / "db.sqlite3"
    Store.open(path).close()
    saver = [sys.executable, "-c", SAVER, str(path), "0"]  # saves until killed
    writer = subprocess.Popen(saver, stdout=subprocess.PIPE, text=True)
    printed: list[str] = []
    reader = threading.Thread(target=lambda: printed.extend(line.strip() for line in writer.stdout))
    reader.start()
    deadline = time.monotonic() + 20
    while len(printed) < 50 and time.monotonic() < deadline and writer.poll() is None:
        time.sleep(0.05)
    time.sleep(0.3)
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    reader.join()
    assert writer.returncode == -signal.SIGKILL
    assert len(printed) >= 50, "the writer made progress before it was killed"

    with Store.open(path) as store:
        assert store.db.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        for referral_id in printed:
            referral = store.load(referral_id)
            assert referral.subject.given_names == "Saved"
            assert [e.action for e in store.audit_log(referral_id)] == ["created", "changed"]
        assert store.count() >= len(printed)


def _valid_database(path):
    with Store.open(path) as store:
        for n in range(300):
            store.new_referral(Referral.model_validate({"subject": {"family_name": f"P{n}"}}), actor="a")
    return path


def _side_files(path):
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


@pytest.mark.parametrize("size", [4096, 100_000])
def test_random_bytes_are_refused_and_left_untouched(tmp_path, size):
    path = tmp_path / "db.sqlite3"
    path.write_bytes(os.urandom(size))
    before = path.read_bytes()
    # Random bytes cannot be told from an encrypted database: refused as one, for want of its passphrase.
    with pytest.raises(StoreError) as excinfo:
        Store.open(path)
    assert "has not been changed" in str(excinfo.value)
    assert path.read_bytes() == before
    assert _side_files(path) == []


@pytest.mark.parametrize("keep", [0.5, "page-aligned half", "header only"])
def test_truncated_database_is_refused_and_left_untouched(tmp_path, keep):
    path = _valid_database(tmp_path / "db.sqlite3")
    data = path.read_bytes()
    page = int.from_bytes(data[16:18], "big")
    cut = {0.5: len(data) // 2 + 7, "page-aligned half": (len(data) // 2 // page) * page, "header only": 100}[
        keep
    ]
    path.write_bytes(data[:cut])
    before = path.read_bytes()
    with pytest.raises(DatabaseCorrupt):
        Store.open(path)
    assert path.read_bytes() == before
    assert _side_files(path) == []


def test_damaged_pages_inside_a_sound_header_are_caught_by_quick_check(tmp_path):
    path = _valid_database(tmp_path / "db.sqlite3")
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 2 : page * 4] = os.urandom(page * 2)  # scramble pages 3 and 4
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt):
        Store.open(path)
    assert path.read_bytes() == bytes(data)


def test_a_foreign_sqlite_database_is_not_taken_over(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseCorrupt, match="not one of MAPPA Desktop's"):
        Store.open(path)
    assert path.read_bytes() == before


def test_a_folder_where_the_file_should_be_is_unreadable(tmp_path):
    (tmp_path / "db.sqlite3").mkdir()
    with pytest.raises(DatabaseUnreadable, match="folder"):
        Store.open(tmp_path / "db.sqlite3")


def test_a_location_under_a_file_is_unwritable_for_everyone(tmp_path):
    blocker = tmp_path / "some_file"
    blocker.write_text("not a folder")
    with pytest.raises(DatabaseUnwritable) as excinfo:
        Store.open(blocker / "sub" / "db.sqlite3")
    assert "Choose a folder you can write to" in str(excinfo.value)
    assert blocker.read_text() == "not a folder"


def test_a_folder_without_write_permission_is_unwritable(tmp_path, monkeypatch):
    # chmod cannot stop root (tests may run as root), so the permission answer is what is simulated.
    folder = tmp_path / "locked"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode & os.W_OK else real_access(p, mode))
    with pytest.raises(DatabaseUnwritable, match="permission"):
        Store.open(folder / "db.sqlite3")
    assert list(folder.iterdir()) == []


def test_two_instances_save_different_referrals_concurrently(tmp_path):
    path = tmp_path / "db.sqlite3"
    first, second = Store.open(path), Store.open(path)
    errors: list[BaseException] = []
    ids: list[str] = []

    def write(store, name):
        try:
            for n in range(40):
                referral = store.new_referral(actor=name)
                referral.subject.family_name = f"{name}{n}"
                store.save(referral, actor=name)
                ids.append(referral.id)
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(s, n)) for s, n in ((first, "one"), (second, "two"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for store in (first, second):
        assert store.count() == 80
        assert {r.id for r in store.list_referrals()} == set(ids)
    first.close()
    second.close()


def test_two_instances_on_one_referral_the_stale_save_conflicts(tmp_path):
    path = tmp_path / "db.sqlite3"
    with Store.open(path) as first, Store.open(path) as second:
        referral = first.new_referral(actor="one")
        mine, theirs = first.load(referral.id), second.load(referral.id)
        theirs.subject.given_names = "Theirs"
        second.save(theirs, actor="two")
        mine.subject.given_names = "Mine"
        with pytest.raises(SaveConflict):
            first.save(mine, actor="one")
        assert first.load(referral.id).subject.given_names == "Theirs"
        reloaded = first.load(referral.id)
        reloaded.subject.given_names = "Mine"
        assert first.save(reloaded, actor="one").revision == 3
