"""The window lock: after a set time without input (Settings; 10 minutes unless changed), or on demand
(File > Lock, Ctrl+Shift+L), every piece of data is hidden until the database's passphrase is typed.

Locking first saves the open referral (autosave), then: the central area is swapped for a plain "locked"
panel (the real one is kept, untouched, with everything typed in it), the title, which a task bar shows,
becomes "MAPPA Desktop — locked", the menus, status bar and every action's shortcut are off, and every
other open window (a dialog, a preview) is covered by an opaque panel and given the same title. An unlock
dialog on top of all of them asks for the passphrase, checked against the database key. Unlocking puts
everything back as it was, focus included. Idle means no key, mouse, wheel or touch input to the
application: an event filter on the application sees every one.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from mappa_desktop.gui.i18n import FollowsLanguage
from mappa_desktop.gui.passphrase import buddy_label, passphrase_field, plain_label

LOCK_AFTER_KEY = "security/lock_after_minutes"
DEFAULT_LOCK_MINUTES = 10
LOCK_MINUTES_RANGE = (1, 120)
LOCK_SHORTCUT = "Ctrl+Shift+L"  # Ctrl+L is the editor's "give the referral the whole window"

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


def lock_after_minutes(settings: QSettings | None = None) -> int:
    """Minutes without input before the window locks (Settings); 10 unless changed."""
    try:
        minutes = int((settings or QSettings()).value(LOCK_AFTER_KEY, DEFAULT_LOCK_MINUTES))
    except (TypeError, ValueError):
        return DEFAULT_LOCK_MINUTES
    low, high = LOCK_MINUTES_RANGE
    return min(max(minutes, low), high)


def set_lock_after_minutes(minutes: int, settings: QSettings | None = None) -> None:
    low, high = LOCK_MINUTES_RANGE
    (settings or QSettings()).setValue(LOCK_AFTER_KEY, min(max(int(minutes), low), high))


class IdleWatch(QObject):
    """Emits ``idle`` once no input has reached the application for the set time.

    The time is read from Settings at each check (about once a second), so a change applies at once;
    ``idle_ms`` fixes it instead (tests)."""

    idle = Signal()

    def __init__(self, app: QApplication, idle_ms: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._fixed_ms = idle_ms
        self._last_input = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(max(50, min(1000, (idle_ms or 4000) // 4)))
        self._timer.timeout.connect(self._check)
        app.installEventFilter(self)

    def start(self) -> None:
        self._last_input = time.monotonic()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def limit_ms(self) -> int:
        return self._fixed_ms if self._fixed_ms is not None else lock_after_minutes() * 60_000

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    def _check(self) -> None:
        if (time.monotonic() - self._last_input) * 1000 >= self.limit_ms():
            self._timer.stop()
            self.idle.emit()

    def remove(self) -> None:
        self._timer.stop()
        self._app.removeEventFilter(self)


class LockedPanel(FollowsLanguage, QWidget):
    """What the window shows while locked: no data, only that it is locked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockedPanel")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.heading = QLabel(self)
        self.heading.setProperty("class", "pageHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = plain_label(self, role="hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.heading.setText(self.tr("MAPPA Desktop is locked"))
        self.hint.setText(self.tr("Type the database passphrase to unlock. Everything you typed is kept."))


class UnlockDialog(FollowsLanguage, QDialog):
    """Asks for the passphrase; above every other window (application-modal) and not closed by Esc."""

    def __init__(self, check, *, needs_passphrase: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self._needs_passphrase = needs_passphrase
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        layout.addWidget(self.heading)
        self.passphrase = passphrase_field(self)
        self.passphrase_label = buddy_label(self, self.passphrase)
        self.asked = plain_label(self)
        layout.addWidget(self.asked)
        if needs_passphrase:
            form = QFormLayout()
            form.addRow(self.passphrase_label, self.passphrase)
            layout.addLayout(form)
        else:
            self.passphrase.hide()
            self.passphrase_label.hide()
        self.problem = plain_label(self, role="error")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(locked_title())
        self.heading.setText(self.tr("MAPPA Desktop is locked"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        if self._needs_passphrase:
            self.asked.setText(self.tr("Type the database passphrase to unlock."))
        else:
            self.asked.setText(
                self.tr(
                    "This is the demonstration database (fictional people only, deleted when you "
                    "close): it has no passphrase. Choose Unlock to carry on."
                )
            )
        self.ok.setText(self.tr("Unlock"))
        if self.problem.text():
            self.problem.setText(self._wrong())

    def _wrong(self) -> str:
        return self.tr("That is not the passphrase. Try again (check Caps Lock).")

    def reject(self) -> None:  # Esc does not unlock
        pass

    def accept(self) -> None:
        text = self.passphrase.text()
        self.passphrase.clear()
        if self._check(text):
            super().accept()
            return
        self.problem.setText(self._wrong())
        self.passphrase.setFocus()


def locked_title() -> str:
    return QApplication.translate("lock", "MAPPA Desktop — locked")


class WindowLock(QObject):
    """Locks ``window`` (a MainWindow with ``store``) when idle or asked, until the passphrase is typed."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QMainWindow, *, idle_ms: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        app = QApplication.instance()
        self.watch = IdleWatch(app, idle_ms, self)
        self.watch.idle.connect(self.lock)
        self.action = QAction(window)
        self.action.setShortcut(QKeySequence(LOCK_SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self._word_action()
        window.installEventFilter(self)  # the window's LanguageChange words the action again
        self.action.triggered.connect(self.lock)
        window.addAction(self.action)
        menu = getattr(getattr(window, "ui", None), "menuFile", None)
        if menu is not None:
            quit_action = getattr(window.ui, "actionQuit", None)
            if quit_action is not None:
                menu.insertAction(quit_action, self.action)
            else:
                menu.addAction(self.action)
        self._saved: dict | None = None
        self.dialog: UnlockDialog | None = None
        self.watch.start()

    def _word_action(self) -> None:
        self.action.setText(self.tr("&Lock"))
        self.action.setToolTip(
            self.tr("Hide everything until the passphrase is typed ({keys})").format(keys=LOCK_SHORTCUT)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._word_action()
            if self.is_locked:
                self.window.setWindowTitle(locked_title())
        return False

    @property
    def is_locked(self) -> bool:
        return self._saved is not None

    def lock(self) -> None:
        """Save the open referral, then hide every piece of data."""
        if self.is_locked:
            return
        window = self.window
        self.watch.stop()
        editor = getattr(window, "editor", None)
        if editor is not None and getattr(window, "_open_id", None) is not None:
            editor.flush()  # autosave first: a lock never waits with unsaved typing
        app = QApplication.instance()
        saved: dict = {"focus": app.focusWidget(), "title": window.windowTitle(), "covers": []}
        saved["central"] = window.takeCentralWidget()
        window.setCentralWidget(LockedPanel(window))
        saved["bars"] = [
            (bar, bar.isVisible()) for bar in (window.menuBar(), window.statusBar()) if bar is not None
        ]
        for bar, _shown in saved["bars"]:
            bar.hide()
        saved["actions"] = [(a, a.isEnabled()) for a in window.findChildren(QAction) if a is not self.action]
        for action, _enabled in saved["actions"]:
            action.setEnabled(False)
        self.action.setEnabled(False)
        window.setWindowTitle(locked_title())
        for other in app.topLevelWidgets():
            if other is window or not other.isVisible() or other is self.dialog:
                continue
            saved["covers"].append((other, other.windowTitle(), _Cover(other)))
            other.setWindowTitle(locked_title())
        self._saved = saved
        self.dialog = UnlockDialog(
            self._passphrase_is_right, needs_passphrase=not _is_demo(window), parent=window
        )
        self.dialog.accepted.connect(self._unlock)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.passphrase.setFocus()
        self.locked.emit()

    def _passphrase_is_right(self, passphrase: str) -> bool:
        store = getattr(self.window, "store", None)
        if _is_demo(self.window):
            return True
        key = getattr(store, "key", None)
        return key is not None and key.matches(passphrase)

    def _unlock(self) -> None:
        saved, self._saved = self._saved, None
        if saved is None:
            return
        window = self.window
        panel = window.takeCentralWidget()
        window.setCentralWidget(saved["central"])
        saved["central"].show()  # taken out, it was hidden; everything in it is as it was
        panel.deleteLater()
        for bar, shown in saved["bars"]:
            bar.setVisible(shown)
        for action, enabled in saved["actions"]:
            action.setEnabled(enabled)
        self.action.setEnabled(True)
        window.setWindowTitle(saved["title"])
        for other, title, cover in saved["covers"]:
            other.setWindowTitle(title)
            cover.deleteLater()
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        focus = saved["focus"]
        if focus is not None:
            focus.activateWindow()
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            window.activateWindow()
        self.watch.start()
        self.unlocked.emit()


def _is_demo(window: QWidget) -> bool:
    return bool(getattr(window, "demo", False))


class _Cover(QWidget):
    """An opaque panel over another window's whole content, kept the window's size."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        label = QLabel(QApplication.translate("lock", "MAPPA Desktop is locked"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        self.setGeometry(parent.rect())
        parent.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
            self.raise_()
        return False
