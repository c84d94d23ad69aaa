"""The referral editor: the task list on the left, the chosen section's page, and the decision panel.

The editor owns the open referral, its autosave and its live assessment. Pages (``SectionPage``) only
show and collect answers. After every edit the editor collects the answers into a copy of the referral,
assesses it (``core.assessment.assess_referral``: about a millisecond) and shows the result: the panel,
which questions show, and each section's state in the task list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QListWidgetItem, QWidget

from mappa_desktop.core.assessment import ReferralAssessment, assess_referral
from mappa_desktop.core.referral import AcknowledgedPrompt, Override, Referral, ReferralStatus
from mappa_desktop.core.referral.bindings import BINDINGS
from mappa_desktop.core.referral.labels import field_label
from mappa_desktop.core.referral.referred_under import record_decision, withdraw_decision
from mappa_desktop.core.referral.sections import Blocker, SectionState, section_of_path
from mappa_desktop.core.rules import Assessment, RulePack, load_pack
from mappa_desktop.core.store.errors import SaveConflict
from mappa_desktop.gui.autosave import Autosaver, SaveState
from mappa_desktop.gui.conflict import (
    ConflictChoice,
    ConflictNotResolved,
    SaveConflictDialog,
    describe_other_saves,
    unsaved_text,
)
from mappa_desktop.gui.editor.cross_refs import cross_references
from mappa_desktop.gui.editor.decision_panel import DecisionPanel
from mappa_desktop.gui.editor.dialogs import OfficerChoice, OverrideDialog
from mappa_desktop.gui.editor.section import CompletionQuestion, FieldError, SectionPage
from mappa_desktop.gui.forms.ui_referral_editor import Ui_ReferralEditor
from mappa_desktop.gui.operations import chain, settled
from mappa_desktop.gui.plain_text import plain_labels

SaveFunction = Callable[[Referral], Any]
"""Saves a referral and returns the store's result (with ``updated_at``), or raises ``StoreError``."""


MAX_CONFLICT_ROUNDS = 3
"""Times to ask again when yet another save lands while the officer is choosing."""


class FieldsNotSaved(Exception):
    """Some answers were refused by the model; everything else was saved."""

    retry = False  # saving again will not help until the person changes the answer


class ReferralEditor(QWidget):
    """Edits one referral at a time and saves it as the person types."""

    saved = Signal(object)
    """Emitted with the saved ``Referral`` after each successful save (the drafts list refreshes its row)."""

    save_state_changed = Signal(object, str)
    """(SaveState, text) — mirrored in the main window's status bar."""

    list_hidden_changed = Signal(bool)
    """The person asked for the whole window (True) or the referrals list back (False)."""

    evaluated = Signal(object)
    """Emitted with the ``Assessment`` after each re-evaluation."""

    exported = Signal(str, str, str)
    """(referral id, format, the summary's language): the referral left the app from the preview."""
    """(referral id, format: "pdf", "json", "html" or "text") after the preview saved or copied it."""

    status_message = Signal(str)
    """Something the officer should know about what just happened (the main window's status bar)."""

    def __init__(
        self,
        save: SaveFunction,
        parent: QWidget | None = None,
        *,
        delay_ms: int = 400,
        pack: RulePack | None = None,
        actor: str | None = None,
        as_of: dt.date | None = None,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReferralEditor()
        self.ui.setupUi(self)
        self._save_referral = save
        self._referral: Referral | None = None
        self._pages: list[SectionPage] = []
        self._field_errors: list[FieldError] = []
        self.pack = pack or load_pack()
        self.lang = lang
        self.actor = actor or _default_actor()
        self._as_of = as_of
        self.assessment: Assessment | None = None
        self.assessed: ReferralAssessment | None = None
        """The open referral as last assessed (``core.assessment.assess_referral``)."""
        self.states: dict[str, SectionState] = {}
        self.blockers: list[Blocker] = []
        self.ask_override = self._ask_override
        self.open_preview = self._open_preview
        self.package_signer: Callable[[], Any] | None = None
        """Gives the key a saved package is signed with (the window's store's); without one, unsigned."""
        self.operations: Any = None
        """The window's runner (gui/operations.py): the summary preview writes its PDF on it."""
        self.conflict_source: Any = None
        """Where a conflicting save is read from (``load(id)``, ``audit_log(id)``): the store. Without
        one, a save conflict is reported and not retried."""
        self.actor_display: Callable[[str], str] = lambda actor: actor
        self.signature: Callable[[], str] = lambda: self.actor
        """Who is recorded on an override or acknowledgement: the officer's name, role and agency beside
        the login (the main window reads them from Settings)."""
        self.conflict_dialog: SaveConflictDialog | None = None
        self.autosaver = Autosaver(self._save_now, delay_ms=delay_ms, parent=self)
        self.autosaver.state_changed.connect(self._show_save_state)

        self.completion = CompletionQuestion(self.ui.pageArea)
        self.ui.pageColumn.insertWidget(1, self.completion)
        self.completion.answered.connect(self._completion_answered)
        self._answered_completion: set[str] = set()
        """Sections whose completion question was answered (No is the absence from the referral's list)."""

        self.panel = DecisionPanel(self)
        self.ui.bodySplitter.addWidget(self.panel)
        self.ui.bodySplitter.setStretchFactor(0, 3)
        self.ui.bodySplitter.setStretchFactor(1, 1)
        # The page always has room to read a question; the decision panel gives way first.
        chars = self.fontMetrics().averageCharWidth()
        self.ui.pageArea.setMinimumWidth(chars * 52)
        self.panel.setMinimumWidth(chars * 22)
        self.ui.listToggle.toggled.connect(self._list_toggled)
        self.ui.listToggle.setShortcut(QKeySequence("Ctrl+L"))
        self.panel.question_requested.connect(self.go_to_fact)
        self.panel.prompt_acknowledged.connect(self.acknowledge_prompt)
        self.panel.override_requested.connect(self.request_override)
        # Coalesce a burst of edits into one evaluation at the next turn of the event loop.
        self._evaluate_timer = QTimer(self)
        self._evaluate_timer.setSingleShot(True)
        self._evaluate_timer.setInterval(0)
        self._evaluate_timer.timeout.connect(self.reevaluate)

        self.ui.previousButton.clicked.connect(self.previous_section)
        self.ui.nextButton.clicked.connect(self.next_section)
        for keys, slot in (
            ("Ctrl+PgDown", self.next_section),
            ("Ctrl+PgUp", self.previous_section),
            ("Alt+Right", self.next_section),
            ("Alt+Left", self.previous_section),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

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
        item.setData(Qt.ItemDataRole.AccessibleTextRole, page.title())
        item.setData(Qt.ItemDataRole.UserRole, page.section_id)
        self.ui.sectionList.addItem(item)
        page.edited.connect(self._answers_edited)
        page.focus_left.connect(self.autosaver.flush)
        page.focus_left.connect(self._evaluate_timer.start)
        if hasattr(page, "change_requested"):
            page.change_requested.connect(lambda section: self.show_section(section, focus=True))
            page.problem_requested.connect(self.go_to_problem)
            page.ready_requested.connect(self.mark_ready)
            page.preview_requested.connect(lambda: self.open_preview())
            page.decision_requested.connect(self.request_override)
        if self.ui.sectionList.currentRow() < 0:
            self.ui.sectionList.setCurrentRow(0)
        self._fit_section_list()
        if self._referral is not None:
            page.load(self._referral)

    def pages(self) -> list[SectionPage]:
        return list(self._pages)

    def page(self, section_id: str) -> SectionPage:
        for page in self._pages:
            if page.section_id == section_id:
                return page
        raise KeyError(section_id)

    def show_section(self, section_id: str, focus: bool = False) -> None:
        for row, page in enumerate(self._pages):
            if page.section_id == section_id:
                self.ui.sectionList.setCurrentRow(row)
                if focus:
                    widget = page.first_field()
                    if widget is not None:
                        widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        raise KeyError(section_id)

    def current_section(self) -> str:
        page = self.ui.pageStack.currentWidget()
        return page.section_id if isinstance(page, SectionPage) else ""

    def next_section(self) -> None:
        self._step(1)

    def previous_section(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        row = self.ui.sectionList.currentRow() + delta
        if 0 <= row < len(self._pages):
            self.ui.sectionList.setCurrentRow(row)
            widget = self._pages[row].first_field()
            if widget is not None:
                widget.setFocus(Qt.FocusReason.TabFocusReason)

    def go_to_fact(self, fact: str) -> None:
        """Show the question (or record field) that answers ``fact`` and put the cursor in it."""
        section = BINDINGS[fact].section
        self.show_section(section)
        self.page(section).focus_fact(fact)

    def go_to_problem(self, section: str, path: str) -> None:
        """Follow an error-summary link: the field named by ``path``, or the section's first field."""
        section = section_of_path(path) or section
        if section not in {p.section_id for p in self._pages}:
            section = self._pages[0].section_id
        self.show_section(section, focus=True)
        self.page(section).focus_path(path)

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
        self._answered_completion = set(referral.sections_completed)
        self._show_completion()
        self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(referral.status.value))
        self._update_title()
        self.autosaver.reset(saved_at)
        self.panel.expanded.clear()
        self.reevaluate()

    def flush(self) -> bool:
        """Save pending changes now; True when everything typed is stored."""
        return self.autosaver.flush()

    def field_errors(self) -> list[FieldError]:
        return list(self._field_errors)

    # Saving ------------------------------------------------------------------------------------------

    def _answers_edited(self) -> None:
        self._back_to_draft()
        self._page_edited()

    def _back_to_draft(self) -> None:
        """A referral marked ready goes back to draft when it changes: a package exported earlier no longer
        says what the referral says, so it must be checked and exported again."""
        ready = ReferralStatus.ready.value
        if self._referral is None or self.ui.statusCombo.currentData() != ready:
            return
        self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(ReferralStatus.draft.value))
        self.status_message.emit(
            self.tr(
                "This referral was ready to send and has changed, so it is a draft again. Check your "
                "answers and mark it ready again; export a new package, as any earlier one is out of date."
            )
        )

    def _completion_answered(self, completed: bool) -> None:
        """Record the officer's answer to "Have you completed this section?" and save it at once."""
        section = self.current_section()
        if self._referral is None or not section:
            return
        others = [s for s in self._referral.sections_completed if s != section]
        self._referral.sections_completed = [*others, section] if completed else others
        self._answered_completion.add(section)
        self._page_edited()
        self.autosaver.flush()
        self.reevaluate()

    def _show_completion(self) -> None:
        section = self.current_section()
        shown = self._referral is not None and bool(section) and section != "check"
        self.completion.setVisible(shown)
        if shown:
            done = section in self._referral.sections_completed
            self.completion.show_answer(done if done or section in self._answered_completion else None)
            left = [b for b in self.blockers if b.section == section] if done else []
            self.completion.show_left(len(left))

    def _page_edited(self) -> None:
        if self._referral is not None:
            self.autosaver.schedule()
            self._evaluate_timer.start()

    def _status_chosen(self, _index: int) -> None:
        chosen = self.ui.statusCombo.currentData()
        if chosen in (ReferralStatus.ready.value, ReferralStatus.sent.value) and not self._can_be_ready():
            previous = self._referral.status.value if self._referral else ReferralStatus.draft.value
            self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(previous))
            self.show_section("check")
            return
        self._page_edited()
        self.autosaver.flush()

    # Live assessment ---------------------------------------------------------------------------------

    def as_of(self) -> dt.date:
        return self._as_of or dt.date.today()

    def working_copy(self) -> tuple[Referral, list[FieldError]]:
        """The open referral with everything typed so far (refused answers left out), and the refusals."""
        draft = self._referral.model_copy(deep=True)
        errors: list[FieldError] = []
        for page in self._pages:
            for error in page.collect(draft):
                field = error.field if "." in error.field else f"{page.section_id}.{error.field}"
                errors.append(FieldError(field, error.message))
        return draft, errors

    def reevaluate(self) -> Assessment | None:
        """Evaluate the answers as they stand and update the panel, the questions and the task list."""
        self._evaluate_timer.stop()
        if self._referral is None:
            return None
        draft, errors = self.working_copy()
        assessed = assess_referral(
            draft,
            self.as_of(),
            self.pack,
            language=self.lang,
            field_errors=[(e.field, e.message) for e in errors],
        )
        self.assessed = assessed
        assessment = self.assessment = assessed.assessment
        relevant = assessed.relevant_questions
        for page in self._pages:
            page.set_relevant(set(relevant))
            page.show_worked_out(assessed.worked_out)
        self.panel.show_assessment(
            assessment,
            self.pack,
            lang=self.lang,
            acknowledged=draft.decision.acknowledged_prompts,
            override=draft.decision.override,
            cross_references=cross_references(draft, assessment.mappa_eligible),
        )
        # Answers that contradict each other are kept, shown where they were given, and block "ready".
        for page in self._pages:
            page.show_problems(list(assessed.contradictions))
        self.blockers = assessed.blockers
        self.states = assessed.section_states
        self._show_states()
        self._show_completion()
        check = self._check_page()
        # Check your answers is rebuilt only while it is on screen (and when it is opened).
        if check is not None and self.ui.pageStack.currentWidget() is check:
            titles = {p.section_id: p.title() for p in self._pages}
            check.refresh(self._pages, draft, self.blockers, titles, aid=assessment)
        self.evaluated.emit(assessment)
        return assessment

    def _check_page(self):
        for page in self._pages:
            if hasattr(page, "refresh"):
                return page
        return None

    def _state_text(self, state: SectionState) -> str:
        return {
            SectionState.not_started: self.tr("Not started"),
            SectionState.in_progress: self.tr("In progress"),
            SectionState.complete: self.tr("Complete"),
            SectionState.has_problems: self.tr("Has problems"),
        }[state]

    def _show_states(self) -> None:
        for row, page in enumerate(self._pages):
            item = self.ui.sectionList.item(row)
            state = self.states.get(page.section_id)
            title = self._wrapped(page.title())
            text = title if state is None else f"{title}\n{self._state_text(state)}"
            if item.text() != text:
                item.setText(text)
                item.setData(Qt.ItemDataRole.UserRole + 1, state.value if state else "")
                plain = page.title() if state is None else f"{page.title()}: {self._state_text(state)}"
                item.setData(Qt.ItemDataRole.AccessibleTextRole, plain)

    def _wrapped(self, title: str) -> str:
        """The title broken into lines that fit the task list (wrapping here, so Qt never elides)."""
        metrics = self.ui.sectionList.fontMetrics()
        room = self.ui.sectionList.width() - 4 * metrics.averageCharWidth() - 8
        lines: list[str] = []
        for word in title.split():
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return "\n".join(lines)

    # The officer's decisions -------------------------------------------------------------------------

    def _can_be_ready(self) -> bool:
        self.reevaluate()
        return not self.blockers

    def mark_ready(self) -> bool:
        """Mark the referral ready to send, or say what is still needed (on Check your answers)."""
        if self._referral is None:
            return False
        check = self._check_page()
        if not self._can_be_ready():
            if check is not None:
                check.show_status(
                    self.tr("Not ready yet: {n} thing(s) to do, listed above. The draft is saved.").format(
                        n=len(self.blockers)
                    )
                )
                self.show_section("check")
                if check.problem_links:
                    check.problem_links[0].setFocus()
            return False
        self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(ReferralStatus.ready.value))
        self._page_edited()
        saved = self.autosaver.flush()
        if check is not None:
            check.show_status(self.tr("Marked as ready to send."), ok=True)
        return saved

    def acknowledge_prompt(self, prompt_id: str, note: str) -> None:
        """Record that the officer acknowledged a prompt, with their note; saved at once."""
        if self._referral is None:
            return
        ack = AcknowledgedPrompt(
            prompt_id=prompt_id, note=note or None, actor=self.signature(), at=dt.datetime.now().astimezone()
        )
        decision = self._referral.decision
        decision.acknowledged_prompts = [*decision.acknowledged_prompts, ack]
        self._decision_changed()

    def request_override(self) -> None:
        """Ask the officer for their own category or level and rationale, and record it."""
        if self._referral is None:
            return
        a = self.reevaluate()
        current = self._referral.decision.override
        choice = self.ask_override(a.category if a else None, a.level if a else None, current)
        if choice is None:
            return
        self.record_override(choice)

    def record_override(self, choice: OfficerChoice) -> None:
        """Record the category and level the officer refers under (``core.referral.referred_under``)."""
        self.autosaver.flush()  # what was typed is saved first, so the pages and the referral agree
        if choice.remove:
            withdraw_decision(self._referral)
        else:
            record_decision(
                self._referral,
                self.assessment,
                category=choice.category,
                level=choice.level,
                rationale=choice.rationale,
                actor=self.signature(),
                at=dt.datetime.now().astimezone(),
                rule_pack_version=self.pack.version,
            )
        for page in self._pages:  # the level the form asks for is shown as recorded
            if page.section_id == "reason":
                page.load(self._referral)
        self._decision_changed()

    def _decision_changed(self) -> None:
        self._back_to_draft()
        self.autosaver.schedule()
        self.autosaver.flush()
        self.reevaluate()

    def _ask_override(self, category: int | None, level: int | None, current: Override | None):
        dialog = OverrideDialog(category, level, current, self)
        return dialog.choice if dialog.exec() == OverrideDialog.DialogCode.Accepted else None

    def _open_preview(self):
        from mappa_desktop.core.summary import summary_language
        from mappa_desktop.export.preview import SummaryPreviewDialog

        if self._referral is None:
            return None
        self.autosaver.flush()
        draft, _errors = self.working_copy()
        # The summary's language: Welsh for a Welsh speaker, else the interface's (the person can change it).
        language = summary_language(draft.subject.preferred_language, self.lang)
        dialog = SummaryPreviewDialog(
            assess_referral(draft, self.as_of(), self.pack),
            language=language,
            parent=self,
            signer=self.package_signer,
            operations=self.operations,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(lambda fmt, rid=draft.id: self.exported.emit(rid, fmt, dialog.language))
        dialog.open()
        return dialog

    def _save_now(self) -> dt.datetime | None:
        if self._referral is None:
            return None
        draft = self._referral.model_copy(deep=True)
        errors: list[FieldError] = []
        for page in self._pages:
            errors.extend(page.apply(draft))
        draft.status = ReferralStatus(self.ui.statusCombo.currentData())

        def settle(result: Any, error: BaseException | None) -> dt.datetime | None:
            if isinstance(error, SaveConflict):
                return self._resolve_conflict(draft, errors, error)
            if error is not None:
                raise error
            return self._after_save(draft, errors, result)

        # The main window saves off the UI thread (an Operation); a plain save function returns at once.
        try:
            outcome = self._save_referral(draft)
        except SaveConflict as conflict:
            return settle(None, conflict)
        return chain(outcome, settle)

    def _after_save(self, draft: Referral, errors: list[FieldError], result: Any) -> dt.datetime | None:
        # The store updates the revision in place; keep the saved copy as the base for the next save.
        self._referral = draft
        self._field_errors = errors
        self._update_title()
        self.saved.emit(draft)
        if errors:
            names = ", ".join(sorted({field_label(e.field) for e in errors}))
            names = names[:1].upper() + names[1:]
            raise FieldsNotSaved(
                self.tr("{fields} — fix the answer shown in red; everything else is saved").format(
                    fields=names
                )
            )
        return getattr(result, "updated_at", None)

    # Save conflicts ----------------------------------------------------------------------------------

    def _resolve_conflict(
        self, draft: Referral, errors: list[FieldError], conflict: SaveConflict
    ) -> dt.datetime | None:
        """Another window saved this referral since it was opened: ask which version to keep.

        Nothing typed is lost: "Keep my version" saves it, "Use the other version" first puts it in a
        box to copy, and "Decide later" leaves it on screen (raising ``ConflictNotResolved``, which the
        autosaver reports and does not retry).
        """
        source = self.conflict_source
        if source is None:
            raise ConflictNotResolved(str(conflict)) from conflict
        for _round in range(MAX_CONFLICT_ROUNDS):
            other = source.load(draft.id)
            entries = source.audit_log(draft.id)
            details = describe_other_saves(
                entries, conflict.loaded_revision, conflict.stored_revision, self.actor, self.actor_display
            )
            dialog = SaveConflictDialog(details, draft.subject.full_name or "", self)
            choice = self.ask_conflict(dialog)
            if choice is ConflictChoice.keep_mine:
                draft.revision = other.revision
                try:
                    result = settled(self._save_referral(draft))
                except SaveConflict as again:  # a third save landed in between: ask again
                    conflict = again
                    dialog.deleteLater()
                    continue
                dialog.deleteLater()
                return self._after_save(draft, errors, result)
            if choice is ConflictChoice.use_other:
                text = unsaved_text(draft, other, errors)
                saved_at = entries[-1].at if entries else None
                self.open_referral(other, saved_at)
                self.saved.emit(other)
                self._show_unsaved(dialog, text)
                return saved_at
            dialog.deleteLater()
            break
        raise ConflictNotResolved(
            self.tr(
                "this referral was changed in another window, so your latest changes were not saved. They "
                "are still on screen. Make another change, or leave the referral, to choose which version "
                "to keep."
            )
        )

    def ask_conflict(self, dialog: SaveConflictDialog) -> ConflictChoice:
        """Show the save-conflict question (tests replace the dialog's ``exec``)."""
        return dialog.ask()

    def _show_unsaved(self, dialog: SaveConflictDialog, text: str) -> None:
        # Its own top-level window (no parent): it stays open, with the text, even if the main window is
        # closed, until the officer closes it.
        # An earlier box stays open too: closing it would throw its text away.
        centre = self.window().geometry().center()
        dialog.setParent(None, Qt.WindowType.Dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._forget_conflict_dialog(dialog))
        self.conflict_dialog = dialog
        dialog.show_unsaved(text)
        dialog.move(centre - dialog.rect().center())

    def _forget_conflict_dialog(self, dialog: SaveConflictDialog) -> None:
        if self.conflict_dialog is dialog:
            self.conflict_dialog = None

    def _show_save_state(self, state: SaveState, text: str) -> None:
        label = self.ui.saveStateLabel
        label.setText(text)
        label.setProperty("state", state.value)
        label.style().unpolish(label)
        label.style().polish(label)
        self.save_state_changed.emit(state, text)

    def _list_toggled(self, hidden: bool) -> None:
        text = self.tr("Show list") if hidden else self.tr("Hide list")
        self.ui.listToggle.setText(text)
        self.ui.listToggle.setAccessibleName(
            self.tr("Show the referrals list") if hidden else self.tr("Hide the referrals list")
        )
        self.list_hidden_changed.emit(hidden)

    # Presentation ------------------------------------------------------------------------------------

    def _update_title(self) -> None:
        referral = self._referral
        if referral is None:
            return
        name = referral.subject.full_name or self.tr("Unnamed subject")
        plain_labels(self.ui.titleLabel, self.ui.referenceLabel)  # data, never markup (DESIGN 10)
        self.ui.titleLabel.setText(name)
        pnc = referral.subject.pnc_id
        reference = self.tr("Reference {ref}").format(ref=referral.id[:8].upper())
        self.ui.referenceLabel.setText(f"{reference} · PNC {pnc}" if pnc else reference)

    def _section_chosen(self, row: int) -> None:
        if 0 <= row < len(self._pages):
            outgoing = self.ui.pageStack.currentWidget()
            focus = QApplication.focusWidget()
            had_focus = outgoing is not None and focus is not None and outgoing.isAncestorOf(focus)
            self.ui.pageStack.setCurrentIndex(row)
            if had_focus:
                # Hiding the page that held the cursor lets Qt hand focus to the next widget it finds
                # (the decision panel): keep it in the form, at the new page's first field.
                first = self._pages[row].first_field()
                if first is not None:
                    first.setFocus(Qt.FocusReason.OtherFocusReason)
            self._show_completion()
            self.ui.previousButton.setEnabled(row > 0)
            self.ui.nextButton.setEnabled(row < len(self._pages) - 1)
            if self._pages[row].section_id == "check" and self._referral is not None:
                self.reevaluate()

    def _fit_section_list(self) -> None:
        # Wide enough for the longest title at the current font size, so nothing is clipped at 150 %;
        # long titles wrap onto a second line rather than widen the list past a third of the window.
        metrics = self.ui.sectionList.fontMetrics()
        widest = max((metrics.horizontalAdvance(p.title()) for p in self._pages), default=0)
        widest = min(widest, metrics.averageCharWidth() * 20)
        self.ui.sectionList.setWordWrap(False)
        self.ui.sectionList.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.ui.sectionList.setFixedWidth(widest + 4 * metrics.averageCharWidth() + 8)


def _default_actor() -> str:
    from mappa_desktop.core.store import default_actor

    return default_actor()
