"""``ScreeningWidget``: the co-ordinator's Screening area (queue + screening pane, and the Figures tab)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mappa_desktop.core.screening import DeadlinePolicy, QueueQuery, ScreeningStatus, received_count
from mappa_desktop.core.screening.model import OPEN_STATUSES
from mappa_desktop.gui.screening.detail import ScreeningDetail
from mappa_desktop.gui.screening.figures_widget import BoardFiguresWidget
from mappa_desktop.gui.screening.import_flow import ImportFlow, results_text
from mappa_desktop.gui.screening.queue_model import COLUMNS, ScreeningQueueModel
from mappa_desktop.gui.screening.text import status_text

SEARCH_DELAY_MS = 200


class ScreeningWidget(QWidget):
    """The queue of received referrals, the referral being screened, imports, and board figures."""

    imported = Signal(list)

    def __init__(
        self, store, parent: QWidget | None = None, *, actor: str | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        from mappa_desktop.core.store import default_actor

        self.store = store
        self.actor = actor or default_actor()
        self.policy = DeadlinePolicy.from_pack()
        self._flow: ImportFlow | None = None
        self.setAcceptDrops(True)

        # Queue controls --------------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, aliases, PNC, references"))
        self.search.setAccessibleName(self.tr("Search the screening queue"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status filter"))
        self.status.addItem(self.tr("All statuses"), "all")
        self.status.addItem(self.tr("Awaiting a decision"), "open")
        for status in ScreeningStatus:
            self.status.addItem(status_text(status), str(status))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category filter"))
        self.category.addItem(self.tr("All categories"), 0)
        for n in (1, 2, 3, 4):
            self.category.addItem(self.tr("Category %1").replace("%1", str(n)), n)
        self.da_only = QCheckBox(self.tr("&Domestic abuse"))
        self.da_only.setAccessibleName(self.tr("Only domestic abuse referrals"))
        self.overdue_only = QCheckBox(self.tr("&Overdue"))
        self.overdue_only.setAccessibleName(self.tr("Only referrals with an overdue deadline"))
        self.import_button = QPushButton(self.tr("&Import packages…"))
        self.import_button.setAccessibleName(self.tr("Import referral packages"))
        self.import_button.setToolTip(
            self.tr("Import referral packages (.mappa.json), or drop files or folders here (Ctrl+I)")
        )
        self.import_button.clicked.connect(self.choose_files)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Referrals shown"))
        controls = QHBoxLayout()
        controls.addWidget(self.search, 2)
        for widget in (self.status, self.category, self.da_only, self.overdue_only):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.count_label)
        controls.addWidget(self.import_button)

        # Queue view --------------------------------------------------------------------------------
        self.model = ScreeningQueueModel(store.db.conn, self, today=today)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Screening queue"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((165, 220, 72, 95, 118, 40, 110, 245, 160, 100)):
            header.resizeSection(column, width)
        header.setSortIndicator(
            COLUMNS.index(next(c for c in COLUMNS if c[0] == "received_at")), Qt.SortOrder.DescendingOrder
        )
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.empty = QLabel()
        self.empty.setProperty("class", "emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self.detail = ScreeningDetail(store, actor=self.actor, policy=self.policy)
        self.detail.decided.connect(self._decided)

        queue_side = QWidget()
        queue_layout = QVBoxLayout(queue_side)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_layout.addWidget(self.view, 1)
        queue_layout.addWidget(self.empty, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(queue_side)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        queue_tab = QWidget()
        queue_tab_layout = QVBoxLayout(queue_tab)
        queue_tab_layout.addLayout(controls)
        queue_tab_layout.addWidget(self.splitter, 1)

        self.figures = BoardFiguresWidget(store, today=today)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Screening"))
        self.tabs.addTab(queue_tab, self.tr("&Queue"))
        self.tabs.addTab(self.figures, self.tr("&Figures for the board"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        # Behaviour ---------------------------------------------------------------------------------
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filters)
        for combo in (self.status, self.category):
            combo.currentIndexChanged.connect(self.apply_filters)
        for box in (self.da_only, self.overdue_only):
            box.toggled.connect(self.apply_filters)
        QShortcut(
            QKeySequence("Ctrl+I"),
            self,
            self.choose_files,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence("Ctrl+Shift+F"),
            self,
            self.search.setFocus,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.setTabOrder(self.search, self.status)
        self.setTabOrder(self.status, self.category)
        self.setTabOrder(self.category, self.da_only)
        self.setTabOrder(self.da_only, self.overdue_only)
        self.setTabOrder(self.overdue_only, self.import_button)
        self.setTabOrder(self.import_button, self.view)
        self.setTabOrder(self.view, self.detail.decision)

        self.model.set_query(QueueQuery(sort="received_at", descending=True))
        self._update_state()

    # -- queue ---------------------------------------------------------------------------------------

    def current_query(self) -> QueueQuery:
        choice = self.status.currentData()
        statuses = (
            frozenset()
            if choice == "all"
            else OPEN_STATUSES
            if choice == "open"
            else frozenset({ScreeningStatus(choice)})
        )
        return replace(
            self.model.query,
            statuses=statuses,
            category=self.category.currentData() or None,
            da_only=self.da_only.isChecked(),
            overdue_only=self.overdue_only.isChecked(),
            search=self.search.text(),
        )

    def apply_filters(self) -> None:
        """Re-query with the current filters and search, keeping the chosen referral if still shown."""
        self._search_timer.stop()
        keep = self.detail.referral_id
        self.model.set_query(self.current_query())
        self._reselect(keep)
        self._update_state()

    def _reselect(self, referral_id: str | None) -> None:
        row = self.model.row_of(referral_id) if referral_id else None
        if row is None:
            self.view.clearSelection()
            if referral_id is not None and self.detail.referral_id == referral_id:
                self.detail.show_referral(None)
            return
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)

    def _row_changed(self, current, _previous) -> None:
        self.detail.show_referral(self.model.referral_id(current.row()) if current.isValid() else None)

    def _update_state(self) -> None:
        shown, total = self.model.rowCount(), received_count(self.store.db.conn)
        self.count_label.setText(self.tr("%1 of %2").replace("%1", f"{shown:,}").replace("%2", f"{total:,}"))
        if total == 0:
            self.empty.setText(
                self.tr(
                    "No referrals received yet. Choose Import packages… (Ctrl+I) or drop referral "
                    "package files (.mappa.json) or folders here."
                )
            )
        else:
            self.empty.setText(self.tr("No referral matches the search and filters."))
        self.empty.setVisible(shown == 0)
        self.view.setVisible(shown > 0)

    def _decided(self, referral_id: str) -> None:
        self.model.refresh()
        self._reselect(referral_id)
        self._update_state()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.figures:
            self.figures.refresh()

    # -- importing -----------------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import referral packages"),
            "",
            self.tr("Referral packages (*.mappa.json);;All files (*)"),
        )
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> ImportFlow | None:
        """Import files and folders (verify and write off the UI thread); report when done."""
        if self._flow is not None:
            return None
        self.import_button.setEnabled(False)
        self.count_label.setText(self.tr("Importing…"))
        self._flow = ImportFlow(self.store, paths, actor=self.actor, parent=self)
        self._flow.finished.connect(self._imported)
        self._flow.start()
        return self._flow

    def _imported(self, results: list) -> None:
        self._flow = None
        self.import_button.setEnabled(True)
        self.model.refresh()
        self._update_state()
        self.imported.emit(results)
        summary, details = results_text(results, self.tr)
        if details:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import finished"), summary, parent=self)
            box.setDetailedText(details)
            box.setInformativeText(
                details if len(details) < 600 else self.tr("See the details for each file.")
            )
            box.open()
        else:
            self.count_label.setText(self.count_label.text() + " — " + summary)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths([str(Path(p)) for p in paths])
