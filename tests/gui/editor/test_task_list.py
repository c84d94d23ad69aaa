"""The task list under real hands: a section is Complete only when the officer says so or every question
on show is answered; what the officer said is STORED on the referral."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from mappa_desktop.core.referral.sections import SectionState
from mappa_desktop.core.store import Store
from tests.gui.editor.helpers import answer, type_into

SHOTS = os.environ.get("MAPPA_SHOTS")


def _state_text(editor, section):
    row = [p.section_id for p in editor.pages()].index(section)
    return editor.ui.sectionList.item(row).text().splitlines()[-1]


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())


def test_one_answer_leaves_a_section_in_progress_until_the_officer_says_it_is_complete(
    db_path, make_window, qtbot
):
    with Store.open(db_path) as store:
        window = make_window(store)
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        editor = window.editor
        rid = editor.referral().id
        type_into(qtbot, editor, "referrer.name", "PC Jones")
        qtbot.waitUntil(lambda: store.load(rid).referrer.name == "PC Jones", timeout=3000)
        editor.reevaluate()
        assert editor.states["agencies"] is SectionState.in_progress
        assert _state_text(editor, "agencies") == "In progress"

        question = editor.completion
        assert question.isVisible() and question.legend.text() == "Have you completed this section?"
        _click(qtbot, question.yes)
        qtbot.waitUntil(lambda: store.load(rid).sections_completed == ["agencies"], timeout=3000)
        assert editor.states["agencies"] is SectionState.complete
        assert _state_text(editor, "agencies") == "Complete"
        if SHOTS:
            window.grab().save(os.path.join(SHOTS, "task-list-completed.png"))

        # Editing a completed section keeps it complete (no new problem), and it survives reopening.
        type_into(qtbot, editor, "referrer.name", "PC Jane Jones")
        qtbot.waitUntil(lambda: store.load(rid).referrer.name == "PC Jane Jones", timeout=3000)
        assert editor.states["agencies"] is SectionState.complete
        editor.open_referral(store.load(rid))
        editor.show_section("agencies")
        assert editor.completion.yes.isChecked()
        assert editor.states["agencies"] is SectionState.complete

        _click(qtbot, question.no)
        qtbot.waitUntil(lambda: store.load(rid).sections_completed == [], timeout=3000)
        assert editor.states["agencies"] is SectionState.in_progress
        assert question.no.isChecked()


def test_yes_with_questions_the_aid_still_needs_is_kept_and_says_what_is_left(db_path, make_window, qtbot):
    with Store.open(db_path) as store:
        window = make_window(store)
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        editor = window.editor
        rid = editor.referral().id
        answer(qtbot, editor, "rosh", "high")
        _click(qtbot, editor.completion.yes)
        qtbot.waitUntil(lambda: store.load(rid).sections_completed == ["risk"], timeout=3000)
        assert editor.states["risk"] is SectionState.in_progress  # the aid still needs answers here
        assert editor.completion.note.isVisible()
        assert "still needed" in editor.completion.note.text()
        for fact in ("sex_offender_notification", "ct_notification", "terrorism_risk"):
            answer(qtbot, editor, fact, False)
        qtbot.waitUntil(lambda: store.load(rid).risk.terrorism_risk is False, timeout=3000)
        editor.reevaluate()
        assert editor.states["risk"] is SectionState.complete
        assert not editor.completion.note.isVisible()


def test_the_completion_question_is_not_asked_on_check_your_answers(db_path, make_window, qtbot):
    with Store.open(db_path) as store:
        window = make_window(store)
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        window.editor.show_section("check")
        assert not window.editor.completion.isVisible()
        window.editor.show_section("subject")
        assert window.editor.completion.isVisible()
        assert not window.editor.completion.yes.isChecked() and not window.editor.completion.no.isChecked()
