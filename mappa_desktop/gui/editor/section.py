"""The contract between the referral editor and one of its section pages.

A page shows part of a referral and writes the person's answers back into it. The editor owns the
referral, the autosave and the section list; a page owns only its widgets. Later sections (offence,
custody, risk, questions built from the rule pack) are new ``SectionPage`` subclasses added with
``ReferralEditor.add_page``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Signal
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
