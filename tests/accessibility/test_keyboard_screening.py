"""A screening decision made with the keyboard alone: the queue, the decision, a reason, a note, Ctrl+Return;
asserts the decision STORED."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mappa_desktop.core.screening import ScreeningStatus, decisions_for, import_packages
from mappa_desktop.gui.app import create_application
from mappa_desktop.gui.screening import ScreeningWidget
from tests.accessibility.keys import Key, press, tab_to
from tests.screening.conftest import ACTOR, package_dir, packages, store  # noqa: F401 - fixtures


@pytest.fixture
def widget(qtbot, store, package_dir):  # noqa: F811 - the fixtures above
    create_application()
    import_packages(store, [package_dir], actor=ACTOR)
    w = ScreeningWidget(store, actor=ACTOR)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    yield w


def test_a_screening_decision_by_keyboard_alone_is_recorded_with_its_reason(widget, qtbot):
    detail = widget.detail
    ui = detail.ui
    tab_to(qtbot, widget.view)
    press(qtbot, Key.Key_Down)  # the first referral in the queue
    press(qtbot, Key.Key_Up)
    referral_id = detail.referral_id
    assert referral_id
    tab_to(qtbot, ui.decision)
    wanted = ui.decision.findData(str(ScreeningStatus.accepted_level_2))
    for _ in range(wanted + 1):
        press(qtbot, Key.Key_Down)
    assert detail.current_status() is ScreeningStatus.accepted_level_2
    first = detail.reason_boxes()[0]
    reason = first.property("reason")
    tab_to(qtbot, first.box)
    press(qtbot, Key.Key_Space)
    tab_to(qtbot, ui.note)
    qtbot.keyClicks(QApplication.focusWidget(), "Agreed at the screening meeting")
    press(qtbot, Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [decision] = decisions_for(widget.store.db.conn, referral_id)
    assert decision.status == ScreeningStatus.accepted_level_2
    assert list(decision.reasons) == [reason]
    assert decision.note == "Agreed at the screening meeting"
