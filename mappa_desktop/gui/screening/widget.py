"""``ScreeningWidget``: the co-ordinator's Screening area (queue + screening pane, and the Figures tab)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QPushButton, QWidget

from mappa_desktop.core.screening import DeadlinePolicy, QueueQuery, ScreeningStatus, received_count
from mappa_desktop.core.screening.model import OPEN_STATUSES
from mappa_desktop.gui.forms.ui_screening_area import Ui_ScreeningArea
from mappa_desktop.gui.i18n import fill
from mappa_desktop.gui.plain_text import message, plain_message
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
        self,
        store,
        parent: QWidget | None = None,
        *,
        actor: str | None = None,
        today: dt.date | None = None,
        operations: Any = None,
    ) -> None:
        super().__init__(parent)
        from mappa_desktop.core.store import default_actor

        self.store = store
        self.actor = actor or default_actor()
        self.policy = DeadlinePolicy.from_pack()
        self._flow: ImportFlow | None = None
        self.setAcceptDrops(True)

        self.ui = Ui_ScreeningArea()
        self.ui.setupUi(self)
        ui = self.ui
        ui.status.addItem(self.tr("All statuses"), "all")
        ui.status.addItem(self.tr("Awaiting a decision"), "open")
        for status in ScreeningStatus:
            ui.status.addItem(status_text(status), str(status))
        ui.category.addItem(self.tr("All categories"), 0)
        for n in (1, 2, 3, 4):
            ui.category.addItem(fill(self.tr("Category {number}"), number=n), n)
        ui.importButton.clicked.connect(self.choose_files)
        self.senders_button = QPushButton(self.tr("Trusted &senders…"))
        self.senders_button.setAccessibleName(self.tr("Trusted senders"))
        self.senders_button.setToolTip(
            self.tr("The senders whose signed packages you trust, and your own key")
        )
        self.senders_button.clicked.connect(self.open_trusted_senders)
        ui.controlsLayout.addWidget(self.senders_button)

        # Queue view: the model keeps ids and builds the rows it shows ------------------------------
        self.model = ScreeningQueueModel(store, self, today=today)
        self.view = ui.view  # the benchmarks scroll it
        ui.view.setModel(self.model)
        # Tab leaves the queue for the next control (arrows move between rows): no keyboard trap.
        ui.view.setTabKeyNavigation(False)
        rows = ui.view.verticalHeader()
        rows.setDefaultSectionSize(ui.view.fontMetrics().height() + 8)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = ui.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Widths in characters and never narrower than the (bold) heading, so it fits at any text size.
        char = ui.view.fontMetrics().averageCharWidth()
        heading = header.fontMetrics()
        for column, chars in enumerate((26, 34, 10, 13, 16, 24, 40, 7, 18, 38, 24, 16)):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(
                column, max(chars * char, round(heading.horizontalAdvance(title) * 1.15) + 3 * char)
            )
        header.setSortIndicator(
            COLUMNS.index(next(c for c in COLUMNS if c[0] == "received_at")), Qt.SortOrder.DescendingOrder
        )
        ui.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self._sorted_by = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        header.sortIndicatorChanged.connect(self._sort_chosen)

        self.detail = ScreeningDetail(store, actor=self.actor, policy=self.policy, operations=operations)
        self.detail.decided.connect(self._decided)
        self.detail.trusted.connect(self._decided)  # the queue's signature column changes with trust
        ui.splitter.addWidget(self.detail)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        # The same shares from the start: the empty detail pane's small size hint would give the
        # queue nearly all the height, and the decision form would open squeezed under it.
        ui.splitter.setSizes([2000, 3000])

        self._operations = operations
        self.figures = BoardFiguresWidget(store, today=today, operations=operations)
        ui.figuresTabLayout.addWidget(self.figures)
        ui.tabs.currentChanged.connect(self._tab_changed)

        # Behaviour ---------------------------------------------------------------------------------
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        ui.search.textChanged.connect(lambda _text: self._search_timer.start())
        ui.search.returnPressed.connect(self.apply_filters)
        for combo in (ui.status, ui.category):
            combo.currentIndexChanged.connect(self.apply_filters)
        for box in (ui.daOnly, ui.overdueOnly):
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
            ui.search.setFocus,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QWidget.setTabOrder(ui.view, self.detail.ui.decision)

        self.model.set_query(QueueQuery(sort="received_at", descending=True))
        self._update_state()

    # -- queue ---------------------------------------------------------------------------------------

    def current_query(self) -> QueueQuery:
        choice = self.ui.status.currentData()
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
            category=self.ui.category.currentData() or None,
            da_only=self.ui.daOnly.isChecked(),
            overdue_only=self.ui.overdueOnly.isChecked(),
            search=self.ui.search.text(),
        )

    def kept(self) -> dict:
        """The queue's filters, search, order and chosen referral, and the page shown, for the same area
        built again in another language (``carry_on``)."""
        ui = self.ui
        return {
            "status": ui.status.currentData(),
            "category": ui.category.currentData(),
            "da_only": ui.daOnly.isChecked(),
            "overdue_only": ui.overdueOnly.isChecked(),
            "search": ui.search.text(),
            "sorted_by": self._sorted_by,
            "chosen": self.detail.referral_id,
            "tab": ui.tabs.currentIndex(),
        }

    def carry_on(self, kept: dict) -> None:
        ui = self.ui
        controls = (ui.status, ui.category, ui.daOnly, ui.overdueOnly, ui.search, ui.view.horizontalHeader())
        for control in controls:  # one query at the end, not one per control
            control.blockSignals(True)
        ui.status.setCurrentIndex(max(ui.status.findData(kept["status"]), 0))
        ui.category.setCurrentIndex(max(ui.category.findData(kept["category"]), 0))
        ui.daOnly.setChecked(kept["da_only"])
        ui.overdueOnly.setChecked(kept["overdue_only"])
        ui.search.setText(kept["search"])
        ui.view.horizontalHeader().setSortIndicator(*kept["sorted_by"])
        for control in controls:
            control.blockSignals(False)
        self._sorted_by = column, order = kept["sorted_by"]
        query = self.current_query()
        if self.model.sortable(column):
            query = replace(query, sort=COLUMNS[column][0], descending=order == Qt.SortOrder.DescendingOrder)
        self.model.set_query(query)
        self._reselect(kept["chosen"])
        self._update_state()
        ui.tabs.setCurrentIndex(kept["tab"])

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
            self.ui.view.clearSelection()
            if referral_id is not None and self.detail.referral_id == referral_id:
                self.detail.show_referral(None)
            return
        index = self.model.index(row, 0)
        self.ui.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.ui.view.scrollTo(index)

    def _sort_chosen(self, column: int, order) -> None:
        """A column the queue cannot sort by (the sender's claim) leaves the order and arrow as they were."""
        if self.model.sortable(column):
            self._sorted_by = (column, order)
            return
        header = self.ui.view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self._sorted_by)
        header.blockSignals(False)

    def _row_changed(self, current, _previous) -> None:
        self.detail.show_referral(self.model.referral_id(current.row()) if current.isValid() else None)

    def _update_state(self) -> None:
        shown, total = self.model.rowCount(), received_count(self.store.db.conn)
        count = fill(self.tr("{shown} of {total}"), shown=f"{shown:,}", total=f"{total:,}")
        self.ui.countLabel.setText(count)
        if total == 0:
            self.ui.empty.setText(
                self.tr(
                    "No referrals received yet. Choose Import packages… (Ctrl+I) or drop referral "
                    "package files (.mappa.json) or folders here."
                )
            )
        else:
            self.ui.empty.setText(self.tr("No referral matches the search and filters."))
        self.ui.empty.setVisible(shown == 0)
        self.ui.view.setVisible(shown > 0)

    def _decided(self, _referral_id: str) -> None:
        self.model.refresh()
        self._reselect(self.detail.referral_id)  # the one shown now (the decided one unless moved on)
        self._update_state()

    def open_trusted_senders(self):
        """The trusted senders dialog; the queue and the referral shown follow any change when it closes."""
        from mappa_desktop.gui.screening.trusted_senders import TrustedSendersDialog

        dialog = TrustedSendersDialog(self.store, actor=self.actor, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        keep = self.detail.referral_id
        dialog.finished.connect(lambda _result: self._after_trust_change(keep))
        dialog.open()
        return dialog

    def _after_trust_change(self, referral_id: str | None) -> None:
        self.model.refresh()
        self._reselect(referral_id)
        if referral_id is not None:
            self.detail.show_referral(referral_id)

    def _tab_changed(self, index: int) -> None:
        if self.ui.tabs.widget(index) is self.ui.figuresTab:
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
        self.ui.importButton.setEnabled(False)
        self.ui.countLabel.setText(self.tr("Importing…"))
        self._flow = ImportFlow(self.store, paths, actor=self.actor, parent=self, operations=self._operations)
        self._flow.finished.connect(self._imported)
        self._flow.start()
        return self._flow

    def shut_down(self) -> None:
        """The window is closing: stop a running import between two files and wait for it (the store stays
        whole), then let go of the store."""
        if self._flow is not None:
            self._flow.stop()
            self._flow = None
        self.model.detach()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override (when shown as a window of its own)
        self.shut_down()
        super().closeEvent(event)

    def _imported(self, results: list) -> None:
        self._flow = None
        self.ui.importButton.setEnabled(True)
        self.model.refresh()
        self._update_state()
        self.imported.emit(results)
        summary, details = results_text(results, self.tr)
        if details:
            box = message(self, QMessageBox.Icon.Information, self.tr("Import finished"), summary)
            box.setDetailedText(details)
            lines = details.splitlines()
            shown = "\n".join(line[:400] for line in lines[:8])
            if len(lines) > 8:
                shown += "\n" + fill(self.tr("and {count} more: see the details."), count=len(lines) - 8)
            box.setInformativeText(shown)  # each refused file by name, with why
            plain_message(box)
            box.open()
        else:
            self.ui.countLabel.setText(self.ui.countLabel.text() + " — " + summary)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths([str(Path(p)) for p in paths])
