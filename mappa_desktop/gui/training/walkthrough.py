"""The walk-through page: a scenario's narrative and facts, the decision panel, and the what-if comparison."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from mappa_desktop.core.dates import date_in_words
from mappa_desktop.core.rules import Assessment, RulePack
from mappa_desktop.core.rules.pack import fact_kind
from mappa_desktop.core.training import Comparison, Scenario, WhatIfError, what_if
from mappa_desktop.gui.editor.decision_panel import DecisionPanel
from mappa_desktop.gui.forms.ui_training_walkthrough import Ui_TrainingWalkthrough
from mappa_desktop.gui.i18n import fill
from mappa_desktop.gui.plain_text import plain_labels
from mappa_desktop.gui.training.render import comparison_html, scenario_html


class WalkThroughPage(QWidget):
    """One scenario explained, with "what if one fact were different?" beside it."""

    def __init__(self, pack: RulePack, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TrainingWalkthrough()
        self.ui.setupUi(self)
        plain_labels(self.ui.trainingTitle)
        self.pack = pack
        self.lang = lang
        self.scenario: Scenario | None = None
        self.assessment: Assessment | None = None
        self.comparison: Comparison | None = None
        ui = self.ui

        header = ui.factsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.decision = DecisionPanel(self)
        ui.caseSplitter.addWidget(self.decision)
        ui.caseSplitter.setStretchFactor(0, 3)
        ui.caseSplitter.setStretchFactor(1, 2)
        ui.caseSplitter.setCollapsible(1, False)
        self.decision.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
        ui.caseSplitter.setSizes([3000, 2000])
        ui.factsSplitter.setSizes([1000, 1000])
        ui.comparisonSplitter.setSizes([1000, 1000])
        # Room for the hint or a problem (three lines at any text size) before a comparison is made.
        ui.whatifChanges.setMinimumHeight(ui.whatifChanges.fontMetrics().lineSpacing() * 3 + 12)
        # Until a comparison is made the case has the room; then the comparison does, the case hidden
        # (its decision is the "As written" side) until the person asks for it again.
        ui.caseCheck.toggled.connect(ui.caseSplitter.setVisible)
        QWidget.setTabOrder(ui.factsTable, self.decision)
        QWidget.setTabOrder(self.decision, ui.whatifFact)

        for name, question in pack.questions.items():
            ui.whatifFact.addItem(question.question.get(lang), name)
        ui.whatifFact.currentIndexChanged.connect(self._fact_changed)
        ui.compareButton.clicked.connect(self.run_what_if)
        ui.whatifText.returnPressed.connect(self.run_what_if)
        self._fact_changed()

    def show_scenario(self, scenario: Scenario) -> None:
        """Show the scenario as written, with the aid's decision, and clear any earlier comparison."""
        ui = self.ui
        self.scenario = scenario
        ui.trainingTitle.setText(scenario.title.get(self.lang))
        ui.narrative.setHtml(scenario_html(scenario, self.lang, self.tr, learning=True, heading=False))
        known = scenario.facts.model_dump(exclude_none=True)
        ui.factsTable.setRowCount(0)
        for name, question in self.pack.questions.items():
            if name not in known:
                continue
            row = ui.factsTable.rowCount()
            ui.factsTable.insertRow(row)
            ui.factsTable.setItem(row, 0, QTableWidgetItem(question.question.get(self.lang)))
            ui.factsTable.setItem(row, 1, QTableWidgetItem(self.shown(name, known[name])))
        ui.factsTable.resizeRowsToContents()
        self.assessment = scenario.assess(self.pack, self.lang)
        # Training records nothing: no override of a fictional case, no acknowledgement kept.
        self.decision.show_assessment(self.assessment, self.pack, lang=self.lang, allow_override=False)
        self.comparison = None
        ui.whatifChanges.setHtml(
            f"<p>{html.escape(self.tr('Choose a fact and a new value, then Compare (Ctrl+E).'))}</p>"
        )
        ui.whatifBefore.clear()
        ui.whatifAfter.clear()
        ui.sidesSplitter.hide()
        ui.caseCheck.setChecked(True)
        ui.walkSplitter.setSizes([10_000, 0])  # the what-if box at its smallest
        self._fact_changed()

    def shown(self, fact: str, value: Any) -> str:
        """A fact's value as the person reads it: Yes/No, choice labels, whole numbers, ISO dates."""
        question = self.pack.questions.get(fact)
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if question is not None and question.choices:
            labels = {c.value: c.label.get(self.lang) for c in question.choices}
            items = value if isinstance(value, list) else [value]
            return ", ".join(labels.get(v, str(v)) for v in items) or self.tr("None")
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return date_in_words(value, self.lang) if isinstance(value, dt.date) else str(value)

    def _fact_changed(self) -> None:
        ui = self.ui
        fact = ui.whatifFact.currentData()
        if not fact:
            return
        kind, _choices = fact_kind(fact)
        question = self.pack.questions[fact]
        combo = kind in ("bool", "enum")
        ui.whatifValue.setVisible(combo)
        ui.whatifText.setVisible(not combo)
        ui.valueLabel.setBuddy(ui.whatifValue if combo else ui.whatifText)
        ui.whatifValue.clear()
        if kind == "bool":
            ui.whatifValue.addItem(self.tr("Yes"), True)
            ui.whatifValue.addItem(self.tr("No"), False)
        elif kind == "enum":
            for choice in question.choices:
                ui.whatifValue.addItem(choice.label.get(self.lang), choice.value)
        if combo:
            ui.whatifValue.addItem(self.tr("Unknown"), None)
        hints = {
            "integer": self.tr("a whole number; empty for unknown"),
            "number": self.tr("a number; empty for unknown"),
            "date": self.tr("a date as YYYY-MM-DD; empty for unknown"),
            "list_enum": self.tr("values separated by commas: {values}; empty for unknown"),
        }
        hint = hints.get(kind, "")
        if kind == "list_enum":
            hint = fill(hint, values=", ".join(c.value for c in question.choices))
        ui.whatifText.clear()
        ui.whatifText.setPlaceholderText(hint)
        current = self.scenario.facts.model_dump().get(fact) if self.scenario else None
        if combo:
            index = ui.whatifValue.findData(current)
            # Offer the first value that differs from the scenario's, so Compare shows a change at once.
            ui.whatifValue.setCurrentIndex(1 if index == 0 else 0)

    def _new_value(self) -> Any:
        fact = self.ui.whatifFact.currentData()
        kind, _ = fact_kind(fact)
        if kind in ("bool", "enum"):
            return self.ui.whatifValue.currentData()
        text = self.ui.whatifText.text().strip()
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
            message = fill(self.tr("'{text}' is not a valid value here: {error}"), text=text, error=exc)
            raise WhatIfError(message) from None
        return [part.strip() for part in text.split(",") if part.strip()]

    def run_what_if(self) -> Comparison | None:
        """Compare the scenario as written with the chosen fact changed; explain a bad value instead."""
        if self.scenario is None:
            return None
        ui = self.ui
        fact = ui.whatifFact.currentData()
        try:
            comparison = what_if(self.pack, self.scenario, fact, self._new_value(), self.lang)
        except WhatIfError as exc:
            ui.whatifChanges.setHtml(f"<p style='color:#b3261e'><b>{html.escape(str(exc))}</b></p>")
            return None
        self.comparison = comparison
        question = self.pack.questions[fact].question.get(self.lang)
        before, after = comparison.old_value, comparison.new_value
        label_before = self.shown(fact, before) if before is not None else self.tr("Unknown")
        label_after = self.shown(fact, after) if after is not None else self.tr("Unknown")
        parts = comparison_html(
            comparison, self.pack, self.tr, question, label_before, label_after, self.lang
        )
        ui.whatifChanges.setHtml(parts.changes)
        ui.whatifBefore.setHtml(parts.before)
        ui.whatifAfter.setHtml(parts.after)
        ui.sidesSplitter.show()
        ui.caseCheck.setChecked(False)
        return comparison
