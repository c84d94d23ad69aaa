"""Fixtures for the window tests: a real store in a temporary folder and a window on it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from mappa_desktop.core.referral import Referral, Subject
from mappa_desktop.core.store import Store
from mappa_desktop.gui.app import create_application

ACTOR = "test-officer"
AUTOSAVE_MS = 30


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "referrals.sqlite3"


@pytest.fixture
def store(db_path):
    with Store.open(db_path) as opened:
        yield opened


def add_referral(store: Store, given: str, family: str, **subject) -> Referral:
    referral = Referral(subject=Subject(given_names=given, family_name=family, **subject))
    return store.new_referral(referral, actor=ACTOR)


@pytest.fixture
def question_box(monkeypatch):
    """Patch QMessageBox.question: records the questions asked (``.asked``) and answers ``.value``."""

    class Answer:
        value = QMessageBox.StandardButton.Yes
        asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        Answer.asked.append(text)
        return Answer.value

    Answer.asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return Answer


@pytest.fixture
def make_window(qtbot):
    from mappa_desktop.gui.main_window import MainWindow

    create_application()  # stylesheet and app name, as at real start-up

    windows: list[MainWindow] = []

    def make(store: Store) -> MainWindow:
        window = MainWindow(store, actor=ACTOR, autosave_delay_ms=AUTOSAVE_MS)
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(1280, 720)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)  # keyboard shortcuts need an active window
        return window

    yield make
    # A test that failed with an answer still refused at the field must not leave the window asking about
    # it on close (a modal question nobody answers hangs the suite); tests of closing close in their body.
    for window in windows:
        editor = getattr(window, "editor", None)
        if editor is not None and window.isVisible():
            editor.autosaver.reset()
