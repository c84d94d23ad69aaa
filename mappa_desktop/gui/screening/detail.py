"""One received referral being screened: its summary, the aid's view beside the level sought, the
deadlines, the decision form (reasons required) and the history of decisions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mappa_desktop.core.screening import (
    DECISIONS,
    DeadlineKind,
    DeadlinePolicy,
    ScreeningError,
    ScreeningStatus,
    decisions_for,
    reasons_for,
    received_package,
    record_decision,
    request_note,
)
from mappa_desktop.core.screening.model import REASONS_BY_ID
from mappa_desktop.gui.screening.text import days_text, deadline_text, status_text, tr


class ScreeningDetail(QWidget):
    """The referral chosen in the queue. ``decided(referral_id)`` after a decision is recorded."""

    decided = Signal(str)

    def __init__(self, store, *, actor: str, policy: DeadlinePolicy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.actor = actor
        self.policy = policy
        self.referral_id: str | None = None
        self._package = None
        self._reason_boxes: list[QCheckBox] = []

        self.heading = QLabel(self.tr("Choose a referral in the queue to screen it."))
        self.heading.setProperty("class", "panelHeading")
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Referral being screened"))

        self.comparison = QLabel()
        self.comparison.setWordWrap(True)
        self.comparison.setTextFormat(Qt.TextFormat.RichText)
        self.comparison.setAccessibleName(self.tr("Level sought and the aid's recommendation"))
        self.deadlines = QLabel()
        self.deadlines.setWordWrap(True)
        self.deadlines.setTextFormat(Qt.TextFormat.RichText)
        self.deadlines.setAccessibleName(self.tr("Deadlines"))

        self.summary = QTextBrowser()
        self.summary.setOpenExternalLinks(False)
        self.summary.setAccessibleName(self.tr("Referral summary"))

        # Decision form ----------------------------------------------------------------------------
        self.form_box = QGroupBox(self.tr("Decision"))
        form = QVBoxLayout(self.form_box)
        top = QFormLayout()
        self.decision = QComboBox()
        self.decision.setAccessibleName(self.tr("Decision"))
        for status in DECISIONS:
            self.decision.addItem(status_text(status), str(status))
        self.decision.currentIndexChanged.connect(self._decision_changed)
        top.addRow(self.tr("&Decision:"), self.decision)
        form.addLayout(top)
        self.reasons_label = QLabel(self.tr("Reasons (at least one):"))
        form.addWidget(self.reasons_label)
        self.reasons_area = QVBoxLayout()
        form.addLayout(self.reasons_area)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Note: anything the reasons do not say (required for 'Other')"))
        self.note.setAccessibleName(self.tr("Decision note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        form.addWidget(self.note)
        self.request_box = QGroupBox(self.tr("Request for more information (edit, then copy or save)"))
        request_layout = QVBoxLayout(self.request_box)
        self.request = QPlainTextEdit()
        self.request.setAccessibleName(self.tr("Request note to send to the referrer"))
        self.request.setTabChangesFocus(True)
        self.request.setMinimumHeight(140)
        request_layout.addWidget(self.request)
        buttons = QHBoxLayout()
        self.copy_request = QPushButton(self.tr("&Copy note"))
        self.copy_request.setAccessibleName(self.tr("Copy the request note"))
        self.copy_request.clicked.connect(self._copy_request)
        self.save_request = QPushButton(self.tr("Sa&ve note…"))
        self.save_request.setAccessibleName(self.tr("Save the request note to a file"))
        self.save_request.clicked.connect(self._save_request)
        buttons.addWidget(self.copy_request)
        buttons.addWidget(self.save_request)
        buttons.addStretch(1)
        request_layout.addLayout(buttons)
        form.addWidget(self.request_box)
        self.error = QLabel()
        self.error.setProperty("class", "fieldError")
        self.error.setStyleSheet("color: #b10e1e")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Decision problem"))
        self.error.hide()
        form.addWidget(self.error)
        self.record = QPushButton(self.tr("&Record decision"))
        self.record.setAccessibleName(self.tr("Record the decision"))
        self.record.setToolTip(self.tr("Record the decision with its reasons (Ctrl+Return)"))
        self.record.clicked.connect(self.record_decision)
        form.addWidget(self.record, alignment=Qt.AlignmentFlag.AlignRight)
        QShortcut(
            QKeySequence("Ctrl+Return"),
            self,
            self.record_decision,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.RichText)
        self.history.setAccessibleName(self.tr("Decisions so far"))

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.comparison)
        side_layout.addWidget(self.deadlines)
        side_layout.addWidget(self.form_box)
        side_layout.addWidget(self.history)
        side_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(360)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.summary)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.decision, self.note)
        self._decision_changed()
        self.show_referral(None)

    # -- showing -------------------------------------------------------------------------------------

    def show_referral(self, referral_id: str | None) -> None:
        self.referral_id = referral_id
        self.error.hide()
        enabled = referral_id is not None
        self.splitter.setVisible(enabled)
        if not enabled:
            self.heading.setText(self.tr("Choose a referral in the queue to screen it."))
            self._package = None
            return
        conn = self.store.db.conn
        try:
            package = received_package(conn, referral_id)
        except ScreeningError as error:
            self.heading.setText(str(error))
            self.splitter.hide()
            return
        self._package = package
        row = conn.execute(
            "SELECT status, next_due, next_due_kind, level_setting_due, review_due, step_down_due "
            "FROM received_referrals WHERE id = ?",
            (referral_id,),
        ).fetchone()
        status = ScreeningStatus(row[0])
        r, a = package.referral, package.assessment
        self.heading.setText(
            f"{r.subject.full_name or self.tr('(name not recorded)')} — {status_text(status)}"
        )
        self.summary.setHtml(_summary_html(package))
        self.comparison.setText(self._comparison_html(r, a))
        self.deadlines.setText(self._deadlines_html(row))
        self.history.setText(self._history_html(referral_id))
        self.note.clear()
        self.request.setPlainText(request_note(package))
        suggested = {2: ScreeningStatus.accepted_level_2, 3: ScreeningStatus.accepted_level_3}.get(
            a.level or 0, ScreeningStatus.not_accepted
        )
        self.decision.setCurrentIndex(max(0, self.decision.findData(str(suggested))))
        self._decision_changed()

    def _comparison_html(self, r, a) -> str:
        sought = (
            self.tr("Level %1").replace("%1", str(r.reason.level_sought))
            if r.reason.level_sought
            else self.tr("not stated")
        )
        if a.mappa_eligible is False:
            aid = self.tr("not eligible for MAPPA")
        elif a.level is None:
            aid = self.tr("not yet known (information missing)")
        else:
            aid = self.tr("Level %1").replace("%1", str(a.level))
        category = (
            self.tr("Category %1").replace("%1", str(a.category))
            if a.category
            else self.tr("category not settled")
        )
        stated = (
            self.tr("Category %1").replace("%1", str(r.reason.category))
            if r.reason.category
            else self.tr("not stated")
        )
        differs = r.reason.level_sought and a.level and r.reason.level_sought != a.level
        flag = (
            f"<br><b>{self.tr('The aid and the referrer differ: record why you decide as you do.')}</b>"
            if differs
            else ""
        )
        da = f"<br>{self.tr('Domestic abuse: yes')}" if r.domestic_abuse.domestic_abuse else ""
        return (
            f"<table cellspacing='0' cellpadding='3'><tr><th align='left'>{self.tr('Referrer asks for')}</th>"
            f"<th align='left'>{self.tr('The aid recommends')}</th></tr>"
            f"<tr><td>{sought}<br>{stated}</td><td>{aid}<br>{category}</td></tr></table>{flag}{da}"
        )

    def _deadlines_html(self, row) -> str:
        today = dt.date.today()
        lines = []
        for kind, value in (
            (DeadlineKind.level_setting, row[3]),
            (DeadlineKind.review, row[4]),
            (DeadlineKind.step_down, row[5]),
        ):
            if not value:
                continue
            due = dt.date.fromisoformat(value)
            text = f"{deadline_text(kind)}: {due:%d %b %Y} ({days_text((due - today).days)})"
            if due < today and row[2] == str(kind):
                text = f"<span style='color:#b10e1e'><b>{text}</b></span>"
            if self.policy.is_unconfirmed(kind):
                text += f" <i>{self.tr('— interval unconfirmed in the rule pack')}</i>"
            lines.append(text)
        if not lines:
            return self.tr("No deadline is tracked for this referral.")
        return "<br>".join(lines)

    def _history_html(self, referral_id: str) -> str:
        decisions = decisions_for(self.store.db.conn, referral_id)
        if not decisions:
            return f"<i>{self.tr('No decision yet.')}</i>"
        items = []
        for d in decisions:
            reasons = "; ".join(tr(REASONS_BY_ID[x].text) for x in d.reasons if x in REASONS_BY_ID)
            note = f" — {d.note}" if d.note else ""
            when = d.decided_at.astimezone().strftime("%d %b %Y %H:%M")
            items.append(f"<li>{when}, {d.actor}: <b>{status_text(d.status)}</b> ({reasons}){note}</li>")
        return f"<b>{self.tr('Decisions')}</b><ul>{''.join(items)}</ul>"

    # -- deciding ------------------------------------------------------------------------------------

    def current_status(self) -> ScreeningStatus:
        return ScreeningStatus(self.decision.currentData())

    def reason_boxes(self) -> list[QCheckBox]:
        return list(self._reason_boxes)

    def _decision_changed(self, *_args) -> None:
        for box in self._reason_boxes:
            self.reasons_area.removeWidget(box)
            box.hide()  # deleteLater waits for the event loop; hide now so old boxes never overlap
            box.setParent(None)
            box.deleteLater()
        self._reason_boxes = []
        previous = self.decision
        for reason in reasons_for(self.current_status()):
            box = QCheckBox(tr(reason.text), self.form_box)
            box.setProperty("reason", reason.id)
            box.setAccessibleName(tr(reason.text))
            self.reasons_area.addWidget(box)
            self.setTabOrder(previous, box)
            previous = box
            self._reason_boxes.append(box)
        self.setTabOrder(previous, self.note)
        self.request_box.setVisible(self.current_status() is ScreeningStatus.more_information)

    def record_decision(self) -> bool:
        """Record the form's decision; show what to fix instead if it is incomplete."""
        if self.referral_id is None:
            return False
        reasons = [box.property("reason") for box in self._reason_boxes if box.isChecked()]
        status = self.current_status()
        request = self.request.toPlainText() if status is ScreeningStatus.more_information else ""
        try:
            record_decision(
                self.store,
                self.referral_id,
                status,
                reasons=reasons,
                note=self.note.toPlainText().strip(),
                request_note=request,
                actor=self.actor,
                policy=self.policy,
            )
        except ScreeningError as error:
            self.error.setText(str(error))
            self.error.show()
            return False
        except Exception as error:  # a store error: say what happened, keep the form as it is
            QMessageBox.warning(self, self.tr("Decision not recorded"), str(error))
            return False
        referral_id = self.referral_id
        self.decided.emit(referral_id)
        self.show_referral(referral_id)
        return True

    def _copy_request(self) -> None:
        QGuiApplication.clipboard().setText(self.request.toPlainText())

    def _save_request(self) -> None:
        from mappa_desktop.core.safe_files import write_atomic

        name = f"request-{(self.referral_id or 'referral')[:8]}.txt"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save request note"), name, self.tr("Text (*.txt)")
        )
        if path:
            try:
                write_atomic(path, self.request.toPlainText().encode(), overwrite=True)
            except Exception as error:
                QMessageBox.warning(self, self.tr("Note not saved"), str(error))


def _summary_html(package) -> str:
    from mappa_desktop.core.summary import build_summary
    from mappa_desktop.export.templates import render_html

    return render_html(build_summary(package.referral, package.assessment))
