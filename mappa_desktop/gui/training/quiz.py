"""The quiz page: the case without its answer, the trainee's category, level and prompts, marking and
feedback, the session's score, and the results as a PDF marked TRAINING.

Attempts go to the training database (its own file), never the referrals store.
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mappa_desktop.core.rules import RulePack
from mappa_desktop.core.training import (
    NOT_ELIGIBLE,
    NOT_KNOWN,
    Feedback,
    Scenario,
    TrainingRecord,
    mark_answer,
)
from mappa_desktop.gui.forms.ui_training_quiz import Ui_TrainingQuiz
from mappa_desktop.gui.i18n import fill, say
from mappa_desktop.gui.plain_text import plain_labels, plain_tooltip, warn
from mappa_desktop.gui.training.render import feedback_html, scenario_html
from mappa_desktop.gui.training.results_pdf import QuizResult, results_summary, save_results_pdf
from mappa_desktop.gui.widgets import WrappingCheckBox


class QuizPage(QWidget):
    """Quiz on one scenario at a time. ``step_requested(1)`` asks for the next scenario."""

    step_requested = Signal(int)

    def __init__(
        self, pack: RulePack, lang: str, *, record_path: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TrainingQuiz()
        self.ui.setupUi(self)
        plain_labels(self.ui.trainingTitle, self.ui.scoreLabel)
        self.pack = pack
        self.lang = lang
        self.record_path = record_path
        self._record: TrainingRecord | None = None
        self.session = uuid.uuid4().hex[:12]
        self.results: list[QuizResult] = []
        self.scenario: Scenario | None = None
        self.feedback: Feedback | None = None
        self.prompt_titles = {k: v.title.get(lang) for k, v in pack.prompts.items()}
        ui = self.ui
        answers = {
            ui.categoryNone: NOT_ELIGIBLE,
            ui.category1: 1,
            ui.category2: 2,
            ui.category3: 3,
            ui.category4: 4,
            ui.categoryUnknown: NOT_KNOWN,
            ui.levelNone: NOT_ELIGIBLE,
            ui.level1: 1,
            ui.level2: 2,
            ui.level3: 3,
            ui.levelUnknown: NOT_KNOWN,
        }
        for button, value in answers.items():
            button.setProperty("answer", value)
        # The prompts come from the rule pack, so their boxes are made here, in the form's tab order.
        self.prompt_checks: dict[str, WrappingCheckBox] = {}
        previous: QWidget = ui.levelUnknown
        # In a scroll area: wrapped titles need height, and a projector at 720 lines has little to spare.
        scroll = QScrollArea(ui.promptBox)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Take the height the category and level choices need, no more: the case text keeps the rest.
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        scroll.setObjectName("promptScroll")
        scroll.viewport().setAutoFillBackground(False)
        holder = QWidget(scroll)
        holder.setObjectName("scrollContents")  # transparent, as the stylesheet has it
        rows = QVBoxLayout(holder)
        rows.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(holder)
        ui.promptLayout.addWidget(scroll)
        for prompt_id, title in self.prompt_titles.items():
            check = WrappingCheckBox(title, holder)
            rows.addWidget(check)
            QWidget.setTabOrder(previous, check)
            previous = check
            self.prompt_checks[prompt_id] = check
        rows.addStretch(1)
        QWidget.setTabOrder(previous, ui.submitButton)
        ui.submitButton.clicked.connect(self.submit_answer)
        ui.nextButton.clicked.connect(lambda: self.step_requested.emit(1))
        ui.savePdfButton.clicked.connect(lambda: self.save_results())
        self._update_score()

    def show_scenario(self, scenario: Scenario) -> None:
        """Start the quiz on a scenario: its case without the answer, every choice cleared."""
        ui = self.ui
        self.scenario = scenario
        self.feedback = None
        ui.trainingTitle.setText(scenario.title.get(self.lang))
        ui.quizCase.setHtml(scenario_html(scenario, self.lang, self.tr, learning=False, heading=False))
        for group in (ui.categoryGroup, ui.levelGroup):
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        for check in self.prompt_checks.values():
            check.setChecked(False)
        hint = self.tr("Choose a category, a level and the prompts that apply, then Submit (Ctrl+Return).")
        ui.feedbackView.setHtml(f"<p>{html.escape(hint)}</p>")
        ui.submitButton.setEnabled(True)

    def focus_first_answer(self) -> None:
        self.ui.categoryGroup.buttons()[0].setFocus()

    def set_answer(self, category: Any, level: Any, prompts: set[str]) -> None:
        """Choose answers programmatically (tests, and a trainer demonstrating)."""
        for group, value in ((self.ui.categoryGroup, category), (self.ui.levelGroup, level)):
            for button in group.buttons():
                button.setChecked(button.property("answer") == value)
        for prompt_id, check in self.prompt_checks.items():
            check.setChecked(prompt_id in prompts)

    def submit_answer(self) -> Feedback | None:
        """Mark the chosen answer, once per scenario; ask for what is missing instead."""
        ui = self.ui
        if self.scenario is None or not ui.submitButton.isEnabled():
            return None
        cat, lvl = ui.categoryGroup.checkedButton(), ui.levelGroup.checkedButton()
        if cat is None or lvl is None:
            ui.feedbackView.setHtml(
                "<p style='color:#b3261e'><b>"
                + html.escape(self.tr("Choose a category and a level first (choose 'Not yet known' if so)."))
                + "</b></p>"
            )
            return None
        chosen = {p for p, check in self.prompt_checks.items() if check.isChecked()}
        assessment = self.scenario.assess(self.pack, self.lang)
        feedback = mark_answer(
            assessment,
            cat.property("answer"),
            lvl.property("answer"),
            chosen,
            self.prompt_titles,
            pack=self.pack,
        )
        self.feedback = feedback
        self.results.append(QuizResult(self.scenario, feedback))
        self._remember(feedback, cat.property("answer"), lvl.property("answer"), chosen)
        ui.feedbackView.setHtml(
            feedback_html(feedback, self.scenario, self.lang, self.tr, self.prompt_titles)
        )
        ui.submitButton.setEnabled(False)
        self._update_score()
        return feedback

    def reveal(self) -> None:
        """Show the debrief without marking (for a trainer leading a discussion)."""
        if self.scenario is None:
            return
        assessment = self.scenario.assess(self.pack, self.lang)
        self.ui.feedbackView.setHtml(
            feedback_html(None, self.scenario, self.lang, self.tr, self.prompt_titles, assessment=assessment)
        )

    def _remember(self, feedback: Feedback, category: Any, level: Any, prompts: set[str]) -> None:
        try:
            if self._record is None:
                self._record = TrainingRecord.open(self.record_path)
            answer = {"category": category, "level": level, "prompts": sorted(prompts)}
            self._record.add_attempt(
                self.session, self.scenario.id, self.ui.traineeEdit.text(), feedback, answer
            )
        except Exception as exc:  # noqa: BLE001 - the record is a convenience; the quiz goes on without it
            self.ui.scoreLabel.setToolTip(
                plain_tooltip(fill(self.tr("The training record could not be saved: {error}"), error=exc))
            )

    def kept(self) -> dict[str, Any]:
        """What the quiz holds now (the scenario, the answers chosen, marked or not, the session's results
        and record, the trainee's name), so a quiz built again in another language carries on."""
        ui = self.ui
        kept, self._record = self._record, None  # handed on, not closed with this page
        return {
            "scenario": self.scenario,
            "category": b.property("answer") if (b := ui.categoryGroup.checkedButton()) else None,
            "level": b.property("answer") if (b := ui.levelGroup.checkedButton()) else None,
            "prompts": {p for p, check in self.prompt_checks.items() if check.isChecked()},
            "marked": self.feedback is not None,
            "results": list(self.results),
            "session": self.session,
            "record": kept,
            "trainee": ui.traineeEdit.text(),
        }

    def carry_on(self, kept: dict[str, Any]) -> None:
        """Take up a quiz ``kept`` from a page in another language, at the same point: an answer marked
        is shown marked (in this page's language), never marked or recorded twice."""
        self.session, self.results, self._record = kept["session"], kept["results"], kept["record"]
        self.ui.traineeEdit.setText(kept["trainee"])
        scenario = kept["scenario"]
        if scenario is not None:
            self.show_scenario(scenario)
            self.set_answer(kept["category"], kept["level"], kept["prompts"])
            if kept["marked"]:
                assessment = scenario.assess(self.pack, self.lang)
                self.feedback = mark_answer(
                    assessment,
                    kept["category"],
                    kept["level"],
                    kept["prompts"],
                    self.prompt_titles,
                    pack=self.pack,
                )
                if self.results and self.results[-1].scenario.id == scenario.id:
                    self.results[-1] = QuizResult(scenario, self.feedback)  # its PDF in this language
                self.ui.feedbackView.setHtml(
                    feedback_html(self.feedback, scenario, self.lang, self.tr, self.prompt_titles)
                )
                self.ui.submitButton.setEnabled(False)
        self._update_score()

    def close_record(self) -> None:
        if self._record is not None:
            self._record.close()
            self._record = None

    def _update_score(self) -> None:
        score = sum(r.feedback.score for r in self.results)
        total = sum(r.feedback.total for r in self.results)
        self.ui.scoreLabel.setText(
            fill(
                self.tr("This session: {scenarios} scenarios, {score} of {total} points"),
                scenarios=len(self.results),
                score=score,
                total=total,
            )
        )
        self.ui.savePdfButton.setEnabled(bool(self.results))

    def save_results(self, path: str | None = None) -> str | None:
        """Save the session's results as a PDF marked TRAINING; ask where when no path is given."""
        from mappa_desktop.export.marking import security_marking

        if not self.results:
            return None
        if not path:
            suggested = f"training-results-{dt.date.today().isoformat()}.pdf"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save quiz results"), suggested, self.tr("PDF files (*.pdf)")
            )
            if not path:
                return None
        summary = results_summary(
            self.results,
            trainee=self.ui.traineeEdit.text().strip(),
            security_marking=security_marking(),
            prompt_titles=self.prompt_titles,
            language=self.lang,
        )
        try:
            save_results_pdf(summary, path, overwrite=True)
        except Exception as exc:  # noqa: BLE001 - say what happened, keep the session
            warn(self, self.tr("Results not saved"), say(exc))
            return None
        return path
