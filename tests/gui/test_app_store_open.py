"""The window and the database's files: a healthy database whose newest pages are in its -wal opens, a
read-only one opens for reading with a notice, a full disk is named as such, never as damage; the message
text from the disk is shown as plain text."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from mappa_desktop.core.store import Store
from mappa_desktop.gui import app as app_module
from tests.conftest import passphrase_on_fd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from adversary import (  # noqa: E402
    copy_with_pages_in_wal,
    cut_checkpoint_short,
    fill_disk,
    pretend_the_disk_is_full,
    read_only,
    small_disk,
)

SCREENSHOTS_ENV = "MAPPA_SCREENSHOTS"
"""Set to a folder (e.g. docs/screenshots) to keep the dialogs' pictures; otherwise they go to tmp_path."""


@pytest.fixture
def boxes(monkeypatch, qapp):
    """Message boxes the app shows (modal ones answered Close, the read-only notice closing the app)."""
    shown: list[QMessageBox] = []

    def fake_exec(box):
        shown.append(box)
        return QMessageBox.StandardButton.Close

    def fake_open(box):
        shown.append(box)
        QTimer.singleShot(0, QApplication.quit)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "open", fake_open)
    monkeypatch.delenv(app_module.EXIT_AFTER_SHOW_ENV, raising=False)
    return shown


def _save(box: QMessageBox, name: str, tmp_path: Path) -> None:
    box.show()
    QApplication.processEvents()
    folder = Path(os.environ.get(SCREENSHOTS_ENV) or tmp_path)
    assert box.grab().save(str(folder / name))
    box.hide()


def _informative_label(box: QMessageBox) -> QLabel:
    [label] = [w for w in box.findChildren(QLabel) if w.text() == box.informativeText()]
    return label


def test_a_database_whose_checkpoint_was_cut_off_opens_in_the_window(tmp_path, boxes, monkeypatch):
    path = tmp_path / "copy" / "referrals.sqlite3"
    ids = copy_with_pages_in_wal(tmp_path / "live" / "referrals.sqlite3", path, count=40)
    cut_checkpoint_short(path)
    listed: list[int] = []
    from mappa_desktop.gui.main_window import MainWindow

    real_attach = MainWindow.attach_store

    def attach_and_quit(window, store):
        real_attach(window, store)
        listed.append(store.count())
        QTimer.singleShot(0, QApplication.quit)

    monkeypatch.setattr(MainWindow, "attach_store", attach_and_quit)
    with passphrase_on_fd() as (_, fd):  # the plain database is encrypted on the way in, then opened
        assert app_module.run_app(db=str(path), demo=False, passphrase_fd=int(fd)) == 0
    assert boxes == [] and listed == [len(ids)]


def test_a_read_only_database_opens_for_reading_with_a_notice(tmp_path, boxes):
    disk = tmp_path / "disk"
    with small_disk(disk, "8m") as mounted:
        path = disk / "referrals.sqlite3"
        with Store.open(path) as store:
            store.new_referral(actor="a")
        with read_only(disk, mounted):
            assert app_module.run_app(db=str(path), demo=False) == 0
        [notice] = boxes
        assert notice.icon() == QMessageBox.Icon.Information
        assert "reading only" in notice.text() and str(path) in notice.informativeText()
        assert "-wal and -shm" in notice.informativeText()
        _save(notice, "db-read-only.png", tmp_path)


def test_a_full_disk_at_open_is_named_and_shown_as_plain_text(tmp_path, boxes, monkeypatch):
    disk = tmp_path / "disk<b>bold</b>"
    with small_disk(disk) as mounted:
        path = disk / "referrals.sqlite3"
        Store.open(path).close()
        before = path.read_bytes()
        if mounted:
            fill_disk(disk)
        else:  # no tmpfs without root: SQLite's own error for a full disk, and no space left
            pretend_the_disk_is_full(monkeypatch)
        assert app_module.run_app(db=str(path), demo=False) == app_module.EXIT_STORE_ERROR
        [box] = boxes
        message = box.informativeText()
        assert "is full" in message and "damaged" not in message and str(path) in message
        assert _informative_label(box).textFormat() == Qt.TextFormat.PlainText
        assert path.read_bytes() == before
        _save(box, "db-disk-full.png", tmp_path)


def test_damage_names_the_wal_and_shm_to_keep(tmp_path, boxes):
    path = tmp_path / "referrals.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + bytes(range(256)) * 16)
    assert app_module.run_app(db=str(path), demo=False) == app_module.EXIT_STORE_ERROR
    [box] = boxes
    message = box.informativeText()
    assert "damaged" in message and "referrals.sqlite3-wal" in message and "referrals.sqlite3-shm" in message
    assert _informative_label(box).textFormat() == Qt.TextFormat.PlainText
    _save(box, "corrupt-db.png", tmp_path)


def test_an_unexpected_error_while_opening_is_told_and_the_app_ends(tmp_path, boxes, monkeypatch):
    def broken(path, key=None):
        raise RuntimeError("something nobody foresaw")

    monkeypatch.setattr(Store, "open", broken)
    with passphrase_on_fd() as (_, fd):
        status = app_module.run_app(db=str(tmp_path / "db.sqlite3"), demo=False, passphrase_fd=int(fd))
    assert status == app_module.EXIT_STORE_ERROR
    [box] = boxes
    assert (
        "something nobody foresaw" in box.informativeText()
        and "Nothing in it was changed" in box.informativeText()
    )
