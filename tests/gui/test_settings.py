"""Settings: the security marking on exports, the interface language, the officer as default referrer,
and where the database is. Every test keeps its settings in its own folder, never the person's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from mappa_desktop.export.marking import MARKING_KEY, security_marking
from mappa_desktop.gui.app import create_application
from mappa_desktop.gui.settings import (
    SETTINGS_ENV,
    Officer,
    SettingsDialog,
    actor_display,
    configure_settings_storage,
    folder_url,
    interface_language,
    officer,
    set_officer,
)
from tests.gui.conftest import ACTOR


@pytest.fixture(autouse=True)
def _private_settings(tmp_path, monkeypatch):
    folder = tmp_path / "settings"
    monkeypatch.setenv(SETTINGS_ENV, str(folder))
    create_application()
    assert configure_settings_storage() == folder
    yield folder
    from mappa_desktop.gui.i18n import install_translators

    install_translators("en")


def _dialog(qtbot, database=None, **kwargs) -> SettingsDialog:
    dialog = SettingsDialog(database, actor_id=ACTOR, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_settings_are_written_to_the_private_folder_only(qtbot, _private_settings):
    dialog = _dialog(qtbot)
    dialog.ui.nameEdit.setText("Jane Smith")
    dialog.accept()
    files = list(Path(_private_settings).rglob("*.ini"))
    assert files and "Jane Smith" in files[0].read_text(encoding="utf-8")
    assert QSettings().fileName().startswith(str(_private_settings))


def test_defaults(qtbot):
    dialog = _dialog(qtbot)
    ui = dialog.ui
    assert ui.markingEdit.text() == "OFFICIAL-SENSITIVE"
    assert ui.languageCombo.currentData() == "en"
    assert [ui.languageCombo.itemData(i) for i in range(ui.languageCombo.count())] == ["en", "cy"]
    assert ui.languageCombo.itemText(1).startswith("Cymraeg")
    assert (ui.nameEdit.text(), ui.roleEdit.text(), ui.agencyEdit.text()) == ("", "", "")
    assert ACTOR in ui.officerHint.text()  # says the login stays the audit actor
    assert ui.databaseEdit.isReadOnly() and ui.databaseEdit.text() == "No database is open"
    assert not ui.openFolderButton.isEnabled()


def test_save_keeps_every_setting_and_the_export_reads_the_marking(qtbot):
    dialog = _dialog(qtbot)
    ui = dialog.ui
    ui.markingEdit.setText("OFFICIAL")
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("cy"))
    ui.nameEdit.setText("Jane Smith")
    ui.roleEdit.setText("Probation officer")
    ui.agencyEdit.setText("Probation Service Wales")
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    # A fresh QSettings (as after a restart) reads them back; the export reads the one marking key.
    assert QSettings().value(MARKING_KEY) == "OFFICIAL"
    assert security_marking() == "OFFICIAL"
    assert interface_language() == "cy"
    assert officer() == Officer("Jane Smith", "Probation officer", "Probation Service Wales")
    again = _dialog(qtbot)
    assert again.ui.markingEdit.text() == "OFFICIAL"
    assert again.ui.nameEdit.text() == "Jane Smith"


def test_cancel_and_escape_change_nothing(qtbot):
    dialog = _dialog(qtbot)
    dialog.show()
    dialog.ui.markingEdit.setText("SECRET")
    dialog.ui.nameEdit.setText("Someone")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert security_marking() == "OFFICIAL-SENSITIVE"
    assert officer().is_empty()


def test_empty_marking_falls_back_to_the_default(qtbot):
    dialog = _dialog(qtbot)
    dialog.ui.markingEdit.setText("   ")
    dialog.accept()
    assert security_marking() == "OFFICIAL-SENSITIVE"


def test_open_folder_opens_only_a_local_file_url(qtbot, tmp_path):
    database = tmp_path / "data" / "referrals.sqlite3"
    dialog = _dialog(qtbot, database)
    opened: list[QUrl] = []
    dialog.open_url = lambda url: opened.append(url) or True
    assert dialog.ui.databaseEdit.text() == str(database)
    assert dialog.ui.openFolderButton.isEnabled()
    dialog.ui.openFolderButton.click()
    assert len(opened) == 1
    url = opened[0]
    assert url.scheme() == "file" and url.isLocalFile() and not url.host()
    assert Path(url.toLocalFile()) == database.parent.resolve()


def test_a_network_share_is_never_opened(qtbot, monkeypatch):
    assert folder_url("//server/share/referrals.sqlite3") is None
    dialog = _dialog(qtbot, "//server/share/referrals.sqlite3")
    opened = []
    dialog.open_url = lambda url: opened.append(url) or True
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kwargs: told.append(args))
    assert not dialog.open_folder()
    assert opened == [] and told  # says why and what to do instead


def test_keyboard_path_and_accessible_names(qtbot):
    dialog = _dialog(qtbot, "/tmp/referrals.sqlite3")
    dialog.show()
    ui = dialog.ui
    assert dialog.focusWidget() is ui.markingEdit or ui.markingEdit.hasFocus()
    fields = [ui.markingEdit, ui.languageCombo, ui.nameEdit, ui.roleEdit, ui.agencyEdit, ui.databaseEdit]
    for field in [*fields, ui.openFolderButton]:
        assert field.accessibleName(), field.objectName()
    # Each field has a label with an Alt shortcut pointing at it.
    buddies = {label.buddy(): label.text() for label in dialog.findChildren(QLabel) if label.buddy()}
    for field in fields:
        assert "&" in buddies[field], field.objectName()
    shortcuts = [buddies[f].split("&")[1][0].lower() for f in fields]
    assert len(set(shortcuts)) == len(shortcuts)
    # Tab goes through the fields in reading order, then the folder button.
    order, widget = [], ui.markingEdit
    for _ in range(len(fields)):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
    assert order == fields and widget is ui.openFolderButton
    for button in ui.buttonBox.buttons():
        assert button.accessibleName()


def test_menu_and_ctrl_comma_open_settings_and_the_banner_follows_the_marking(
    store, make_window, qtbot, monkeypatch
):
    window = make_window(store)
    assert window.ui.markingBanner.text() == "OFFICIAL-SENSITIVE"
    assert window.ui.actionSettings in window.ui.menuEdit.actions()
    assert window.ui.actionSettings.shortcut().toString() == "Ctrl+,"
    seen = []

    def save_official(dialog):
        seen.append(dialog)
        assert dialog.ui.databaseEdit.text() == str(store.path)
        dialog.ui.markingEdit.setText("OFFICIAL")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", save_official)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1
    assert window.ui.markingBanner.text() == "OFFICIAL"
    assert "Settings saved" in window.statusBar().currentMessage()
    window.close()


def test_new_referrals_name_the_officer_as_referrer(store, make_window):
    set_officer(Officer("Jane Smith", "Probation officer", "Probation Service Wales"))
    window = make_window(store)
    window.new_referral()
    referral = store.load(window.editor.referral().id)
    assert (referral.referrer.name, referral.referrer.role, referral.referrer.agency) == (
        "Jane Smith",
        "Probation officer",
        "Probation Service Wales",
    )
    # The audit log still records the login as the actor.
    assert store.audit_log(referral.id)[0].actor == ACTOR
    window.close()


def test_no_officer_set_leaves_the_referrer_empty(store, make_window):
    window = make_window(store)
    window.new_referral()
    assert store.load(window.editor.referral().id).referrer.name is None
    window.close()


def test_actor_display_shows_the_name_for_this_login_only():
    assert actor_display("jsmith", "jsmith") == "jsmith"
    set_officer(Officer("Jane Smith"))
    assert actor_display("jsmith", "jsmith") == "Jane Smith (jsmith)"
    assert actor_display("other", "jsmith") == "other"
