"""One received referral being screened: its summary, the aid's view beside the level sought, the
deadlines, the decision form (reasons required) and the history of decisions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

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
from mappa_desktop.gui.forms.ui_screening_detail import Ui_ScreeningDetailForm
from mappa_desktop.gui.screening.text import days_text, deadline_text, status_text, tr
from mappa_desktop.gui.widgets import WrappingCheckBox


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
        self._reason_boxes: list[WrappingCheckBox] = []

        self.ui = Ui_ScreeningDetailForm()
        self.ui.setupUi(self)
        ui = self.ui
        for status in DECISIONS:
            ui.decision.addItem(status_text(status), str(status))
        ui.decision.currentIndexChanged.connect(self._decision_changed)
        # Three lines of note at any text size.
        ui.note.setFixedHeight(ui.note.fontMetrics().lineSpacing() * 3 + 14)
        ui.copyRequest.clicked.connect(self._copy_request)
        ui.saveRequest.clicked.connect(self._save_request)
        ui.error.hide()
        ui.record.clicked.connect(self.record_decision)
        QShortcut(
            QKeySequence("Ctrl+Return"),
            self,
            self.record_decision,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        # The decision side is the wider: its reasons are long lines; the summary is a document to scroll.
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setSizes([2000, 3000])
        self._decision_changed()
        self.show_referral(None)

    # -- showing -------------------------------------------------------------------------------------

    def show_referral(self, referral_id: str | None) -> None:
        self.referral_id = referral_id
        self.ui.error.hide()
        enabled = referral_id is not None
        self.ui.splitter.setVisible(enabled)
        if not enabled:
            self.ui.heading.setText(self.tr("Choose a referral in the queue to screen it."))
            self._package = None
            return
        conn = self.store.db.conn
        try:
            package = received_package(conn, referral_id)
        except ScreeningError as error:
            self.ui.heading.setText(str(error))
            self.ui.splitter.hide()
            return
        self._package = package
        row = conn.execute(
            "SELECT status, next_due, next_due_kind, level_setting_due, review_due, step_down_due "
            "FROM received_referrals WHERE id = ?",
            (referral_id,),
        ).fetchone()
        status = ScreeningStatus(row[0])
        r, a = package.referral, package.assessment
        self.ui.heading.setText(
            f"{r.subject.full_name or self.tr('(name not recorded)')} — {status_text(status)}"
        )
        self.ui.summary.setHtml(_summary_html(package))
        self.ui.comparison.setText(self._comparison_html(r, a))
        self.ui.deadlines.setText(self._deadlines_html(row))
        self.ui.history.setText(self._history_html(referral_id))
        self.ui.note.clear()
        self.ui.request.setPlainText(request_note(package))
        suggested = {2: ScreeningStatus.accepted_level_2, 3: ScreeningStatus.accepted_level_3}.get(
            a.level or 0, ScreeningStatus.not_accepted
        )
        self.ui.decision.setCurrentIndex(max(0, self.ui.decision.findData(str(suggested))))
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
        return ScreeningStatus(self.ui.decision.currentData())

    def reason_boxes(self) -> list[WrappingCheckBox]:
        return list(self._reason_boxes)

    def _decision_changed(self, *_args) -> None:
        for box in self._reason_boxes:
            self.ui.reasonsArea.removeWidget(box)
            box.hide()  # deleteLater waits for the event loop; hide now so old boxes never overlap
            box.setParent(None)
            box.deleteLater()
        self._reason_boxes = []
        previous = self.ui.decision
        for reason in reasons_for(self.current_status()):
            box = WrappingCheckBox(tr(reason.text), self.ui.formBox)  # long reasons wrap at large text
            box.setProperty("reason", reason.id)
            self.ui.reasonsArea.addWidget(box)
            self.setTabOrder(previous, box)
            previous = box
            self._reason_boxes.append(box)
        self.setTabOrder(previous, self.ui.note)
        self.ui.requestBox.setVisible(self.current_status() is ScreeningStatus.more_information)

    def record_decision(self) -> bool:
        """Record the form's decision; show what to fix instead if it is incomplete."""
        if self.referral_id is None:
            return False
        reasons = [box.property("reason") for box in self._reason_boxes if box.isChecked()]
        status = self.current_status()
        request = self.ui.request.toPlainText() if status is ScreeningStatus.more_information else ""
        try:
            record_decision(
                self.store,
                self.referral_id,
                status,
                reasons=reasons,
                note=self.ui.note.toPlainText().strip(),
                request_note=request,
                actor=self.actor,
                policy=self.policy,
            )
        except ScreeningError as error:
            self.ui.error.setText(str(error))
            self.ui.error.show()
            return False
        except Exception as error:  # a store error: say what happened, keep the form as it is
            QMessageBox.warning(self, self.tr("Decision not recorded"), str(error))
            return False
        referral_id = self.referral_id
        self.decided.emit(referral_id)
        self.show_referral(referral_id)
        return True

    def _copy_request(self) -> None:
        QGuiApplication.clipboard().setText(self.ui.request.toPlainText())

    def _save_request(self) -> None:
        from mappa_desktop.core.safe_files import write_atomic

        name = f"request-{(self.referral_id or 'referral')[:8]}.txt"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save request note"), name, self.tr("Text (*.txt)")
        )
        if path:
            try:
                write_atomic(path, self.ui.request.toPlainText().encode(), overwrite=True)
            except Exception as error:
                QMessageBox.warning(self, self.tr("Note not saved"), str(error))


def _summary_html(package) -> str:
    from mappa_desktop.core.summary import build_summary
    from mappa_desktop.export.templates import render_html

    return render_html(build_summary(package.referral, package.assessment))
