"""Driving the guided editor the way a person does: find a question, click or type the answer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit

from mappa_desktop.core.referral.bindings import BINDINGS


def question(editor, fact):
    section = BINDINGS[fact].section
    editor.show_section(section)
    return editor.page(section).questions.widgets[fact]


def answer(qtbot, editor, fact, value):
    """Answer a pack question through its widget (it must be on show)."""
    widget = question(editor, fact)
    assert widget.isVisible(), f"the question for {fact} is hidden"
    if widget._buttons is not None:
        for button in widget._buttons.buttons():
            same = (
                button.property("answer") is value
                if isinstance(value, bool)
                else button.property("answer") == value
            )
            if same:
                button.setFocus()
                qtbot.keyClick(button, Qt.Key.Key_Space)
                break
        else:
            raise AssertionError(f"no choice {value!r} for {fact}")
    elif isinstance(widget.input, QComboBox):
        widget.input.setFocus()
        widget.input.setCurrentIndex(widget.input.findData(value))
    elif widget._checks:
        for check in widget._checks:
            if check.property("answer") in value and not check.isChecked():
                qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=check.rect().center())
    else:
        edit = widget.input
        assert isinstance(edit, QLineEdit)
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, str(value))
    editor.reevaluate()


def type_into(qtbot, editor, path, text):
    """Type into a record field named by its referral path."""
    section = BINDINGS_SECTION.get(path) or path.split(".")[0]
    editor.show_section(section)
    field = editor.page(section).field(path)
    assert field is not None, path
    field.setFocus()
    if isinstance(field, QPlainTextEdit):
        field.clear()
    elif isinstance(field, QLineEdit):
        field.clear()
    qtbot.keyClicks(field, text)
    editor.reevaluate()


BINDINGS_SECTION = {
    "referrer.name": "agencies",
    "subject_views": "reason",
    **{b.path: b.section for b in BINDINGS.values()},
}


def victims_editor(editor):
    editor.show_section("domestic_abuse")
    return editor.page("domestic_abuse").victims


def add_victim(qtbot, editor):
    """Press "Add victim" from the keyboard; the new victim's label has the cursor."""
    victims = victims_editor(editor)
    victims.add_button.setFocus()
    qtbot.keyClick(victims.add_button, Qt.Key.Key_Space, delay=5)
    return victims


def answer_victim(qtbot, editor, field, value):
    """Answer a question of the selected victim by typing or choosing, as a person does."""
    victims = victims_editor(editor)
    widget = victims.inputs[field]
    widget.setFocus()
    if isinstance(widget, QComboBox):
        wanted = {True: "Yes", False: "No", None: "Not known"}[value]
        for _ in range(widget.count()):
            if widget.currentText() == wanted:
                break
            qtbot.keyClick(widget, Qt.Key.Key_Down, delay=5)
    elif isinstance(widget, QLineEdit):  # a number, a date or the label
        qtbot.wait(20)  # the focus settles first (it moves the cursor), then the old text is replaced
        widget.selectAll()
        qtbot.keyClicks(widget, str(value), delay=5)
        qtbot.keyClick(widget, Qt.Key.Key_Return, delay=5)  # the answer is finished
    else:
        for choice in value:
            check = victims.checks[field][choice]
            check.setFocus()
            qtbot.keyClick(check, Qt.Key.Key_Space, delay=5)
    editor.reevaluate()


def type_like_a_person(qtbot, text: str, delay_ms: int = 200) -> None:
    """Type ``text`` one key at a time into whatever has keyboard focus, as a person's keys go: to the
    focused widget, not to a widget chosen in advance (which would hide focus being taken away)."""
    for char in text:
        target = QApplication.focusWidget()
        assert target is not None, "nothing has keyboard focus"
        qtbot.keyClick(target, char)
        qtbot.wait(delay_ms)


def new_referral(window, qtbot):
    """Ctrl+N as a person presses it; the editor it opens and the new referral's id."""
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    return window.editor, window.editor.referral().id
