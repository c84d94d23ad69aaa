"""One received referral being screened: its summary, this application's own assessment beside the level
sought and the sender's claim, the deadlines, the decision form (reasons required, nothing preselected)
and the history of decisions and package versions.

Everything from the package is someone else's text: labels are plain text, and the few rich-text parts
(bold, lists) escape every value they hold."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget

from mappa_desktop.core.referral.referred_under import referrer_request
from mappa_desktop.core.referral.victims import advice_line, victim_advice
from mappa_desktop.core.screening import (
    DECISIONS,
    DeadlineKind,
    DeadlinePolicy,
    ScreeningError,
    ScreeningStatus,
    check_decision,
    decisions_for,
    reasons_for,
    received_package,
    record_decision,
    request_note,
)
from mappa_desktop.core.screening.changes import path_words
from mappa_desktop.core.screening.claims import assessed_on, claim_differences, coordinator_assessment
from mappa_desktop.core.screening.model import REASONS_BY_ID
from mappa_desktop.core.screening.signatures import SignatureState, recorded_signature
from mappa_desktop.core.wording import AssessmentWords
from mappa_desktop.gui import i18n
from mappa_desktop.gui.drafts import format_when
from mappa_desktop.gui.forms.ui_screening_detail import Ui_ScreeningDetailForm
from mappa_desktop.gui.i18n import fill, say
from mappa_desktop.gui.operations import chain
from mappa_desktop.gui.plain_text import escaped, one_line, plain_labels, warn
from mappa_desktop.gui.screening.fingerprint_check import confirm_fingerprint
from mappa_desktop.gui.screening.text import days_text, deadline_text, signature_words, status_text
from mappa_desktop.gui.widgets import WrappingCheckBox


class ScreeningDetail(QWidget):
    """The referral chosen in the queue. ``decided(referral_id)`` after a decision is recorded."""

    decided = Signal(str)
    trusted = Signal(str)
    """A sender was trusted from this referral (the queue shows their referrals as signed by them)."""

    def __init__(
        self,
        store,
        *,
        actor: str,
        policy: DeadlinePolicy,
        parent: QWidget | None = None,
        operations: Any = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.operations = operations
        """The window's runner (gui/operations.py): decisions are written on its worker, off the UI thread."""
        self._recording: Any = None
        self.actor = actor
        self.policy = policy
        self.referral_id: str | None = None
        self._package = None
        self._reason_boxes: list[WrappingCheckBox] = []

        self.ui = Ui_ScreeningDetailForm()
        self.ui.setupUi(self)
        # The scroll area takes focus (to scroll by keyboard): a screen reader must hear what it holds.
        self.ui.scroll.setAccessibleName(self.tr("Referral package details"))
        ui = self.ui
        for status in DECISIONS:
            ui.decision.addItem(status_text(status), str(status))
        # The co-ordinator decides: the form starts with no decision chosen, whatever anyone suggests.
        ui.decision.setPlaceholderText(self.tr("Choose a decision"))
        ui.decision.setCurrentIndex(-1)
        ui.decision.currentIndexChanged.connect(self._decision_changed)
        plain_labels(ui.heading, ui.error)
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
        self._add_signature_line()
        self._decision_changed()
        self.show_referral(None)

    def _add_signature_line(self) -> None:
        """Who signed the package, under the heading, with the action to trust an unknown key."""
        self.signature = QLabel()
        self.signature.setWordWrap(True)
        self.signature.setAccessibleName(self.tr("Who signed the package"))
        self.signature.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        plain_labels(self.signature)
        self.trust_button = QPushButton(self.tr("&Trust this key after checking its fingerprint…"))
        self.trust_button.setAccessibleName(self.tr("Trust this key after checking its fingerprint"))
        self.trust_button.clicked.connect(self.trust_signer)
        # Under the heading, above both halves: who signed is read before anything the package says.
        line = QHBoxLayout()
        line.addWidget(self.signature, 1)
        line.addWidget(self.trust_button, 0, Qt.AlignmentFlag.AlignTop)
        self.ui.detailLayout.insertLayout(1, line, 0)
        self.confirm = lambda expected, name: confirm_fingerprint(expected, name, self)
        """(name, typed fingerprint) or None: the fingerprint check (tests replace it)."""

    def _show_signature(self, referral_id: str) -> None:
        shown = recorded_signature(self.store.db.conn, referral_id)
        self.signature.setText(shown.sentence_text(signature_words()))
        self.signature.show()
        self.signature.setStyleSheet("font-weight: bold" if shown.state is not SignatureState.trusted else "")
        self.trust_button.setVisible(shown.state is SignatureState.unknown_key and self._package is not None)

    def trust_signer(self) -> bool:
        """Trust the key that signed this package, once the fingerprint the sender reads out matches."""
        from mappa_desktop.core.package import signature_of
        from mappa_desktop.core.signing.trust import trust_key

        if self._package is None or self.referral_id is None:
            return False
        check = signature_of(self._package)
        if check.public_key is None or check.fingerprint is None:
            return False
        answer = self.confirm(check.fingerprint, check.signer)
        if answer is None:
            return False
        try:
            trust_key(self.store, check.public_key, answer[0], actor=self.actor, how="fingerprint")
        except Exception as error:  # TrustError or a store error: said, nothing changed
            warn(self, self.tr("Sender not trusted"), say(error))
            return False
        self._show_signature(self.referral_id)
        self.trusted.emit(self.referral_id)
        return True

    # -- showing -------------------------------------------------------------------------------------

    def show_referral(self, referral_id: str | None) -> None:
        self.referral_id = referral_id
        self.ui.error.hide()
        enabled = referral_id is not None
        self.ui.splitter.setVisible(enabled)
        self.signature.hide()
        self.trust_button.hide()
        if not enabled:
            self.ui.heading.setText(self.tr("Choose a referral in the queue to screen it."))
            self._package = None
            return
        conn = self.store.db.conn
        try:
            package = received_package(conn, referral_id)
        except ScreeningError as error:
            self.ui.heading.setText(say(error))
            self.ui.splitter.hide()
            return
        self._package = package
        row = conn.execute(
            "SELECT status, next_due, next_due_kind, level_setting_due, review_due, step_down_due "
            "FROM received_referrals WHERE id = ?",
            (referral_id,),
        ).fetchone()
        status = ScreeningStatus(row[0])
        r = package.referral
        try:
            own = coordinator_assessment(package, assessed_on(conn, referral_id), lang=i18n.language())
        except Exception as error:  # a rule pack that cannot assess these facts: say so, show the rest
            own = None
            self.ui.error.setText(
                fill(self.tr("This referral could not be assessed: {error}"), error=say(error))
            )
            self.ui.error.show()
        unnamed = self.tr("(name not recorded)")
        self.ui.heading.setText(f"{one_line(r.subject.full_name) or unnamed} — {status_text(status)}")
        self.ui.summary.setHtml(_summary_html(package, own or package.assessment, i18n.language()))
        self.ui.comparison.setText(self._comparison_html(r, own, package.assessment))
        self.ui.deadlines.setText(self._deadlines_html(row))
        self.ui.history.setText(self._history_html(referral_id))
        self.ui.note.clear()
        self.ui.request.setPlainText(request_note(package))
        self.ui.decision.setCurrentIndex(-1)  # never preselected, from the sender's claim or anything else
        self._decision_changed()
        self._show_signature(referral_id)

    def _outcome_text(self, a) -> tuple[str, str]:
        """(level, category) in ``core.wording``'s words, as the decision panel and the summary say them."""
        if a is None:
            return self.tr("could not be assessed"), ""
        words = AssessmentWords(i18n.language())
        return words.level(a), words.category(a)

    def _comparison_html(self, r, own, claimed) -> str:
        """Referrer's request, this application's assessment and the sender's claim, side by side; every
        value escaped (the package is someone else's file)."""
        asked_category, asked_level = referrer_request(r)  # the referrer's record, never an assessment
        sought = fill(self.tr("Level {number}"), number=asked_level) if asked_level else self.tr("not stated")
        stated = (
            fill(self.tr("Category {number}"), number=asked_category)
            if asked_category
            else self.tr("not stated")
        )
        aid, category = self._outcome_text(own)
        said, said_category = self._outcome_text(claimed)
        notes = []
        level_differs = asked_level and own and own.level and asked_level != own.level
        if level_differs:
            ask = self.tr("The referrer asks for another level: record why you decide as you do.")
            notes.append(f"<b>{escaped(ask)}</b>")
        if own is not None:
            words = AssessmentWords(i18n.language())
            for difference in claim_differences(claimed, own):
                notes.append(escaped(difference.sentence(words)))
        if r.domestic_abuse.domestic_abuse:
            notes.append(escaped(self.tr("Domestic abuse: yes")))
        # The MARAC criteria this application finds met, victim by victim (decision policy version 2).
        labels = [v.label for v in r.domestic_abuse.victims]
        for advice in victim_advice(own, labels) if own is not None else []:
            notes.append(f"<b>{escaped(advice.name)}</b>: {escaped(advice_line(advice))}")
        flag = "".join(f"<br>{note}" for note in notes)
        # Outside the f-string, so the translation tools find them.
        asks = escaped(self.tr("Referrer asks for"))
        assesses = escaped(self.tr("This application assesses"))
        claimed_heading = escaped(self.tr("Sender’s copy of the aid said"))
        return (
            f"<table cellspacing='0' cellpadding='3'><tr>"
            f"<th align='left'>{asks}</th>"
            f"<th align='left'>{assesses}</th>"
            f"<th align='left'>{claimed_heading}</th></tr>"
            f"<tr><td>{escaped(sought)}<br>{escaped(stated)}</td>"
            f"<td>{escaped(aid)}<br>{escaped(category)}</td>"
            f"<td>{escaped(said)}<br>{escaped(said_category)}</td></tr></table>{flag}"
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
                unconfirmed = self.tr("— interval unconfirmed in the rule pack")
                text += f" <i>{unconfirmed}</i>"
            lines.append(text)
        if not lines:
            return self.tr("No deadline is tracked for this referral.")
        return "<br>".join(lines)

    def _history_html(self, referral_id: str) -> str:
        """Decisions and replaced package versions, oldest first; every value escaped."""
        events: list[tuple[dt.datetime, str]] = []
        for d in decisions_for(self.store.db.conn, referral_id):
            reasons = "; ".join(say(REASONS_BY_ID[x].text) for x in d.reasons if x in REASONS_BY_ID)
            note = f" — {one_line(d.note, 600)}" if d.note else ""  # the whole note is in the audit log
            when = format_when(d.decided_at)
            events.append(
                (
                    d.decided_at,
                    f"<li>{escaped(when)}, {escaped(one_line(d.actor))}: "
                    f"<b>{escaped(status_text(d.status))}</b> "
                    f"({escaped(reasons)}){escaped(note)}</li>",
                )
            )
        for entry in self.store.audit_log(referral_id):
            if entry.action != "package replaced":
                continue
            new = entry.new or {}
            words = new.get("changed_labels") or [path_words(p) for p in new.get("changed", [])]
            changed = "; ".join(words) or self.tr("no field of the referral")
            when = format_when(entry.at)
            text = fill(
                self.tr(
                    "Package replaced by a newer copy; changed: {changes}. The earlier version is kept "
                    "in the audit log."
                ),
                changes=changed,
            )
            events.append(
                (entry.at, f"<li>{escaped(when)}, {escaped(entry.actor)}: <i>{escaped(text)}</i></li>")
            )
        if not events:
            none_yet = self.tr("No decision yet.")
            return f"<i>{escaped(none_yet)}</i>"
        events.sort(key=lambda event: event[0])
        items = "".join(text for _, text in events)
        heading = self.tr("Decisions and versions")
        return f"<b>{escaped(heading)}</b><ul>{items}</ul>"

    # -- deciding ------------------------------------------------------------------------------------

    def current_status(self) -> ScreeningStatus | None:
        """The decision chosen in the form, or None before the co-ordinator chooses one."""
        data = self.ui.decision.currentData()
        return None if data is None else ScreeningStatus(data)

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
        status = self.current_status()
        for reason in reasons_for(status) if status is not None else []:
            box = WrappingCheckBox(say(reason.text), self.ui.formBox)  # long reasons wrap at large text
            box.setProperty("reason", reason.id)
            self.ui.reasonsArea.addWidget(box)
            # The check box itself, not its wrapping holder: Qt leaves a focus proxy out of the chain
            # when it is ordered through its holder, and Tab jumped from the decision to the note.
            self.setTabOrder(previous, box.box)
            previous = box.box
            self._reason_boxes.append(box)
        self.setTabOrder(previous, self.ui.note)
        self.ui.requestBox.setVisible(self.current_status() is ScreeningStatus.more_information)

    def record_decision(self) -> Any:
        """Record the form's decision; show what to fix instead if it is incomplete (False).

        The form is checked here, at once; the decision is written off the UI thread on the window's runner
        (gui/operations.py), so the window stays responsive while another copy of the application holds
        the database: the ``Operation`` returned settles True once the decision is stored, False if the
        store refused it (said, the form kept as it is). Without a runner (a screening area on its own)
        it is written in place and the outcome returned."""
        if self.referral_id is None or self._recording is not None:
            return False
        reasons = [box.property("reason") for box in self._reason_boxes if box.isChecked()]
        status = self.current_status()
        if status is None:
            self.ui.error.setText(self.tr("Choose a decision, then give at least one reason for it."))
            self.ui.error.show()
            self.ui.decision.setFocus()
            return False
        request = self.ui.request.toPlainText() if status is ScreeningStatus.more_information else ""
        note = self.ui.note.toPlainText().strip()
        try:
            check_decision(status, reasons, note, request)
        except ScreeningError as error:
            self._refused(error)
            return False
        referral_id, actor, policy = self.referral_id, self.actor, self.policy

        def write(store) -> object:
            return record_decision(
                store,
                referral_id,
                status,
                reasons=reasons,
                note=note,
                request_note=request,
                actor=actor,
                policy=policy,
            )

        if self.operations is None:
            try:
                write(self.store)
            except Exception as error:  # noqa: BLE001 - said to the person, nothing written
                return self._refused(error)
            return self._recorded(referral_id)
        self.ui.error.hide()
        self.ui.record.setEnabled(False)  # one decision at a time: a second click is not a second record
        self._recording = self.operations.run(write, what=self.tr("Recording the decision…"))
        return chain(self._recording, lambda _result, error: self._settled(referral_id, error))

    def _settled(self, referral_id: str, error: BaseException | None) -> bool:
        self._recording = None
        self.ui.record.setEnabled(True)
        if error is not None:  # said even if the person has moved on to another referral meanwhile
            return self._refused(error, under_form=self.referral_id == referral_id)
        return self._recorded(referral_id)

    def _refused(self, error: BaseException, *, under_form: bool = True) -> bool:
        """A decision that could not be recorded: an incomplete one under the form, a store error (or any
        refusal once the form shows another referral) in a message, in the store's own words; the form is
        kept as it is."""
        if isinstance(error, ScreeningError) and under_form:
            self.ui.error.setText(say(error))
            self.ui.error.show()
        else:
            warn(self, self.tr("Decision not recorded"), say(error))
        return False

    def _recorded(self, referral_id: str) -> bool:
        self.decided.emit(referral_id)
        if self.referral_id == referral_id:  # the person may have moved on while it was written
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
                warn(self, self.tr("Note not saved"), say(error))


def _summary_html(package, assessment, language: str = "en") -> str:
    """The referral's summary with this application's ``assessment``, in the interface's ``language`` (the
    templates escape every value)."""
    from mappa_desktop.core.summary import build_summary
    from mappa_desktop.export.templates import render_html

    return render_html(build_summary(package.referral, assessment, language=language))
