"""File > Referrals past retention: the review list of referrals kept longer than the retention period,
with erasure for good and the legal hold that blocks it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mappa_desktop.gui.i18n import FollowsLanguage, say, tr
from mappa_desktop.gui.plain_text import ask, one_line, plain_labels, warn

if TYPE_CHECKING:
    from mappa_desktop.core.store import Store
    from mappa_desktop.core.store.retention import RetentionItem


def what_erasure_keeps() -> str:
    """The one text, used by Delete and by Erase, of what erasing removes and what it keeps."""
    return tr(
        "Erased from this computer: everything written in the referral, its package and decision notes, and "
        "the old and new values in its audit log.\n"
        "Kept in the audit log: who created, changed, exported, decided on and erased it, and when, without "
        "names or answers.\n"
        "Not affected: copies already sent or exported (PDFs, packages) and referrals copied from it.",
    )


class RetentionDialog(FollowsLanguage, QDialog):
    """The referrals past retention; erase the selected ones, or set or lift their legal hold."""

    def __init__(self, store: Store, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.items: list[RetentionItem] = []
        self._days: int | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.empty = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.erase_button = QPushButton(self)
        self.hold_button = QPushButton(self)
        self.lift_button = QPushButton(self)
        for button in (self.erase_button, self.hold_button, self.lift_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.erase_button.clicked.connect(self.erase_selected)
        self.hold_button.clicked.connect(lambda: self.set_hold(True))
        self.lift_button.clicked.connect(lambda: self.set_hold(False))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        plain_labels(self.intro, self.empty)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 28)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Referrals past retention"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Subject"),
                self.tr("Why it is listed"),
                self.tr("Past retention since"),
                self.tr("Legal hold"),
            ]
        )
        self.table.setAccessibleName(self.tr("Referrals past retention"))
        self.empty.setText(self.tr("No referral is past its retention period."))
        self.erase_button.setText(self.tr("&Erase selected…"))
        self.hold_button.setText(self.tr("Set legal &hold…"))
        self.lift_button.setText(self.tr("&Lift legal hold"))
        for button in (self.erase_button, self.hold_button, self.lift_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        if self._days is None:
            self.reload()
        else:
            self._show()  # the list as read, worded again: a switch never reads the database

    def reload(self) -> None:
        """Read the referrals past retention again, and show them."""
        self._days = self.store.retention_days()
        self.items = self.store.past_retention()
        self._show()

    def _show(self) -> None:
        from mappa_desktop.core.dates import short_date
        from mappa_desktop.gui.i18n import language as shown_language

        days = self._days
        self.intro.setText(
            self.tr(
                "These referrals were sent or closed more than {days} days ago (the retention period in "
                "Settings), or were deleted by an earlier version that kept their content in the audit log. "
                "A referral under a legal hold is never erased.\n\n"
            ).format(days=days)
            + what_erasure_keeps()
        )
        kinds = {
            "sent": self.tr("Sent"),
            "closed": self.tr("Closed after screening"),
            "deleted": self.tr("Deleted earlier; content still in the audit log"),
        }
        self.table.setRowCount(len(self.items))
        language = shown_language()  # the language shown now (a run-time switch included)
        for row, item in enumerate(self.items):
            cells = (
                one_line(item.subject_name) or self.tr("(no name)"),
                kinds[str(item.kind)],
                short_date(item.due.astimezone().date(), language),
                self.tr("Held") if item.legal_hold else "",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setVisible(bool(self.items))
        self.empty.setVisible(not self.items)
        self._update_buttons()

    def selected(self) -> list[RetentionItem]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.items[row] for row in rows]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.erase_button.setEnabled(any(not item.legal_hold for item in chosen))
        owned = [item for item in chosen if str(item.kind) != "deleted"]
        self.hold_button.setEnabled(any(not item.legal_hold for item in owned))
        self.lift_button.setEnabled(any(item.legal_hold for item in owned))

    def erase_selected(self) -> bool:
        """Erase the selected referrals not under a legal hold, after a question saying what is kept."""
        chosen = self.selected()
        free = [item for item in chosen if not item.legal_hold]
        held = len(chosen) - len(free)
        if not free:
            warn(
                self,
                self.tr("Under a legal hold"),
                self.tr(
                    "The selected referrals are under a legal hold, so "
                    "they cannot be erased. Nothing was changed."
                ),
            )
            return False
        question = (
            self.tr("Erase the selected referrals for good? ({count})").format(count=len(free))
            + "\n\n"
            + what_erasure_keeps()
        )
        if held:
            question += "\n\n" + self.tr("Under a legal hold, and so kept: {count}.").format(count=held)
        answer = ask(
            self,
            self.tr("Erase referrals?"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        from mappa_desktop.core.store import StoreError

        try:
            self.store.erase([item.referral_id for item in free], actor=self.actor)
        except StoreError as error:
            warn(self, self.tr("Could not erase the referrals"), say(error))
            return False
        self.reload()
        return True

    def set_hold(self, held: bool) -> bool:
        """Set (asking why) or lift the legal hold on the selected referrals."""
        chosen = [item for item in self.selected() if str(item.kind) != "deleted" and item.legal_hold != held]
        if not chosen:
            return False
        reason = hold_reason(self) if held else ""
        if reason is None:
            return False
        for item in chosen:
            self.store.set_legal_hold(item.referral_id, held, actor=self.actor, reason=reason)
        self.reload()
        return True


def ask_legal_hold(parent: QWidget, store: Store, referral_id: str, actor: str) -> bool | None:
    """Set (asking why) or lift the legal hold on one referral; returns whether it is held now, or None when
    the person cancelled."""
    held = store.legal_hold(referral_id)
    reason = ""
    if held:
        answer = ask(
            parent,
            tr("Lift legal hold?"),
            tr(
                "Lift the legal hold on this referral? It can then be deleted, and erased once past its "
                "retention period.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
    else:
        reason = hold_reason(parent)
        if reason is None:
            return None
    store.set_legal_hold(referral_id, not held, actor=actor, reason=reason)
    return not held


def hold_reason(parent: QWidget) -> str | None:
    """Why a legal hold is set (kept in the audit log), or None when the person cancelled."""
    reason, ok = QInputDialog.getText(
        parent,
        tr("Set legal hold"),
        tr("Why must it be kept (for example, the inquiry or case reference)?"),
    )
    return reason[:500] if ok else None
