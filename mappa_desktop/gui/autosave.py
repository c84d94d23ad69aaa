"""Debounced autosave: save a short while after the last keystroke, and on focus-out and close.

The autosaver knows nothing about referrals: it calls a ``save`` function that returns the time the
store recorded, or raises an exception whose ``str()`` a person can read. A failed save leaves the
changes marked unsaved (the typed text stays in the widgets) and is retried, so nothing typed is lost
because the disk was briefly unavailable. A failure that saving again cannot cure is not retried: an
error whose ``retry`` is False (an answer the model refuses, a conflict the person has not yet settled)
or a ``SaveConflict`` (another window saved the referral since it was opened; the same save would be
refused every time, so retrying every few seconds would only hide the problem).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal

from mappa_desktop.gui.i18n import say

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
        save: Callable[[], dt.datetime | None],
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
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_DELAY_MS)
        self._retry.timeout.connect(self.flush)

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
        """Forget pending changes (a different referral was opened) and show when it was last saved."""
        self._timer.stop()
        self._retry.stop()
        self._dirty = False
        if saved_at is None:
            self._set(SaveState.idle, "")
        else:
            self._set(SaveState.saved, self._saved_text(saved_at))

    def flush(self) -> bool:
        """Save now if anything changed. True when everything typed is in the store."""
        self._timer.stop()
        self._retry.stop()
        if not self._dirty:
            return True
        # Cleared before saving: an edit made while the save runs marks the state dirty again.
        self._dirty = False
        try:
            saved_at = self._save()
        except Exception as error:  # noqa: BLE001 - any failure must keep the changes and say why
            self._dirty = True
            # Disk full or busy may clear by itself; an answer the model refuses or a conflict will not.
            if _worth_retrying(error):
                self._retry.start()
            reason = say(error) or repr(error)
            self._set(SaveState.failed, self.tr("Not saved: {reason}").format(reason=reason))
            return False
        self._set(SaveState.saved, self._saved_text(saved_at))
        return True

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
