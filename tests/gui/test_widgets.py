"""WrappingCheckBox: long wording wraps instead of widening the window, and behaves as a check box."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mappa_desktop.gui.widgets import WrappingCheckBox

LONG = "Multi-agency oversight of a complex case, which the 2022 inspection says is valid for Level 2 or 3"


def test_clicking_the_text_ticks_the_box_and_focus_goes_to_it(qtbot):
    check = WrappingCheckBox(LONG)
    qtbot.addWidget(check)
    check.show()
    seen = []
    check.toggled.connect(seen.append)
    qtbot.mouseClick(check.label, Qt.MouseButton.LeftButton)
    assert check.isChecked() and seen == [True]
    assert check.focusProxy() is check.box and check.box.accessibleName() == LONG
    check.setChecked(False)
    assert not check.box.isChecked()


def test_long_text_wraps_to_more_lines_rather_than_asking_for_width(qtbot):
    check = WrappingCheckBox(LONG)
    qtbot.addWidget(check)
    assert check.minimumSizeHint().width() < check.fontMetrics().horizontalAdvance(LONG) / 2
    assert check.heightForWidth(150) > check.heightForWidth(2000)
