"""Opening the database: a healthy file is never called damaged (its newest pages may be in the -wal), real
damage still is, and a full disk, read-only media, a busy or locked file each get their own true message."""

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from adversary import (
    CHECKPOINT_LOOP,
    CHECKPOINTER,
    copy_with_pages_in_wal,
    cut_checkpoint_short,
    fill_disk,
    main_file_is_short,
    names,
    pages_in_wal,
    pretend_the_disk_is_full,
    read_only,
    small_disk,
)

from mappa_desktop.cli import main
from mappa_desktop.core.database_driver import sqlite3 as driver
from mappa_desktop.core.store import (
    DatabaseBusy,
    DatabaseCorrupt,
    DatabaseIncomplete,
    DatabaseLocked,
    DatabaseUnreadable,
    DatabaseUnwritable,
    DiskFull,
    ReadOnlyWithPendingChanges,
    Store,
    connection,
)
from mappa_desktop.core.store.errors import OPENING, translate


def _all_there(path: Path, ids: list[str]) -> None:
    with Store.open(path) as store:
        assert store.db.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert {row.id for row in store.list_referrals()} == set(ids)
        for referral_id in ids:
            assert store.load(referral_id).subject.family_name.startswith("Wal")
            assert [e.action for e in store.audit_log(referral_id)] == ["created"]


@pytest.mark.parametrize("crash", ["before the checkpoint", "checkpoint cut off after page 1"])
def test_pages_still_in_the_wal_open_with_every_referral(tmp_path, crash):
    path = tmp_path / "copy" / "db.sqlite3"
    ids = copy_with_pages_in_wal(tmp_path / "live" / "db.sqlite3", path)
    if crash != "before the checkpoint":
        cut_checkpoint_short(path)
        assert main_file_is_short(path), "the main file is shorter than its header says"
    _all_there(path, ids)
    assert main(["list", "--db", str(path), "--format", "json"]) == 0


def test_the_cli_lists_a_database_whose_checkpoint_was_cut_off(tmp_path, capsys):
    path = tmp_path / "copy" / "db.sqlite3"
    ids = copy_with_pages_in_wal(tmp_path / "live" / "db.sqlite3", path, count=30)
    cut_checkpoint_short(path)
    capsys.readouterr()
    assert main(["list", "--db", str(path), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert len(ids) == 30 and all(i in out for i in ids)


def test_killed_during_a_checkpoint_opens_with_every_committed_referral(tmp_path):
    path = tmp_path / "db.sqlite3"
    Store.open(path).close()
    writer = subprocess.Popen(
        [sys.executable, "-c", CHECKPOINTER, str(path), "60"], stdout=subprocess.PIPE, text=True
    )
    ids: list[str] = []
    for line in writer.stdout:
        if line.strip() == "checkpoint":
            time.sleep(0.02)  # into the checkpoint of 3,000 referrals
            writer.kill()
            break
        ids.extend(line.split())
    writer.wait()
    assert len(ids) == 3000
    _all_there(path, ids)


def test_opening_while_another_instance_checkpoints_never_says_damaged(tmp_path):
    path = tmp_path / "db.sqlite3"
    Store.open(path).close()
    writer = subprocess.Popen(
        [sys.executable, "-c", CHECKPOINT_LOOP, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout.readline().strip() == "ready"
        counts = []
        for _ in range(80):
            with Store.open(path) as store:
                counts.append(len(store.list_referrals()))
        assert writer.poll() is None, "the other instance was checkpointing throughout"
    finally:
        writer.kill()
        writer.wait()
    assert counts == sorted(counts) and counts[-1] > counts[0]


def test_real_damage_in_a_wal_database_is_still_caught(tmp_path):
    live = tmp_path / "live" / "db.sqlite3"
    with Store.open(live) as store:  # pages in the main file ...
        store.add_many(names(300, "Old"), actor="test")
    path = tmp_path / "copy" / "db.sqlite3"
    copy_with_pages_in_wal(live, path, count=20)  # ... and newer ones still in the -wal
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    damaged = [n for n in range(3, len(data) // page) if n not in pages_in_wal(path)][:4]
    for number in damaged:  # a disk fault in pages the -wal does not replace
        data[(number - 1) * page : number * page] = os.urandom(page)
    path.write_bytes(bytes(data))
    before = path.read_bytes(), Path(f"{path}-wal").read_bytes()
    with pytest.raises(DatabaseCorrupt) as caught:
        Store.open(path)
    assert "db.sqlite3-wal" in str(caught.value)
    assert (path.read_bytes(), Path(f"{path}-wal").read_bytes()) == before


def test_a_main_file_without_its_wal_is_damaged_and_the_message_says_to_keep_the_wal(tmp_path):
    path = tmp_path / "copy" / "db.sqlite3"
    copy_with_pages_in_wal(tmp_path / "live" / "db.sqlite3", path)
    cut_checkpoint_short(path)
    Path(f"{path}-wal").unlink()  # copied without its -wal: the pages are gone for real
    Path(f"{path}-shm").unlink()
    before = path.read_bytes()
    with pytest.raises(DatabaseCorrupt) as caught:
        Store.open(path)
    message = str(caught.value)
    assert "cut short" in message and "db.sqlite3-wal" in message and "db.sqlite3-shm" in message
    assert path.read_bytes() == before


def test_an_empty_main_file_beside_a_wal_is_not_damaged_and_the_wal_is_kept(tmp_path):
    path = tmp_path / "copy" / "db.sqlite3"
    copy_with_pages_in_wal(tmp_path / "live" / "db.sqlite3", path)
    wal = Path(f"{path}-wal").read_bytes()
    path.write_bytes(b"")
    with pytest.raises(DatabaseIncomplete) as caught:
        Store.open(path)
    assert "damaged" not in str(caught.value) and "db.sqlite3-wal" in str(caught.value)
    assert Path(f"{path}-wal").read_bytes() == wal and path.read_bytes() == b""


def test_a_reader_works_while_another_instance_holds_a_long_write(tmp_path, capsys):
    path = tmp_path / "db.sqlite3"
    with Store.open(path) as store:
        saved = store.new_referral(names(1)[0], actor="a")
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE referrals SET subject_name = 'uncommitted'")
    try:
        started = time.monotonic()
        with Store.open(path) as store:
            assert [r.subject_name for r in store.list_referrals()] == ["Wal0"]
            assert store.load(saved.id).subject.family_name == "Wal0"
            assert [e.action for e in store.audit_log(saved.id)] == ["created"]
        capsys.readouterr()
        assert main(["list", "--db", str(path), "--format", "json"]) == 0
        assert saved.id in capsys.readouterr().out
        assert time.monotonic() - started < connection.BUSY_TIMEOUT_MS / 1000, "no wait for the lock"
        assert writer.in_transaction
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_opening_while_another_program_keeps_the_file_to_itself_says_busy(tmp_path, monkeypatch):
    path = tmp_path / "db.sqlite3"
    Store.open(path).close()
    # The store's own SQLite: two SQLite libraries in one process do not see each other's file locks.
    holder = driver.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)
    try:
        with pytest.raises(DatabaseBusy) as caught:
            Store.open(path)
    finally:
        holder.close()
    message = str(caught.value)
    assert "busy" in message and "was not opened" in message and "damaged" not in message
    with Store.open(path) as store:  # and once the other program lets go, it opens
        assert store.count() == 0


@pytest.mark.parametrize("code", [sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_IOERR_LOCK])
def test_a_refused_file_lock_says_locked_not_busy_nor_damaged(tmp_path, code):
    error = sqlite3.OperationalError("database table is locked")
    error.sqlite_errorcode = code
    said = translate(error, tmp_path / "db.sqlite3", OPENING)
    assert isinstance(said, DatabaseLocked) and not isinstance(said, DatabaseBusy)
    assert "locked by another program" in str(said) and "was not opened" in str(said)


def _database_with_referrals(path: Path, count: int = 20) -> list[str]:
    with Store.open(path) as store:
        referrals = names(count)
        store.add_many(referrals, actor="test")
    return [r.id for r in referrals]


def test_a_full_disk_at_open_says_the_disk_is_full_not_damaged(tmp_path, monkeypatch):
    disk = tmp_path / "disk"
    with small_disk(disk) as mounted:
        path = disk / "db.sqlite3"
        ids = _database_with_referrals(path)
        before = path.read_bytes()
        if mounted:
            fill_disk(disk)  # opening now cannot make its -shm
        else:  # no tmpfs without root: SQLite's own error for a full disk, and no space left
            pretend_the_disk_is_full(monkeypatch)
        with pytest.raises(DiskFull) as caught:
            Store.open(path)
        message = str(caught.value)
        assert "disk holding" in message and "is full" in message and "could not be opened" in message
        assert "damaged" not in message and "Free some space" in message
        assert path.read_bytes() == before
        if mounted:
            (disk / "filler").unlink()
        else:
            monkeypatch.undo()
        with Store.open(path) as store:
            assert {r.id for r in store.list_referrals()} == set(ids)


def test_a_read_only_database_can_be_listed_but_not_saved(tmp_path, capsys):
    disk = tmp_path / "disk"
    with small_disk(disk, "8m") as mounted:
        path = disk / "db.sqlite3"
        ids = _database_with_referrals(path)
        before = path.read_bytes()
        with read_only(disk, mounted) as really:
            with Store.open(path) as store:
                assert store.read_only
                assert {r.id for r in store.list_referrals()} == set(ids)
                referral = store.load(ids[0])
                referral.subject.given_names = "Changed"
                with pytest.raises(DatabaseUnwritable) as caught:
                    store.save(referral, actor="a")
                assert "read-only" in str(caught.value) and "Nothing was written" in str(caught.value)
            capsys.readouterr()
            assert main(["list", "--db", str(path), "--format", "json"]) == 0
            assert ids[0] in capsys.readouterr().out
            assert path.read_bytes() == before
            if really:
                assert sorted(p.name for p in disk.iterdir()) == ["db.sqlite3"]


@pytest.mark.parametrize("shm", ["kept", "lost"])
def test_a_read_only_database_with_pages_in_its_wal_is_read_whole_or_not_called_damaged(tmp_path, shm):
    disk = tmp_path / "disk"
    with small_disk(disk, "8m") as mounted:
        path = disk / "db.sqlite3"
        ids = copy_with_pages_in_wal(tmp_path / "live" / "db.sqlite3", path, count=50)
        cut_checkpoint_short(path)
        if shm == "lost":
            Path(f"{path}-shm").unlink()
        with read_only(disk, mounted) as really:
            # without its -shm on a disk no one can write, SQLite cannot read the -wal: say so, not "damaged"
            # (root on a disk it can write: SQLite makes its -shm and reads the -wal whole)
            if shm == "lost" and really:
                with pytest.raises(ReadOnlyWithPendingChanges) as caught:
                    Store.open(path)
                message = str(caught.value)
                assert "damaged" not in message and "db.sqlite3-wal" in message and "Copy" in message
                return
            with Store.open(path) as store:
                assert store.read_only and {r.id for r in store.list_referrals()} == set(ids)


def test_opening_takes_no_write_lock_unless_the_schema_needs_upgrading(tmp_path):
    path = tmp_path / "db.sqlite3"
    Store.open(path).close()
    statements: list[str] = []
    real = connection._sqlite

    def traced(uri, *rest):
        conn = real(uri, *rest)
        conn.set_trace_callback(statements.append)
        return conn

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(connection, "_sqlite", traced)
        Store.open(path).close()
    assert not [s for s in statements if s.upper().startswith("BEGIN")]


def test_a_pipe_where_the_database_should_be_is_refused_without_waiting(tmp_path):
    pipe = tmp_path / "db.sqlite3"
    os.mkfifo(pipe)
    with pytest.raises(DatabaseUnreadable, match="not an ordinary file"):
        Store.open(pipe)
