"""Key-event helpers for the keyboard-only tests: every step a key press to the focused widget."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

Key = Qt.Key


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
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


def choose(qtbot, group, target) -> None:
    """Tab into a radio group, arrow keys to the answer, Space."""
    for _ in range(80):
        if QApplication.focusWidget() in group.buttons():
            break
        press(qtbot, Key.Key_Tab)
    for _ in range(len(group.buttons())):
        if QApplication.focusWidget() is target:
            break
        press(qtbot, Key.Key_Down)
    assert QApplication.focusWidget() is target
    press(qtbot, Key.Key_Space)
    assert target.isChecked()
