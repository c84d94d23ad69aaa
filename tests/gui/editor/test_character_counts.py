"""The subject's address, the override rationale and the acknowledgement note count characters and stop
at the limit, with the same widget as the question pages."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from mappa_desktop.core.limits import TEXT_MAX
from mappa_desktop.core.store import Store
from mappa_desktop.gui.editor.dialogs import AcknowledgeDialog, OverrideDialog
from mappa_desktop.gui.widgets import LimitedTextEdit
from tests.gui.editor.helpers import new_referral

SHOTS = os.environ.get("MAPPA_SHOTS")


def test_a_long_paste_into_the_address_is_cut_at_the_limit_and_says_so(db_path, make_window, qtbot):
    with Store.open(db_path) as store:
        window = make_window(store)
        editor, rid = new_referral(window, qtbot)
        page = editor.page("subject")
        address = page.ui.addressEdit
        assert isinstance(address, LimitedTextEdit)
        assert page.field("subject.address") is address
        page.focus_path("subject.address")
        qtbot.keyClicks(address, "1 High St", delay=20)
        assert address.counter.isVisible()
        assert address.counter.text() == f"{TEXT_MAX - 9:,} characters remaining"
        qtbot.waitUntil(lambda: store.load(rid).subject.address == "1 High St", timeout=3000)

        QGuiApplication.clipboard().setText("x" * (TEXT_MAX + 10))
        qtbot.keyClick(address, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert "limit" in address.counter.text()
        qtbot.keyClick(address, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda: len(store.load(rid).subject.address or "") == TEXT_MAX, timeout=3000)
        if SHOTS:
            page.ui.scrollArea.ensureWidgetVisible(address)
            page.grab().save(os.path.join(SHOTS, "address-character-count.png"))


def test_the_override_rationale_and_the_acknowledgement_note_count_characters(qtbot):
    override = OverrideDialog(3, 2, None)
    qtbot.addWidget(override)
    override.show()
    rationale = override.ui.rationaleEdit
    assert isinstance(rationale, LimitedTextEdit)
    rationale.setFocus()
    qtbot.keyClicks(rationale, "Escalating risk to a new partner", delay=5)
    assert rationale.counter.isVisible()
    assert rationale.counter.text() == f"{TEXT_MAX - 32:,} characters remaining"
    if SHOTS:
        override.grab().save(os.path.join(SHOTS, "override-rationale-count.png"))

    ack = AcknowledgeDialog("Consider a MARAC referral")
    qtbot.addWidget(ack)
    ack.show()
    note = ack.ui.noteEdit
    assert isinstance(note, LimitedTextEdit)
    qtbot.keyClicks(note, "Referred to MARAC", delay=5)
    assert note.counter.isVisible() and note.counter.text() == f"{TEXT_MAX - 17:,} characters remaining"
    assert ack.note() == "Referred to MARAC"
