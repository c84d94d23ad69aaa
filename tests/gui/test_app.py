"""run_app: a database that cannot be opened is explained and left untouched; --demo cleans up."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from mappa_desktop.gui import app as app_module
from tests.conftest import TEST_PASSPHRASE, passphrase_on_fd


@pytest.fixture
def shown_messages(monkeypatch, qapp):
    shown: list[QMessageBox] = []

    def fake_exec(box):
        shown.append(box)
        return QMessageBox.StandardButton.Close

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.delenv(app_module.EXIT_AFTER_SHOW_ENV, raising=False)
    return shown


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_corrupt_database_is_explained_and_not_changed(tmp_path, shown_messages):
    bad = tmp_path / "referrals.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + os.urandom(4000))
    before = _digest(bad)
    status = app_module.run_app(db=str(bad), demo=False)
    assert status == app_module.EXIT_STORE_ERROR
    assert len(shown_messages) == 1
    box = shown_messages[0]
    assert box.icon() == QMessageBox.Icon.Critical
    message = box.informativeText()
    assert str(bad) in message
    assert "not been changed" in message
    assert "backup" in message  # what to do
    assert _digest(bad) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["referrals.sqlite3"]


def test_not_a_database_is_explained_and_not_changed(tmp_path, shown_messages):
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n" * 20)
    before = _digest(notes)
    # Not SQLite: it could be an encrypted database, so its passphrase is asked; none opens it.
    with passphrase_on_fd() as (_, fd):
        assert (
            app_module.run_app(db=str(notes), demo=False, passphrase_fd=int(fd))
            == app_module.EXIT_STORE_ERROR
        )
    assert "not a MAPPA Desktop database" in shown_messages[0].informativeText()
    assert _digest(notes) == before


def test_folder_instead_of_file_is_explained(tmp_path, shown_messages):
    assert app_module.run_app(db=str(tmp_path), demo=False) == app_module.EXIT_STORE_ERROR
    assert "folder" in shown_messages[0].informativeText()


def _run(args, env_extra, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", app_module.EXIT_AFTER_SHOW_ENV: "1", **env_extra}
    env["MAPPA_DESKTOP_DATA"] = str(tmp_path / "userdata")
    return subprocess.run(
        [sys.executable, "-m", "mappa_desktop", *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_app_starts_shows_its_window_and_exits_with_the_hook(tmp_path):
    read, write = os.pipe()  # the new database's passphrase, on a descriptor (--passphrase-fd)
    os.write(write, TEST_PASSPHRASE.encode() + b"\n")
    os.close(write)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", app_module.EXIT_AFTER_SHOW_ENV: "1"}
    env["MAPPA_DESKTOP_DATA"] = str(tmp_path / "userdata")
    args = ["--db", str(tmp_path / "new.sqlite3"), "--passphrase-fd", str(read)]
    try:
        result = subprocess.run(
            [sys.executable, "-m", "mappa_desktop", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            pass_fds=(read,),
        )
    finally:
        os.close(read)
    assert result.returncode == 0, result.stderr
    assert app_module.FIRST_WINDOW_MARKER in result.stdout
    assert (tmp_path / "new.sqlite3").exists()


def test_demo_uses_a_throwaway_database_and_removes_it(tmp_path):
    env = {"TMPDIR": str(tmp_path)}
    result = _run(["--demo"], env, tmp_path)
    assert result.returncode == 0, result.stderr
    assert app_module.FIRST_WINDOW_MARKER in result.stdout
    assert not list(tmp_path.glob("mappa-demo-*")), "the demo folder is deleted on exit"
    assert not (tmp_path / "userdata").exists(), "the user's own database is not touched"


def test_demo_database_holds_sample_referrals(tmp_path):
    from mappa_desktop.core.screening import QueueQuery, ScreeningStatus, queue_keys, received_count
    from mappa_desktop.core.store import Store

    path = app_module.create_demo_database(tmp_path, count=12, received=15)
    with Store.open(path) as store:
        assert store.count() == 12
        # The coordinator's queue is filled too, some decided and some still awaiting a decision.
        assert received_count(store.db.conn) == 15
        awaiting = queue_keys(store.db.conn, QueueQuery(statuses=frozenset({ScreeningStatus.received})))
        assert 0 < len(awaiting) < 15
