"""Shared set-up for the accessibility tests."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow

from mappa_desktop.gui.app import create_application
from mappa_desktop.gui.training import TrainingWidget


@pytest.fixture
def open_quiz(qtbot, tmp_path):
    """``open_quiz(width, height)``: Training in an active window of that size, a quiz on the first
    scenario started; the TrainingWidget."""

    windows: list[QMainWindow] = []  # held for the test: Qt deletes a window Python has let go of

    def open_(width: int, height: int) -> TrainingWidget:
        create_application()
        window = QMainWindow()
        windows.append(window)
        widget = TrainingWidget(record_path=tmp_path / "training.sqlite3")
        window.setCentralWidget(widget)
        qtbot.addWidget(window)
        window.resize(width, height)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        widget.start_quiz(widget.scenario(widget.visible_ids()[0]))
        return widget

    return open_
