"""The one connection factory for the referrals database.

Every connection to the database is made here, so this is the single place where an encryption key will
be applied (SQLCipher's ``PRAGMA key`` must be the first statement on a connection; see ``_configure``).

Opening never harms an existing file: the header is checked and ``PRAGMA quick_check`` run *before*
anything is written (the journal mode is only switched to WAL once the file is known to be sound), so a
damaged or foreign file is reported, never overwritten.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from mappa_desktop.core.store.errors import (
    DatabaseCorrupt,
    DatabaseFromNewerVersion,
    DatabaseUnreadable,
    DatabaseUnwritable,
    StoreError,
    translate,
)
from mappa_desktop.core.store.schema import MIGRATION_SET, known_migrations, migrations

BUSY_TIMEOUT_MS = 5_000
"""How long a write waits for another instance's write to finish before giving up."""

SQLITE_MAGIC = b"SQLite format 3\x00"


def _check_header(path: Path) -> None:
    """Refuse a file that is not an SQLite database or is shorter than its header says. Reads only."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
            size = os.fstat(handle.fileno()).st_size
    except IsADirectoryError as exc:
        raise DatabaseUnreadable(path, "it is a folder, not a file") from exc
    except OSError as exc:
        raise DatabaseUnreadable(path, exc.strerror or str(exc)) from exc
    if size == 0:
        return  # an empty file is an empty database: nothing to lose
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise DatabaseCorrupt(path, "it is not an SQLite database")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DatabaseCorrupt(path, "its header is damaged")
    (change_counter,) = struct.unpack(">I", header[24:28])
    (header_pages,) = struct.unpack(">I", header[28:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    if size % page_size:
        raise DatabaseCorrupt(path, "the file has been cut short")
    # The page count in the header is only trusted when written by a recent SQLite (valid_for matches).
    if valid_for == change_counter and header_pages and size < header_pages * page_size:
        raise DatabaseCorrupt(path, "the file has been cut short")


def _prepare_folder(path: Path) -> None:
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseUnwritable(path, f"the folder cannot be created: {exc.strerror or exc}") from exc
    if not folder.is_dir():
        raise DatabaseUnwritable(path, "the folder is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseUnwritable(path, "you do not have permission to write to the folder")
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseUnwritable(path, "the file is read-only")


def _configure(conn: sqlite3.Connection) -> None:
    """Per-connection settings. An encryption key would be applied here, first."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")


def connect(path: Path | str) -> Database:
    """Open (creating if absent) the referrals database at ``path``, sound and migrated.

    WAL journal, foreign keys on, busy timeout, ``synchronous = FULL`` (a committed save survives a crash
    of the program and of the machine). Raises ``DatabaseCorrupt``, ``DatabaseUnreadable``,
    ``DatabaseUnwritable`` or ``DatabaseFromNewerVersion``; in every case the file is left as it was.
    """
    path = Path(path).expanduser()
    existed = path.exists()
    if existed:
        _check_header(path)
    _prepare_folder(path)
    try:
        # isolation_level=None: no implicit transactions; every write goes through ``transaction``.
        conn = sqlite3.connect(
            str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as exc:
        if existed:
            raise DatabaseUnreadable(path, str(exc)) from exc
        raise DatabaseUnwritable(path, str(exc)) from exc
    try:
        _configure(conn)
        if existed:
            _quick_check(conn, path)
            _check_ours(conn, path)
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":  # e.g. some network shares; rollback journal still keeps data safe
            conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        db = Database(conn)
        _migrate(db, path)
    except StoreError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise translate(exc, path, "opening of the database") from exc
    return db


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    try:
        rows = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(path, str(exc)) from exc
    if rows != ["ok"]:
        raise DatabaseCorrupt(path, "; ".join(rows))


def _check_ours(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse, by reading only, a database from a newer version or from another program."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "_sqlite_migrations" in tables:
        applied = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,)
            )
        ]
        unknown = [name for name in applied if name not in set(known_migrations())]
        if unknown:
            raise DatabaseFromNewerVersion(path, unknown)
    elif tables - {"sqlite_sequence"}:
        raise DatabaseCorrupt(path, "it is an SQLite database, but not one of MAPPA Desktop's")


def _migrate(db: Database, path: Path) -> None:
    """Apply pending migrations under one write lock, so two instances starting together cannot race."""
    with transaction(db, path, "upgrade of the database"):
        _check_ours(db.conn, path)  # again, under the lock: another instance may have just upgraded it
        if migrations.pending(db):
            migrations.apply(db)


@contextmanager
def transaction(db: Database, path: Path, what: str) -> Iterator[sqlite3.Connection]:
    """One write transaction (``BEGIN IMMEDIATE``: take the write lock up front, waiting up to the busy
    timeout for another instance). Commits on success, rolls back on any error; sqlite3 errors become
    ``StoreError``s naming ``what`` was not done."""
    conn = db.conn
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise translate(exc, path, what) from exc
    try:
        yield conn
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise translate(exc, path, what) from exc
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise translate(exc, path, what) from exc
