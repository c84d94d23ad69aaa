"""The one place that finds ui/, rules/ and resources/, and the user's data directory.

Three layouts are supported:
- a frozen bundle (PyInstaller): the folders sit under ``sys._MEIPASS``;
- a source checkout (including an editable install): the folders sit beside the package;
- an installed wheel: the folders were copied into ``mappa_desktop/_data/``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sys
from functools import cache
from pathlib import Path

APP_NAME = "mappa-desktop"
_PACKAGE_DIR = Path(__file__).resolve().parent
_FOLDERS = ("ui", "rules", "resources")


@cache
def _base() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    checkout = _PACKAGE_DIR.parent
    if all((checkout / name).is_dir() for name in _FOLDERS):
        return checkout
    bundled = _PACKAGE_DIR / "_data"
    if bundled.is_dir():
        return bundled
    raise FileNotFoundError(
        f"Cannot find the application's ui/, rules/ and resources/ folders near {_PACKAGE_DIR}. "
        "Reinstall mappa-desktop."
    )


def ui_dir() -> Path:
    """Folder of the Qt Designer forms."""
    return _base() / "ui"


def rules_dir() -> Path:
    """Folder of the bundled rule pack."""
    return _base() / "rules"


def resources_dir() -> Path:
    """Folder of icons, stylesheet, templates, translations and training scenarios."""
    return _base() / "resources"


def user_data_dir() -> Path:
    """Where the user's own database lives (created on first run).

    Windows: ``%LOCALAPPDATA%\\mappa-desktop``; macOS: ``~/Library/Application Support/mappa-desktop``;
    elsewhere ``$XDG_DATA_HOME/mappa-desktop``. ``MAPPA_DESKTOP_DATA`` overrides it (tests, portable copies).
    """
    override = os.environ.get("MAPPA_DESKTOP_DATA")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return _windows_data_dir(os.environ.get("LOCALAPPDATA"), os.environ.get("APPDATA"))
    if sys.platform == "darwin":
        root = Path.home() / "Library" / "Application Support"
    else:
        root = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return root / APP_NAME


@cache
def _windows_data_dir(local_appdata: str | None, roaming_appdata: str | None) -> Path:
    """``%LOCALAPPDATA%\\mappa-desktop``: the local application-data folder, never the roaming one.

    A roaming folder is copied to a server at every sign-out and is often redirected to a network share,
    where SQLite's write-ahead log is not safe. Version 0.1 kept the data in ``%APPDATA%`` (roaming): a
    folder found there is moved here once (see ``move_roaming_data``).
    """
    home = Path.home() / "AppData"
    local = Path(local_appdata or home / "Local") / APP_NAME
    roaming = Path(roaming_appdata or home / "Roaming") / APP_NAME
    return move_roaming_data(roaming, local)


def move_roaming_data(roaming: Path, local: Path) -> Path:
    """Move an old roaming data folder to ``local`` if there is no local one yet; return the one to use.

    Moved whole or not at all: one rename on the same disk, or (when the roaming folder is on another
    disk) a copy to a staging folder renamed into place, the roaming copy removed only after that. A
    folder in use (another copy of the app still open) is not copied: it is used where it is this time,
    and moved at a later start. Either way a note on standard error says what happened.
    """
    if local.exists() or not roaming.is_dir():
        return local
    local.parent.mkdir(parents=True, exist_ok=True)
    try:
        try:
            os.replace(roaming, local)
        except OSError as error:
            if error.errno != errno.EXDEV:
                raise
            staging = local.with_name(f".{local.name}.moving")
            shutil.rmtree(staging, ignore_errors=True)
            try:
                shutil.copytree(roaming, staging)
                os.replace(staging, local)
            finally:
                shutil.rmtree(staging, ignore_errors=True)
            with contextlib.suppress(OSError):
                shutil.rmtree(roaming)
    except OSError as error:
        print(
            f"MAPPA Desktop: your data is still in {roaming}, a roaming folder, because it could not be "
            f"moved to {local} ({error.strerror or error}). Nothing was lost and it is used from there for "
            "now. Close every copy of MAPPA Desktop and start it again to move it.",
            file=sys.stderr,
        )
        return roaming
    print(
        f"MAPPA Desktop: moved your data from {roaming} to {local}, a folder on this computer (a database "
        "is not safe in a roaming folder). Nothing else changed.",
        file=sys.stderr,
    )
    return local


def default_database() -> Path:
    """The embedded default database used when no ``--db`` is given."""
    return user_data_dir() / "referrals.sqlite3"
