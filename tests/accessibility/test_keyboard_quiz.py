"""A quiz answered with the keyboard alone (Tab, arrows, Space, typing), and its Tab order reaching every
control; asserts what the training record STORED."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget

from mappa_desktop.core.training.record import TrainingRecord
from tests.accessibility.keys import Key, choose, press, tab_to


@pytest.fixture
def training(open_quiz):
    return open_quiz(1280, 800)


def tab_cycle(qtbot, start) -> set:
    start.setFocus()
    seen = set()
    for _ in range(120):
        seen.add(QApplication.focusWidget())
        press(qtbot, Key.Key_Tab)
    return seen


def tab_stops(page) -> list[QWidget]:
    """Every control on the page a person could use: shown, enabled, taking focus by Tab."""
    return [
        w
        for w in page.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(w, QRadioButton)  # a radio group is one Tab stop; arrows move inside it
    ]


@pytest.mark.parametrize("submitted", [False, True])
def test_tab_reaches_every_quiz_control(training, qtbot, submitted):
    ui = training.quiz.ui
    if submitted:  # the other state: Submit disabled, Save as PDF enabled
        training.set_answer(1, 1, set())
        training.submit_answer()
    seen = tab_cycle(qtbot, ui.quizCase)
    wanted = tab_stops(training.quiz)
    assert ui.traineeEdit in wanted and ui.nextButton in wanted and len(wanted) > 8
    missing = [w.objectName() or w.accessibleName() or type(w).__name__ for w in wanted if w not in seen]
    assert not missing
    assert seen & set(ui.categoryGroup.buttons()) and seen & set(ui.levelGroup.buttons())


def test_a_quiz_answered_by_keyboard_alone_is_recorded(training, qtbot):
    ui = training.quiz.ui
    quiz = training.quiz
    # the name first: Shift+Tab back from the first answer wraps round to the trainee's box
    tab_to(qtbot, ui.traineeEdit)
    qtbot.keyClicks(ui.traineeEdit, "Keyboard Trainee")
    choose(qtbot, ui.categoryGroup, ui.category1)
    choose(qtbot, ui.levelGroup, ui.level2)
    first_prompt = next(iter(quiz.prompt_checks))
    tab_to(qtbot, quiz.prompt_checks[first_prompt].box)
    press(qtbot, Key.Key_Space)
    tab_to(qtbot, ui.submitButton)
    press(qtbot, Key.Key_Space)
    assert quiz.feedback is not None
    record = TrainingRecord.open(quiz.record_path)
    try:
        [attempt] = record.attempts(training.session)
    finally:
        record.close()
    assert attempt.trainee == "Keyboard Trainee"
    assert attempt.answer == {"category": 1, "level": 2, "prompts": [first_prompt]}
