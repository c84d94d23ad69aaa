"""The Screening and Training areas are real, built when their tab is first opened, and stay apart."""

from __future__ import annotations

from mappa_desktop.core.store import Store
from mappa_desktop.core.training.record import TrainingRecord, default_training_database
from mappa_desktop.gui.screening import ScreeningWidget
from mappa_desktop.gui.training import TrainingWidget


def test_areas_are_built_on_first_visit(make_window, store: Store, qtbot):
    window = make_window(store)
    assert window.screening is None and window.training is None  # start-up does not pay for them

    window.ui.areaTabs.setCurrentWidget(window.ui.screeningTab)
    assert isinstance(window.screening, ScreeningWidget)
    qtbot.waitUntil(window.screening.isVisible)  # layouts show a new child on the next event loop turn
    assert not window.ui.screeningText.isVisible()

    window.ui.areaTabs.setCurrentWidget(window.ui.trainingTab)
    assert isinstance(window.training, TrainingWidget)
    qtbot.waitUntil(window.training.isVisible)
    assert not window.ui.trainingText.isVisible()

    # A second visit reuses the same widgets.
    first = window.training
    window.ui.areaTabs.setCurrentWidget(window.ui.referralsTab)
    window.ui.areaTabs.setCurrentWidget(window.ui.trainingTab)
    assert window.training is first


def test_training_keeps_its_own_database(make_window, store: Store):
    window = make_window(store)
    window.ui.areaTabs.setCurrentWidget(window.ui.trainingTab)
    training = window.training
    training.start_quiz(training.scenarios[0])
    training.set_answer(1, 1, set())
    assert training.submit_answer() is not None

    record = TrainingRecord.open(default_training_database())
    assert [a.scenario_id for a in record.attempts()] == [training.scenarios[0].id]
    assert default_training_database().resolve() != store.path.resolve()
    assert store.count() == 0  # the quiz wrote nothing into the referrals database
