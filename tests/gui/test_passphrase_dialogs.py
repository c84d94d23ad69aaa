"""The passphrase dialogs with real key events: strength shown as it is typed, a weak or unmatched one
refused, a wrong current one refused on change, and the database re-encrypted under a new one; Settings
keeps the lock time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from mappa_desktop.core.store import Store
from mappa_desktop.core.store.encryption import DatabaseKey, WrongPassphrase
from mappa_desktop.gui.lock import DEFAULT_LOCK_MINUTES, lock_after_minutes, set_lock_after_minutes
from mappa_desktop.gui.passphrase import ChangePassphraseDialog, ChoosePassphraseDialog
from mappa_desktop.gui.settings import SettingsDialog
from tests.conftest import TEST_PASSPHRASE


def _type(qtbot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)


def test_choosing_shows_strength_and_needs_a_fair_passphrase_typed_twice(qtbot, tmp_path):
    dialog = ChoosePassphraseDialog(tmp_path / "db.sqlite3")
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.passphrase, "password1")
    assert "very weak" in dialog.meter.verdict.text() and not dialog.ok.isEnabled()
    assert "commonly used" in dialog.meter.advice.text()
    dialog.passphrase.clear()
    _type(qtbot, dialog.passphrase, "kettle orchard lantern biscuit")
    _type(qtbot, dialog.again, "kettle orchard lantern")
    assert "fair" in dialog.meter.verdict.text()
    assert not dialog.ok.isEnabled() and "not the same" in dialog.problem.text()
    _type(qtbot, dialog.again, " biscuit")
    assert dialog.ok.isEnabled() and dialog.problem.text() == ""
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert dialog.result() == ChoosePassphraseDialog.DialogCode.Accepted
    assert dialog.chosen() == "kettle orchard lantern biscuit"
    assert dialog.passphrase.text() == "" and dialog.again.text() == ""  # not left in the fields


def test_changing_the_passphrase_checks_the_current_one_and_rekeys(qtbot, tmp_path, database_key):
    path = tmp_path / "db.sqlite3"
    with Store.open(path, database_key) as store:
        store.new_referral(actor="a")
        dialog = ChangePassphraseDialog(store)
        qtbot.addWidget(dialog)
        dialog.show()
        _type(qtbot, dialog.current, "not it at all")
        _type(qtbot, dialog.new, "kettle orchard lantern biscuit")
        _type(qtbot, dialog.again, "kettle orchard lantern biscuit")
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
        assert dialog.isVisible() and "not the current passphrase" in dialog.problem.text()
        _type(qtbot, dialog.current, TEST_PASSPHRASE)
        qtbot.keyClick(dialog.current, Qt.Key.Key_Return)
        assert dialog.result() == ChangePassphraseDialog.DialogCode.Accepted
    with pytest.raises(WrongPassphrase):
        Store.open(path, DatabaseKey.for_file(path, TEST_PASSPHRASE))
    with Store.open(path, DatabaseKey.for_file(path, "kettle orchard lantern biscuit")) as store:
        assert store.count() == 1


def test_settings_keep_the_lock_time_and_offer_the_change_only_for_an_encrypted_database(
    qtbot, tmp_path, database_key
):
    with Store.open(tmp_path / "e.sqlite3", database_key) as store:
        dialog = SettingsDialog(store.path, store=store)
        qtbot.addWidget(dialog)
        assert dialog.lock_minutes.value() == 10 and dialog.change_passphrase_button.isEnabled()
        dialog.lock_minutes.setFocus()
        dialog.lock_minutes.selectAll()
        qtbot.keyClicks(dialog.lock_minutes, "3")
        dialog.accept()
    assert lock_after_minutes() == 3
    with Store.open(tmp_path / "p.sqlite3") as plain:
        dialog = SettingsDialog(plain.path, store=plain)
        qtbot.addWidget(dialog)
        assert dialog.lock_minutes.value() == 3 and not dialog.change_passphrase_button.isEnabled()
        dialog.reject()
    set_lock_after_minutes(DEFAULT_LOCK_MINUTES)  # the next test's settings as they were
