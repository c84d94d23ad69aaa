"""The scenario library page: filter by tag, preview a scenario, start its walk-through or its quiz."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from mappa_desktop.core.training import Scenario
from mappa_desktop.gui.forms.ui_training_library import Ui_TrainingLibrary
from mappa_desktop.gui.training.render import scenario_html


class LibraryPage(QWidget):
    """The list of fictional scenarios. ``selected(scenario)`` when the chosen one changes."""

    selected = Signal(object)
    walk_requested = Signal()
    quiz_requested = Signal()

    def __init__(self, scenarios: list[Scenario], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TrainingLibrary()
        self.ui.setupUi(self)
        self.scenarios = scenarios
        self.lang = lang
        ui = self.ui
        ui.tagFilter.addItem(self.tr("All scenarios"), "")
        for tag in sorted({t for s in scenarios for t in s.tags}):
            ui.tagFilter.addItem(tag, tag)
        ui.tagFilter.currentIndexChanged.connect(self.fill)
        ui.scenarioList.currentItemChanged.connect(self._selected)
        ui.scenarioList.itemActivated.connect(lambda _item: self.walk_requested.emit())
        ui.walkButton.clicked.connect(self.walk_requested)
        ui.quizButton.clicked.connect(self.quiz_requested)
        self.fill()

    def scenario(self, scenario_id: str) -> Scenario:
        return next(s for s in self.scenarios if s.id == scenario_id)

    def current_scenario(self) -> Scenario | None:
        item = self.ui.scenarioList.currentItem()
        return self.scenario(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def visible_ids(self) -> list[str]:
        """The scenarios the tag filter lets through, in library order."""
        view = self.ui.scenarioList
        return [view.item(i).data(Qt.ItemDataRole.UserRole) for i in range(view.count())]

    def select(self, scenario_id: str) -> None:
        """Show this scenario as chosen, when the filter lets it through."""
        ids = self.visible_ids()
        if scenario_id in ids:
            self.ui.scenarioList.setCurrentRow(ids.index(scenario_id))

    def fill(self) -> None:
        """List the scenarios with the chosen tag, keeping the chosen scenario when it is still listed."""
        view = self.ui.scenarioList
        tag = self.ui.tagFilter.currentData()
        keep = self.current_scenario()
        view.clear()
        for scenario in self.scenarios:
            if tag and tag not in scenario.tags:
                continue
            item = QListWidgetItem(scenario.title.get(self.lang))
            item.setData(Qt.ItemDataRole.UserRole, scenario.id)
            view.addItem(item)
            if keep is not None and scenario.id == keep.id:
                view.setCurrentItem(item)
        if view.currentRow() < 0 and view.count():
            view.setCurrentRow(0)

    def _selected(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        scenario = self.scenario(item.data(Qt.ItemDataRole.UserRole))
        self.ui.preview.setHtml(scenario_html(scenario, self.lang, self.tr, learning=True))
        self.selected.emit(scenario)
