"""The Training area: scenario library, walk-through with what-if, quiz, and how the forums fit together.

Everything here is fictional and marked so: a banner that never goes away, quiz attempts in the
training database (its own file), and the only file it writes is the quiz-results PDF, marked TRAINING
on every page. Nothing here creates, exports or imports a referral.

The fixed layout is the Designer form ``ui/training_area.ui``; each page has its own form and module.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from mappa_desktop.core.rules import RulePack, load_pack
from mappa_desktop.core.training import Comparison, Feedback, Scenario, load_forums, load_scenarios
from mappa_desktop.gui.forms.ui_training_area import Ui_TrainingArea
from mappa_desktop.gui.training.library import LibraryPage
from mappa_desktop.gui.training.presentation import PresentationMode
from mappa_desktop.gui.training.quiz import QuizPage
from mappa_desktop.gui.training.render import forums_html
from mappa_desktop.gui.training.results_pdf import QuizResult
from mappa_desktop.gui.training.walkthrough import WalkThroughPage


class TrainingWidget(QWidget):
    """The whole Training area. ``record_path`` is the training database (default: its own file)."""

    presentationChanged = Signal(bool)  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        pack: RulePack | None = None,
        scenarios: list[Scenario] | None = None,
        *,
        record_path: Any = None,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingWidget")
        self.ui = Ui_TrainingArea()
        self.ui.setupUi(self)
        ui = self.ui
        self.pack = pack or load_pack()
        self.scenarios = scenarios if scenarios is not None else load_scenarios()
        self.lang = lang

        self.library = LibraryPage(self.scenarios, lang)
        ui.libraryTabLayout.addWidget(self.library)
        self.walkthrough = WalkThroughPage(self.pack, lang)
        ui.walkTabLayout.addWidget(self.walkthrough)
        self.quiz = QuizPage(self.pack, lang, record_path=record_path)
        ui.quizTabLayout.addWidget(self.quiz)
        ui.forumsView.setHtml(forums_html(load_forums(), lang, self.tr))
        self.presentation = PresentationMode(self, ui.trainingBanner)

        self.current: Scenario | None = self.library.current_scenario()
        self.library.selected.connect(self._library_selected)
        self.library.walk_requested.connect(lambda: self.start_walkthrough())
        self.library.quiz_requested.connect(lambda: self.start_quiz())
        self.quiz.step_requested.connect(self.step)
        self._build_shortcuts()

    # --- what the pages share ---------------------------------------------------------------------

    @property
    def banner(self):
        return self.ui.trainingBanner

    @property
    def presenting(self) -> bool:
        return self.presentation.on

    @property
    def comparison(self) -> Comparison | None:
        return self.walkthrough.comparison

    @property
    def feedback(self) -> Feedback | None:
        return self.quiz.feedback

    @property
    def results(self) -> list[QuizResult]:
        return self.quiz.results

    @property
    def session(self) -> str:
        return self.quiz.session

    def scenario(self, scenario_id: str) -> Scenario:
        return next(s for s in self.scenarios if s.id == scenario_id)

    def visible_ids(self) -> list[str]:
        return self.library.visible_ids()

    def _library_selected(self, scenario: Scenario) -> None:
        self.current = scenario

    def _choose(self, scenario: Scenario | None) -> Scenario | None:
        scenario = scenario or self.current
        if scenario is not None:
            self.current = scenario
            self.library.select(scenario.id)
        return scenario

    # --- the pages --------------------------------------------------------------------------------

    def start_walkthrough(self, scenario: Scenario | None = None) -> None:
        scenario = self._choose(scenario)
        if scenario is None:
            return
        self.walkthrough.show_scenario(scenario)
        self.ui.tabs.setCurrentWidget(self.ui.walkTab)

    def run_what_if(self) -> Comparison | None:
        return self.walkthrough.run_what_if()

    def start_quiz(self, scenario: Scenario | None = None) -> None:
        scenario = self._choose(scenario)
        if scenario is None:
            return
        self.quiz.show_scenario(scenario)
        self.ui.tabs.setCurrentWidget(self.ui.quizTab)
        self.quiz.focus_first_answer()

    def set_answer(self, category: Any, level: Any, prompts: set[str]) -> None:
        self.quiz.set_answer(category, level, prompts)

    def submit_answer(self) -> Feedback | None:
        return self.quiz.submit_answer()

    def reveal(self) -> None:
        self.quiz.reveal()

    def save_results(self, path: str | None = None) -> str | None:
        return self.quiz.save_results(path)

    # --- a language switch ------------------------------------------------------------------------

    def kept(self) -> dict[str, Any]:
        """Where the trainer is (the page, the scenario chosen, the walkthrough's scenario, the quiz in
        progress), for the same area built again in another language (``carry_on``)."""
        return {
            "tab": self.ui.tabs.currentIndex(),
            "current": self.current.id if self.current else None,
            "walked": self.walkthrough.scenario,
            "quiz": self.quiz.kept(),
        }

    def carry_on(self, kept: dict[str, Any]) -> None:
        if kept["current"]:
            self._choose(self.scenario(kept["current"]))
        if kept["walked"] is not None:
            self.walkthrough.show_scenario(kept["walked"])
        self.quiz.carry_on(kept["quiz"])
        self.ui.tabs.setCurrentIndex(kept["tab"])

    # --- keyboard and presentation ----------------------------------------------------------------

    def _build_shortcuts(self) -> None:
        def add(keys: list[QKeySequence | str], slot: Any) -> None:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

        add(["F11", "Ctrl+Shift+P"], self.toggle_presentation)
        add(["Alt+Right"], lambda: self.step(1))
        add(["Alt+Left"], lambda: self.step(-1))
        add(["Ctrl+Return", "Ctrl+Enter"], self.submit_answer)
        add(["Ctrl+R"], self.reveal)
        add(["Ctrl+E"], self.run_what_if)
        for number in range(1, 5):
            add([f"Alt+{number}"], lambda n=number: self.ui.tabs.setCurrentIndex(n - 1))
        add(["Escape"], lambda: self.presenting and self.toggle_presentation())

    def step(self, delta: int) -> None:
        """Next or previous scenario (in the library's filtered order), on whichever page is showing."""
        ids = self.visible_ids()
        if not ids:
            return
        index = ids.index(self.current.id) if self.current and self.current.id in ids else -1
        target = self.scenario(ids[(index + delta) % len(ids)])
        self.library.select(target.id)
        page = self.ui.tabs.currentWidget()
        if page is self.ui.walkTab:
            self.start_walkthrough(target)
        elif page is self.ui.quizTab:
            self.start_quiz(target)

    def toggle_presentation(self) -> None:
        """Large text for a projector: fonts about 1.6 times larger, the window's chrome hidden."""
        self.presentation.set(not self.presentation.on)
        self.presentationChanged.emit(self.presenting)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.quiz.close_record()
        super().closeEvent(event)
