"""The contract between the referral editor and one of its section pages.

A page shows part of a referral and writes the person's answers back into it. The editor owns the
referral, the autosave and the section list; a page owns only its widgets. Later sections (offence,
custody, risk, questions built from the rule pack) are new ``SectionPage`` subclasses added with
``ReferralEditor.add_page``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from mappa_desktop.core.referral import Referral
from mappa_desktop.core.referral.messages import person_message


@dataclass(frozen=True)
class FieldError:
    """An answer the referral model refused, with the message to show beside the field."""

    field: str
    message: str


def validation_message(error: Exception) -> str:
    """The first refusal in a pydantic or plain ValueError, worded for a person (``person_message``)."""
    return person_message(error)


class SectionPage(QWidget):
    """One page of the referral editor. Subclasses set ``section_id`` and implement the three methods."""

    edited = Signal()
    """Emitted whenever the person changes an answer; the editor schedules an autosave."""

    focus_left = Signal()
    """Emitted when the person leaves a field; the editor saves at once."""

    section_id: str = ""

    _loading = False
    """True while ``load`` fills the widgets, so their change signals are not taken for the person's edits."""

    def title(self) -> str:
        """The page's name in the section list (translated)."""
        raise NotImplementedError

    def load(self, referral: Referral) -> None:
        """Show the referral's answers. Must not emit ``edited``."""
        raise NotImplementedError

    def apply(self, referral: Referral) -> list[FieldError]:
        """Write the answers into ``referral`` (a copy the editor will save).

        An answer the model refuses is left out, keeping the referral's previous value, and reported as
        a ``FieldError``; the page shows the message at the field and keeps the typed text.
        """
        raise NotImplementedError

    def first_field(self) -> QWidget | None:
        """The widget to focus when the page opens."""
        return None

    def collect(self, referral: Referral) -> list[FieldError]:
        """Like ``apply`` but without showing errors: the editor re-evaluates as the person types, and a
        half-typed date must not flash an error. Pages that show errors in ``apply`` override this."""
        return self.apply(referral)

    def summary_rows(self, referral: Referral) -> list[tuple[str, str]]:
        """(label, answer) pairs for Check your answers: what this page holds, answered ones only."""
        return []

    def set_relevant(self, relevant: set[str]) -> None:
        """Show only the questions for these facts (plus any answered); pages without questions ignore it."""

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        """Answers that contradict each other, as (path, message), to show where they were given."""

    def show_worked_out(self, values: dict) -> None:
        """Facts not answered directly but worked out from other fields, to show beside their questions."""

    def focus_path(self, path: str) -> bool:
        """Focus the field editing a dotted referral path; False when this page has no such field."""
        return False

    def focus_fact(self, fact: str) -> bool:
        """Focus the question (or the record field) that answers a fact."""
        from mappa_desktop.core.referral.bindings import BINDINGS

        return self.focus_path(BINDINGS[fact].path)

    def _changed(self, *_args: object) -> None:
        """Connect the page's change signals here: an edit tells the editor, except while loading."""
        if not self._loading:
            self.edited.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Install on the page's inputs: leaving one tells the editor to save at once."""
        if event.type() == QEvent.Type.FocusOut and not self._loading:
            self.focus_left.emit()
        return super().eventFilter(watched, event)

    @staticmethod
    def show_error(label: QLabel, message: str | None) -> None:
        """Show (or clear) an inline error under a field."""
        label.setText(message or "")
        label.setVisible(bool(message))


class CompletionQuestion(QWidget):
    """ "Have you completed this section?" at the foot of a section (the GOV.UK task list pattern).

    Yes marks the section complete (once nothing in it blocks the referral); No leaves it in progress
    until every question on show is answered. The editor records the answer on the referral.
    """

    answered = Signal(bool)
    """Emitted when the person chooses an answer: True for Yes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout

        super().__init__(parent)
        self.setObjectName("completionQuestion")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.legend = QLabel(self.tr("Have you completed this section?"))
        self.legend.setObjectName("completionLegend")
        font = self.legend.font()
        font.setBold(True)
        self.legend.setFont(font)
        layout.addWidget(self.legend)
        row = QVBoxLayout()  # one above the other: side by side, the answers were cut off in a narrow pane
        self.yes = QRadioButton(self.tr("Yes, I've completed this section"))
        self.no = QRadioButton(self.tr("No, I'll come back to it later"))
        self.group = QButtonGroup(self)
        for button in (self.yes, self.no):
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(self.legend.text())
            self.group.addButton(button)
            row.addWidget(button)
        layout.addLayout(row)
        self.note = QLabel()
        self.note.setObjectName("completionNote")
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)
        self.yes.clicked.connect(lambda: self.answered.emit(True))
        self.no.clicked.connect(lambda: self.answered.emit(False))

    def show_answer(self, completed: bool | None) -> None:
        """Show the recorded answer (None: not answered yet) without emitting ``answered``."""
        self.group.setExclusive(False)
        self.yes.setChecked(completed is True)
        self.no.setChecked(completed is False)
        self.group.setExclusive(True)

    def show_left(self, left: int) -> None:
        """Say how many things still stop a section the officer completed from showing Complete."""
        message = self.tr("Saved as completed. {n} thing(s) still needed here before it shows Complete.")
        text = message.format(n=left) if left else ""
        self.note.setText(text)
        self.note.setVisible(bool(left))


def with_character_count(edit, limit: int | None = None):
    """Put a ``LimitedTextEdit`` (the character count and hard stop the question pages use) where a
    Designer ``QPlainTextEdit`` was, keeping its name, hints, label and place in the tab order."""
    from PySide6.QtWidgets import QLabel as _Label

    from mappa_desktop.core.limits import TEXT_MAX
    from mappa_desktop.gui.widgets import LimitedTextEdit, with_counter

    limited = LimitedTextEdit(limit or TEXT_MAX)
    limited.setObjectName(edit.objectName())
    limited.setPlaceholderText(edit.placeholderText())
    limited.setAccessibleName(edit.accessibleName())
    limited.setTabChangesFocus(edit.tabChangesFocus())
    limited.setSizePolicy(edit.sizePolicy())
    limited.setMinimumHeight(edit.minimumHeight())
    limited.setMaximumHeight(edit.maximumHeight())
    limited.setPlainText(edit.toPlainText())
    before, after = edit.previousInFocusChain(), edit.nextInFocusChain()
    box = with_counter(limited)
    edit.parentWidget().layout().replaceWidget(edit, box, Qt.FindChildOption.FindChildrenRecursively)
    for label in edit.window().findChildren(_Label):
        if label.buddy() is edit:
            label.setBuddy(limited)
    QWidget.setTabOrder(before, limited)
    QWidget.setTabOrder(limited, after)
    edit.hide()
    edit.deleteLater()
    return limited
