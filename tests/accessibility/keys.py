"""Key-event helpers for the keyboard-only tests: every step a key press to the focused widget."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

Key = Qt.Key


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    # A key goes to the focused widget, or to the active window when nothing has the focus.
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "no window takes the key"
    qtbot.keyClick(target, key, modifier)
    QApplication.processEvents()  # as between a person's key presses: queued shows and updates happen


def tab_to(qtbot, target, limit: int = 80, back: bool = False) -> None:
    """Tab (or Shift+Tab) until ``target`` has the focus; fails if it never does."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        if back:
            press(qtbot, Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        else:
            press(qtbot, Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.objectName() or target.accessibleName() or target}")


def _towards(focused, target):
    """The arrow key a person presses to move from ``focused`` towards ``target``: Qt moves the focus among
    radio buttons by where they are on screen (a row takes Left/Right, a column Up/Down) and does not wrap."""
    here = focused.mapToGlobal(focused.rect().center())
    there = target.mapToGlobal(target.rect().center())
    if abs(there.y() - here.y()) > focused.height() // 2:
        return Key.Key_Down if there.y() > here.y() else Key.Key_Up
    return Key.Key_Right if there.x() > here.x() else Key.Key_Left


def choose(qtbot, group, target) -> None:
    """Tab into a radio group, arrow keys to the answer, Space."""
    for _ in range(80):
        if QApplication.focusWidget() in group.buttons():
            break
        press(qtbot, Key.Key_Tab)
    buttons = group.buttons()
    for _ in range(len(buttons)):
        focused = QApplication.focusWidget()
        if focused is target:
            break
        press(qtbot, _towards(focused, target))
    assert QApplication.focusWidget() is target
    press(qtbot, Key.Key_Space)
    assert target.isChecked()
