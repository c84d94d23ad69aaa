"""The SQLite driver every database connection uses: SQLCipher's build of Python's ``sqlite3`` module.

``sqlcipher3`` is the ``sqlite3`` module compiled against SQLCipher (SQLite with AES-256 page encryption),
shipped as self-contained wheels for Linux, Windows and macOS. Without a key it reads and writes ordinary
SQLite files, so one driver serves encrypted and plain databases alike.

sqlite-utils picks its driver once, when it is first imported: ``pysqlite3`` if that module can be
imported, else the standard library's ``sqlite3``. Its error handling (``except sqlite3.OperationalError``)
must catch the errors our connections raise, so ``sqlcipher3`` is registered as ``pysqlite3`` here, before
anything imports sqlite-utils (``mappa_desktop.core`` imports this module first). Code in this project
takes ``sqlite3`` from here, never from the standard library, for the same reason.
"""

from __future__ import annotations

import sys

import sqlcipher3
from sqlcipher3 import dbapi2 as sqlite3

__all__ = ["sqlite3", "check_sqlite_utils_driver"]

sys.modules["pysqlite3"] = sqlcipher3
sys.modules["pysqlite3.dbapi2"] = sqlite3


def check_sqlite_utils_driver() -> None:
    """Fail loudly if sqlite-utils was imported with another driver (it would then miss our errors)."""
    import sqlite_utils.utils

    if sqlite_utils.utils.sqlite3 is not sqlcipher3:
        raise RuntimeError(
            "sqlite_utils was imported before mappa_desktop.core.database_driver, so it uses another "
            "SQLite driver than the database connections; import mappa_desktop.core first"
        )
