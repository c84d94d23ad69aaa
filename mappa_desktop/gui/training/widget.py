"""The Training area: scenario library, walk-through with what-if, quiz, and how the forums fit together.

Everything here is fictional and marked so: a banner that never goes away, quiz attempts in the
training database (its own file), and the only file it writes is the quiz-results PDF, marked TRAINING
on every page. Nothing here creates, exports or imports a referral.
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mappa_desktop.core.rules import Assessment, RulePack, explain_text, load_pack
from mappa_desktop.core.rules.pack import fact_kind
from mappa_desktop.core.training import (
    NOT_ELIGIBLE,
    NOT_KNOWN,
    Comparison,
    Feedback,
    Scenario,
    TrainingRecord,
    WhatIfError,
    load_forums,
    load_scenarios,
    mark_answer,
    what_if,
)
from mappa_desktop.gui.training.render import comparison_html, feedback_html, forums_html, scenario_html
from mappa_desktop.gui.training.results_pdf import QuizResult, results_summary, save_results_pdf

PRESENTATION_SCALE = 1.6
BANNER_STYLE = (
    "background:#ffdd00;color:#0b0c0c;font-weight:bold;padding:6px;border-bottom:3px solid #0b0c0c;"
)


def _decision_view(parent: QWidget, lang: str) -> tuple[QWidget, Any]:
    """The editor's DecisionPanel when it exists; otherwise a read-only explanation from ``explain_text``."""
    try:
        from mappa_desktop.gui.editor.decision_panel import DecisionPanel  # type: ignore[import-not-found]
    except ImportError:
        view = QTextBrowser(parent)
        view.setAccessibleName(parent.tr("Decision and explanation"))

        def show(assessment: Assessment, _pack: RulePack) -> None:
            view.setPlainText(explain_text(assessment))

        return view, show
    panel = DecisionPanel(parent)

    def show_panel(assessment: Assessment, pack: RulePack) -> None:
        # Training records nothing: no override of a fictional case, no acknowledgement kept.
        panel.show_assessment(assessment, pack, lang=lang, allow_override=False)

    return panel, show_panel


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
        self.pack = pack or load_pack()
        self.scenarios = scenarios if scenarios is not None else load_scenarios()
        self.lang = lang
        self.record_path = record_path
        self._record: TrainingRecord | None = None
        self.session = uuid.uuid4().hex[:12]
        self.results: list[QuizResult] = []
        self.current: Scenario | None = None
        self.comparison: Comparison | None = None
        self.feedback: Feedback | None = None
        self.presenting = False
        self._hidden_chrome: list[QWidget] = []
        self.prompt_titles = {k: v.title.get(lang) for k, v in self.pack.prompts.items()}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel(self.tr("TRAINING \u2014 fictional cases, not real referrals"), self)
        self.banner.setObjectName("trainingBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setAccessibleName(self.tr("Training mode"))
        outer.addWidget(self.banner)
        self.tabs = QTabWidget(self)
        outer.addWidget(self.tabs)
        self._build_library()
        self._build_walkthrough()
        self._build_quiz()
        self._build_forums()
        self._build_shortcuts()
        self._fill_library()
        if self.scenarios:
            self.library.setCurrentRow(0)

    # --- library ----------------------------------------------------------------------------------

    def _build_library(self) -> None:
        page = QWidget()
        layout = QHBoxLayout(page)
        left = QVBoxLayout()
        self.tag_filter = QComboBox(page)
        self.tag_filter.setAccessibleName(self.tr("Filter scenarios by tag"))
        self.tag_filter.addItem(self.tr("All scenarios"), "")
        for tag in sorted({t for s in self.scenarios for t in s.tags}):
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.currentIndexChanged.connect(self._fill_library)
        label = QLabel(self.tr("&Tag:"), page)
        label.setBuddy(self.tag_filter)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.tag_filter, 1)
        left.addLayout(row)
        self.library = QListWidget(page)
        self.library.setAccessibleName(self.tr("Scenario library"))
        self.library.currentItemChanged.connect(self._library_selected)
        self.library.itemActivated.connect(lambda _item: self.start_walkthrough())
        left.addWidget(self.library, 1)
        buttons = QHBoxLayout()
        self.walk_button = QPushButton(self.tr("&Walk through"), page)
        self.walk_button.clicked.connect(self.start_walkthrough)
        self.quiz_button = QPushButton(self.tr("&Quiz on it"), page)
        self.quiz_button.clicked.connect(self.start_quiz)
        buttons.addWidget(self.walk_button)
        buttons.addWidget(self.quiz_button)
        left.addLayout(buttons)
        self.library_preview = QTextBrowser(page)
        self.library_preview.setAccessibleName(self.tr("Scenario preview"))
        layout.addLayout(left, 2)
        layout.addWidget(self.library_preview, 3)
        self.tabs.addTab(page, self.tr("Scenario library"))

    def _fill_library(self) -> None:
        tag = self.tag_filter.currentData()
        keep = self.current.id if self.current else None
        self.library.clear()
        for scenario in self.scenarios:
            if tag and tag not in scenario.tags:
                continue
            item = QListWidgetItem(scenario.title.get(self.lang))
            item.setData(Qt.ItemDataRole.UserRole, scenario.id)
            self.library.addItem(item)
            if scenario.id == keep:
                self.library.setCurrentItem(item)
        if self.library.currentRow() < 0 and self.library.count():
            self.library.setCurrentRow(0)

    def _library_selected(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        scenario = self.scenario(item.data(Qt.ItemDataRole.UserRole))
        self.current = scenario
        self.library_preview.setHtml(scenario_html(scenario, self.lang, self.tr, learning=True))

    def scenario(self, scenario_id: str) -> Scenario:
        return next(s for s in self.scenarios if s.id == scenario_id)

    def visible_ids(self) -> list[str]:
        return [self.library.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.library.count())]

    # --- walk-through -----------------------------------------------------------------------------

    def _build_walkthrough(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.walk_title = QLabel(page)
        self.walk_title.setObjectName("trainingTitle")
        self.walk_title.setProperty("class", "editorTitle")
        self.walk_title.setWordWrap(True)
        layout.addWidget(self.walk_title)
        split = QSplitter(Qt.Orientation.Horizontal, page)
        left = QSplitter(Qt.Orientation.Vertical, split)
        self.narrative = QTextBrowser(left)
        self.narrative.setAccessibleName(self.tr("Narrative"))
        self.facts_table = QTableWidget(0, 2, left)
        self.facts_table.setAccessibleName(self.tr("Facts of the case"))
        self.facts_table.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Answer")])
        self.facts_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.facts_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.facts_table.verticalHeader().setVisible(False)
        self.facts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.facts_table.setWordWrap(True)
        self.decision, self._show_decision = _decision_view(split, self.lang)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.decision.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
        split.setSizes([3000, 2000])
        layout.addWidget(split, 3)

        box = QGroupBox(self.tr("What if one fact were different?"), page)
        grid = QGridLayout(box)
        self.whatif_fact = QComboBox(box)
        self.whatif_fact.setAccessibleName(self.tr("Fact to change"))
        for name, question in self.pack.questions.items():
            self.whatif_fact.addItem(question.question.get(self.lang), name)
        self.whatif_fact.currentIndexChanged.connect(self._whatif_fact_changed)
        self.whatif_value = QComboBox(box)
        self.whatif_value.setAccessibleName(self.tr("New value"))
        self.whatif_value.setEditable(False)
        self.whatif_text = QLineEdit(box)
        self.whatif_text.setAccessibleName(self.tr("New value"))
        self.whatif_button = QPushButton(self.tr("&Compare"), box)
        self.whatif_button.clicked.connect(self.run_what_if)
        self.whatif_text.returnPressed.connect(self.run_what_if)
        fact_label = QLabel(self.tr("F&act:"), box)
        fact_label.setBuddy(self.whatif_fact)
        value_label = QLabel(self.tr("&New value:"), box)
        value_label.setBuddy(self.whatif_value)
        self._value_label = value_label
        grid.addWidget(fact_label, 0, 0)
        grid.addWidget(self.whatif_fact, 0, 1)
        grid.addWidget(value_label, 0, 2)
        grid.addWidget(self.whatif_value, 0, 3)
        grid.addWidget(self.whatif_text, 0, 3)
        grid.addWidget(self.whatif_button, 0, 4)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        self.whatif_changes = QTextBrowser(box)
        self.whatif_changes.setAccessibleName(self.tr("What changes"))
        self.whatif_before = QTextBrowser(box)
        self.whatif_before.setAccessibleName(self.tr("Explanation as written"))
        self.whatif_after = QTextBrowser(box)
        self.whatif_after.setAccessibleName(self.tr("Explanation with the fact changed"))
        sides = QSplitter(Qt.Orientation.Horizontal, box)
        sides.addWidget(self.whatif_before)
        sides.addWidget(self.whatif_after)
        grid.addWidget(self.whatif_changes, 1, 0, 1, 5)
        grid.addWidget(sides, 2, 0, 1, 5)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 2)
        layout.addWidget(box, 4)
        self.walk_page = page
        self.tabs.addTab(page, self.tr("Walk-through"))
        self._whatif_fact_changed()

    def start_walkthrough(self, scenario: Scenario | None = None) -> None:
        scenario = scenario or self.current
        if scenario is None:
            return
        self.current = scenario
        self.walk_title.setText(scenario.title.get(self.lang))
        self.narrative.setHtml(scenario_html(scenario, self.lang, self.tr, learning=True, heading=False))
        known = scenario.facts.model_dump(exclude_none=True)
        self.facts_table.setRowCount(0)
        for name, question in self.pack.questions.items():
            if name not in known:
                continue
            row = self.facts_table.rowCount()
            self.facts_table.insertRow(row)
            self.facts_table.setItem(row, 0, QTableWidgetItem(question.question.get(self.lang)))
            self.facts_table.setItem(row, 1, QTableWidgetItem(self._shown(name, known[name])))
        self.facts_table.resizeRowsToContents()
        self.assessment = scenario.assess(self.pack, self.lang)
        self._show_decision(self.assessment, self.pack)
        self.comparison = None
        self.whatif_changes.setHtml(
            f"<p>{html.escape(self.tr('Choose a fact and a new value, then Compare (Ctrl+E).'))}</p>"
        )
        self.whatif_before.clear()
        self.whatif_after.clear()
        self._whatif_fact_changed()
        self.tabs.setCurrentWidget(self.walk_page)

    def _shown(self, fact: str, value: Any) -> str:
        question = self.pack.questions.get(fact)
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if question is not None and question.choices:
            labels = {c.value: c.label.get(self.lang) for c in question.choices}
            items = value if isinstance(value, list) else [value]
            return ", ".join(labels.get(v, str(v)) for v in items) or self.tr("None")
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value.isoformat() if isinstance(value, dt.date) else value)

    def _whatif_fact_changed(self) -> None:
        fact = self.whatif_fact.currentData()
        if not fact:
            return
        kind, _choices = fact_kind(fact)
        question = self.pack.questions[fact]
        combo = kind in ("bool", "enum")
        self.whatif_value.setVisible(combo)
        self.whatif_text.setVisible(not combo)
        self._value_label.setBuddy(self.whatif_value if combo else self.whatif_text)
        self.whatif_value.clear()
        if kind == "bool":
            self.whatif_value.addItem(self.tr("Yes"), True)
            self.whatif_value.addItem(self.tr("No"), False)
        elif kind == "enum":
            for choice in question.choices:
                self.whatif_value.addItem(choice.label.get(self.lang), choice.value)
        if combo:
            self.whatif_value.addItem(self.tr("Unknown"), None)
        hints = {
            "integer": self.tr("a whole number; empty for unknown"),
            "number": self.tr("a number; empty for unknown"),
            "date": self.tr("a date as YYYY-MM-DD; empty for unknown"),
            "list_enum": self.tr("values separated by commas: %1; empty for unknown"),
        }
        hint = hints.get(kind, "")
        if kind == "list_enum":
            hint = hint.replace("%1", ", ".join(c.value for c in question.choices))
        self.whatif_text.clear()
        self.whatif_text.setPlaceholderText(hint)
        current = self.current.facts.model_dump().get(fact) if self.current else None
        if combo:
            index = self.whatif_value.findData(current)
            # Offer the first value that differs from the scenario's, so Compare shows a change at once.
            self.whatif_value.setCurrentIndex(1 if index == 0 else 0)

    def _whatif_new_value(self) -> Any:
        fact = self.whatif_fact.currentData()
        kind, _ = fact_kind(fact)
        if kind in ("bool", "enum"):
            return self.whatif_value.currentData()
        text = self.whatif_text.text().strip()
        if not text:
            return None
        try:
            if kind == "integer":
                return int(text)
            if kind == "number":
                return float(text)
            if kind == "date":
                return dt.date.fromisoformat(text)
        except ValueError as exc:
            message = self.tr("'%1' is not a valid value here: %2").replace("%1", text)
            raise WhatIfError(message.replace("%2", str(exc))) from None
        return [part.strip() for part in text.split(",") if part.strip()]

    def run_what_if(self) -> Comparison | None:
        if self.current is None:
            return None
        fact = self.whatif_fact.currentData()
        try:
            comparison = what_if(self.pack, self.current, fact, self._whatif_new_value(), self.lang)
        except WhatIfError as exc:
            self.whatif_changes.setHtml(f"<p style='color:#b3261e'><b>{html.escape(str(exc))}</b></p>")
            return None
        self.comparison = comparison
        question = self.pack.questions[fact].question.get(self.lang)
        before, after = comparison.old_value, comparison.new_value
        label_before = self._shown(fact, before) if before is not None else self.tr("Unknown")
        label_after = self._shown(fact, after) if after is not None else self.tr("Unknown")
        parts = comparison_html(
            comparison, self.pack, self.tr, question, label_before, label_after, self.lang
        )
        self.whatif_changes.setHtml(parts.changes)
        self.whatif_before.setHtml(parts.before)
        self.whatif_after.setHtml(parts.after)
        return comparison

    # --- quiz -------------------------------------------------------------------------------------

    def _build_quiz(self) -> None:
        page = QWidget()
        layout = QHBoxLayout(page)
        left = QVBoxLayout()
        self.quiz_title = QLabel(page)
        self.quiz_title.setObjectName("trainingTitle")
        self.quiz_title.setProperty("class", "editorTitle")
        self.quiz_title.setWordWrap(True)
        left.addWidget(self.quiz_title)
        self.quiz_case = QTextBrowser(page)
        self.quiz_case.setAccessibleName(self.tr("The case"))
        left.addWidget(self.quiz_case, 1)
        answers = QHBoxLayout()
        cat_box = QGroupBox(self.tr("Category"), page)
        cat_layout = QVBoxLayout(cat_box)
        self.category_group = QButtonGroup(self)
        for text, value in (
            (self.tr("Not eligible"), NOT_ELIGIBLE),
            (self.tr("Category 1"), 1),
            (self.tr("Category 2"), 2),
            (self.tr("Category 3"), 3),
            (self.tr("Category 4"), 4),
            (self.tr("Not yet known"), NOT_KNOWN),
        ):
            button = QRadioButton(text, cat_box)
            button.setProperty("answer", value)
            self.category_group.addButton(button)
            cat_layout.addWidget(button)
        lvl_box = QGroupBox(self.tr("Level"), page)
        lvl_layout = QVBoxLayout(lvl_box)
        self.level_group = QButtonGroup(self)
        for text, value in (
            (self.tr("None"), NOT_ELIGIBLE),
            (self.tr("Level 1"), 1),
            (self.tr("Level 2"), 2),
            (self.tr("Level 3"), 3),
            (self.tr("Not yet known"), NOT_KNOWN),
        ):
            button = QRadioButton(text, lvl_box)
            button.setProperty("answer", value)
            self.level_group.addButton(button)
            lvl_layout.addWidget(button)
        lvl_layout.addStretch(1)
        prompt_box = QGroupBox(self.tr("Prompts that apply"), page)
        prompt_layout = QVBoxLayout(prompt_box)
        self.prompt_checks: dict[str, QCheckBox] = {}
        for prompt_id, title in self.prompt_titles.items():
            check = QCheckBox(title, prompt_box)
            self.prompt_checks[prompt_id] = check
            prompt_layout.addWidget(check)
        answers.addWidget(cat_box)
        answers.addWidget(lvl_box)
        answers.addWidget(prompt_box, 2)
        left.addLayout(answers)
        buttons = QHBoxLayout()
        self.submit_button = QPushButton(self.tr("&Submit answer"), page)
        self.submit_button.setToolTip(self.tr("Mark my answer (Ctrl+Return)"))
        self.submit_button.clicked.connect(self.submit_answer)
        self.next_button = QPushButton(self.tr("Ne&xt scenario"), page)
        self.next_button.setToolTip(self.tr("Next scenario (Alt+Right)"))
        self.next_button.clicked.connect(lambda: self.step(1))
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        right = QVBoxLayout()
        self.feedback_view = QTextBrowser(page)
        self.feedback_view.setAccessibleName(self.tr("Feedback"))
        right.addWidget(self.feedback_view, 1)
        self.score_label = QLabel(page)
        right.addWidget(self.score_label)
        save_row = QHBoxLayout()
        self.trainee_edit = QLineEdit(page)
        self.trainee_edit.setPlaceholderText(self.tr("Trainee name for the record"))
        self.trainee_edit.setAccessibleName(self.tr("Trainee name"))
        self.save_pdf_button = QPushButton(self.tr("Save results as &PDF\u2026"), page)
        self.save_pdf_button.clicked.connect(self.save_results)
        save_row.addWidget(self.trainee_edit, 1)
        save_row.addWidget(self.save_pdf_button)
        right.addLayout(save_row)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.quiz_page = page
        self.tabs.addTab(page, self.tr("Quiz"))
        self._update_score()

    def start_quiz(self, scenario: Scenario | None = None) -> None:
        scenario = scenario or self.current
        if scenario is None:
            return
        self.current = scenario
        self.feedback = None
        self.quiz_title.setText(scenario.title.get(self.lang))
        self.quiz_case.setHtml(scenario_html(scenario, self.lang, self.tr, learning=False, heading=False))
        for group in (self.category_group, self.level_group):
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        for check in self.prompt_checks.values():
            check.setChecked(False)
        hint = self.tr("Choose a category, a level and the prompts that apply, then Submit (Ctrl+Return).")
        self.feedback_view.setHtml(f"<p>{html.escape(hint)}</p>")
        self.submit_button.setEnabled(True)
        self.tabs.setCurrentWidget(self.quiz_page)
        self.category_group.buttons()[0].setFocus()

    def set_answer(self, category: Any, level: Any, prompts: set[str]) -> None:
        """Choose answers programmatically (tests, and a trainer demonstrating)."""
        for group, value in ((self.category_group, category), (self.level_group, level)):
            for button in group.buttons():
                button.setChecked(button.property("answer") == value)
        for prompt_id, check in self.prompt_checks.items():
            check.setChecked(prompt_id in prompts)

    def submit_answer(self) -> Feedback | None:
        if self.current is None or not self.submit_button.isEnabled():
            return None
        cat, lvl = self.category_group.checkedButton(), self.level_group.checkedButton()
        if cat is None or lvl is None:
            self.feedback_view.setHtml(
                "<p style='color:#b3261e'><b>"
                + html.escape(self.tr("Choose a category and a level first (choose 'Not yet known' if so)."))
                + "</b></p>"
            )
            return None
        chosen = {p for p, check in self.prompt_checks.items() if check.isChecked()}
        assessment = self.current.assess(self.pack, self.lang)
        feedback = mark_answer(
            assessment,
            cat.property("answer"),
            lvl.property("answer"),
            chosen,
            self.prompt_titles,
            pack=self.pack,
        )
        self.feedback = feedback
        self.results.append(QuizResult(self.current, feedback))
        self._remember(feedback, cat.property("answer"), lvl.property("answer"), chosen)
        self.feedback_view.setHtml(
            feedback_html(feedback, self.current, self.lang, self.tr, self.prompt_titles)
        )
        self.submit_button.setEnabled(False)
        self._update_score()
        return feedback

    def reveal(self) -> None:
        """Show the debrief without marking (for a trainer leading a discussion)."""
        if self.current is None:
            return
        assessment = self.current.assess(self.pack, self.lang)
        self.feedback_view.setHtml(
            feedback_html(None, self.current, self.lang, self.tr, self.prompt_titles, assessment=assessment)
        )

    def _remember(self, feedback: Feedback, category: Any, level: Any, prompts: set[str]) -> None:
        try:
            if self._record is None:
                self._record = TrainingRecord.open(self.record_path)
            answer = {"category": category, "level": level, "prompts": sorted(prompts)}
            self._record.add_attempt(
                self.session, self.current.id, self.trainee_edit.text(), feedback, answer
            )
        except Exception as exc:  # noqa: BLE001 - the record is a convenience; the quiz goes on without it
            self.score_label.setToolTip(
                self.tr("The training record could not be saved: %1").replace("%1", str(exc))
            )

    def _update_score(self) -> None:
        score = sum(r.feedback.score for r in self.results)
        total = sum(r.feedback.total for r in self.results)
        self.score_label.setText(
            self.tr("This session: %1 scenarios, %2 of %3 points")
            .replace("%1", str(len(self.results)))
            .replace("%2", str(score))
            .replace("%3", str(total))
        )
        self.save_pdf_button.setEnabled(bool(self.results))

    def save_results(self, path: str | None = None) -> str | None:
        from mappa_desktop.export.preview import security_marking

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
            trainee=self.trainee_edit.text().strip(),
            security_marking=security_marking(),
            prompt_titles=self.prompt_titles,
            language=self.lang,
        )
        try:
            save_results_pdf(summary, path, overwrite=True)
        except Exception as exc:  # noqa: BLE001 - say what happened, keep the session
            QMessageBox.warning(self, self.tr("Results not saved"), str(exc))
            return None
        return path

    # --- forums -----------------------------------------------------------------------------------

    def _build_forums(self) -> None:
        self.forums_view = QTextBrowser(self)
        self.forums_view.setOpenExternalLinks(True)
        self.forums_view.setAccessibleName(self.tr("How the forums fit together"))
        self.forums_view.setHtml(forums_html(load_forums(), self.lang, self.tr))
        self.tabs.addTab(self.forums_view, self.tr("How the forums fit together"))

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
            add([f"Alt+{number}"], lambda n=number: self.tabs.setCurrentIndex(n - 1))
        add(["Escape"], lambda: self.presenting and self.toggle_presentation())

    def step(self, delta: int) -> None:
        """Next or previous scenario (in the library's filtered order), on whichever page is showing."""
        ids = self.visible_ids()
        if not ids:
            return
        index = ids.index(self.current.id) if self.current and self.current.id in ids else -1
        target = self.scenario(ids[(index + delta) % len(ids)])
        self.library.setCurrentRow(ids.index(target.id))
        page = self.tabs.currentWidget()
        if page is self.walk_page:
            self.start_walkthrough(target)
        elif page is self.quiz_page:
            self.start_quiz(target)

    def toggle_presentation(self) -> None:
        """Large text for a projector: fonts about 1.6 times larger, the window's chrome hidden."""
        self.presenting = not self.presenting
        if self.presenting:
            size = self.font().pointSizeF() * PRESENTATION_SCALE
            # A widget's own style sheet wins over the application's, whatever the selectors.
            self.setStyleSheet(
                f"QWidget {{ font-size: {size:.1f}pt; }} "
                f"QLabel#trainingTitle {{ font-size: {size * 1.25:.1f}pt; font-weight: bold; }}"
            )
            self.banner.setStyleSheet(BANNER_STYLE + f"font-size:{size:.1f}pt;")
            window = self.window()
            self._hidden_chrome = []
            if isinstance(window, QMainWindow):
                for bar in (window.menuBar(), window.statusBar()):
                    if bar is not None and bar.isVisible():
                        bar.hide()
                        self._hidden_chrome.append(bar)
        else:
            self.setStyleSheet("")
            self.banner.setStyleSheet(BANNER_STYLE)
            for widget in self._hidden_chrome:
                widget.show()
            self._hidden_chrome = []
        self.presentationChanged.emit(self.presenting)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self._record is not None:
            self._record.close()
            self._record = None
        super().closeEvent(event)
