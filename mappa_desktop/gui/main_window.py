"""The main window: the referrals on this computer, the editor, and the Screening and Training areas."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QMessageBox, QWidget

from mappa_desktop.gui.autosave import SaveState
from mappa_desktop.gui.drafts import DraftsModel
from mappa_desktop.gui.forms.ui_main_window import Ui_MainWindow
from mappa_desktop.gui.i18n import say
from mappa_desktop.gui.operations import Operations
from mappa_desktop.gui.plain_text import ask, plain_labels, warn
from mappa_desktop.paths import resources_dir

if TYPE_CHECKING:  # the referral model and store load after the window is on screen (fast start-up)
    from mappa_desktop.core.referral import Referral
    from mappa_desktop.core.store import Store
    from mappa_desktop.gui.operations import Operation


def _store_error() -> type[Exception]:
    from mappa_desktop.core.store import StoreError

    return StoreError


SEARCH_DELAY_MS = 200


class MainWindow(QMainWindow):
    """Lists referrals, opens one in the editor, and keeps every change saved.

    The window can be shown before its store is open (``store=None``): start-up paints it at once and
    calls ``attach_store`` when the database is open, so the person sees the application immediately.
    """

    def __init__(
        self,
        store: Store | None = None,
        *,
        actor: str | None = None,
        demo: bool = False,
        autosave_delay_ms: int = 400,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self.actor = actor
        self.demo = demo
        self._autosave_delay_ms = autosave_delay_ms
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        ui = self.ui
        self._open_id: str | None = None
        self._syncing_selection = False

        self.setWindowIcon(QIcon(str(resources_dir() / "app.svg")))
        ui.markingBanner.setProperty("class", "marking")
        ui.draftsHeading.setProperty("class", "panelHeading")
        ui.noReferralLabel.setProperty("class", "emptyState")
        ui.draftsEmptyLabel.setProperty("class", "emptyState")
        for heading in (ui.screeningHeading, ui.trainingHeading):
            heading.setProperty("class", "pageHeading")

        self.editor: Any = None
        self.drafts: DraftsModel | None = None
        self.operations: Operations | None = None
        self._writing = False
        """Saves, exports and the figures, off the UI thread (gui/operations.py); made with the store."""
        self._saved_at: dict[str, dt.datetime] = {}
        """When each referral was last saved, as the store says (a save that changes nothing keeps it)."""
        ui.draftsStack.setCurrentWidget(ui.draftsEmptyLabel)
        ui.draftsEmptyLabel.setText(self.tr("Opening the referrals database…"))

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        ui.searchEdit.textChanged.connect(lambda _text: self._search_timer.start())
        ui.searchEdit.returnPressed.connect(self._apply_search)

        # Actions ----------------------------------------------------------------------------------
        ui.actionNewReferral.triggered.connect(self.new_referral)
        ui.actionDuplicateReferral.triggered.connect(self.duplicate_referral)
        ui.actionDeleteReferral.triggered.connect(self.delete_referral)
        ui.actionFind.triggered.connect(self.focus_search)
        ui.actionAbout.triggered.connect(self.show_about)
        ui.actionUserGuide.triggered.connect(self.show_guide)
        ui.actionSettings.triggered.connect(self.show_settings)
        ui.actionQuit.triggered.connect(self.close)
        self.action_retention = QAction(self)  # issue 14: File > Referrals past retention
        ui.menuFile.insertAction(ui.actionQuit, self.action_retention)
        ui.menuFile.insertSeparator(ui.actionQuit)
        self.action_retention.triggered.connect(self.show_retention)
        self.action_legal_hold = QAction(self)  # issue 14: Edit > Legal hold
        ui.menuEdit.addAction(self.action_legal_hold)
        self.action_legal_hold.triggered.connect(self.toggle_legal_hold)
        ui.newButton.clicked.connect(self.new_referral)
        ui.duplicateButton.clicked.connect(self.duplicate_referral)
        ui.deleteButton.clicked.connect(self.delete_referral)
        # Delete only acts on the list: in a text field the key must delete text, never a referral.
        ui.actionDeleteReferral.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        ui.actionDeleteReferral.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ui.draftsView.addAction(ui.actionDeleteReferral)
        for action in (
            ui.actionNewReferral,
            ui.actionDuplicateReferral,
            ui.actionFind,
            ui.actionSettings,
            ui.actionUserGuide,
            ui.actionAbout,
        ):
            self.addAction(action)

        # Status bar -------------------------------------------------------------------------------
        self.save_status = QLabel(self)
        ui.statusBar.addPermanentWidget(self.save_status)
        plain_labels(self.save_status, ui.draftsEmptyLabel, ui.draftsCountLabel, ui.markingBanner)
        self.demo_label: QLabel | None = None
        if demo:
            self.demo_label = QLabel(self)
            self.demo_label.setProperty("class", "demoNotice")
            ui.statusBar.addWidget(self.demo_label)
        self._retranslate()

        # Room for a name, a PNC ID, a status and a time at any text size (no fixed pixel widths).
        ui.draftsPanel.setMinimumWidth(self.fontMetrics().averageCharWidth() * 49)
        ui.referralsSplitter.setStretchFactor(0, 2)
        ui.referralsSplitter.setStretchFactor(1, 3)
        self._update_actions()
        if store is not None:
            self.attach_store(store)

    def attach_store(self, store: Store) -> None:
        """Connect the window to an open store: build the editor and load the list."""
        from mappa_desktop.core.store import default_actor

        ui = self.ui
        self.store = store
        self.actor = self.actor or default_actor()
        self._retranslate()

        self._show_marking()

        self.operations = Operations.for_store(store, self)
        self.operations.busy.connect(self._show_busy)
        self.drafts = DraftsModel(store, self)
        ui.draftsView.setModel(self.drafts)
        self.drafts.rowsInserted.connect(lambda *_args: self._update_list_state())  # lazy pages arriving
        header = ui.draftsView.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Sizes come from the font, not from measuring every row: ResizeToContents asks the model for
        # every cell of every loaded row on each change, which cost ~0.35 s at start-up with 200 rows.
        metrics = ui.draftsView.fontMetrics()
        widest = {1: "00/0000000X", 2: self.drafts.stale_label(), 3: "30 Mmm 0000 00:00"}
        for column, sample in widest.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            width = max(metrics.horizontalAdvance(sample), header.sectionSizeHint(column))
            header.resizeSection(column, width + 24)
        header.setHighlightSections(False)
        # The stretched Subject column never shrinks below a short name: a narrow list scrolls instead.
        header.setMinimumSectionSize(metrics.averageCharWidth() * 14)
        rows = ui.draftsView.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.height() + 14)
        ui.draftsView.selectionModel().currentRowChanged.connect(self._current_row_changed)
        ui.draftsView.setTabKeyNavigation(False)  # Tab leaves the list; arrows move between referrals
        ui.draftsView.installEventFilter(self)  # section keys in the list move sections, not referrals
        ui.draftsView.activated.connect(lambda _index: self._focus_editor())
        self.reload_drafts()
        self._update_actions()
        from mappa_desktop.gui.audit_notice import AuditChainCheck

        self.audit_check = AuditChainCheck(self, store, self.actor or "")  # issue 14: never silently accepted
        # The Screening and Training areas are built when their tab is first opened (keeps start-up fast).
        self.screening: Any = None
        self.training: Any = None
        ui.areaTabs.currentChanged.connect(self._build_area)
        self._build_area()

    def _ensure_editor(self) -> Any:
        """The referral editor, built the first time a referral is opened: the list shows sooner."""
        if self.editor is None:
            from mappa_desktop.gui import i18n
            from mappa_desktop.gui.editor import build_editor

            editor = build_editor(
                self._save_referral,
                delay_ms=self._autosave_delay_ms,
                actor=self.actor,
                lang=i18n.language(),
            )
            # A save refused because another window saved first is settled with the officer (gui/conflict.py).
            editor.conflict_source = self.store
            editor.package_signer = self._package_signer
            editor.operations = self.operations  # the summary's PDF is written off the UI thread
            editor.actor_display = self._actor_display
            editor.signature = self._signature
            self.ui.editorLayout.addWidget(editor)
            editor.saved.connect(self._referral_saved)
            editor.exported.connect(self._record_export)
            editor.save_state_changed.connect(self._show_save_state)
            editor.status_message.connect(lambda text: self.statusBar().showMessage(text, 15000))
            editor.list_hidden_changed.connect(self.ui.draftsPanel.setHidden)
            self.editor = editor
            if self.isVisible():
                self._fit_small_screen()
        return self.editor

    def _show_marking(self) -> None:
        from mappa_desktop.export.marking import security_marking

        self.ui.markingBanner.setText(security_marking())

    def _actor_display(self, actor_id: str) -> str:
        from mappa_desktop.gui.settings import actor_display

        return actor_display(actor_id, self.actor)

    def _package_signer(self) -> Any:
        """This installation's signing key, under the officer's name and agency from Settings."""
        from mappa_desktop.core.signing.keys import installation_signer
        from mappa_desktop.gui.settings import officer

        person = officer()
        return installation_signer(self.store, name=", ".join(p for p in (person.name, person.agency) if p))

    def _signature(self) -> str:
        from mappa_desktop.gui.settings import officer_signature

        return officer_signature(self.actor or "")

    def _build_area(self, *_args: Any) -> None:
        ui = self.ui
        current = ui.areaTabs.currentWidget()
        if current is ui.screeningTab and self.screening is None:
            from mappa_desktop.gui.screening import ScreeningWidget

            self.screening = ScreeningWidget(self.store, actor=self.actor, operations=self.operations)
            self._fill_area(ui.screeningLayout, ui.screeningText, ui.screeningSpacer, self.screening)
            if kept := getattr(self, "_kept_areas", {}).pop("screening", None):
                self.screening.carry_on(kept)
        elif current is ui.trainingTab and self.training is None:
            from mappa_desktop.gui import i18n
            from mappa_desktop.gui.training import TrainingWidget

            # Training keeps its own database of quiz attempts: never the referrals store.
            self.training = TrainingWidget(lang=i18n.language())
            ui.trainingHeading.hide()  # the widget carries its own unmistakable TRAINING banner
            self._fill_area(ui.trainingLayout, ui.trainingText, ui.trainingSpacer, self.training)
            if kept := getattr(self, "_kept_areas", {}).pop("training", None):
                self.training.carry_on(kept)

    def import_packages(self, paths: list[str]) -> None:
        """Show the Screening area and import referral packages into it (files opened from the desktop)."""
        self.ui.areaTabs.setCurrentWidget(self.ui.screeningTab)  # builds the area the first time
        if self.screening is not None:
            self.screening.import_paths(paths)

    @staticmethod
    def _fill_area(layout: Any, placeholder: QWidget, spacer: Any, widget: QWidget) -> None:
        placeholder.hide()
        layout.removeItem(spacer)
        layout.addWidget(widget, 1)

    # Drafts list ---------------------------------------------------------------------------------------

    def reload_drafts(self, select_id: str | None = None) -> None:
        """Read the list again from the store, keeping (or moving) the selection without reopening."""
        keep = select_id or self._open_id
        self._syncing_selection = True
        try:
            self.drafts.reload()
            row = self.drafts.row_of(keep) if keep else -1
            view = self.ui.draftsView
            if row >= 0:
                index = self.drafts.index(row, 0)
                view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                view.scrollTo(index)
                view.horizontalScrollBar().setValue(0)  # the Subject column, never "bje"
            else:
                view.clearSelection()
        finally:
            self._syncing_selection = False
        self._update_list_state()

    def _update_list_state(self) -> None:
        ui = self.ui
        loaded = self.drafts.loaded_count()
        total = self.store.count()
        search = self.drafts.search
        if loaded:
            ui.draftsStack.setCurrentWidget(ui.draftsView)
        else:
            ui.draftsStack.setCurrentWidget(ui.draftsEmptyLabel)
            if search:
                ui.draftsEmptyLabel.setText(
                    self.tr(
                        "No referral matches “{search}”.\n\nSearch looks at names, aliases, PNC IDs and "
                        "ViSOR, nDelius and MARAC references. Check the spelling, or clear the search."
                    ).format(search=search)
                )
            else:
                ui.draftsEmptyLabel.setText(
                    self.tr(
                        "No referrals yet.\n\nStart one with New referral (Ctrl+N). It is saved as you type."
                    )
                )
        if search:
            text = self.tr("{shown} of {total} referrals match").format(
                shown=f"{loaded}+" if self.drafts.has_more() else loaded, total=total
            )
        elif self.drafts.has_more():
            text = self.tr("Showing the latest {shown} of {total} referrals — scroll for more").format(
                shown=loaded, total=total
            )
        else:
            text = self.tr("{total} referrals").format(total=total) if total != 1 else self.tr("1 referral")
        ui.draftsCountLabel.setText(text)

    def _apply_search(self) -> None:
        self._search_timer.stop()
        if self.drafts is None:
            return
        text = self.ui.searchEdit.text()
        if text.strip() == self.drafts.search:
            return
        self._syncing_selection = True
        try:
            self.drafts.set_search(text)
            row = self.drafts.row_of(self._open_id) if self._open_id else -1
            if row >= 0:
                self.ui.draftsView.selectionModel().setCurrentIndex(
                    self.drafts.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
        finally:
            self._syncing_selection = False
        self._update_list_state()

    def selected_id(self) -> str | None:
        if self.drafts is None:
            return None
        index = self.ui.draftsView.selectionModel().currentIndex()
        if index.isValid() and self.ui.draftsView.selectionModel().isRowSelected(index.row(), index.parent()):
            return self.drafts.referral_id(index.row())
        return None

    def select_referral(self, referral_id: str) -> None:
        """Select a referral in the list and open it in the editor."""
        row = self.drafts.row_of(referral_id)
        if row < 0:
            self.ui.searchEdit.clear()
            self._apply_search()
            row = self.drafts.row_of(referral_id)
        if row >= 0:
            self.ui.draftsView.selectionModel().setCurrentIndex(
                self.drafts.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.ui.draftsView.scrollTo(self.drafts.index(row, 0))
            self.ui.draftsView.horizontalScrollBar().setValue(0)
        if self._open_id != referral_id:
            self.open_referral(referral_id)

    def _current_row_changed(self, current: Any, _previous: Any) -> None:
        if self._syncing_selection:
            return
        referral_id = self.drafts.referral_id(current.row()) if current.isValid() else None
        if referral_id == self._open_id:
            return
        if referral_id is None:
            self._leave_current()
            self._show_editor(None)
            return
        self.open_referral(referral_id)

    # Opening and saving --------------------------------------------------------------------------------

    def open_referral(self, referral_id: str) -> bool:
        """Save the open referral, then open ``referral_id``. False if the person chose to stay."""
        if not self._leave_current():
            self.reload_drafts(self._open_id)
            return False
        try:
            referral = self.store.load(referral_id)
        except _store_error() as error:
            self._warn(self.tr("Could not open the referral"), say(error))
            return False
        shown = self.drafts.row_for(referral_id)
        self._show_editor(referral, shown.updated_at if shown is not None else None)
        return True

    def _show_editor(self, referral: Referral | None, saved_at: dt.datetime | None = None) -> None:
        self._open_id = referral.id if referral else None
        self._ensure_editor().open_referral(referral, saved_at)
        ui = self.ui
        ui.editorStack.setCurrentWidget(ui.editorPage if referral else ui.noReferralPage)
        if referral is None:
            self.save_status.clear()
        self._update_actions()

    def _leave_current(self) -> bool:
        """Save the open referral. If that fails, ask whether to leave its unsaved changes behind."""
        if self._open_id is None or self.editor is None or self.editor.flush():
            return True
        answer = ask(
            self,
            self.tr("Changes not saved"),
            self.tr(
                "Some changes to this referral could not be saved:\n\n{reason}\n\n"
                "Stay to fix them, or leave and lose those changes?"
            ).format(reason=self.editor.autosaver.text),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _write_now(self, work: Any) -> Any:
        """A command's write (new, duplicate, delete) on the runner, waited for with the window still
        handling events; a second command asked for meanwhile is not started (``_writing``)."""
        self._writing = True
        try:
            return self.operations.run(work, what=self.tr("Saving…")).wait()
        finally:
            self._writing = False

    def _save_referral(self, referral: Referral) -> Operation:
        """Save off the UI thread (gui/operations.py): the window stays responsive while another copy of
        the application holds the database; the editor is told the outcome on the UI thread."""
        actor = self.actor
        saving = self.operations.run(lambda own: own.save(referral, actor=actor), what=self.tr("Saving…"))
        return saving.then(lambda result: self._saved_at.__setitem__(referral.id, result.updated_at))

    def _record_export(self, referral_id: str, fmt: str, language: str | None = None) -> None:
        """The open referral was exported or copied: record it, so the list can say when it changes after."""
        from mappa_desktop.export.service import record_export

        def failed(error: BaseException) -> None:
            self.statusBar().showMessage(
                self.tr("The export was saved, but recording it failed: {error}").format(error=error), 15000
            )

        actor = self.actor
        self.operations.run(
            lambda own: record_export(own, referral_id, fmt, actor=actor, language=language),
            what=self.tr("Recording the export…"),
        ).then(lambda exported_at: self._export_recorded(referral_id, fmt, language, exported_at), failed)

    def _export_recorded(self, referral_id: str, fmt: str, language: str | None, exported_at: Any) -> None:
        self.drafts.note_exported(referral_id, exported_at, language if fmt != "json" else None)

    def _referral_saved(self, referral: Referral) -> None:
        # The row is updated in place (no re-sort under the person's cursor); reloading reorders later.
        self.drafts.note_saved(referral, self._saved_at.get(referral.id) or dt.datetime.now(dt.UTC))

    def _show_busy(self, what: str) -> None:
        """An operation has been running a while (most often: another window holds the database): say so."""
        if what:
            self.statusBar().showMessage(
                self.tr("{what} Still working: another window or program may be using the database.").format(
                    what=what
                )
            )
        else:
            self.statusBar().clearMessage()

    def _show_save_state(self, state: SaveState, text: str) -> None:
        self.save_status.setText(text)
        self.save_status.setProperty("state", state.value)
        self.save_status.style().unpolish(self.save_status)
        self.save_status.style().polish(self.save_status)

    def _focus_editor(self) -> None:
        page = self._ensure_editor().ui.pageStack.currentWidget()
        first = page.first_field() if page is not None else None
        if first is not None:
            first.setFocus()

    # Commands ------------------------------------------------------------------------------------------

    def new_referral(self) -> None:
        if self.store is None or self._writing or not self._leave_current():
            return
        blank, actor = self._blank_referral(), self.actor
        try:
            referral = self._write_now(lambda own: own.new_referral(blank, actor=actor))
        except _store_error() as error:
            self._warn(self.tr("Could not start a new referral"), say(error))
            return
        self.ui.areaTabs.setCurrentWidget(self.ui.referralsTab)
        if self.ui.searchEdit.text():
            self.ui.searchEdit.clear()
            self.drafts.set_search("")
        self._show_editor(referral)
        self.reload_drafts(referral.id)
        self.editor.show_section("subject")
        self._focus_editor()
        self.statusBar().showMessage(self.tr("New referral started. It is saved as you type."), 5000)

    @staticmethod
    def _blank_referral() -> Referral:
        """A new draft with the officer from Settings filled in as the referrer (when they gave one)."""
        from mappa_desktop.core.referral import Referral
        from mappa_desktop.core.referral.model import Referrer
        from mappa_desktop.gui.settings import officer

        person = officer()
        if person.is_empty():
            return Referral()
        given = {"name": person.name, "role": person.role, "agency": person.agency}
        return Referral(referrer=Referrer(**{key: value or None for key, value in given.items()}))

    def duplicate_referral(self) -> None:
        source_id = self.selected_id() or self._open_id
        if source_id is None or self._writing or not self._leave_current():
            return
        actor = self.actor
        try:
            copy = self._write_now(lambda own: own.duplicate(source_id, actor=actor))
        except _store_error() as error:
            self._warn(self.tr("Could not duplicate the referral"), say(error))
            return
        self._show_editor(copy)
        self.reload_drafts(copy.id)
        self.statusBar().showMessage(self.tr("Copied as a new draft. The original is unchanged."), 5000)

    def delete_referral(self) -> None:
        referral_id = self.selected_id() or self._open_id
        if referral_id is None or self._writing:
            return
        row = self.drafts.row_of(referral_id)
        name = (self.drafts._rows[row].subject_name if row >= 0 else "") or self.tr("an unnamed subject")
        from mappa_desktop.gui.retention import what_erasure_keeps

        if self.store is not None and self.store.legal_hold(referral_id):
            self._warn(
                self.tr("Under a legal hold"),
                self.tr(
                    "The referral for {name} is under a legal hold, so it cannot be deleted. Nothing was "
                    "changed. The hold is lifted in File > Referrals past retention, or with "
                    "'mappa-desktop retention lift'."
                ).format(name=name),
            )
            return
        shown = self.drafts.row_for(referral_id)
        name = (shown.subject_name if shown is not None else "") or self.tr("an unnamed subject")
        answer = ask(
            self,
            self.tr("Delete referral?"),
            self.tr("Delete the referral for {name} for good?").format(name=name)
            + "\n\n"
            + what_erasure_keeps(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if referral_id == self._open_id:
            self.editor.autosaver.reset()  # nothing left to save
        actor = self.actor
        try:
            self._write_now(lambda own: own.delete(referral_id, actor=actor))
        except _store_error() as error:
            self._warn(self.tr("Could not delete the referral"), say(error))
            return
        next_id = self.drafts.referral_id(row + 1) or self.drafts.referral_id(row - 1)
        if referral_id == self._open_id:
            self._show_editor(None)
        self.reload_drafts(next_id)
        if next_id:
            self.open_referral(next_id)
        self.statusBar().showMessage(self.tr("Referral deleted."), 5000)

    def focus_search(self) -> None:
        self.ui.areaTabs.setCurrentWidget(self.ui.referralsTab)
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def show_guide(self) -> None:
        """Open the offline user guide (F1), beside the window; one at a time."""
        from mappa_desktop.gui.guide import UserGuideDialog

        if getattr(self, "guide", None) is None:
            self.guide = UserGuideDialog(self)
            self.guide.finished.connect(lambda _result: setattr(self, "guide", None))
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def show_about(self) -> None:
        from mappa_desktop.gui.about import AboutDialog

        if self.store is None:
            database = None
        else:
            database = self.store.path if not self.demo else self.tr("demonstration (temporary)")
        dialog = AboutDialog(database, self)
        dialog.exec()

    def show_settings(self) -> bool:
        """Edit the settings; True when they were saved. A new language is installed at once."""
        from mappa_desktop.gui.i18n import install_translators
        from mappa_desktop.gui.settings import SettingsDialog, interface_language, set_interface_language

        before = interface_language()
        dialog = SettingsDialog(
            self.store.path if self.store is not None else None,
            actor_id=self.actor or "",
            demo=self.demo,
            retention_days=self.store.retention_days() if self._store_writable() else None,
            store=self.store,
            parent=self,
        )
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return False
        if dialog.chosen_retention_days() is not None:
            try:
                self.store.set_retention_days(dialog.chosen_retention_days(), actor=self.actor or "")
            except _store_error() as error:
                self._warn(self.tr("Could not save the retention period"), say(error))
        if self.store is not None:
            self._show_marking()
        if interface_language() != before and not self.switch_language(interface_language()):
            set_interface_language(before)  # the person chose to stay with changes that could not be saved
            install_translators(before)
            return False
        self.statusBar().showMessage(self.tr("Settings saved."), 5000)
        return True

    def _store_writable(self) -> bool:
        return self.store is not None and not self.store.read_only

    def show_retention(self) -> None:
        """File > Referrals past retention: review, erase, legal hold (issue 14)."""
        from mappa_desktop.gui.retention import RetentionDialog

        if self._store_writable() and self._leave_current():
            RetentionDialog(self.store, self.actor or "", self).exec()
            self.reload_drafts(self._open_id)
            if self.screening is not None:  # received referrals may have been erased
                self.screening.model.refresh()
                self.screening._update_state()

    def toggle_legal_hold(self) -> None:
        """Edit > Legal hold on this referral: set (with a reason) or lift it (issue 14)."""
        from mappa_desktop.gui.retention import ask_legal_hold

        referral_id = self.selected_id() or self._open_id
        if referral_id is None or not self._store_writable():
            return
        try:
            held = ask_legal_hold(self, self.store, referral_id, self.actor or "")
        except _store_error() as error:
            self._warn(self.tr("Could not change the legal hold"), say(error))
            return
        if held is not None:
            said = self.tr("Legal hold set.") if held else self.tr("Legal hold lifted.")
            self.statusBar().showMessage(said, 5000)

    # Language ------------------------------------------------------------------------------------------

    def switch_language(self, language: str) -> bool:
        """Show the whole application in ``language`` at once, without a restart. The open referral's
        unsaved edits are saved first (False if they cannot be and the person chooses to stay); then Qt's
        LanguageChange retranslates every window's Designer form and the words set in code
        (``changeEvent``), and the areas built from the rule pack (the editor with its decision panel,
        Screening, Training) are built again in the new language, the open referral at the same section."""
        from mappa_desktop.gui.i18n import install_translators

        if not self._leave_current():
            return False
        install_translators(language)
        self._rebuild_editor()
        self._rebuild_areas()
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """The window's words set in code (the Designer form's are set by ``retranslateUi``)."""
        ui = self.ui
        if self.store is None:
            title = self.tr("MAPPA Desktop")
        elif self.demo:
            title = self.tr("MAPPA Desktop — demonstration (fictional data)")
        else:
            title = self.tr("MAPPA Desktop — {database}").format(database=self.store.path.name)
        self.setWindowTitle(title)
        ui.newButton.setToolTip(self.tr("Start a new referral (Ctrl+N)"))
        ui.duplicateButton.setToolTip(self.tr("Copy the selected referral as a new draft (Ctrl+D)"))
        ui.deleteButton.setToolTip(self.tr("Delete the selected referral (Delete)"))
        self.action_retention.setText(self.tr("Referrals past &retention…"))
        self.action_legal_hold.setText(self.tr("&Legal hold on this referral…"))
        self.save_status.setAccessibleName(self.tr("Save state"))
        if self.demo_label is not None:
            self.demo_label.setText(
                self.tr("Demonstration database: fictional people, deleted when you close")
            )
            self.demo_label.setAccessibleName(self.tr("Demonstration mode"))
        if self.drafts is None:
            ui.draftsEmptyLabel.setText(self.tr("Opening the referrals database…"))
        else:
            drafts = self.drafts
            drafts.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, drafts.columnCount() - 1)
            if drafts.rowCount():  # statuses and times are worded by the model: ask for them again
                last = drafts.index(drafts.rowCount() - 1, drafts.columnCount() - 1)
                drafts.dataChanged.emit(drafts.index(0, 0), last)
            try:
                self._update_list_state()  # the counts and empty-list words retranslateUi reset
            except _store_error():
                pass  # the database was closed (the window is closing): there is no list left to word

    def _rebuild_editor(self) -> None:
        """The editor again, in the interface language, with the open referral (already saved) reopened."""
        old = self.editor
        if old is None:
            return
        section = old.current_section() if self._open_id else None
        old.autosaver.reset()  # saved just before: nothing is pending
        self.ui.editorLayout.removeWidget(old)
        old.hide()
        old.deleteLater()
        self.editor = None
        if self._open_id is None:
            return
        referral_id, self._open_id = self._open_id, None
        self.open_referral(referral_id)
        if section:
            self.editor.show_section(section)

    def _rebuild_areas(self) -> None:
        """Screening and Training again, in the interface language (built now if their tab is open)."""
        ui = self.ui
        # Where the person is in each area (queue filters, a quiz half answered) is carried over.
        self._kept_areas = getattr(self, "_kept_areas", {})
        if getattr(self, "screening", None) is not None:
            self._kept_areas["screening"] = self.screening.kept()
            self.screening.shut_down()
            ui.screeningLayout.removeWidget(self.screening)
            self.screening.deleteLater()
            self.screening = None
        if getattr(self, "training", None) is not None:
            self._kept_areas["training"] = self.training.kept()
            ui.trainingLayout.removeWidget(self.training)
            self.training.deleteLater()
            self.training = None
        if self.store is not None:
            self._build_area()

    def _update_actions(self) -> None:
        has = self._open_id is not None or self.selected_id() is not None
        for widget in (
            self.ui.actionDuplicateReferral,
            self.ui.actionDeleteReferral,
            self.ui.duplicateButton,
            self.ui.deleteButton,
        ):
            widget.setEnabled(has)
        self.action_retention.setEnabled(self._store_writable())
        self.action_legal_hold.setEnabled(has and self._store_writable())

    def _warn(self, title: str, message: str) -> None:
        warn(self, title, message)

    # Window ----------------------------------------------------------------------------------------------

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt override
        # Ctrl+Page Down/Up and Alt+arrows are section navigation everywhere. In the referrals list Qt
        # would read Ctrl+Page Down as "move a page down the list", opening another person's referral:
        # opening a referral is always an explicit act, so here they step through the open referral's
        # sections, or do nothing.
        if watched is self.ui.draftsView and event.type() == QEvent.Type.KeyPress:
            step = _section_step(event)
            if step:
                if self.editor is not None and self._open_id is not None:
                    self.editor.next_section() if step > 0 else self.editor.previous_section()
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not getattr(self, "_sized", False):
            self._sized = True
            width = self.ui.referralsSplitter.width()
            left = max(width * 9 // 20, self.ui.draftsPanel.minimumWidth())
            self.ui.referralsSplitter.setSizes([left, width - left])
        self._fit_small_screen()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_small_screen()

    def _fit_small_screen(self) -> None:
        """On a small screen (or large text) the referrals list gives way to the open referral, once, when
        the window becomes narrow: the page keeps room to read (Show list, Ctrl+L, brings it back). The
        list always shows its Subject column from the left."""
        self.ui.draftsView.horizontalScrollBar().setValue(0)
        if self.editor is None:
            return
        narrow = self.width() < self.fontMetrics().averageCharWidth() * SMALL_WINDOW_CHARS
        if narrow and not getattr(self, "_narrow", False):
            self.editor.ui.listToggle.setChecked(True)
        self._narrow = narrow

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._leave_current():
            if getattr(self, "screening", None) is not None:  # an import stops between files, waited for
                self.screening.shut_down()
            if self.operations is not None:  # every pending save is in the store before the window goes
                self.operations.shut_down()
            event.accept()
        else:
            event.ignore()


_SECTION_KEYS = {
    (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_PageDown): 1,
    (Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_PageUp): -1,
    (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Right): 1,
    (Qt.KeyboardModifier.AltModifier, Qt.Key.Key_Left): -1,
}


SMALL_WINDOW_CHARS = 190
"""A window narrower than this many average characters hides the referrals list while a referral is open
(1024 px at 100 %, 1366 px at 150 %)."""


def _section_step(event: Any) -> int:
    """+1 or -1 for a section-navigation key (the editor's shortcuts), else 0."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return _SECTION_KEYS.get((modifiers, Qt.Key(event.key())), 0)
