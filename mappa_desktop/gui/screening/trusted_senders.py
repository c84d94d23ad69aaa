"""The coordinator's trusted senders: list, add (key file, or the fingerprint read out by phone), remove;
and this installation's own fingerprint and public key file, for a sender to give a coordinator. Every
fingerprint is confirmed in ``fingerprint_check.ConfirmFingerprintDialog``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mappa_desktop.core.dates import short_date
from mappa_desktop.core.signing.fingerprint import spoken
from mappa_desktop.gui import i18n
from mappa_desktop.gui.i18n import FollowsLanguage, fill, say
from mappa_desktop.gui.plain_text import ask, plain_labels, warn
from mappa_desktop.gui.screening.fingerprint_check import confirm_fingerprint


class TrustedSendersDialog(FollowsLanguage, QDialog):
    """List, add and remove trusted senders; show and export this installation's own key."""

    def __init__(self, store, *, actor: str, parent: QWidget | None = None, ask_path=None) -> None:
        super().__init__(parent)
        self.store = store
        self.actor = actor
        self._ask_path = ask_path or self._file_dialog
        self.confirm = lambda expected, name: confirm_fingerprint(expected, name, self)
        """Asks for the sender's name and the fingerprint they read out: (name, typed) or None (tests
        replace it; the window opens ``ConfirmFingerprintDialog``)."""
        self.ask = ask
        self._shown: tuple | None = None
        intro = self.intro = QLabel()
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move between senders
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel()
        self.add_file = QPushButton()
        self.add_fingerprint = QPushButton()
        self.remove = QPushButton()
        self.add_file.clicked.connect(self.add_from_file)
        self.add_fingerprint.clicked.connect(self.add_by_fingerprint)
        self.remove.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        for button in (self.add_file, self.add_fingerprint, self.remove):
            row.addWidget(button)
        row.addStretch(1)

        self.own = QLabel()
        self.own.setWordWrap(True)
        self.own.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        plain_labels(self.own)
        self.export_own = QPushButton()
        self.export_own.clicked.connect(self.export_public_key)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own, 1)
        own_row.addWidget(self.export_own)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addLayout(own_row)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        # Room for the name beside the fingerprint at any text size (150% too): sized by the font.
        metrics = self.fontMetrics()
        self.resize(max(760, metrics.averageCharWidth() * 118), max(460, metrics.lineSpacing() * 26))
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Trusted senders"))
        self.setAccessibleName(self.tr("Trusted senders"))
        self.intro.setText(
            self.tr(
                "Referral packages from these senders are shown as signed by them. Add a sender from their "
                "public key file, or by the fingerprint they read out to you by phone."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Fingerprint"), self.tr("Added by"), self.tr("Added")]
        )
        self.table.setAccessibleName(self.tr("Trusted senders"))
        self.empty.setText(self.tr("No trusted senders yet."))
        self.add_file.setText(self.tr("Add from a &key file…"))
        self.add_fingerprint.setText(self.tr("Add by &fingerprint…"))
        self.remove.setText(self.tr("&Remove"))
        self.export_own.setText(self.tr("&Export your public key…"))
        for button in (self.add_file, self.add_fingerprint, self.remove, self.export_own):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.own.setAccessibleName(self.tr("Your own fingerprint"))
        if self._shown is None:
            self.refresh()
        else:
            self._show(*self._shown)  # the list as read, worded again: a switch never reads the database

    # -- showing -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        from mappa_desktop.core.signing.keys import own_signer
        from mappa_desktop.core.signing.trust import trusted_senders

        self._shown = (trusted_senders(self.store.db.conn), own_signer(self.store))
        self._show(*self._shown)

    def _show(self, senders, signer) -> None:
        """The senders and this installation's own key, in the interface language."""
        selected = self.table.currentRow()
        self.table.setRowCount(len(senders))
        for row, sender in enumerate(senders):
            how = self.tr("key file") if sender.how == "key file" else self.tr("fingerprint by phone")
            values = (sender.name, spoken(sender.fingerprint), f"{sender.added_by} ({how})", "")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, sender.fingerprint)
                self.table.setItem(row, column, item)
            self.table.item(row, 3).setText(short_date(sender.added_at.astimezone().date(), i18n.language()))
        self.table.setVisible(bool(senders))
        self.empty.setVisible(not senders)
        if 0 <= selected < len(senders):
            self.table.selectRow(selected)
        if signer is None:
            self.own.setText(
                self.tr("Your own key is made the first time you export a package or your public key.")
            )
        else:
            self.own.setText(
                fill(
                    self.tr("Your own fingerprint, to read out to a coordinator: {fingerprint}"),
                    fingerprint=spoken(signer.fingerprint),
                )
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove.setEnabled(bool(self.table.selectedItems()))

    def selected_fingerprint(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    # -- acting --------------------------------------------------------------------------------------

    def _file_dialog(self, caption: str, suggested: str, filters: str, save: bool) -> str:
        if save:
            return QFileDialog.getSaveFileName(self, caption, suggested, filters)[0]
        return QFileDialog.getOpenFileName(self, caption, suggested, filters)[0]

    def add_from_file(self) -> bool:
        """Choose a sender's key file, confirm its fingerprint by phone, then trust it."""
        from mappa_desktop.core.signing.key_file import KeyFileError, read_key_file

        path = self._ask_path(
            self.tr("Sender's public key file"), "", self.tr("Public key files (*.mappa-key.json)"), False
        )
        if not path:
            return False
        try:
            key = read_key_file(path)
        except KeyFileError as error:
            warn(self, self.tr("Key file refused"), say(error))
            return False
        return self.confirm_and_trust(key.public_key, key.name, how="key file")

    def confirm_and_trust(self, public_key: bytes, name: str, *, how: str = "fingerprint") -> bool:
        """Trust ``public_key`` once the coordinator has typed the matching fingerprint read out by phone."""
        from mappa_desktop.core.signing.fingerprint import fingerprint
        from mappa_desktop.core.signing.trust import trust_key

        answer = self.confirm(fingerprint(public_key), name)
        if answer is None:
            return False
        given, _typed = answer
        return self._trusted(lambda: trust_key(self.store, public_key, given, actor=self.actor, how=how))

    def add_by_fingerprint(self) -> bool:
        """Trust the fingerprint a sender read out, before any package from them has arrived."""
        from mappa_desktop.core.signing.trust import trust_fingerprint

        answer = self.confirm(None, "")
        if answer is None:
            return False
        given, typed = answer
        return self._trusted(lambda: trust_fingerprint(self.store, typed, given, actor=self.actor))

    def _trusted(self, do) -> bool:
        from mappa_desktop.core.signing.trust import TrustError
        from mappa_desktop.core.store import StoreError

        try:
            do()
        except (TrustError, StoreError) as error:
            warn(self, self.tr("Sender not trusted"), say(error))
            return False
        self.refresh()
        return True

    def remove_selected(self) -> bool:
        from mappa_desktop.core.signing.trust import TrustError, remove_sender
        from mappa_desktop.core.store import StoreError

        value = self.selected_fingerprint()
        if value is None:
            return False
        name = self.table.item(self.table.currentRow(), 0).text()
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        answer = self.ask(
            self,
            self.tr("Remove trusted sender"),
            fill(
                self.tr(
                    "Stop trusting {name}? Referrals already received from them stay, shown as signed by an "
                    "unknown key."
                ),
                name=name,
            ),
            yes | no,
            no,
        )
        if answer != yes:
            return False
        try:
            remove_sender(self.store, value, actor=self.actor)
        except (TrustError, StoreError) as error:
            warn(self, self.tr("Sender not removed"), say(error))
            return False
        self.refresh()
        return True

    def export_public_key(self) -> bool:
        """Save this installation's public key file (made now if there is no key yet)."""
        from mappa_desktop.core.safe_files import ExportError
        from mappa_desktop.core.signing.key_file import write_key_file
        from mappa_desktop.core.signing.keys import installation_signer
        from mappa_desktop.core.store import StoreError
        from mappa_desktop.gui.settings import officer

        path = self._ask_path(
            self.tr("Save your public key"),
            "my-key.mappa-key.json",
            self.tr("Public key files (*.mappa-key.json)"),
            True,
        )
        if not path:
            return False
        person = officer()
        try:
            signer = installation_signer(
                self.store, name=", ".join(p for p in (person.name, person.agency) if p)
            )
            write_key_file(signer, path, overwrite=True)
        except (ExportError, StoreError, OSError) as error:
            warn(self, self.tr("Public key not saved"), say(error))
            return False
        self.refresh()
        return True
