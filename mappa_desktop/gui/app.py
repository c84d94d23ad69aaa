"""Start the window: the QApplication, the stylesheet, the store (or a throw-away demo store), the window.

Kept light: the rule pack and sample data are not imported here unless asked for (``--demo``), so the
first window appears quickly (see ``benchmarks/startup_bench.py``).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from mappa_desktop import __version__
from mappa_desktop.gui.i18n import install_translators, say, tr
from mappa_desktop.paths import default_database, resources_dir

EXIT_AFTER_SHOW_ENV = "MAPPA_DESKTOP_EXIT_AFTER_SHOW"
"""Set to 1 to print when the window first paints and when the referrals are listed, then quit (the
start-up benchmark and smoke tests)."""
FIRST_WINDOW_MARKER = "MAPPA_FIRST_WINDOW_SHOWN"
READY_MARKER = "MAPPA_REFERRALS_LISTED"
DEMO_COUNT = 200
DEMO_RECEIVED = 120  # referral packages in the demo screening queue
EXIT_STORE_ERROR = 2


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the app's name, icon and stylesheet (reused if one exists, as in tests)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("MAPPA Desktop")
    app.setOrganizationName("mappa-desktop")
    app.setDesktopFileName("mappa-desktop")  # the desktop entry and icon of an installed copy
    app.setApplicationVersion(__version__)
    from mappa_desktop.gui.settings import (
        carry_over_former_settings,
        configure_settings_storage,
        interface_language,
    )

    configure_settings_storage()
    carry_over_former_settings()
    install_translators(interface_language(), app)
    from mappa_desktop.gui.widgets import install_wheel_guard

    install_wheel_guard(app)  # no unfocused drop-down or spin box takes the mouse wheel
    app.setWindowIcon(QIcon(str(resources_dir() / "app.svg")))
    scale = os.environ.get("MAPPA_DESKTOP_TEXT_SCALE")
    if scale and not app.property("mappaTextScaled"):  # larger text checks, e.g. 1.5; once per process
        font = QFont(app.font())
        font.setPointSizeF(font.pointSizeF() * float(scale))
        app.setFont(font)
        app.setProperty("mappaTextScaled", True)
    # Setting a stylesheet re-polishes every live widget: only do it when it changes (tests reuse the app).
    stylesheet = load_stylesheet()
    if app.styleSheet() != stylesheet:
        app.setStyleSheet(stylesheet)
    return app


def load_stylesheet() -> str:
    path = resources_dir() / "style.qss"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""  # the window still works with Qt's own look


def show_store_error(error: Exception, parent: QWidget | None = None) -> QMessageBox:
    """Tell the person why the database could not be opened (the message says what to do)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Cannot open the referrals database"))
    box.setText(tr("MAPPA Desktop cannot open the referrals database."))
    _plain_informative_text(box, say(error))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setAccessibleName(tr("Cannot open the referrals database"))
    return box


def read_only_notice(path: Path, parent: QWidget | None = None) -> QMessageBox:
    """Say that the database was opened for reading only (read-only disk or folder): it can be read and
    exported, and nothing can be saved in it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("Opened for reading only"))
    box.setText(tr("The referrals database is on a read-only disk: it was opened for reading only."))
    details = tr(
        "You can read, search and export referrals in {path}, but changes cannot be saved there. To work on "
        "it, copy the file (with any -wal and -shm files beside it) to a folder you can write to and open "
        "the copy.",
        path=path,
    )
    _plain_informative_text(box, details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(tr("Opened for reading only"))
    return box


def _plain_informative_text(box: QMessageBox, text: str) -> None:
    """Informative text shown as plain text: a path or message from the disk is never read as markup."""
    box.setInformativeText(text)
    for label in box.findChildren(QLabel):
        if label.text() == text:
            label.setTextFormat(Qt.TextFormat.PlainText)


def create_demo_database(
    folder: Path, count: int = DEMO_COUNT, received: int = DEMO_RECEIVED, key=None
) -> Path:
    """A database in ``folder`` filled with ``count`` fictional referrals, and a screening queue of
    ``received`` fictional referral packages imported the way a coordinator would, some already decided;
    encrypted with ``key`` when one is given."""
    from mappa_desktop.core.package import package_filename, write_package
    from mappa_desktop.core.sample_data import sample_referrals
    from mappa_desktop.core.screening import import_packages
    from mappa_desktop.core.screening.samples import decide_some, sample_packages
    from mappa_desktop.core.store import Store

    path = folder / "demo.sqlite3"
    inbox = folder / "received"
    inbox.mkdir(exist_ok=True)
    for package in sample_packages(received, seed=3):
        write_package(package, inbox / package_filename(package.referral), overwrite=True)
    with Store.open(path, key) as store:
        store.add_many(sample_referrals(count, seed=2), actor="sample-data", action="created")
        import_packages(store, [inbox], actor="sample-coordinator")
        decide_some(store, seed=3)
    return path


class _PaintMarker(QObject):
    """Prints ``marker`` and the monotonic time at the window's next paint (the start-up benchmark hook)."""

    def __init__(self, window: QWidget, marker: str, *, then_quit: bool) -> None:
        super().__init__(window)
        self._marker = marker
        self._then_quit = then_quit
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            print(f"{self._marker} {time.monotonic():.6f}", flush=True)
            watched.removeEventFilter(self)
            if self._then_quit:
                QTimer.singleShot(0, QApplication.quit)
        return False


class _AfterFirstPaint(QObject):
    """Calls ``then`` as soon as the window's first paint is done."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def run_app(
    db: str | None = None,
    demo: bool = False,
    packages: list[str] | None = None,
    passphrase_fd: int | None = None,
) -> int:
    """Open the main window on ``db`` (default: the user's database) or on a throw-away demo database,
    then import the referral ``packages`` given (files opened from the desktop) into Screening.

    The database is encrypted: its passphrase is asked (chosen on first run, when a plain database from an
    older version is encrypted too), or read from ``passphrase_fd`` (``--passphrase-fd``). The demo
    database is encrypted with a random key that lives only in memory, and is deleted at the end.

    The window is painted first and the database opened straight after, so the application appears at
    once. Returns the exit status: 0 on a normal close, 2 when the database could not be opened (after
    telling the person why; the file is left untouched).
    """
    app = create_application()
    hook = os.environ.get(EXIT_AFTER_SHOW_ENV) == "1"
    demo_dir: list[Path] = []
    opened: list = []

    from mappa_desktop.gui.main_window import MainWindow

    window = MainWindow(demo=demo)
    if hook:
        _PaintMarker(window, FIRST_WINDOW_MARKER, then_quit=False)

    def open_store() -> None:
        from mappa_desktop.core.store import Store, StoreError

        try:
            if demo:
                from mappa_desktop.core.store.encryption import DatabaseKey

                demo_dir.append(Path(tempfile.mkdtemp(prefix="mappa-demo-")))
                key = DatabaseKey.random()
                try:
                    store = Store.open(create_demo_database(demo_dir[0], key=key), key)
                finally:
                    key.wipe()
            else:
                from mappa_desktop.gui.passphrase import open_encrypted_store

                path = Path(db).expanduser() if db else default_database()
                store = open_encrypted_store(path, window, passphrase_fd=passphrase_fd)
                if store is None:  # the person chose Cancel: nothing was opened or changed
                    window.hide()
                    app.exit(0)
                    return
        except Exception as error:  # a bug too is told, never left as a window that waits for ever
            if not isinstance(error, StoreError):
                error = StoreError(
                    f"The referrals database could not be opened because of an unexpected error "
                    f"({type(error).__name__}: {error}). Nothing in it was changed. Please report this."
                )
            print(str(error), file=sys.stderr)
            window.hide()
            if not hook:
                show_store_error(error).exec()
            app.exit(EXIT_STORE_ERROR)
            return
        opened.append(store)
        if hook:
            _PaintMarker(window, READY_MARKER, then_quit=True)
        window.attach_store(store)
        from mappa_desktop.gui.lock import WindowLock

        window.window_lock = WindowLock(window)
        if packages:
            window.import_packages(packages)
        if store.read_only and not hook:
            read_only_notice(store.path, window).open()
        elif not hook and not demo:
            from mappa_desktop.gui.settings import OfficerDialog, first_run_due

            if first_run_due():  # once: the officer's name, role and agency, beside their login
                OfficerDialog(window.actor or "", window).open()

    try:
        _initial_size(app, window)
        # The database opens once the window has painted, so the person sees the application at once.
        _AfterFirstPaint(window, open_store)
        window.show()
        return app.exec()
    finally:
        for store in opened:
            store.close()
        for folder in demo_dir:
            shutil.rmtree(folder, ignore_errors=True)


def _initial_size(app: QApplication, window: QWidget) -> None:
    """Most of the screen, up to a comfortable 1280 x 820."""
    screen = app.primaryScreen()
    if screen is None:
        return
    available = screen.availableSize()
    window.resize(min(1280, int(available.width() * 0.92)), min(820, int(available.height() * 0.92)))
