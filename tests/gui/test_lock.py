"""The window lock: idle or on demand, every piece of data is hidden (central area, title, open dialogs)
until the passphrase is typed; autosave runs first and nothing typed is lost. Real key events throughout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from mappa_desktop.core.store import Store
from mappa_desktop.gui.lock import LOCK_SHORTCUT, LockedPanel, WindowLock, locked_title
from tests.conftest import TEST_PASSPHRASE
from tests.gui.editor.helpers import new_referral, type_like_a_person


def _all_text(widget) -> str:
    """Every piece of text a person could read in the window ``widget`` (not in windows of its own)."""
    parts = [widget.windowTitle()]
    for child in widget.findChildren(QLabel) + widget.findChildren(QLineEdit):
        if child.window() is widget and child.isVisibleTo(widget):
            parts.append(child.text())
    return "\n".join(parts)


def _unlock_by_typing(qtbot, lock: WindowLock, passphrase: str) -> None:
    dialog = lock.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.passphrase, timeout=3000)
    type_like_a_person(qtbot, passphrase, delay_ms=0)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def _slow_autosave_window(store, qtbot):
    """A window whose autosave waits a minute: only the lock's own save can store what is typed."""
    from mappa_desktop.gui.app import create_application
    from mappa_desktop.gui.main_window import MainWindow

    create_application()
    window = MainWindow(store, actor="test-officer", autosave_delay_ms=60_000)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    return window


def test_idle_lock_hides_everything_and_unlocking_keeps_what_was_typed(db_path, database_key, qtbot):
    with Store.open(db_path, database_key) as store:
        window = _slow_autosave_window(store, qtbot)
        editor, rid = new_referral(window, qtbot)
        # An open window showing data (a dialog left open beside the main window) is covered too.
        other = QDialog(window)
        other.setWindowTitle("Referral of Pritchard")
        QVBoxLayout(other).addWidget(QLabel("Pritchard, PNC 91/0399722P", other))
        other.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        family = window.findChild(QLineEdit, "familyNameEdit")
        qtbot.mouseClick(family, Qt.MouseButton.LeftButton)
        type_like_a_person(qtbot, "Pritchard", delay_ms=20)
        assert store.load(rid).subject.family_name != "Pritchard"  # typed, not saved yet
        lock = WindowLock(window, idle_ms=500)  # from here the person stops: the idle time runs out
        qtbot.waitUntil(lambda: lock.is_locked, timeout=5000)

        # Autosave ran before locking: the store holds what was typed.
        assert store.load(rid).subject.family_name == "Pritchard"
        assert isinstance(window.centralWidget(), LockedPanel)
        assert window.windowTitle() == locked_title() and other.windowTitle() == locked_title()
        assert "Pritchard" not in _all_text(window)
        assert not window.menuBar().isVisible()
        [cover] = other.findChildren(QWidget, "lockCover")  # opaque, over the dialog's whole content
        assert cover.isVisible() and cover.geometry() == other.rect()
        assert not family.isVisible()
        # Shortcuts are off while locked: Ctrl+N makes no referral.
        count = store.count()
        qtbot.keyClick(lock.dialog, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert store.count() == count

        _unlock_by_typing(qtbot, lock, "not the passphrase")
        assert lock.is_locked and "not the passphrase" in lock.dialog.problem.text()
        assert lock.dialog.passphrase.text() == ""  # a wrong attempt is not left in the field

        _unlock_by_typing(qtbot, lock, TEST_PASSPHRASE)
        qtbot.waitUntil(lambda: not lock.is_locked, timeout=3000)
        assert window.centralWidget() is not None and not isinstance(window.centralWidget(), LockedPanel)
        assert family.text() == "Pritchard" and family.isVisible()
        assert other.windowTitle() == "Referral of Pritchard"
        assert window.menuBar().isVisible()
        assert store.load(rid).subject.family_name == "Pritchard"
        other.close()


def test_the_lock_shortcut_locks_at_once(db_path, database_key, make_window, qtbot):
    with Store.open(db_path, database_key) as store:
        window = make_window(store)
        lock = WindowLock(window, idle_ms=60_000)
        assert lock.action in window.ui.menuFile.actions()
        search = window.ui.searchEdit
        qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
        type_like_a_person(qtbot, "smi", delay_ms=0)
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(window, Qt.Key.Key_L, ctrl_shift)
        assert LOCK_SHORTCUT == "Ctrl+Shift+L"
        qtbot.waitUntil(lambda: lock.is_locked, timeout=3000)
        assert lock.dialog.windowModality() == Qt.WindowModality.ApplicationModal
        qtbot.keyClick(lock.dialog, Qt.Key.Key_Escape)  # Esc does not unlock
        assert lock.is_locked and lock.dialog.isVisible()
        _unlock_by_typing(qtbot, lock, TEST_PASSPHRASE)
        qtbot.waitUntil(lambda: not lock.is_locked, timeout=3000)
        # Back where the person was: the cursor in the search box, with what they had typed.
        qtbot.waitUntil(lambda: QApplication.focusWidget() is search, timeout=3000)
        type_like_a_person(qtbot, "th", delay_ms=0)
        assert search.text() == "smith"


def test_input_keeps_the_window_unlocked(db_path, database_key, make_window, qtbot):
    with Store.open(db_path, database_key) as store:
        window = make_window(store)
        lock = WindowLock(window, idle_ms=1500)
        search = window.ui.searchEdit
        qtbot.mouseClick(search, Qt.MouseButton.LeftButton)
        for _ in range(10):  # 10 x 300 ms of typing: twice the idle time, never idle for long
            qtbot.keyClick(search, Qt.Key.Key_A)
            qtbot.wait(300)
        assert not lock.is_locked
        qtbot.waitUntil(lambda: lock.is_locked, timeout=5000)
        _unlock_by_typing(qtbot, lock, TEST_PASSPHRASE)
        qtbot.waitUntil(lambda: not lock.is_locked, timeout=3000)
