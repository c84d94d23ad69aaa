"""The training record holds trainees' names and answers: owner-only whatever the umask, like the store."""

from __future__ import annotations

import os
import stat
from types import SimpleNamespace

import pytest

from mappa_desktop.core.store import DatabaseCorrupt, DatabaseUnreadable
from mappa_desktop.core.training import TrainingRecord


@pytest.fixture
def usual_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_training_record_is_owner_only_under_the_usual_umask(tmp_path, usual_umask):
    folder = tmp_path / "data" / "mappa"
    path = folder / "training.sqlite3"
    record = TrainingRecord.open(path)
    try:
        record.add_attempt("s1", "scenario-1", "Trainee", SimpleNamespace(score=1, total=2), {"level": 2})
        assert record.attempts("s1")[0].trainee == "Trainee"
    finally:
        record.close()
    assert _mode(path) == 0o600
    assert _mode(folder) == 0o700 and _mode(folder.parent) == 0o700
    assert not [p for p in folder.iterdir() if _mode(p) & 0o077]  # no journal left readable by others


def test_an_existing_training_record_is_made_owner_only_again(tmp_path, usual_umask):
    path = tmp_path / "training.sqlite3"
    TrainingRecord.open(path).close()
    os.chmod(path, 0o644)  # as an earlier version left it
    TrainingRecord.open(path).close()
    assert _mode(path) == 0o600


def test_the_training_record_refuses_what_is_not_an_sqlite_file(tmp_path):
    pipe = tmp_path / "pipe.sqlite3"
    os.mkfifo(pipe)
    with pytest.raises(DatabaseUnreadable, match="not an ordinary file"):  # never waits on a pipe
        TrainingRecord.open(pipe)
    text = tmp_path / "notes.sqlite3"
    text.write_text("not a database, and never overwritten")
    with pytest.raises(DatabaseCorrupt):
        TrainingRecord.open(text)
    assert text.read_text() == "not a database, and never overwritten"


def test_the_training_record_is_opened_by_the_stores_one_connection_factory(tmp_path, monkeypatch):
    """Every connection comes from core.store.connection.connect (where an encryption key is applied):
    the training record's has the store's busy timeout, WAL and full synchronous writes, and its damage
    check refuses a damaged file with the store's own message."""
    from mappa_desktop.core.store import connection

    opened = []
    real = connection.connect
    monkeypatch.setattr(
        "mappa_desktop.core.training.record.connect", lambda *a, **k: opened.append(a[0]) or real(*a, **k)
    )
    path = tmp_path / "training.sqlite3"
    record = TrainingRecord.open(path)
    try:
        conn = record.db.conn
        assert opened == [path]
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == connection.BUSY_TIMEOUT_MS
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    finally:
        record.close()
    data = bytearray(path.read_bytes())
    data[4096 : 4096 + 12] = b"\xff" * 12  # the header of a table page overwritten
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt, match="is damaged"):
        TrainingRecord.open(path)
