"""The referral editor: a list of sections on the left, the chosen section's page on the right.

The editor owns the open referral and its autosave. Pages (``SectionPage``) only show and collect
answers. The later full editor adds sections with ``add_page`` (for example pages built from the rule
pack's questions) and a decision panel beside ``pageStack``; nothing here needs to change for that.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from mappa_desktop.core.referral import Referral, ReferralStatus
from mappa_desktop.gui.autosave import Autosaver, SaveState
from mappa_desktop.gui.editor.section import FieldError, SectionPage
from mappa_desktop.gui.forms.ui_referral_editor import Ui_ReferralEditor

SaveFunction = Callable[[Referral], Any]
"""Saves a referral and returns the store's result (with ``updated_at``), or raises ``StoreError``."""


class FieldsNotSaved(Exception):
    """Some answers were refused by the model; everything else was saved."""

    retry = False  # saving again will not help until the person changes the answer


class ReferralEditor(QWidget):
    """Edits one referral at a time and saves it as the person types."""

    saved = Signal(object)
    """Emitted with the saved ``Referral`` after each successful save (the drafts list refreshes its row)."""

    save_state_changed = Signal(object, str)
    """(SaveState, text) — mirrored in the main window's status bar."""

    def __init__(self, save: SaveFunction, parent: QWidget | None = None, *, delay_ms: int = 400) -> None:
        super().__init__(parent)
        self.ui = Ui_ReferralEditor()
        self.ui.setupUi(self)
        self._save_referral = save
        self._referral: Referral | None = None
        self._pages: list[SectionPage] = []
        self._field_errors: list[FieldError] = []
        self.autosaver = Autosaver(self._save_now, delay_ms=delay_ms, parent=self)
        self.autosaver.state_changed.connect(self._show_save_state)

        for status, label in (
            (ReferralStatus.draft, self.tr("Draft")),
            (ReferralStatus.ready, self.tr("Ready for screening")),
            (ReferralStatus.sent, self.tr("Sent")),
        ):
            self.ui.statusCombo.addItem(label, status.value)
        self.ui.statusCombo.activated.connect(self._status_chosen)
        self.ui.sectionList.currentRowChanged.connect(self._section_chosen)
        self.ui.saveStateLabel.setText("")

    # Extension point ---------------------------------------------------------------------------------

    def add_page(self, page: SectionPage) -> None:
        """Append a section page; it appears in the section list in the order added."""
        page.setParent(self)
        self._pages.append(page)
        self.ui.pageStack.addWidget(page)
        item = QListWidgetItem(page.title())
        item.setData(Qt.ItemDataRole.UserRole, page.section_id)
        self.ui.sectionList.addItem(item)
        page.edited.connect(self._page_edited)
        page.focus_left.connect(self.autosaver.flush)
        if self.ui.sectionList.currentRow() < 0:
            self.ui.sectionList.setCurrentRow(0)
        self._fit_section_list()
        if self._referral is not None:
            page.load(self._referral)

    def pages(self) -> list[SectionPage]:
        return list(self._pages)

    def show_section(self, section_id: str) -> None:
        for row, page in enumerate(self._pages):
            if page.section_id == section_id:
                self.ui.sectionList.setCurrentRow(row)
                return
        raise KeyError(section_id)

    # The open referral -------------------------------------------------------------------------------

    def referral(self) -> Referral | None:
        """The referral as last saved (or opened)."""
        return self._referral

    def open_referral(self, referral: Referral | None, saved_at: dt.datetime | None = None) -> None:
        """Show ``referral`` (None closes it). Call ``flush()`` first to keep pending changes."""
        self._referral = referral
        self._field_errors = []
        if referral is None:
            self.autosaver.reset()
            return
        for page in self._pages:
            page.load(referral)
        self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(referral.status.value))
        self._update_title()
        self.autosaver.reset(saved_at)

    def flush(self) -> bool:
        """Save pending changes now; True when everything typed is stored."""
        return self.autosaver.flush()

    def field_errors(self) -> list[FieldError]:
        return list(self._field_errors)

    # Saving ------------------------------------------------------------------------------------------

    def _page_edited(self) -> None:
        if self._referral is not None:
            self.autosaver.schedule()

    def _status_chosen(self, _index: int) -> None:
        self._page_edited()
        self.autosaver.flush()

    def _save_now(self) -> dt.datetime | None:
        if self._referral is None:
            return None
        draft = self._referral.model_copy(deep=True)
        errors: list[FieldError] = []
        for page in self._pages:
            errors.extend(page.apply(draft))
        draft.status = ReferralStatus(self.ui.statusCombo.currentData())
        result = self._save_referral(draft)
        # The store updates the revision in place; keep the saved copy as the base for the next save.
        self._referral = draft
        self._field_errors = errors
        self._update_title()
        self.saved.emit(draft)
        if errors:
            names = ", ".join(sorted({e.field.replace("_", " ") for e in errors}))
            raise FieldsNotSaved(
                self.tr("{fields} — fix the answer shown in red; everything else is saved").format(
                    fields=names
                )
            )
        return getattr(result, "updated_at", None)

    def _show_save_state(self, state: SaveState, text: str) -> None:
        label = self.ui.saveStateLabel
        label.setText(text)
        label.setProperty("state", state.value)
        label.style().unpolish(label)
        label.style().polish(label)
        self.save_state_changed.emit(state, text)

    # Presentation ------------------------------------------------------------------------------------

    def _update_title(self) -> None:
        referral = self._referral
        if referral is None:
            return
        name = referral.subject.full_name or self.tr("Unnamed subject")
        self.ui.titleLabel.setText(name)
        pnc = referral.subject.pnc_id
        reference = self.tr("Reference {ref}").format(ref=referral.id[:8].upper())
        self.ui.referenceLabel.setText(f"{reference} · PNC {pnc}" if pnc else reference)

    def _section_chosen(self, row: int) -> None:
        if 0 <= row < len(self._pages):
            self.ui.pageStack.setCurrentIndex(row)

    def _fit_section_list(self) -> None:
        # Wide enough for the longest title at the current font size, so nothing is clipped at 150 %.
        metrics = self.ui.sectionList.fontMetrics()
        widest = max((metrics.horizontalAdvance(p.title()) for p in self._pages), default=0)
        self.ui.sectionList.setFixedWidth(widest + 4 * metrics.averageCharWidth() + 8)
