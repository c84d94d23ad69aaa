"""The audit chain checked after the database opens, a few thousand rows at a time between events (the
window stays responsive: about 1 s for 100,000 rows, in steps of a few tens of milliseconds). A break is
never accepted silently: a red banner stays at the top of the window, a warning names the first bad row,
and the finding is recorded in the audit log (once per first bad row)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QVBoxLayout

from mappa_desktop.gui.plain_text import plain_labels, plain_message

if TYPE_CHECKING:
    from mappa_desktop.core.store import Store
    from mappa_desktop.core.store.audit_chain import ChainBreak

ROWS_PER_STEP = 2_000
"""Rows checked between two events: a few tens of milliseconds at most."""


def _words(found: ChainBreak) -> tuple[str, str]:
    from mappa_desktop.core.messages import Message
    from mappa_desktop.gui.i18n import say

    return say(Message(str(found.kind))), say(found.what)


def _when(at: str) -> str:
    """A row's time as a person reads it (local time, the date in the interface language)."""
    import datetime as dt

    from mappa_desktop.core.dates import short_date
    from mappa_desktop.gui.i18n import language

    try:
        when = dt.datetime.fromisoformat(at).astimezone()
    except (TypeError, ValueError):
        return at or "-"
    return f"{short_date(when.date(), language())} {when:%H:%M:%S}"


class AuditChainCheck(QObject):
    """Checks ``store``'s audit chain in the background of the event loop; ``broken`` when it finds a
    break (after the banner and the warning are shown), ``finished`` in every case."""

    broken = Signal(object)
    finished = Signal()

    def __init__(self, window: QMainWindow, store: Store, actor: str, *, warn: bool = True) -> None:
        super().__init__(window)
        self.window, self.store, self.actor, self.warn = window, store, actor, warn
        self.check = store.audit_check()
        self.found: ChainBreak | None = None
        self.banner: QLabel | None = None
        self.box: QMessageBox | None = None
        QTimer.singleShot(0, self._step)

    def _step(self) -> None:
        from mappa_desktop.core.database_driver import sqlite3

        try:
            done = self.check.step(ROWS_PER_STEP)
        except sqlite3.ProgrammingError:  # the database was closed (the window is closing): nothing to check
            self.finished.emit()
            return
        except Exception as error:  # a log that cannot even be read is a break too, said as such
            from mappa_desktop.core.store.audit_chain import unreadable

            self.check.found = unreadable(error)
            done = True
        if not done:
            QTimer.singleShot(0, self._step)
            return
        self.found = self.check.found
        if self.found is not None:
            self._report(self.found)
            self.broken.emit(self.found)
        self.finished.emit()

    def _report(self, found: ChainBreak) -> None:
        try:
            if not self.store.read_only:
                self.store.record_audit_break(found, actor=self.actor)
        except Exception:  # noqa: BLE001 - the warning below matters more than its record
            pass
        self.banner = self.break_banner(found)
        if self.warn:
            self.box = self.break_warning(found)
            self.box.open()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.LanguageChange and self.found is not None:
            if self.banner is not None:
                self._word_banner(self.banner, self.found)
            if self.box is not None:
                self._word_warning(self.box, self.found)
        return False

    def _word_banner(self, banner: QLabel, found: ChainBreak) -> None:
        kind, _what = _words(found)
        banner.setText(
            self.tr(
                "The audit log has been changed outside MAPPA Desktop (first bad row {id}: {kind}). Do not "
                "rely on it; keep this database file as it is and tell your information security team."
            ).format(id=found.row_id, kind=kind)
        )
        banner.setAccessibleName(self.tr("Audit log warning"))

    def break_banner(self, found: ChainBreak) -> QLabel:
        """A red banner under the security marking, for as long as the window is open."""
        banner = QLabel(self.window)
        banner.setObjectName("auditBreakBanner")
        banner.setProperty("class", "auditBreak")
        banner.setWordWrap(True)
        banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        plain_labels(banner)
        self._word_banner(banner, found)
        self.window.installEventFilter(self)  # a language switch words the banner and the warning again
        layout = self.window.centralWidget().layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(1, banner)
        banner.show()  # a child added after its window was shown is hidden until shown
        return banner

    def break_warning(self, found: ChainBreak) -> QMessageBox:
        """The warning shown once when the break is found: what is wrong, where, and what to do."""
        box = QMessageBox(QMessageBox.Icon.Warning, "", "", parent=self.window)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        plain_message(box)
        self._word_warning(box, found)
        return box

    def _word_warning(self, box: QMessageBox, found: ChainBreak) -> None:
        kind, what = _words(found)
        box.setWindowTitle(self.tr("The audit log has been changed"))
        box.setText(
            self.tr(
                "The audit log of this database is not as MAPPA Desktop wrote it. The first bad row is {id} "
                "({at}): {kind}."
            ).format(id=found.row_id, at=_when(found.at), kind=kind)
        )
        box.setInformativeText(
            what
            + "\n\n"
            + self.tr(
                "You can keep working; every change is still recorded. Keep this database file as it is "
                "and tell your information security team. They can check it with 'mappa-desktop audit "
                "verify' and export it with 'mappa-desktop audit export FILE'. This finding has been "
                "recorded in the audit log."
            )
        )
