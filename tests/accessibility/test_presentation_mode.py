"""Presentation mode (F11) in Training: truly full screen, indicators scaled with the text, Esc/F11 leave."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QStyle, QStyleOptionButton

from mappa_desktop.gui.app import create_application
from mappa_desktop.gui.training import TrainingWidget


@pytest.fixture
def training(qtbot, tmp_path):
    create_application()
    window = QMainWindow()
    widget = TrainingWidget(record_path=tmp_path / "training.sqlite3")
    window.setCentralWidget(widget)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    widget.start_quiz(widget.scenario(widget.visible_ids()[0]))
    yield widget


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
