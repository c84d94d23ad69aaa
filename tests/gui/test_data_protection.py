"""Issue 14 in the window: the delete question says exactly what is kept, a legal hold blocks deletion,
a changed audit log is never accepted silently (banner, warning, record), the retention review list
erases for good, and Settings holds the retention period.

Screenshots go to $MAPPA_SCREENSHOTS (e.g. docs/screenshots) when it is set, else to tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mappa_desktop.core.database_driver import sqlite3
from mappa_desktop.core.referral import ReferralStatus
from mappa_desktop.core.store.audit_chain import RECORDED, BreakKind
from mappa_desktop.gui.retention import RetentionDialog
from mappa_desktop.gui.settings import SettingsDialog

from .conftest import ACTOR, add_referral


def _shot(widget: QWidget, name: str, tmp_path: Path) -> Path:
    widget.show()
    QApplication.processEvents()
    path = Path(os.environ.get("MAPPA_SCREENSHOTS") or tmp_path) / name
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def boxes(monkeypatch):
    """Question boxes built for real (so they can be photographed) and answered ``answer``."""

    class Shown:
        answer = QMessageBox.StandardButton.Yes
        texts: list[str] = []
        boxes: list[QMessageBox] = []
        warnings: list[str] = []

    def question(parent, title, text, buttons, default):
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
        Shown.boxes.append(box)
        Shown.texts.append(box.text())
        return Shown.answer

    def warning(parent, title, text, *args, **kwargs):
        Shown.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    Shown.texts, Shown.boxes, Shown.warnings = [], [], []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return Shown


def test_the_delete_question_says_what_is_erased_and_what_is_kept(store, make_window, boxes, tmp_path):
    ann = add_referral(store, "Ann", "Jones", pnc_id="04/0123456B")
    window = make_window(store)
    window.select_referral(ann.id)
    boxes.answer = QMessageBox.StandardButton.No
    window.ui.deleteButton.click()
    text = boxes.texts[0]
    assert "Ann Jones" in text and "will be removed from this computer" not in text
    assert "Erased from this computer" in text and "Kept in the audit log: who" in text
    assert "without names or answers" in text and "copies already sent or exported" in text
    _shot(boxes.boxes[0], "delete-referral-question.png", tmp_path)
    boxes.answer = QMessageBox.StandardButton.Yes
    window.ui.deleteButton.click()
    assert store.count() == 0
    assert all(entry.old is None for entry in store.audit_log(ann.id))


def test_a_legal_hold_blocks_deletion_with_a_clear_message(store, make_window, boxes):
    ann = add_referral(store, "Ann", "Jones")
    store.set_legal_hold(ann.id, True, actor=ACTOR, reason="inquiry")
    window = make_window(store)
    window.select_referral(ann.id)
    window.ui.deleteButton.click()
    assert boxes.texts == []  # not even asked
    assert "under a legal hold, so it cannot be deleted. Nothing was changed." in boxes.warnings[0]
    assert store.count() == 1


def _break_the_log(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TRIGGER audit_log_append_only_update")
    conn.execute("UPDATE audit_log SET actor = 'someone-else' WHERE id = 1")
    conn.close()


def test_a_changed_audit_log_is_shown_warned_and_recorded_on_open(
    db_path, store, make_window, qtbot, monkeypatch, tmp_path
):
    opened: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: opened.append(box))
    add_referral(store, "Ann", "Jones")
    _break_the_log(db_path)
    window = make_window(store)
    qtbot.waitUntil(lambda: window.audit_check.check.done, timeout=5000)
    found = window.audit_check.found
    assert (found.kind, found.row_id) == (BreakKind.content_changed, 1)
    banner = window.audit_check.banner
    assert (
        banner.isVisible()
        and "first bad row 1" in banner.text()
        and "information security team" in banner.text()
    )
    [box] = opened
    assert "The first bad row is 1" in box.text() and "mappa-desktop audit verify" in box.informativeText()
    recorded = store.db.conn.execute("SELECT count(*) FROM audit_log WHERE action = ?", (RECORDED,))
    assert recorded.fetchone()[0] == 1
    box.show()
    _shot(window, "audit-break-banner.png", tmp_path)
    _shot(box, "audit-break-warning.png", tmp_path)
    box.hide()
    again = make_window(store)  # opened again: warned again, recorded once
    qtbot.waitUntil(lambda: again.audit_check.check.done, timeout=5000)
    assert again.audit_check.banner is not None
    recorded = store.db.conn.execute("SELECT count(*) FROM audit_log WHERE action = ?", (RECORDED,))
    assert recorded.fetchone()[0] == 1


def test_the_audit_break_is_said_in_welsh_when_the_interface_is_welsh(
    db_path, store, make_window, qtbot, monkeypatch, tmp_path
):
    from mappa_desktop.gui.i18n import install_translators

    opened: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: opened.append(box))
    add_referral(store, "Ann", "Jones")
    _break_the_log(db_path)
    install_translators("cy")
    window = make_window(store)
    qtbot.waitUntil(lambda: window.audit_check.check.done, timeout=5000)
    [box] = opened
    said = box.informativeText()
    assert said.startswith("Rhes 1: nid pwy, beth na phryd y mae'n eu cofnodi"), said  # core's break
    assert "cynnwys wedi'i newid" in box.text() and "cynnwys wedi'i newid" in window.audit_check.banner.text()
    box.show()
    _shot(box, "audit-break-warning-cy.png", tmp_path)
    box.hide()
    try:  # switched back while open: the banner and the warning follow, with core's words in English
        install_translators("en")
        qtbot.waitUntil(
            lambda: "changed outside MAPPA Desktop" in window.audit_check.banner.text(), timeout=3000
        )
        assert box.windowTitle() == "The audit log has been changed" and box.informativeText().startswith(
            "Row 1"
        )
        install_translators("cy")
        qtbot.waitUntil(lambda: "cynnwys wedi'i newid" in window.audit_check.banner.text(), timeout=3000)
        assert box.informativeText().startswith("Rhes 1")
    finally:
        install_translators("en")


def test_an_intact_log_shows_nothing(store, make_window, qtbot):
    add_referral(store, "Ann", "Jones")
    window = make_window(store)
    qtbot.waitUntil(lambda: window.audit_check.check.done, timeout=5000)
    assert window.audit_check.found is None and window.audit_check.banner is None


def _past_retention(store, *names: str) -> list[str]:
    ids = []
    for given in names:
        referral = add_referral(store, given, "Hughes")
        referral.status = ReferralStatus.sent
        store.save(referral, actor=ACTOR)
        ids.append(referral.id)
    store.db.conn.execute("UPDATE referrals SET updated_at = '2020-01-01T00:00:00+00:00'")
    return ids


def test_the_retention_list_erases_the_chosen_and_keeps_the_held(store, qtbot, boxes, tmp_path):
    ann, bob = _past_retention(store, "Ann", "Bob")
    store.set_legal_hold(bob, True, actor=ACTOR, reason="inquiry")
    dialog = RetentionDialog(store, ACTOR)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert {dialog.table.item(row, 3).text() for row in range(2)} == {"Held", ""}
    assert "365 days" in dialog.intro.text() and "Kept in the audit log" in dialog.intro.text()
    _shot(dialog, "retention-review-list.png", tmp_path)
    dialog.table.selectAll()
    assert dialog.erase_button.isEnabled()
    assert dialog.erase_selected()
    assert "Erase the selected referrals for good? (1)" in boxes.texts[0]
    assert "Under a legal hold, and so kept: 1." in boxes.texts[0]
    assert [row.id for row in store.list_referrals()] == [bob]
    assert dialog.table.rowCount() == 1
    dialog.table.selectAll()
    assert not dialog.erase_button.isEnabled() and dialog.lift_button.isEnabled()
    assert dialog.set_hold(False)
    assert not store.legal_hold(bob)
    del ann


def test_settings_hold_the_retention_period(qtbot):
    dialog = SettingsDialog(None, retention_days=365)
    qtbot.addWidget(dialog)
    assert dialog.chosen_retention_days() == 365
    dialog.retention.setValue(90)
    assert dialog.chosen_retention_days() == 90
    plain = SettingsDialog(None)
    qtbot.addWidget(plain)
    assert plain.chosen_retention_days() is None


def test_edit_legal_hold_sets_it_with_a_reason_and_lifts_it(store, make_window, boxes, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    ann = add_referral(store, "Ann", "Jones")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args, **kwargs: ("Inquiry 7", True)))
    window = make_window(store)
    window.select_referral(ann.id)
    assert window.action_legal_hold.isEnabled()
    window.action_legal_hold.trigger()
    assert store.legal_hold(ann.id)
    hold = [e for e in store.audit_log(ann.id) if e.action == "legal hold set"]
    assert hold[0].new == {"reason": "Inquiry 7"} and hold[0].actor == ACTOR
    window.action_legal_hold.trigger()  # asked, answered Yes
    assert "Lift the legal hold" in boxes.texts[-1] and not store.legal_hold(ann.id)


def test_closing_the_database_during_the_check_stops_it_quietly(db_path, make_window, qtbot):
    from mappa_desktop.core.store import Store

    opened = Store.open(db_path)
    add_referral(opened, "Ann", "Jones")
    window = make_window(opened)
    from mappa_desktop.gui.audit_notice import AuditChainCheck

    check = AuditChainCheck(window, opened, ACTOR)  # its first step waits for the event loop
    with qtbot.waitSignal(check.finished, timeout=5000):
        opened.close()
    assert check.banner is None and check.found is None
