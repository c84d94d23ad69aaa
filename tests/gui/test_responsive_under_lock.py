"""Issue 12: the window stays responsive while another process holds the database's write lock. A save
waits for the lock off the UI thread (gui/operations.py): the event loop keeps turning — a timer keeps
ticking, a posted key press is typed — and the save is STORED once the lock is let go; held past the busy
timeout, the save fails with the store's own message and is made when the lock is free again."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent

from mappa_desktop.gui.autosave import SaveState
from tests.gui.conftest import add_referral

HOLD_S = 1.5
TICK_MS = 20

_HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
"""


class LockHolder:
    """Another process holding the database's write lock until ``release()``."""

    def __init__(self, path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", _HOLDER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.write("\n")
            self.process.stdin.flush()
            self.process.wait(timeout=10)


class Ticks:
    """A timer that records the longest gap between its ticks: a frozen UI thread shows as a long gap."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = 0
        self.longest = 0
        self.count = 0
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.count += 1


def _post_key(widget, text: str) -> None:
    """A key press through the event queue (not sent directly): only a turning event loop types it."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.postEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


@pytest.fixture
def holder(db_path):
    made: list[LockHolder] = []
    yield lambda: made.append(LockHolder(db_path)) or made[-1]
    for lock in made:
        lock.release()


def test_a_save_waits_for_another_process_off_the_ui_thread_and_is_stored(store, make_window, qtbot, holder):
    ann = add_referral(store, "Ann", "Jones")
    window = make_window(store)
    window.select_referral(ann.id)
    names = window.editor.pages()[0].ui.givenNamesEdit
    names.setFocus()
    lock = holder()
    ticks = Ticks()
    qtbot.keyClicks(names, "e")  # autosave starts ~30 ms later, and waits for the lock
    qtbot.waitUntil(lambda: window.editor.autosaver.saving, timeout=2000)
    _post_key(names, "tte")
    started = time.monotonic()
    qtbot.waitUntil(lambda: time.monotonic() - started > HOLD_S, timeout=int(HOLD_S * 1000) + 2000)
    assert window.editor.autosaver.saving, "the save is still waiting for the other process's lock"
    assert names.text() == "Annette", "a key pressed while the save waited was typed"
    assert ticks.longest < 400, f"the UI thread stopped for {ticks.longest} ms"
    assert ticks.count > HOLD_S * 1000 / TICK_MS / 3
    assert store.load(ann.id).subject.given_names == "Ann"  # nothing could be written yet

    lock.release()
    qtbot.waitUntil(lambda: store.load(ann.id).subject.given_names == "Annette", timeout=5000)
    qtbot.waitUntil(lambda: window.editor.autosaver.state is SaveState.saved, timeout=2000)
    assert window.save_status.text().startswith("Saved at")


def test_closing_the_window_waits_for_the_pending_save(store, make_window, qtbot, holder):
    ann = add_referral(store, "Ann", "Jones")
    window = make_window(store)
    window.select_referral(ann.id)
    names = window.editor.pages()[0].ui.givenNamesEdit
    names.setFocus()
    lock = holder()
    qtbot.keyClicks(names, "ie")
    qtbot.waitUntil(lambda: window.editor.autosaver.saving, timeout=2000)
    QTimer.singleShot(800, lock.release)  # the other process finishes while the window is closing
    assert window.close()
    assert store.load(ann.id).subject.given_names == "Annie"


def test_a_lock_held_past_the_busy_timeout_reports_the_stores_message_then_saves(
    store, make_window, qtbot, holder, monkeypatch
):
    from mappa_desktop.core.store import connection

    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 300)  # the worker's connection, opened after this
    monkeypatch.setattr("mappa_desktop.gui.autosave.RETRY_DELAY_MS", 200)
    ann = add_referral(store, "Ann", "Jones")
    window = make_window(store)
    window.select_referral(ann.id)
    names = window.editor.pages()[0].ui.givenNamesEdit
    names.setFocus()
    lock = holder()
    qtbot.keyClicks(names, "a")
    qtbot.waitUntil(lambda: window.editor.autosaver.state is SaveState.failed, timeout=5000)
    assert "kept busy by another copy of MAPPA Desktop" in window.save_status.text()
    assert "the last save was not made" in window.save_status.text()
    assert names.text() == "Anna"  # the typed text stays on screen
    lock.release()
    qtbot.waitUntil(lambda: store.load(ann.id).subject.given_names == "Anna", timeout=5000)


def test_the_board_figures_are_worked_out_off_the_ui_thread(store, make_window, qtbot, monkeypatch):
    """However long the figures take (here a second, as with a very large database), the window goes on:
    they are worked out on the runner's worker, on its own connection, and shown when they arrive."""
    import threading

    from mappa_desktop.gui.screening import figures_widget

    real = figures_widget.board_figures
    seen = []

    def slow(conn, **kwargs):
        seen.append((threading.current_thread() is threading.main_thread(), conn))
        time.sleep(1.0)
        return real(conn, **kwargs)

    monkeypatch.setattr(figures_widget, "board_figures", slow)
    window = make_window(store)
    window.ui.areaTabs.setCurrentWidget(window.ui.screeningTab)
    screening = window.screening
    ticks = Ticks()
    screening.ui.tabs.setCurrentWidget(screening.ui.figuresTab)  # asks for the figures
    assert screening.figures.ui.headline.text() == "Working out the figures…"
    qtbot.waitUntil(lambda: screening.figures.figures is not None, timeout=5000)
    assert seen and seen[0][0] is False, "worked out on the UI thread"
    assert seen[0][1] is not store.db.conn, "the worker reads on a connection of its own"
    assert ticks.longest < 400, f"the UI thread stopped for {ticks.longest} ms"
    assert screening.figures.ui.headline.text().startswith("0 referral(s)")


def test_a_new_referral_waits_for_the_lock_with_the_window_responsive(store, make_window, qtbot, holder):
    window = make_window(store)
    lock = holder()
    ticks = Ticks()
    QTimer.singleShot(int(HOLD_S * 1000), lock.release)
    window.new_referral()  # waits for the other process, the event loop turning
    assert ticks.longest < 400, f"the UI thread stopped for {ticks.longest} ms"
    assert ticks.count > HOLD_S * 1000 / TICK_MS / 3
    assert store.count() == 1 and window._open_id is not None


def test_figures_that_cannot_be_read_say_so_the_stores_way(store, make_window, qtbot, monkeypatch):
    import sqlite3

    from mappa_desktop.gui.screening import figures_widget

    def locked(_conn, **_kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(figures_widget, "board_figures", locked)
    window = make_window(store)
    window.ui.areaTabs.setCurrentWidget(window.ui.screeningTab)
    figures = window.screening.figures
    window.screening.ui.tabs.setCurrentWidget(window.screening.ui.figuresTab)
    qtbot.waitUntil(lambda: "kept busy by another copy" in figures.ui.headline.text(), timeout=5000)
    assert "the reading of the board figures was not made" in figures.ui.headline.text()


def _screening_a_received_referral(store, tmp_path, window):
    """The window's screening area showing a received (imported) referral, a decision and reason chosen."""
    from mappa_desktop.core.package import write_package
    from mappa_desktop.core.screening import import_packages
    from mappa_desktop.core.screening.samples import sample_packages

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for package in sample_packages(2, seed=5):
        write_package(package, inbox / f"referral-{package.referral.id[:8]}.mappa.json", overwrite=False)
    import_packages(store, [inbox], actor="test-coordinator")
    window.ui.areaTabs.setCurrentWidget(window.ui.screeningTab)
    screening = window.screening
    screening.model.refresh()
    screening.ui.view.selectRow(0)
    detail = screening.detail
    assert detail.referral_id is not None and detail.operations is window.operations
    detail.ui.decision.setCurrentIndex(detail.ui.decision.findData("accepted_level_2"))
    reason = next(b for b in detail.reason_boxes() if b.property("reason") == "multi_agency_oversight")
    reason.setChecked(True)
    return detail


def test_a_screening_decision_waits_for_the_lock_off_the_ui_thread_and_is_stored(
    store, make_window, qtbot, holder, tmp_path
):
    from mappa_desktop.core.screening import ScreeningStatus, decisions_for

    window = make_window(store)
    detail = _screening_a_received_referral(store, tmp_path, window)
    rid = detail.referral_id
    lock = holder()
    ticks = Ticks()
    recording = detail.record_decision()  # returns at once: the write waits for the lock on the worker
    assert not recording.settled
    assert not detail.ui.record.isEnabled(), "a second click while it waits is not a second decision"
    detail.ui.note.setFocus()
    _post_key(detail.ui.note, "ok")
    started = time.monotonic()
    qtbot.waitUntil(lambda: time.monotonic() - started > HOLD_S, timeout=int(HOLD_S * 1000) + 2000)
    assert not recording.settled, "the decision is still waiting for the other process's lock"
    assert detail.ui.note.toPlainText() == "ok", "a key pressed while the decision waited was typed"
    assert ticks.longest < 400, f"the UI thread stopped for {ticks.longest} ms"
    assert ticks.count > HOLD_S * 1000 / TICK_MS / 3
    assert decisions_for(store.db.conn, rid) == []  # nothing could be written yet

    lock.release()
    assert recording.wait() is True
    [decision] = decisions_for(store.db.conn, rid)
    assert decision.status is ScreeningStatus.accepted_level_2
    assert decision.reasons == ("multi_agency_oversight",)
    assert "Accepted at Level 2" in detail.ui.heading.text()
    assert detail.ui.record.isEnabled()


def test_a_screening_decision_refused_by_a_held_lock_says_the_stores_message(
    store, make_window, qtbot, holder, tmp_path, monkeypatch
):
    from mappa_desktop.core.screening import decisions_for
    from mappa_desktop.core.store import connection
    from mappa_desktop.gui.screening import detail as detail_module

    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 300)  # the worker's connection, opened after this
    said = []
    monkeypatch.setattr(detail_module, "warn", lambda _parent, title, text: said.append((title, text)))
    window = make_window(store)
    detail = _screening_a_received_referral(store, tmp_path, window)
    rid = detail.referral_id
    lock = holder()
    assert detail.record_decision().wait() is False
    [(title, text)] = said
    assert title == "Decision not recorded"
    assert "kept busy by another copy of MAPPA Desktop" in text
    assert decisions_for(store.db.conn, rid) == []
    assert detail.current_status() is not None, "the form is kept as it was, to try again"
    lock.release()
    assert detail.record_decision().wait() is True
    assert len(decisions_for(store.db.conn, rid)) == 1
