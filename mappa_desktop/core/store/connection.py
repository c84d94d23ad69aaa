"""The one connection factory for the referrals database.

Every connection to the database is made here, so this is the single place where the encryption key is
applied: SQLCipher's ``PRAGMA key`` is the first statement on every connection (``_sqlite``), and a read
straight after it tells a wrong passphrase (``WrongPassphrase``) from damage. An encrypted database is opened
only with its key, a plain one only without (see ``encryption``).

Opening never harms an existing file, and never calls a healthy one damaged. SQLite itself opens the file,
replaying its ``-wal`` (where the newest pages of a WAL database live until a checkpoint copies them over),
and ``PRAGMA quick_check`` on that connection is the only judge of damage: the main file on its own may
rightly be shorter than its header says. Only a file that is not SQLite at all, or another program's
database, is refused before SQLite is asked to write anything. Where the file or its folder cannot be
written (read-only media), it is opened for reading only, so it can still be listed. Opening takes no write
lock unless the schema needs upgrading, so it never waits for another instance's long write.

New databases, their ``-wal`` and ``-shm`` are owner-only (0600) in an owner-only folder (0700).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from mappa_desktop.core.database_driver import sqlite3
from mappa_desktop.core.messages import Message
from mappa_desktop.core.store import encryption, files
from mappa_desktop.core.store.encryption import DatabaseKey, FileState
from mappa_desktop.core.store.errors import (
    OPENING,
    DatabaseCorrupt,
    DatabaseFromNewerVersion,
    DatabaseUnwritable,
    NotAReferralsDatabase,
    ReadOnlyWithPendingChanges,
    StoreError,
    translate,
)
from mappa_desktop.core.store.schema import MIGRATION_SET, known_migrations, migrations

BUSY_TIMEOUT_MS = 5_000
"""How long a write waits for another instance's write to finish before giving up."""


def _sqlite(uri: str, path: Path, key: DatabaseKey | None) -> sqlite3.Connection:
    """A connection, keyed first when the database is encrypted (a wrong key is refused here)."""
    # isolation_level=None: no implicit transactions; every write goes through ``transaction``.
    conn = sqlite3.connect(
        uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    if key is None:
        return conn
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not a line on stderr
        key.apply(conn)
        encryption.verify_key(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def _open(path: Path, key: DatabaseKey | None, *, read_write: bool) -> sqlite3.Connection:
    """An SQLite connection to the existing file at ``path``: read-write, else read-only (immutable when
    SQLite cannot make its ``-shm`` there and no ``-wal`` holds anything it would miss)."""
    uri = path.absolute().as_uri()
    if read_write:
        return _sqlite(f"{uri}?mode=rw", path, key)
    conn = None
    try:
        conn = _sqlite(f"{uri}?mode=ro", path, key)  # a key is checked by reading, which opens the -wal
        conn.execute("PRAGMA schema_version").fetchone()  # makes SQLite open the -wal and -shm now
        return conn
    except sqlite3.OperationalError as exc:
        if conn is not None:
            conn.close()
        if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF != sqlite3.SQLITE_CANTOPEN:
            raise
    if files.wal_holds_data(path):
        raise ReadOnlyWithPendingChanges(path)
    return _sqlite(f"{uri}?immutable=1", path, key)


def _configure(conn: sqlite3.Connection, *, read_write: bool) -> None:
    """Per-connection settings (the key, when there is one, was applied first, in ``_sqlite``)."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_write:
        conn.execute("PRAGMA query_only = ON")


def connect(
    path: Path | str,
    key: DatabaseKey | None = None,
    *,
    check_ours: Callable[[sqlite3.Connection, Path], None] | None = None,
    prepare: Callable[[Database, Path, bool], None] | None = None,
    plain_only: bool = False,
) -> Database:
    """Open (creating if absent) the referrals database at ``path``, sound and migrated: encrypted with
    ``key`` when one is given (a new file is created encrypted), plain without.

    Another of the application's own databases (the training record) is opened here too, with every
    check, by giving its own ``check_ours(conn, path)`` (refuse a file that is not one of its kind,
    before anything is written) and ``prepare(db, path, read_write)`` (create or upgrade its tables)
    instead of the referrals schema's. With ``plain_only`` (a database this application never encrypts) a
    file that is not plain SQLite is refused as not being one (``DatabaseCorrupt``), never as needing a
    passphrase.

    WAL journal, foreign keys on, busy timeout, ``synchronous = FULL`` (a committed save survives a crash
    of the program and of the machine). On read-only media it is opened for reading only
    (``is_read_only``). Raises a ``StoreError`` saying what happened (``DatabaseCorrupt`` only when SQLite,
    with the ``-wal`` applied, finds real damage; ``DiskFull``, ``DatabaseBusy``, ``DatabaseLocked``,
    ``DatabaseUnreadable``, ``DatabaseUnwritable``, ``DatabaseFromNewerVersion``, ``WrongPassphrase``,
    ``PassphraseNeeded``, ``NotEncrypted``, ...); in every case an existing file is left as it was.
    """
    path = Path(path).expanduser()
    existed = path.exists()
    if existed:
        state = encryption.file_state(path)
        if state is FileState.encrypted and key is None:
            if plain_only:
                raise DatabaseCorrupt(path, Message("it is not an SQLite database"))
            raise encryption.PassphraseNeeded(path)
        if state is FileState.plain and key is not None:
            raise encryption.NotEncrypted(path)
        files.check_before_opening(path, encrypted=key is not None)
        read_write = files.writable(path)
    else:
        files.prepare_new(path)
        read_write = True
    conn = None
    try:
        conn = _open(path, key, read_write=read_write)
        _configure(conn, read_write=read_write)
        if existed:
            _quick_check(conn, path)
            (check_ours or _check_ours)(conn, path)
        if read_write:
            files.keep_private(path, data_folder=_app_data_folder())
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":  # e.g. some network shares; rollback journal still keeps data safe
                conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
        db = Database(conn)
        if prepare is None:
            _migrate(db, path, read_write=read_write)
        else:
            prepare(db, path, read_write)
    except BaseException as exc:
        if conn is not None:
            _close_leaving_files_as_they_are(conn, path, key, read_write=read_write)
        if not existed:
            _remove_if_empty(path)
        if isinstance(exc, sqlite3.Error):
            raise _judged(exc, path) from exc
        raise
    if key is not None and read_write:
        encryption.tidy_after_conversion(path)  # a plain backup left by a killed conversion goes now
    return db


def _close_leaving_files_as_they_are(
    conn: sqlite3.Connection, path: Path, key: DatabaseKey | None, *, read_write: bool
) -> None:
    """Close a connection to a refused file without the checkpoint SQLite makes when the last connection
    closes (it would copy the -wal into the main file and delete it): a read-only connection holding its
    shared lock meanwhile makes this one not the last, and cannot checkpoint itself."""
    if not (read_write and files.wal_holds_data(path)):
        conn.close()  # an empty -wal: closing writes nothing, and removes the -wal and -shm it made
        return
    try:
        guard = _sqlite(f"{path.absolute().as_uri()}?mode=ro", path, key)
    except (sqlite3.Error, StoreError):
        conn.close()
        return
    try:
        with contextlib.suppress(sqlite3.Error):
            guard.execute("PRAGMA user_version").fetchone()
        conn.close()
    finally:
        guard.close()


def is_read_only(db: Database) -> bool:
    """Whether the database was opened for reading only (read-only media or file)."""
    return bool(db.conn.execute("PRAGMA query_only").fetchone()[0])


def _app_data_folder() -> Path | None:
    from mappa_desktop.paths import user_data_dir

    try:
        return user_data_dir()
    except (OSError, RuntimeError):  # no home folder: then there is no app data folder to protect
        return None


def _remove_if_empty(path: Path) -> None:
    """A database this call created and could not fill is removed again (nothing half-made is left)."""
    with contextlib.suppress(OSError):
        if path.stat().st_size == 0 and not files.wal_holds_data(path):
            path.unlink()


def _judged(exc: sqlite3.Error, path: Path) -> StoreError:
    error = translate(exc, path, OPENING)
    if type(error) is DatabaseCorrupt:
        return DatabaseCorrupt(path, files.explain_damage(path, str(exc)))
    return error


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """SQLite's own check of every page, through this connection (so with the ``-wal`` applied)."""
    rows = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    if rows != ["ok"]:
        raise DatabaseCorrupt(path, files.explain_damage(path, "; ".join(rows)))


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
        known = set(known_migrations())
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise DatabaseFromNewerVersion(path, unknown)
    elif tables - {"sqlite_sequence"}:
        raise NotAReferralsDatabase(path)


def _migrate(db: Database, path: Path, *, read_write: bool) -> None:
    """Apply pending migrations under one write lock, so two instances starting together cannot race.
    Nothing pending (every open but the first after an upgrade) takes no lock at all."""
    if not migrations.pending(db):
        return
    if not read_write:
        raise DatabaseUnwritable(
            path,
            Message("it needs upgrading for this version of MAPPA Desktop, which cannot be done where it is"),
        )
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
