"""Debounced autosave: save a short while after the last keystroke, and on focus-out and close.

The autosaver knows nothing about referrals: it calls a ``save`` function that returns the time the
store recorded — or an ``Operation`` (gui/operations.py) that settles with it off the UI thread — or
raises an exception whose ``str()`` a person can read. One save runs at a time, in the order of the edits:
a change made while a save is running is saved by the next one, built after this one has finished.

A failed save leaves the changes marked unsaved (the typed text stays in the widgets) and is retried, so
nothing typed is lost because the disk was briefly unavailable. A failure that saving again cannot cure is
not retried: an error whose ``retry`` is False (an answer the model refuses, a conflict the person has not
yet settled) or a ``SaveConflict`` (another window saved the referral since it was opened; the same save
would be refused every time, so retrying every few seconds would only hide the problem).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal

from mappa_desktop.gui.i18n import say
from mappa_desktop.gui.operations import Operation

DEFAULT_DELAY_MS = 400
RETRY_DELAY_MS = 5000


class SaveState(Enum):
    idle = "idle"
    pending = "pending"
    saved = "saved"
    failed = "failed"


class Autosaver(QObject):
    """Calls ``save`` once typing pauses for ``delay_ms``; ``flush()`` saves at once."""

    state_changed = Signal(object, str)
    """(SaveState, person-readable text such as "Saved at 14:02")."""

    def __init__(
        self,
        save: Callable[[], dt.datetime | Operation | None],
        *,
        delay_ms: int = DEFAULT_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._dirty = False
        self._state = SaveState.idle
        self._text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_DELAY_MS)
        self._retry.timeout.connect(self._start)
        self._in_flight: Operation | None = None
        self._generation = 0
        """Bumped by ``reset``: a save started before it reports nothing when it finishes."""

    @property
    def dirty(self) -> bool:
        """True while there are changes the store has not yet accepted."""
        return self._dirty

    @property
    def state(self) -> SaveState:
        return self._state

    @property
    def text(self) -> str:
        return self._text

    def schedule(self) -> None:
        """Note a change; save once no further change arrives for the delay."""
        self._dirty = True
        self._retry.stop()
        self._timer.start()
        self._set(SaveState.pending, self.tr("Saving…"))

    def reset(self, saved_at: dt.datetime | None = None) -> None:
        """Forget pending changes (a different referral was opened) and show when it was last saved.
        A save still running is let go: its outcome belongs to what was on screen before, and is not
        reported (the window flushes, and so waits for it, before it opens another referral)."""
        self._generation += 1
        self._in_flight = None
        self._timer.stop()
        self._retry.stop()
        self._dirty = False
        if saved_at is None:
            self._set(SaveState.idle, "")
        else:
            self._set(SaveState.saved, self._saved_text(saved_at))

    def flush(self) -> bool:
        """Save now if anything changed, and wait until the store has it (the window keeps handling
        events meanwhile). True when everything typed is in the store."""
        self._timer.stop()
        self._retry.stop()
        if self._in_flight is not None:  # an earlier save is still running: its outcome comes first
            self._in_flight.wait_quietly()
        while self._dirty:
            self._start()
            if self._in_flight is not None:
                self._in_flight.wait_quietly()
            if self._state is SaveState.failed:
                return False
        return True

    @property
    def saving(self) -> bool:
        """True while a save is running (off the UI thread)."""
        return self._in_flight is not None

    def _start(self) -> None:
        """Begin one save of what is on screen now. Saves never overlap: while one runs, a change only
        marks the state dirty, and the next save starts when this one has finished (so they reach the
        store in the order they were typed)."""
        self._timer.stop()
        self._retry.stop()
        if self._in_flight is not None or not self._dirty:
            return
        # Cleared before saving: an edit made while the save runs marks the state dirty again.
        self._dirty = False
        try:
            outcome = self._save()
        except Exception as error:  # noqa: BLE001 - any failure must keep the changes and say why
            self._failed(error)
            return
        if not isinstance(outcome, Operation):
            self._succeeded(outcome)
            return
        self._in_flight = outcome
        generation = self._generation
        outcome.then(
            lambda saved_at: self._succeeded(saved_at) if generation == self._generation else None,
            lambda error: self._failed(error) if generation == self._generation else None,
        )

    def _succeeded(self, saved_at: dt.datetime | None) -> None:
        self._in_flight = None
        self._set(SaveState.saved, self._saved_text(saved_at))
        if self._dirty and not self._timer.isActive():  # typed while it was saving: save that too
            self._timer.start()

    def _failed(self, error: BaseException) -> None:
        self._in_flight = None
        self._dirty = True
        # Disk full or busy may clear by itself; an answer the model refuses or a conflict will not.
        if _worth_retrying(error):
            self._retry.start()
        reason = say(error) or repr(error)
        self._set(SaveState.failed, self.tr("Not saved: {reason}").format(reason=reason))

    @property
    def retrying(self) -> bool:
        """True while a failed save is waiting to be tried again."""
        return self._retry.isActive()

    def _saved_text(self, saved_at: dt.datetime | None) -> str:
        when = saved_at or dt.datetime.now()
        if when.tzinfo is not None:
            when = when.astimezone()  # the store records UTC; people read local time
        return self.tr("Saved at {time}").format(time=when.strftime("%H:%M"))

    def _set(self, state: SaveState, text: str) -> None:
        self._state = state
        self._text = text
        self.state_changed.emit(state, text)


def _worth_retrying(error: BaseException) -> bool:
    if not getattr(error, "retry", True):
        return False
    # Imported here: the store is loaded by then (the error came from it), and start-up stays light.
    from mappa_desktop.core.store.errors import SaveConflict

    return not isinstance(error, SaveConflict)
