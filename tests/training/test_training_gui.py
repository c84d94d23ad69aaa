"""The Training area: banner, library filter, walk-through with what-if, quiz marking, PDF, keyboard."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from mappa_desktop.gui.app import create_application
from mappa_desktop.gui.training import TrainingWidget


@pytest.fixture
def training(qtbot, tmp_path):
    create_application()
    window = QMainWindow()
    widget = TrainingWidget(record_path=tmp_path / "training.sqlite3")
    window.setCentralWidget(widget)
    window.statusBar().showMessage("ready")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    yield widget


def test_banner_says_training_and_library_filters_by_tag(training):
    assert "TRAINING" in training.banner.text() and "not real referrals" in training.banner.text()
    assert training.library.ui.scenarioList.count() == len(training.scenarios) >= 15
    training.library.ui.tagFilter.setCurrentIndex(training.library.ui.tagFilter.findData("marac"))
    ids = training.visible_ids()
    assert ids and all("marac" in training.scenario(i).tags for i in ids)
    assert "(fictional)" in training.library.ui.preview.toPlainText()


def test_walkthrough_what_if_shows_both_explanations_and_the_change(training):
    training.start_walkthrough(training.scenario("cat2_eleven_months"))
    assert training.ui.tabs.currentWidget() is training.ui.walkTab
    walk = training.walkthrough.ui
    assert walk.factsTable.rowCount() == len(training.current.facts.model_dump(exclude_none=True))
    walk.whatifFact.setCurrentIndex(walk.whatifFact.findData("custody_months"))
    walk.whatifText.setText("12")
    comparison = training.run_what_if()
    assert comparison is not None and comparison.after.category == 2
    changes = walk.whatifChanges.toPlainText()
    assert "11 \u2192 12" in changes and "The custodial term is 12 months or more." in changes
    assert "suspended" not in changes  # only the deciding line is pointed at
    assert "Category 2" in walk.whatifAfter.toPlainText()
    assert "Category 2" not in walk.whatifBefore.toPlainText().split("Why")[0]


def test_what_if_bad_value_is_explained_not_raised(training):
    training.start_walkthrough(training.scenario("marac_visible_high_risk"))
    walk = training.walkthrough.ui
    walk.whatifFact.setCurrentIndex(walk.whatifFact.findData("dash_score"))
    walk.whatifText.setText("40")
    assert training.run_what_if() is None
    assert "dash_score" in walk.whatifChanges.toPlainText()


def test_quiz_marks_and_saves_a_training_pdf(training, tmp_path):
    training.start_quiz(training.scenario("cat2_licence_ended"))
    assert training.submit_answer() is None  # nothing chosen yet: asked to choose
    training.set_answer(2, 2, {"visor_record"})
    feedback = training.submit_answer()
    assert feedback is not None and (feedback.score, feedback.total) == (1, 3)
    text = training.quiz.ui.feedbackView.toPlainText()
    assert "You chose Category 2; the answer is Category 3." in text
    assert "still in custody, on licence, within a suspended sentence order" in text
    assert "1 scenarios, 1 of 3 points" in training.quiz.ui.scoreLabel.text()
    training.quiz.ui.traineeEdit.setText("Trainee One")
    path = training.save_results(str(tmp_path / "results.pdf"))
    assert path
    out = subprocess.run(
        ["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = out.split("\f")
    assert all("TRAINING" in page and "OFFICIAL-SENSITIVE" in page for page in pages if page.strip())
    assert "Trainee One" in out and "The licence has ended" in out and "1 / 3" in out
    assert "Why your choice does not hold:" in out and "still in custody" in out


def test_quiz_attempts_go_to_the_training_database_only(training, tmp_path):
    from mappa_desktop.core.training import TrainingRecord

    training.start_quiz(training.scenario("cat1_registered_level1"))
    training.set_answer(1, 1, set())
    training.submit_answer()
    training.close()
    training.quiz.close_record()
    record = TrainingRecord.open(tmp_path / "training.sqlite3")
    assert [(a.scenario_id, a.score) for a in record.attempts(training.session)] == [
        ("cat1_registered_level1", 3)
    ]
    record.close()


def test_keyboard_next_previous_submit_and_presentation(training, qtbot):
    training.start_quiz(training.scenario(training.visible_ids()[0]))
    qtbot.keyClick(training.quiz.ui.quizCase, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert training.current.id == training.visible_ids()[1]
    qtbot.keyClick(training.quiz.ui.quizCase, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert training.current.id == training.visible_ids()[0]
    training.set_answer(1, 1, set())
    qtbot.keyClick(training.quiz.ui.quizCase, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert training.feedback is not None
    base = training.quiz.ui.quizCase.font().pointSizeF()
    window = training.window()
    assert window.statusBar().isVisible()
    qtbot.keyClick(training.quiz.ui.quizCase, Qt.Key.Key_F11)
    assert training.presenting
    assert training.quiz.ui.quizCase.font().pointSizeF() >= base * 1.5
    assert not window.statusBar().isVisible()
    assert "TRAINING" in training.banner.text() and training.banner.isVisible()
    qtbot.keyClick(
        training.quiz.ui.quizCase,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not training.presenting and window.statusBar().isVisible()
    assert training.quiz.ui.quizCase.font().pointSizeF() == pytest.approx(base)


def test_training_offers_no_referral_export(training):
    texts = [b.text().lower() for b in training.findChildren(type(training.library.ui.walkButton))]
    assert not any("package" in t or "export" in t or "referral" in t for t in texts)
    from pathlib import Path

    import mappa_desktop.gui.training.widget as module

    for path in Path(module.__file__).parent.glob("*.py"):  # the area and every page module
        source = path.read_text(encoding="utf-8")
        assert "core.package" not in source and "Store" not in source
