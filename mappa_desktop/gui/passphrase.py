"""The passphrase dialogs: choose one (first run, or encrypting an older plain database), type it to open
the database, and change it (Settings). The passphrase is never stored: the fields are cleared as soon as
it has been used, and only the key derived from it is kept, in memory, while the database is open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from mappa_desktop.core.passphrase_strength import VERDICTS, acceptable, estimate
from mappa_desktop.gui.i18n import FollowsLanguage, say


def passphrase_field(parent: QWidget, name: str = "") -> QLineEdit:
    """A line edit that shows dots, never offers its text to the clipboard or an input method's memory."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData)
    field.setAccessibleName(name)
    field.setMaxLength(1024)
    return field


def plain_label(parent: QWidget, text: str = "", *, role: str = "") -> QLabel:
    """A wrapping label whose text is never read as markup; ``role`` is its stylesheet class."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if role:
        label.setProperty("class", role)
    return label


def _wipe(*fields: QLineEdit) -> None:
    for field in fields:
        field.clear()


class StrengthMeter(QWidget):
    """How hard the passphrase being typed is to guess: a bar, a verdict and one piece of advice."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, len(VERDICTS) - 1)
        self.bar.setTextVisible(False)
        self.verdict = plain_label(self)
        self.advice = plain_label(self, role="hint")
        layout.addWidget(self.bar)
        layout.addWidget(self.verdict)
        layout.addWidget(self.advice)
        self._shown = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.show_for(self._shown)

    def show_for(self, passphrase: str) -> bool:
        """Show the estimate for ``passphrase``; whether it is strong enough to use."""
        self._shown = passphrase
        strength = estimate(passphrase)
        words = self._words()
        self.bar.setValue(strength.score)
        self.verdict.setText(self.tr("Strength: {verdict}").format(verdict=words[strength.verdict]))
        self.advice.setText(words[strength.advice])
        self.bar.setAccessibleDescription(self.verdict.text())
        return acceptable(strength)

    def _words(self) -> dict[str, str]:
        """The estimate's fixed English words (core is Qt-free), in the interface language."""
        return {
            "very weak": self.tr("very weak"),
            "weak": self.tr("weak"),
            "fair": self.tr("fair"),
            "strong": self.tr("strong"),
            "very strong": self.tr("very strong"),
            "Type a passphrase.": self.tr("Type a passphrase."),
            "That is a commonly used password.": self.tr("That is a commonly used password."),
            "A good passphrase: keep it to yourself and do not write it down near the laptop.": self.tr(
                "A good passphrase: keep it to yourself and do not write it down near the laptop."
            ),
            "Make it longer: at least 10 characters; four or more unrelated words are best.": self.tr(
                "Make it longer: at least 10 characters; four or more unrelated words are best."
            ),
            "Add more unrelated words: four or more make a passphrase hard to guess and easy to remember.": (
                self.tr(
                    "Add more unrelated words: four or more make a passphrase hard to guess and easy to "
                    "remember."
                )
            ),
            "Add another unrelated word or two.": self.tr("Add another unrelated word or two."),
        }


def buddy_label(parent: QWidget, field: QWidget) -> QLabel:
    """The label of ``field`` in a form: its buddy, so its shortcut focuses the field and a screen reader
    hears it as the field's label (its words are set by the dialog's ``retranslate``)."""
    label = QLabel(parent)
    label.setBuddy(field)
    return label


def ok_cancel(dialog: QDialog) -> tuple[QDialogButtonBox, QAbstractButton]:
    """The dialog's OK and Cancel buttons, wired to accept and reject; the OK button to word."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, buttons.button(QDialogButtonBox.StandardButton.Ok)


class ChoosePassphraseDialog(FollowsLanguage, QDialog):
    """Choose the passphrase that encrypts the database: typed twice, its strength shown as it is typed.

    ``converting``: the database exists and is not encrypted yet (made by an older version)."""

    def __init__(self, path: Path, *, converting: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._converting = converting
        layout = QVBoxLayout(self)
        self.intro = plain_label(self)
        self.warning = plain_label(self, role="hint")
        form = QFormLayout()
        self.passphrase = passphrase_field(self)
        self.again = passphrase_field(self)
        self.meter = StrengthMeter(self)
        self.show_text = QCheckBox(self)
        self.passphrase_label = buddy_label(self, self.passphrase)
        self.again_label = buddy_label(self, self.again)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow("", self.meter)
        form.addRow(self.again_label, self.again)
        form.addRow("", self.show_text)
        self.problem = plain_label(self, role="error")
        self.buttons, self.ok = ok_cancel(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(self._check)
        self.again.textChanged.connect(self._check)
        self.show_text.toggled.connect(self._show_text)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Choose a passphrase"))
        if self._converting:
            intro = self.tr(
                "Your referrals database is not encrypted yet. Choose a passphrase: MAPPA Desktop then "
                "encrypts the database, so that without the passphrase the file on this computer (or a "
                "stolen laptop) shows nothing. Everything in it is kept."
            )
        else:
            intro = self.tr(
                "Your referrals are kept encrypted on this computer. Choose a passphrase: you type it each "
                "time MAPPA Desktop starts and to unlock the window."
            )
        self.intro.setText(intro)
        self.warning.setText(
            self.tr(
                "It is not stored anywhere and cannot be recovered: if it is forgotten, the referrals "
                "cannot be read by anyone, you included. Four or more unrelated words make a passphrase "
                "that is hard to guess and easy to remember."
            )
        )
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.again.setAccessibleName(self.tr("Passphrase again"))
        self.show_text.setText(self.tr("Show the passphrase"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.again_label.setText(self.tr("&Again:"))
        self.ok.setText(
            self.tr("Encrypt the database") if self._converting else self.tr("Use this passphrase")
        )
        self.meter.retranslate()
        self._check()

    def _show_text(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.again.setEchoMode(mode)

    def _check(self) -> bool:
        strong = self.meter.show_for(self.passphrase.text())
        same = self.passphrase.text() == self.again.text()
        if self.passphrase.text() and not strong:
            self.problem.setText(self.tr("Choose a stronger passphrase (at least “fair”)."))
        elif self.again.text() and not same:
            self.problem.setText(self.tr("The two passphrases are not the same yet."))
        else:
            self.problem.setText("")
        ready = strong and same
        self.ok.setEnabled(ready)
        return ready

    def accept(self) -> None:
        if self._check():
            super().accept()

    def chosen(self) -> str:
        """The passphrase chosen; the fields are cleared."""
        text = self.passphrase.text()
        _wipe(self.passphrase, self.again)
        return text


class AskPassphraseDialog(FollowsLanguage, QDialog):
    """Type the passphrase to open the database. ``try_open(passphrase)`` opens it and returns None, or
    returns the message saying why it did not (the dialog then stays open to try again)."""

    def __init__(
        self, path: Path, try_open: Callable[[str], str | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._try_open = try_open
        self._path = path
        layout = QVBoxLayout(self)
        self.asked = plain_label(self)
        layout.addWidget(self.asked)
        self.passphrase = passphrase_field(self)
        self.passphrase_label = buddy_label(self, self.passphrase)
        form = QFormLayout()
        form.addRow(self.passphrase_label, self.passphrase)
        layout.addLayout(form)
        self.problem = plain_label(self, role="error")
        layout.addWidget(self.problem)
        self.buttons, self.ok = ok_cancel(self)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Open the referrals database"))
        self.asked.setText(
            self.tr("Type the passphrase of the referrals database {path}.").format(path=self._path)
        )
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.ok.setText(self.tr("Open"))

    def accept(self) -> None:
        text = self.passphrase.text()
        _wipe(self.passphrase)
        if not text:
            self.problem.setText(self.tr("Type the passphrase first."))
            return
        problem = self._try_open(text)
        if problem is None:
            super().accept()
            return
        self.problem.setText(problem)
        self.passphrase.setFocus()


class ChangePassphraseDialog(FollowsLanguage, QDialog):
    """Settings: change the database's passphrase (the database is re-encrypted under the new one)."""

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        layout = QVBoxLayout(self)
        self.explained = plain_label(self)
        layout.addWidget(self.explained)
        form = QFormLayout()
        self.current = passphrase_field(self)
        self.new = passphrase_field(self)
        self.again = passphrase_field(self)
        self.meter = StrengthMeter(self)
        self.labels = [buddy_label(self, field) for field in (self.current, self.new, self.again)]
        form.addRow(self.labels[0], self.current)
        form.addRow(self.labels[1], self.new)
        form.addRow("", self.meter)
        form.addRow(self.labels[2], self.again)
        layout.addLayout(form)
        self.problem = plain_label(self, role="error")
        layout.addWidget(self.problem)
        self.buttons, self.ok = ok_cancel(self)
        layout.addWidget(self.buttons)
        for field in (self.current, self.new, self.again):
            field.textChanged.connect(self._check)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.explained.setText(
            self.tr(
                "The database is re-encrypted under the new passphrase; the old one stops working. "
                "Neither is stored anywhere."
            )
        )
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.new.setAccessibleName(self.tr("New passphrase"))
        self.again.setAccessibleName(self.tr("New passphrase again"))
        for label, text in zip(
            self.labels,
            (self.tr("&Current passphrase:"), self.tr("&New passphrase:"), self.tr("&Again:")),
            strict=True,
        ):
            label.setText(text)
        self.ok.setText(self.tr("Change the passphrase"))
        self.meter.retranslate()
        self._check()

    def _check(self) -> bool:
        strong = self.meter.show_for(self.new.text())
        same = self.new.text() == self.again.text()
        ready = bool(self.current.text()) and strong and same
        self.ok.setEnabled(ready)
        return ready

    def accept(self) -> None:
        from mappa_desktop.core.store import StoreError
        from mappa_desktop.core.store.encryption import WrongPassphrase

        if not self._check():
            return
        current, new = self.current.text(), self.new.text()
        try:
            self.store.change_passphrase(current, new)
        except WrongPassphrase:
            self.current.clear()
            self.problem.setText(self.tr("That is not the current passphrase. Nothing was changed."))
            self.current.setFocus()
            return
        except StoreError as error:
            self.problem.setText(say(error))
            return
        _wipe(self.current, self.new, self.again)
        super().accept()


def open_encrypted_store(path: Path, parent: QWidget | None = None, *, passphrase_fd: int | None = None):
    """Open the referrals database at ``path`` with its passphrase: asked (and retried) for an encrypted
    database; chosen, with its strength shown, for a new one or for a plain one made by an older version
    (which is then encrypted in place, safely). ``passphrase_fd`` reads it from that file descriptor
    instead (as on the command line). Returns the open ``Store``, or None when the person cancels.
    Raises ``StoreError`` when the database cannot be opened (the message says why)."""
    from mappa_desktop.core.store import Store, StoreError
    from mappa_desktop.core.store.encryption import (
        DatabaseKey,
        FileState,
        WrongPassphrase,
        file_state,
    )
    from mappa_desktop.core.store.files import writable

    state = file_state(path)
    if state is FileState.plain:
        # Opened as it is first: damage, a full disk or a folder is said before any passphrase is asked.
        plain = Store.open(path)
        if plain.read_only or not writable(path):
            return plain  # read-only media: it cannot be encrypted there, and nothing can be saved there
        plain.close()
    if passphrase_fd is not None:
        from mappa_desktop.commands.passphrase import read_line_from_fd

        passphrase = read_line_from_fd(passphrase_fd, path)
        if state is FileState.encrypted:
            key = DatabaseKey.for_file(path, passphrase)
        elif not acceptable(estimate(passphrase)):
            raise StoreError(
                QApplication.translate(
                    "passphrase", "The passphrase given is too easy to guess, so {path} was not opened."
                ).replace("{path}", str(path))
            )
        else:
            key = DatabaseKey.for_new_database(passphrase)
        return _open_with(path, key, convert=state is FileState.plain)
    if state is FileState.encrypted:
        opened: list = []
        failed: list = []

        def try_open(passphrase: str) -> str | None:
            key = DatabaseKey.for_file(path, passphrase)
            try:
                opened.append(Store.open(path, key))
                return None
            except WrongPassphrase:
                return QApplication.translate(
                    "passphrase",
                    "That is not the passphrase of this database. Nothing was changed. Try again (check "
                    "Caps Lock and the keyboard language).",
                )
            except StoreError as error:
                failed.append(error)
                dialog.done(QDialog.DialogCode.Rejected)
                return str(error)
            finally:
                key.wipe()

        dialog = AskPassphraseDialog(path, try_open, parent)
        dialog.exec()
        if failed:
            raise failed[0]
        return opened[0] if opened else None
    dialog = ChoosePassphraseDialog(path, converting=state is FileState.plain, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return _open_with(path, DatabaseKey.for_new_database(dialog.chosen()), convert=state is FileState.plain)


def _open_with(path: Path, key, *, convert: bool):
    from mappa_desktop.core.store import Store
    from mappa_desktop.core.store.encryption import encrypt_in_place

    try:
        if convert:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                encrypt_in_place(path, key)
            finally:
                QApplication.restoreOverrideCursor()
        return Store.open(path, key)
    finally:
        key.wipe()
