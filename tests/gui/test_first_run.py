"""First run asks who is using the application; what they give is recorded beside the login."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from mappa_desktop.gui.app import create_application
from mappa_desktop.gui.editor.dialogs import OfficerChoice
from mappa_desktop.gui.settings import OfficerDialog, first_run_due, officer
from tests.gui.conftest import ACTOR, add_referral
from tests.gui.editor.helpers import type_like_a_person


def test_the_first_run_dialog_saves_name_role_and_agency_and_is_not_asked_again(qtbot):
    create_application()
    assert first_run_due()
    dialog = OfficerDialog("jsmith")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    for edit, text in (
        (dialog.name_edit, "Jane Smith"),
        (dialog.role_edit, "Probation officer"),
        (dialog.agency_edit, "Probation Service"),
    ):
        qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
        type_like_a_person(qtbot, text, delay_ms=5)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert (officer().name, officer().role, officer().agency) == (
        "Jane Smith",
        "Probation officer",
        "Probation Service",
    )
    assert not first_run_due()


def test_skipping_the_first_run_dialog_is_remembered(qtbot):
    create_application()
    dialog = OfficerDialog("jsmith")
    qtbot.addWidget(dialog)
    dialog.reject()
    assert officer().is_empty() and not first_run_due()


def test_an_override_records_the_officer_beside_the_login(store, make_window, qtbot):
    settings = QSettings()
    for key, value in (
        ("officer/name", "Jane Smith"),
        ("officer/role", "Probation officer"),
        ("officer/agency", "Probation Service"),
    ):
        settings.setValue(key, value)
    referral = add_referral(store, "Eve", "Evans")
    window = make_window(store)
    window.select_referral(referral.id)
    editor = window.editor
    editor.record_override(OfficerChoice(3, 2, "Needs active multi-agency management"))
    stored = store.load(referral.id).decision.override
    assert stored.actor == f"Jane Smith, Probation officer, Probation Service ({ACTOR})"
    entries = store.audit_log(referral.id)
    assert entries[-1].actor == ACTOR  # the audit's actor stays the login
    assert any(e.field == "decision.override.actor" and "Jane Smith" in str(e.new) for e in entries)
