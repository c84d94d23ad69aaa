"""Figures for the Strategic Management Board: QtCharts charts over the received referrals, the audit
sample, and exports as CSV and as a PDF report (marked on every page, painted like a referral summary)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from mappa_desktop.core.screening import BoardFigures, board_figures, figures_csv, figures_summary
from mappa_desktop.core.screening.deadlines import add_months
from mappa_desktop.core.screening.figures import DIMENSION_LABELS, OUTCOMES
from mappa_desktop.core.screening.model import REASONS_BY_ID
from mappa_desktop.core.screening.report import group_label
from mappa_desktop.core.summary.headings import Wording
from mappa_desktop.gui import i18n
from mappa_desktop.gui.forms.ui_screening_figures import Ui_BoardFiguresForm
from mappa_desktop.gui.i18n import fill, say
from mappa_desktop.gui.operations import settled
from mappa_desktop.gui.plain_text import escaped, warn

PERIOD_MONTHS = (0, 6, 12)  # the form's Period choices: all referrals, the last 6 and 12 months
PALETTE = ["#1d70b8", "#f47738", "#00703c", "#912b88", "#505a5f", "#d4351c"]
PATTERNS = [
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.Dense6Pattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.DiagCrossPattern,
    Qt.BrushStyle.HorPattern,
]
"""Colour is never the only signal (WCAG 1.4.1): each part of a stacked bar has its own hatching, shown in
the legend too, and carries its number."""
CHART_HEIGHT = 290


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    return chart


def _view(chart: QChart, name: str) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setFixedHeight(CHART_HEIGHT)
    view.setAccessibleName(name)
    view.viewport().setAccessibleName(name)  # it takes the focus for the view: announced by the chart too
    return view


class BoardFiguresWidget(QWidget):
    """The Figures tab. ``refresh()`` recomputes from the database (call after imports and decisions)."""

    def __init__(
        self, store, parent: QWidget | None = None, *, today: dt.date | None = None, operations: Any = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BoardFiguresForm()
        self.ui.setupUi(self)
        self.store = store
        self.operations = operations
        """The window's runner (gui/operations.py): the figures are worked out off the UI thread on its
        worker's own connection. Without one (a widget on its own) they are worked out here."""
        self._asked = 0
        self._today = today
        self.figures: BoardFigures | None = None
        self.charts: dict[str, QChartView] = {}
        ui = self.ui
        for index, months in enumerate(PERIOD_MONTHS):
            ui.period.setItemData(index, months)
        ui.period.currentIndexChanged.connect(self.refresh)
        # The figures' own words (groups, outcomes, dimensions) are core's, worded as the report words them.
        self.words = Wording(i18n.language()).t
        for key, label in DIMENSION_LABELS.items():
            ui.dimension.addItem(self.words(label), key)
        ui.dimension.currentIndexChanged.connect(self._draw_diversity)
        ui.refreshButton.clicked.connect(self.refresh)
        ui.scroll.setAccessibleName(self.tr("Screening figures"))
        ui.csvButton.clicked.connect(lambda: self.export_csv())
        ui.pdfButton.clicked.connect(lambda: self.export_pdf())
        # The report's language (PDF and HTML): English, Welsh, or both side by side (default: interface's).
        self.report_language = QComboBox(self)
        # As wide as "Cymraeg", not as its longest choice: with its label the bar still fits 1280 pixels.
        self.report_language.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.report_language.setMinimumContentsLength(12)
        self.report_language.setAccessibleName(self.tr("Language of the report"))
        for code, name in (
            ("en", self.tr("English")),
            ("cy", self.tr("Cymraeg (Welsh)")),
            ("bilingual", self.tr("Cymraeg and English, side by side")),
        ):
            self.report_language.addItem(name, code)
        self.report_language.setCurrentIndex(self.report_language.findData(i18n.language()))
        # A visible label, tied to the combo (buddy: its Alt key, and the labelled-by a screen reader
        # announces; on Linux Qt speaks a combo by its value and ignores its own name).
        self.report_language_label = QLabel(self.tr("Report &language:"), self)
        self.report_language_label.setObjectName("reportLanguageLabel")
        self.report_language_label.setBuddy(self.report_language)
        ui.barLayout.insertWidget(ui.barLayout.indexOf(ui.pdfButton), self.report_language_label)
        ui.barLayout.insertWidget(ui.barLayout.indexOf(ui.pdfButton), self.report_language)
        QWidget.setTabOrder(ui.csvButton, self.report_language)
        QWidget.setTabOrder(self.report_language, ui.pdfButton)
        # The accessible version of the report, beside its PDF (docs/ACCESSIBLE-DOCUMENTS.md).
        self.html_button = QPushButton(self.tr("Export &HTML report (accessible)…"), self)
        self.html_button.setObjectName("htmlButton")
        self.html_button.setAccessibleName(self.tr("Export the figures as an accessible HTML report"))
        ui.barLayout.insertWidget(ui.barLayout.indexOf(ui.pdfButton) + 1, self.html_button)
        QWidget.setTabOrder(ui.pdfButton, self.html_button)
        # The exports on a row of their own under the period and dimension: at large text or in Welsh one
        # row would be wider than a 1280-pixel screen.
        self.export_bar = exports = QHBoxLayout()
        for widget in (
            ui.csvButton,
            self.report_language_label,
            self.report_language,
            ui.pdfButton,
            self.html_button,
        ):
            ui.barLayout.removeWidget(widget)
            exports.addWidget(widget)
        exports.addStretch(1)
        ui.figuresLayout.insertLayout(1, exports)
        self.html_button.clicked.connect(lambda: self.export_html())
        ui.sampleTable.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)

    # -- data ----------------------------------------------------------------------------------------

    def _since(self) -> dt.date | None:
        months = self.ui.period.currentData() or 0
        today = self._today or dt.date.today()
        return add_months(today, -months) if months else None

    def refresh(self, *_args, seed: int | None = None) -> Any:
        """Work the figures out again (off the UI thread with a runner: returns its ``Operation``, whose
        result is shown when it arrives unless a later refresh was asked for meanwhile)."""
        since = self._since()
        if self.operations is None:
            self._show(board_figures(self.store.db.conn, since=since, seed=seed))
            return None
        self._asked += 1
        asked = self._asked
        self.ui.headline.setText(self.tr("Working out the figures…"))
        working = self.operations.run(
            lambda own: _figures_of(own, since=since, seed=seed), what=self.tr("The figures")
        )
        return working.then(
            lambda figures: self._show(figures) if asked == self._asked else None,
            lambda error: self.ui.headline.setText(str(error)) if asked == self._asked else None,
        )

    def _show(self, figures: BoardFigures) -> None:
        self.figures = figures
        f = self.figures
        has_data = f.total > 0
        ui = self.ui
        ui.empty.setVisible(not has_data)
        ui.scroll.setVisible(has_data)
        ui.csvButton.setEnabled(has_data)
        ui.pdfButton.setEnabled(has_data)
        self.html_button.setEnabled(has_data)
        overall = f.acceptance[-1]
        rate = f"{overall.rate:.0%}" if overall.rate is not None else self.tr("none decided yet")
        ui.headline.setText(
            fill(
                self.tr(
                    "{total} referral(s); {decided} decided; accepted at Level 2 or 3: {rate}. "
                    "Not accepted: {not_accepted}."
                ),
                total=f.total,
                decided=overall.decided,
                rate=rate,
                not_accepted=f.not_accepted_total,
            )
        )
        if has_data:
            self._draw()

    def _place(self, key: str, view: QChartView, row: int, column: int, span: int = 1) -> None:
        old = self.charts.pop(key, None)
        if old is not None:
            self.ui.grid.removeWidget(old)
            old.hide()  # deleteLater waits for the event loop; never show the old chart under the new
            old.deleteLater()
        self.charts[key] = view
        self.ui.grid.addWidget(view, row, column, 1, span)

    def _bar_chart(
        self, title: str, pairs: list[tuple[str, float]], name: str, *, percent: bool = False
    ) -> QChartView:
        chart = _chart(title)
        series = QBarSeries()
        bar_set = QBarSet(name)
        bar_set.setColor(QColor(PALETTE[0]))
        bar_set.setLabelColor(QColor("#0b0c0c"))  # the numbers sit above the bars, on white: never white
        bar_set.append([value for _, value in pairs])
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%" if percent else "@value")
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        labels = [escaped(group_label(label, self.words)) for label, _ in pairs]
        axis_x.append(labels or [""])  # Qt Charts reads labels as HTML
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        top = max((value for _, value in pairs), default=0)
        axis_y.setLabelFormat("%d")
        if percent:
            axis_y.setRange(0, 100)
        elif top < 5:  # small counts: one tick per whole number, never "0, 0, 1, 1"
            axis_y.setRange(0, top + 1)
            axis_y.setTickCount(int(top) + 2)
        else:
            axis_y.setRange(0, top * 1.15)
            axis_y.applyNiceNumbers()
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        chart.legend().hide()
        return _view(chart, title)

    def _stacked(self, title: str, rows: list[tuple[str, dict[str, int]]], columns: list[str]) -> QChartView:
        chart = _chart(title)
        series = QHorizontalStackedBarSeries()
        for i, column in enumerate(columns):
            bar_set = QBarSet(group_label(column, self.words))
            colour = QColor(PALETTE[i % len(PALETTE)])
            bar_set.setBrush(QBrush(colour, PATTERNS[i % len(PATTERNS)]))
            bar_set.setPen(QPen(colour, 2))
            bar_set.setLabelColor(QColor("#0b0c0c"))
            bar_set.append([line.get(column, 0) for _, line in rows])
            series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        labels = [escaped(group_label(label, self.words)[:32]) for label, _ in rows]
        axis_y.append(labels or [""])  # group names come from packages
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        axis_x.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        axis_x.setRange(0, max([1] + [sum(line.values()) for _, line in rows]))
        axis_x.applyNiceNumbers()
        series.attachAxis(axis_x)
        return _view(chart, title)

    def _draw(self) -> None:
        f = self.figures
        assert f is not None
        self._place(
            "category",
            self._bar_chart(self.tr("Referrals by category"), f.by_category, self.tr("Referrals")),
            0,
            0,
        )
        columns = list(next(iter(f.sought_vs_decided), ("", {}))[1].keys())
        self._place(
            "sought_decided",
            self._stacked(self.tr("Level sought against level decided"), f.sought_vs_decided, columns),
            0,
            1,
        )
        rates = [
            (
                group_label(r.group, self.words).replace(self.words("Category") + " ", self.tr("Cat. ")),
                round(100 * (r.rate or 0)),
            )
            for r in f.acceptance
        ]
        self._place(
            "acceptance",
            self._bar_chart(
                self.tr("Acceptance rate (% of decided, Level 2 or 3)"),
                rates,
                self.tr("Accepted"),
                percent=True,
            ),
            1,
            0,
        )
        months = f.cat3_da_by_month[-24:]
        self._place(
            "cat3_da",
            self._bar_chart(
                self.tr("Category 3 domestic abuse referrals by month"), months, self.tr("Referrals")
            ),
            1,
            1,
        )
        self._draw_diversity()
        caption = self.tr(
            "{shown} of {total} not-accepted referrals drawn at random for audit (seed {seed})."
        )
        table = self.ui.sampleTable
        self.ui.sampleCaption.setText(
            fill(caption, shown=len(f.sample), total=f.not_accepted_total, seed=f.sample_seed)
        )
        table.setRowCount(len(f.sample))
        for row, s in enumerate(f.sample):
            values = [
                s.referral_id[:8],
                s.subject_name,
                str(s.category or "—"),
                str(s.level_sought or "—"),
                s.decided_at,
                "; ".join(say(REASONS_BY_ID[r].text) if r in REASONS_BY_ID else r for r in s.reasons)
                + (f" — {s.note}" if s.note else ""),
            ]
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)

    def _draw_diversity(self, *_args) -> None:
        if self.figures is None or not self.figures.total:
            return
        key = self.ui.dimension.currentData()
        rows = self.figures.diversity.get(key, [])
        title = fill(
            self.tr("Diversity of referrals and decisions: {dimension} ('unknown' and 'declined' counted)"),
            dimension=self.ui.dimension.currentText().lower(),
        )
        view = self._stacked(title, list(reversed(rows)), list(OUTCOMES))  # largest at the top
        view.setFixedHeight(max(CHART_HEIGHT, 90 + 28 * len(rows)))
        self._place("diversity", view, 2, 0, 2)

    # -- exports -------------------------------------------------------------------------------------

    def _target(self, title: str, name: str, pattern: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, name, pattern)
        return path

    def export_csv(self, path: str | None = None) -> bool:
        from mappa_desktop.core.safe_files import write_atomic

        def write(target: str) -> None:
            write_atomic(target, figures_csv(self.figures).encode(), overwrite=True)

        title, name, pattern = (
            self.tr("Export figures as CSV"),
            "mappa-board-figures.csv",
            self.tr("CSV (*.csv)"),
        )
        return self._export(path, (title, name, pattern), self.tr("Figures not saved"), write)

    def export_html(self, path: str | None = None) -> bool:
        from mappa_desktop.core.safe_files import write_atomic
        from mappa_desktop.export.templates import render_html

        def write(target: str) -> None:
            write_atomic(target, render_html(self._report()).encode(), overwrite=True)

        title, name, pattern = (
            self.tr("Export HTML report"),
            "mappa-board-figures.html",
            self.tr("HTML (*.html)"),
        )
        return self._export(path, (title, name, pattern), self.tr("Report not saved"), write)

    def export_pdf(self, path: str | None = None) -> bool:
        from mappa_desktop.export.pdf import write_pdf

        def write(target: str) -> None:
            write_pdf(self._report(), target, overwrite=True)

        chooser = (self.tr("Export PDF report"), "mappa-board-figures.pdf", self.tr("PDF (*.pdf)"))
        return self._export(path, chooser, self.tr("Report not saved"), write)

    def _report(self):
        """The board report in the language chosen beside the buttons (PDF and HTML alike)."""
        return figures_summary(self.figures, language=self.report_language.currentData())

    def _export(self, path: str | None, chooser: tuple[str, str, str], failed: str, write) -> bool:
        """Save the figures to ``path``, or where the person chooses (title, suggested name, file types);
        a failure is said in a message titled ``failed``. False when nothing was saved."""
        if self.figures is None:
            settled(self.refresh())  # worked out first (off the UI thread, waited for, with a runner)
        path = path or self._target(*chooser)
        if not path:
            return False
        try:
            write(path)
        except Exception as error:
            warn(self, failed, say(error))
            return False
        return True


def _figures_of(store, **kwargs) -> BoardFigures:
    """The figures read on ``store``'s connection; an SQLite error said the store's way (errors.py)."""
    from mappa_desktop.core.store.errors import translate

    try:
        return board_figures(store.db.conn, **kwargs)
    except sqlite3.Error as error:
        raise translate(error, store.path, "reading of the board figures") from error
