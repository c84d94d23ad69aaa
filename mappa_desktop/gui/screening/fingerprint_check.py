"""Confirming a sender's fingerprint: the coordinator types what the sender reads out by phone, and a key in
hand is trusted only when it matches, so trusting is never one unthinking click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from mappa_desktop.core.limits import NAME_MAX
from mappa_desktop.core.signing.fingerprint import normalised, spoken
from mappa_desktop.gui.i18n import FollowsLanguage, fill
from mappa_desktop.gui.plain_text import plain_labels


class ConfirmFingerprintDialog(FollowsLanguage, QDialog):
    """Ask for the sender's name and the fingerprint they read out. With ``expected`` (the fingerprint of a
    key in hand), OK is allowed only when what was typed matches it."""

    def __init__(self, *, expected: str | None = None, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.expected = expected
        intro = self.intro = QLabel()
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(name[:NAME_MAX])
        self.name_edit.setMaxLength(NAME_MAX)
        self.fingerprint_edit = QLineEdit()
        self.fingerprint_edit.setPlaceholderText("XXXX XXXX XXXX XXXX XXXX")
        self.fingerprint_edit.setMaxLength(40)
        form = QFormLayout()
        name_label = self.name_label = QLabel()
        name_label.setBuddy(self.name_edit)
        fp_label = self.fp_label = QLabel()
        fp_label.setBuddy(self.fingerprint_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow(fp_label, self.fingerprint_edit)
        self.expected_label = QLabel()
        self.expected_label.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        # Room for the longest answer (four lines) from the start: the dialog never clips it or jumps.
        self.result_label.setMinimumHeight(self.result_label.fontMetrics().lineSpacing() * 4 + 4)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        plain_labels(self.expected_label, self.result_label)
        self.expected_label.setVisible(expected is not None)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.expected_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._check)
        self.fingerprint_edit.textChanged.connect(self._check)
        self.retranslate()
        # Wide and tall enough for the wrapped words at any text size (150% too), so nothing is clipped.
        width = max(560, self.fontMetrics().averageCharWidth() * 80)
        self.layout().activate()
        self.resize(width, max(self.layout().totalHeightForWidth(width), self.sizeHint().height()))

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Trust a sender"))
        self.setAccessibleName(self.tr("Trust a sender"))
        self.intro.setText(
            self.tr(
                "Phone the sender on a number you already know (not one given in an e-mail or a package) "
                "and ask them to read out their fingerprint: in MAPPA Desktop, Screening, Trusted senders, "
                "or 'mappa-desktop keys show'. Type it here as they read it."
            )
        )
        self.name_edit.setAccessibleName(self.tr("Sender's name and agency"))
        self.fingerprint_edit.setAccessibleName(self.tr("Fingerprint the sender read out"))
        self.name_label.setText(self.tr("Sender's &name and agency"))
        self.fp_label.setText(self.tr("&Fingerprint they read out"))
        self.result_label.setAccessibleName(self.tr("Whether the fingerprint matches"))
        if self.expected is not None:
            self.expected_label.setText(
                fill(
                    self.tr("The key in hand has the fingerprint {fingerprint}."),
                    fingerprint=spoken(self.expected),
                )
            )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Trust this sender"))
        self._check()

    def typed(self) -> str | None:
        return normalised(self.fingerprint_edit.text())

    def name(self) -> str:
        return self.name_edit.text().strip()

    def _check(self, *_args) -> None:
        typed = self.typed()
        text = ""
        ok = typed is not None and bool(self.name())
        if typed is None and len(_compact(self.fingerprint_edit.text())) >= 20:
            text = self.tr("That is not a fingerprint: 20 letters and digits, in five groups of four.")
        elif typed is not None and self.expected is not None:
            if typed == self.expected:
                text = self.tr("✔ The fingerprints match.")
            else:
                ok = False
                text = self.tr(
                    "⚠ The fingerprints do not match. Do not trust this key: it may not be the sender's. "
                    "Ask them to read it again; if it still differs, tell your information security contact."
                )
        if typed is not None and not self.name():
            text = self.tr("Give the sender's name and agency.")
        self.result_label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


def _compact(text: str) -> str:
    """What was typed without the spaces and dashes between groups."""
    return "".join(ch for ch in text if ch not in " -\t")


def confirm_fingerprint(expected: str | None, name: str, parent: QWidget) -> tuple[str, str] | None:
    """Open ``ConfirmFingerprintDialog``: (the sender's name, the fingerprint typed), or None if cancelled."""
    dialog = ConfirmFingerprintDialog(expected=expected, name=name, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.name(), dialog.fingerprint_edit.text()
