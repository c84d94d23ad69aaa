"""Issue 15: switching the interface language keeps where the person is: a quiz half answered (or
answered and marked) and the screening queue's filters, search, order and chosen referral."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mappa_desktop.core.store import Store
from mappa_desktop.core.training import NOT_KNOWN
from mappa_desktop.gui.app import create_demo_database
from mappa_desktop.gui.i18n import install_translators


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    return create_demo_database(tmp_path_factory.mktemp("switch"), count=3, received=14)


@pytest.fixture
def window(demo_db, make_window, tmp_path):
    copy = tmp_path / "demo.sqlite3"
    copy.write_bytes(demo_db.read_bytes())
    with Store.open(copy) as store:
        yield make_window(store)
    install_translators("en")


def _there_and_back(window):
    assert window.switch_language("cy")
    assert window.switch_language("en")


def test_a_quiz_half_answered_survives_a_switch_to_welsh_and_back(window, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))  # the training record's own folder
    window.ui.areaTabs.setCurrentWidget(window.ui.trainingTab)
    training = window.training
    scenario = training.scenarios[2]
    training.start_quiz(scenario)
    training.quiz.ui.traineeEdit.setText("Trainee A")
    prompt = next(iter(training.quiz.prompt_checks))
    training.set_answer(2, NOT_KNOWN, {prompt})
    session = training.session

    assert window.switch_language("cy")
    welsh = window.training
    assert welsh is not training and welsh.lang == "cy"
    assert welsh.quiz.scenario.id == scenario.id
    assert welsh.ui.tabs.currentWidget() is welsh.ui.quizTab
    assert welsh.quiz.ui.trainingTitle.text() == scenario.title.get("cy")
    assert window.switch_language("en")

    quiz = window.training.quiz
    assert quiz.scenario.id == scenario.id and quiz.session == session
    assert quiz.ui.categoryGroup.checkedButton().property("answer") == 2
    assert quiz.ui.levelGroup.checkedButton().property("answer") == NOT_KNOWN
    assert {p for p, c in quiz.prompt_checks.items() if c.isChecked()} == {prompt}
    assert quiz.ui.traineeEdit.text() == "Trainee A"
    assert quiz.ui.submitButton.isEnabled() and quiz.feedback is None  # still to be submitted
    assert window.training.current.id == scenario.id


def test_a_marked_answer_stays_marked_once_and_is_shown_in_the_new_language(window, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    window.ui.areaTabs.setCurrentWidget(window.ui.trainingTab)
    training = window.training
    scenario = training.scenarios[0]
    training.start_quiz(scenario)
    training.set_answer(1, 1, set())
    feedback = training.submit_answer()
    assert feedback is not None and len(training.results) == 1

    assert window.switch_language("cy")
    quiz = window.training.quiz
    assert len(quiz.results) == 1, "a switch never marks an answer twice"
    assert quiz.feedback is not None and quiz.feedback.score == feedback.score
    assert not quiz.ui.submitButton.isEnabled()
    assert quiz.results[-1].feedback is quiz.feedback  # the results PDF is in the language now shown
    assert window.switch_language("en")
    assert len(window.training.results) == 1


def test_the_queue_filters_search_order_and_chosen_referral_survive_a_switch(window):
    window.ui.areaTabs.setCurrentWidget(window.ui.screeningTab)
    screening = window.screening
    ui = screening.ui
    ui.status.setCurrentIndex(ui.status.findData("all"))
    for category in (2, 3, 1, 4):  # a category the demo queue holds more than one referral in
        ui.category.setCurrentIndex(ui.category.findData(category))
        screening.apply_filters()
        if screening.model.rowCount() > 1:
            break
    assert screening.model.rowCount() > 1
    header = ui.view.horizontalHeader()
    header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    chosen = screening.model.referral_id(screening.model.rowCount() - 1)
    screening._reselect(chosen)
    ui.search.setText("")
    rows = [screening.model.referral_id(r) for r in range(screening.model.rowCount())]
    kept = screening.kept()

    _there_and_back(window)

    again = window.screening
    assert again is not screening
    assert again.kept() == kept
    assert [again.model.referral_id(r) for r in range(again.model.rowCount())] == rows
    assert again.detail.referral_id == chosen
    assert again.ui.category.currentText() == f"Category {category}"


def test_an_area_not_shown_during_the_switch_is_given_its_state_when_next_shown(window):
    window.ui.areaTabs.setCurrentWidget(window.ui.screeningTab)
    window.screening.ui.overdueOnly.setChecked(True)
    window.screening.ui.search.setText("a")
    window.screening.apply_filters()
    window.ui.areaTabs.setCurrentWidget(window.ui.referralsTab)
    _there_and_back(window)
    assert window.screening is None  # built again only when shown
    window.ui.areaTabs.setCurrentWidget(window.ui.screeningTab)
    assert window.screening.ui.overdueOnly.isChecked() and window.screening.ui.search.text() == "a"
