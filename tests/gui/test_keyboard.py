"""Keyboard shortcuts, and an accessible name on every widget a person can operate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.gui.conftest import add_referral

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
)


def _unnamed_interactive(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE):
            continue
        # Parts Qt builds inside a composite widget are named through their owner.
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
            continue
        if isinstance(widget, QAbstractButton) and isinstance(parent, QLineEdit):
            continue  # the line edit's own clear button
        if isinstance(parent, QWidget) and isinstance(parent.parentWidget(), QComboBox):
            continue  # the combo box's drop-down list
        if isinstance(widget, QTabBar) and isinstance(parent, QWidget) and parent.accessibleName():
            continue
        if isinstance(parent, QAbstractItemView) or widget.objectName().startswith("qt_"):
            continue
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_interactive_widget_of_the_main_window_has_an_accessible_name(store, make_window):
    add_referral(store, "Ann", "Jones")
    window = make_window(store)
    window.select_referral(store.list_referrals()[0].id)
    assert _unnamed_interactive(window) == []


def test_every_interactive_widget_of_the_about_box_has_an_accessible_name(qtbot):
    from mappa_desktop.gui.about import AboutDialog

    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    assert _unnamed_interactive(dialog) == []


def test_the_accessibility_check_can_fail(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    QLineEdit(holder).setObjectName("anonymous")
    assert _unnamed_interactive(holder) == ["QLineEdit 'anonymous'"]


def test_ctrl_n_starts_a_referral(store, make_window, qtbot):
    window = make_window(store)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert store.count() == 1
    assert window.focusWidget() is window.editor.pages()[0].ui.givenNamesEdit


def test_ctrl_f_focuses_search(store, make_window, qtbot):
    add_referral(store, "Ann", "Jones")
    window = make_window(store)
    window.select_referral(store.list_referrals()[0].id)
    page = window.editor.pages()[0]
    page.ui.givenNamesEdit.setFocus()
    qtbot.keyClick(page.ui.givenNamesEdit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.ui.searchEdit


def test_ctrl_d_duplicates(store, make_window, qtbot):
    ann = add_referral(store, "Ann", "Jones")
    window = make_window(store)
    window.select_referral(ann.id)
    window.ui.draftsView.setFocus()
    qtbot.keyClick(window.ui.draftsView, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert store.count() == 2


def test_delete_key_in_the_list_asks_then_deletes(store, make_window, qtbot, question_box):
    ann = add_referral(store, "Ann", "Jones")
    window = make_window(store)
    window.select_referral(ann.id)
    window.ui.draftsView.setFocus()
    qtbot.keyClick(window.ui.draftsView, Qt.Key.Key_Delete)
    assert len(question_box.asked) == 1
    assert store.count() == 0


def test_delete_key_in_a_text_field_deletes_text_not_the_referral(store, make_window, qtbot, question_box):
    ann = add_referral(store, "Ann", "Jones")
    window = make_window(store)
    window.select_referral(ann.id)
    field = window.editor.pages()[0].ui.givenNamesEdit
    field.setFocus()
    field.home(False)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == "nn"
    assert question_box.asked == []
    assert store.count() == 1
    checkbox = window.editor.pages()[0].ui.noFixedAbodeCheck
    checkbox.setFocus()
    qtbot.keyClick(checkbox, Qt.Key.Key_Delete)
    assert question_box.asked == []
