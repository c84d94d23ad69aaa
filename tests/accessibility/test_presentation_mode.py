"""Presentation mode (F11) in Training: truly full screen, indicators scaled with the text, Esc/F11 leave."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionButton


@pytest.fixture
def training(open_quiz):
    return open_quiz(1000, 700)


def indicator_width(button) -> int:
    option = QStyleOptionButton()
    option.initFrom(button)
    return button.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, button).width()


@pytest.mark.parametrize("leave", [Qt.Key.Key_Escape, Qt.Key.Key_F11])
def test_f11_fills_the_screen_scales_the_indicators_and_esc_or_f11_leaves(training, qtbot, leave):
    window = training.window()
    radio = training.quiz.ui.category1
    before = indicator_width(radio)
    assert not window.isFullScreen()
    qtbot.keyClick(training.quiz.ui.quizCase, Qt.Key.Key_F11)
    assert training.presenting and window.isFullScreen()
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert indicator_width(radio) >= before * 1.4
    assert radio.sizeHint().height() >= before * 1.4
    qtbot.keyClick(training.quiz.ui.quizCase, leave)
    assert not training.presenting and not window.isFullScreen()
    assert indicator_width(radio) == before


def test_leaving_restores_a_maximised_window(training, qtbot):
    window = training.window()
    window.showMaximized()
    qtbot.keyClick(training.quiz.ui.quizCase, Qt.Key.Key_F11)
    assert window.isFullScreen()
    qtbot.keyClick(training.quiz.ui.quizCase, Qt.Key.Key_Escape)
    assert window.windowState() & Qt.WindowState.WindowMaximized and not window.isFullScreen()
