"""The one place that finds ui/, rules/ and resources/, and the user's data directory.

Three layouts are supported:
- a frozen bundle (PyInstaller): the folders sit under ``sys._MEIPASS``;
- a source checkout (including an editable install): the folders sit beside the package;
- an installed wheel: the folders were copied into ``mappa_desktop/_data/``.
"""

from __future__ import annotations

import os
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

    ``MAPPA_DESKTOP_DATA`` overrides it (tests, portable installs).
    """
    override = os.environ.get("MAPPA_DESKTOP_DATA")
    if override:
        return Path(override)
    if sys.platform == "win32":
        root = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        root = Path.home() / "Library" / "Application Support"
    else:
        root = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return root / APP_NAME


def default_database() -> Path:
    """The embedded default database used when no ``--db`` is given."""
    return user_data_dir() / "referrals.sqlite3"
