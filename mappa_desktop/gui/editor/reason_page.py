"""The Reason for referral page: why multi-agency management is needed (MAPPA A section 6)."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from mappa_desktop.core.referral import Referral
from mappa_desktop.gui.editor.section import FieldError, SectionPage, validation_message
from mappa_desktop.gui.forms.ui_reason_page import Ui_ReasonPage


class ReasonPage(SectionPage):
    """The referrer's own words on why the referral is made."""

    section_id = "reason"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReasonPage()
        self.ui.setupUi(self)
        self._loading = False
        self.show_error(self.ui.reasonError, None)
        self.ui.reasonEdit.textChanged.connect(self._changed)
        self.ui.reasonEdit.installEventFilter(self)

    def title(self) -> str:
        return self.tr("Reason for referral")

    def first_field(self) -> QWidget | None:
        return self.ui.reasonEdit

    def load(self, referral: Referral) -> None:
        self._loading = True
        try:
            self.ui.reasonEdit.setPlainText(referral.reason.reason or "")
            self.show_error(self.ui.reasonError, None)
        finally:
            self._loading = False

    def apply(self, referral: Referral) -> list[FieldError]:
        try:
            referral.reason.reason = self.ui.reasonEdit.toPlainText().strip() or None
        except (ValidationError, ValueError) as error:
            message = validation_message(error)
            self.show_error(self.ui.reasonError, message)
            return [FieldError("reason", message)]
        self.show_error(self.ui.reasonError, None)
        return []

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusOut and not self._loading:
            self.focus_left.emit()
        return super().eventFilter(watched, event)
