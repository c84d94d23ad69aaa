"""Encryption at rest: a database key from a passphrase, the wrong-passphrase refusal, changing the
passphrase, and encrypting an existing plain database in place.

The referrals database is an SQLCipher file: every page (and every page in its ``-wal``) is AES-256
encrypted and authenticated (HMAC-SHA512). The key is derived from the person's passphrase with
PBKDF2-HMAC-SHA512 over the file's own random 16-byte salt (its first 16 bytes), 256,000 iterations:
SQLCipher 4's own derivation, done here once per opening so every further connection is given the derived
key (``x'...'``) and opens at once. The passphrase is never stored; the derived key lives only in memory,
in a ``bytearray`` that is overwritten when the database closes (Python may still hold copies of the typed
text and of the SQL string that carries the key: they cannot be wiped from Python).
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import hmac
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

from mappa_desktop.core import safe_files
from mappa_desktop.core.database_driver import sqlite3
from mappa_desktop.core.messages import Message
from mappa_desktop.core.store.errors import StoreError, side_files

KDF_ITERATIONS = 256_000
"""PBKDF2-HMAC-SHA512 iterations: SQLCipher 4's default (``PRAGMA key = 'passphrase'`` opens it too)."""
KEY_BYTES = 32
SALT_BYTES = 16
SQLITE_MAGIC = b"SQLite format 3\x00"


class WrongPassphrase(StoreError):
    """The passphrase does not open the database (or the file is not a MAPPA Desktop database)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            Message(
                "The passphrase did not open the referrals database {path}. It has not been changed. Type "
                "the passphrase again, checking Caps Lock and the keyboard language. If you have forgotten "
                "it, the referrals in this file cannot be read by anyone: ask your IT support whether a "
                "backup made with a passphrase you remember exists. (A file that is not a MAPPA Desktop "
                "database is refused "
                "with this message too: check that you chose the right file.)",
                path=path,
            )
        )


class PassphraseNeeded(StoreError):
    """An encrypted database was opened without its passphrase."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            Message(
                "The referrals database {path} is encrypted, and no passphrase was given, so it was not "
                "opened. It has not been changed. Give its passphrase when asked (on the command line, run "
                "the "
                "command at a terminal, or give --passphrase-fd N).",
                path=path,
            )
        )


class NotEncrypted(StoreError):
    """A passphrase was given for a database that is not encrypted yet."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            Message(
                "The referrals database {path} is not encrypted yet, so a passphrase cannot open it. It "
                "has not been changed. Open it in the MAPPA Desktop window once: it asks you to choose a "
                "passphrase "
                "and encrypts it.",
                path=path,
            )
        )


class ConversionFailed(StoreError):
    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        super().__init__(
            Message(
                "The referrals database {path} could not be encrypted ({detail}). It has not been changed "
                "and is still readable as it was. Check there is free space on the disk (encrypting needs "
                "room for "
                "a copy of it) and try again; if it keeps happening, ask your IT support.",
                path=path,
                detail=detail,
            )
        )


class DatabaseKey:
    """The key of one encrypted database: 32 bytes derived from the passphrase, and the file's salt.

    The passphrase is not kept. ``wipe()`` overwrites the key (the store does so when it closes)."""

    __slots__ = ("_raw", "salt")

    def __init__(self, raw: bytes | bytearray, salt: bytes) -> None:
        if len(raw) != KEY_BYTES or len(salt) != SALT_BYTES:
            raise ValueError("a database key is 32 bytes with a 16-byte salt")
        self._raw = bytearray(raw)
        self.salt = bytes(salt)

    @classmethod
    def derive(cls, passphrase: str, salt: bytes) -> DatabaseKey:
        """The key ``passphrase`` gives with ``salt`` (about a tenth of a second, on purpose)."""
        secret = bytearray(passphrase.encode("utf-8"))
        try:
            raw = bytearray(hashlib.pbkdf2_hmac("sha512", secret, salt, KDF_ITERATIONS, KEY_BYTES))
        finally:
            _zero(secret)
        try:
            return cls(raw, salt)
        finally:
            _zero(raw)

    @classmethod
    def for_new_database(cls, passphrase: str) -> DatabaseKey:
        """The key for a database not written yet, with a new random salt."""
        return cls.derive(passphrase, secrets.token_bytes(SALT_BYTES))

    @classmethod
    def for_file(cls, path: Path, passphrase: str) -> DatabaseKey:
        """The key ``passphrase`` gives for the encrypted database at ``path`` (its salt read from it)."""
        with Path(path).open("rb") as handle:
            salt = handle.read(SALT_BYTES)
        if len(salt) != SALT_BYTES:
            raise WrongPassphrase(Path(path))
        return cls.derive(passphrase, salt)

    @classmethod
    def random(cls) -> DatabaseKey:
        """A key no one knows (the throw-away demo database: it lives only as long as the window)."""
        return cls(secrets.token_bytes(KEY_BYTES), secrets.token_bytes(SALT_BYTES))

    def copy(self) -> DatabaseKey:
        """A copy with its own buffer (wiping one leaves the other)."""
        return DatabaseKey(self._raw, self.salt)

    def matches(self, passphrase: str) -> bool:
        """Whether ``passphrase`` gives this key (compared in constant time)."""
        other = DatabaseKey.derive(passphrase, self.salt)
        try:
            return hmac.compare_digest(bytes(other._raw), bytes(self._raw))
        finally:
            other.wipe()

    def with_passphrase(self, passphrase: str) -> DatabaseKey:
        """The key a new passphrase gives for the same file (the salt stays; ``PRAGMA rekey`` keeps it)."""
        return DatabaseKey.derive(passphrase, self.salt)

    def sql_literal(self, *, with_salt: bool = True) -> str:
        """SQLCipher's raw-key literal ``x'<key><salt>'`` (no key derivation when opening)."""
        if not any(self._raw):
            raise StoreError(
                Message("The database key has been wiped (the database was closed); open it again.")
            )
        return f"x'{self._raw.hex()}{self.salt.hex() if with_salt else ''}'"

    def apply(self, conn: sqlite3.Connection) -> None:
        """Key a new connection: must be its first statement."""
        conn.execute(f'PRAGMA key = "{self.sql_literal()}"')

    def wipe(self) -> None:
        _zero(self._raw)

    def __repr__(self) -> str:
        return "DatabaseKey(<hidden>)"


def _zero(buffer: bytearray) -> None:
    for i in range(len(buffer)):
        buffer[i] = 0


class FileState(enum.Enum):
    absent = "absent"  # no file, or an empty one: a new database
    plain = "plain"  # an ordinary SQLite file
    encrypted = "encrypted"  # anything else: only the key can tell an encrypted database from noise


def file_state(path: Path) -> FileState:
    """What the file at ``path`` is, from its first 16 bytes (an encrypted file starts with its salt).

    Anything but a regular file (a folder, a pipe that would wait for ever) is "plain": the connection
    factory then refuses it, saying what it is, without reading it."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return FileState.plain
        with Path(path).open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return FileState.absent
    except OSError:
        return FileState.plain  # unreadable: the connection factory says so
    if not header:
        return FileState.absent
    return FileState.plain if header == SQLITE_MAGIC else FileState.encrypted


def verify_key(conn: sqlite3.Connection, path: Path) -> None:
    """Read the schema through a keyed connection: SQLite says "not a database" when the key is wrong."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == sqlite3.SQLITE_NOTADB:
            raise WrongPassphrase(path) from exc
        raise


def change_key(conn: sqlite3.Connection, new: DatabaseKey) -> None:
    """Re-encrypt every page with ``new`` (``PRAGMA rekey``; ``new`` must share the file's salt)."""
    conn.execute(f'PRAGMA rekey = "{new.sql_literal(with_salt=False)}"')


# -- encrypting a plain database in place -------------------------------------------------------------

STEPS = ("copying", "exported", "verified", "linked", "swapped", "removed")
"""The steps of ``encrypt_in_place``; after each, a killed process leaves a database that opens."""

conversion_step: Callable[[str], None] = lambda step: None  # noqa: E731 - tests pause here to kill


def encrypting_copy(path: Path) -> Path:
    """Where the encrypted copy is written before it replaces the plain file."""
    return path.with_name(path.name + ".encrypting")


def plain_backup(path: Path) -> Path:
    """The plain file kept (a second name for it) until the encrypted one is in place."""
    return path.with_name(path.name + ".plain-backup")


def encrypt_in_place(path: Path, key: DatabaseKey) -> None:
    """Encrypt the plain database at ``path`` with ``key``, safely: the encrypted copy is written beside it,
    checked (it opens with the key, SQLite's integrity check passes, every table has as many rows), then
    put in its place in one atomic rename; the plain file, kept under a second name until then, is
    overwritten and removed. Killed at any moment, ``path`` is either the untouched plain database or the
    checked encrypted one; ``tidy_after_conversion`` (called on every keyed opening) finishes the removal.

    Raises ``ConversionFailed`` (the plain file left as it was) or another ``StoreError``."""
    path = Path(path)
    tidy_after_conversion(path)
    copy = encrypting_copy(path)
    counts = _export(path, copy, key)
    conversion_step("exported")
    try:
        _check_copy(copy, key, counts)
    except (StoreError, sqlite3.Error) as exc:
        _remove(copy)
        detail = (
            str(exc) if isinstance(exc, sqlite3.Error) else Message("the encrypted copy did not match it")
        )
        raise ConversionFailed(path, detail) from exc
    conversion_step("verified")
    backup = plain_backup(path)
    _keep_backup(path, backup)
    conversion_step("linked")
    for side in side_files(path):  # the plain -wal was checkpointed and emptied; never pair it with the copy
        _remove(side)
    os.replace(copy, path)
    _sync_folder(path.parent)
    conversion_step("swapped")
    shred(backup)
    conversion_step("removed")


def tidy_after_conversion(path: Path) -> None:
    """Finish or undo a conversion that was killed: an unverified encrypted copy is removed; a plain
    backup is removed (overwritten first, unless it is only a second name of the plain file still in use)."""
    _remove(encrypting_copy(path))
    _remove(Path(str(encrypting_copy(path)) + "-journal"))
    backup = plain_backup(path)
    if not backup.exists():
        return
    if path.exists() and _same_file(path, backup):
        backup.unlink()  # killed before the swap: the backup is the live plain database itself
    else:
        shred(backup)


def _export(path: Path, copy: Path, key: DatabaseKey) -> dict[str, int]:
    """Write the encrypted copy with ``sqlcipher_export``, under a write lock; the plain rows counted."""
    _remove(copy)
    safe_files.create_private_file(copy)
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=rw", uri=True, isolation_level=None, timeout=5)
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy and busy[0]:
            raise ConversionFailed(path, Message("another program is using it; close it and try again"))
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(copy), key.sql_literal()))
        conn.execute("BEGIN IMMEDIATE")
        counts = _row_counts(conn)
        conversion_step("copying")
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE encrypted")
    except sqlite3.Error as exc:
        conn.close()
        _remove(copy)
        raise ConversionFailed(path, str(exc)) from exc
    conn.close()
    _fsync(copy)
    return counts


def _row_counts(conn: sqlite3.Connection, schema: str = "main") -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0] for name in names}


def _check_copy(copy: Path, key: DatabaseKey, counts: dict[str, int]) -> None:
    conn = sqlite3.connect(f"{copy.absolute().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        key.apply(conn)
        verify_key(conn, copy)
        if [row[0] for row in conn.execute("PRAGMA integrity_check(5)")] != ["ok"]:
            raise StoreError("integrity check failed")
        if _row_counts(conn) != counts:
            raise StoreError("row counts differ")
    finally:
        conn.close()


def _keep_backup(path: Path, backup: Path) -> None:
    """A second name for the plain file (a hard link: the same bytes, which ``shred`` later overwrites);
    a copy where the disk has no hard links (FAT, exFAT)."""
    _remove(backup)
    try:
        os.link(path, backup)
    except OSError:
        safe_files.create_private_file(backup)
        with path.open("rb") as source, backup.open("r+b") as target:
            while chunk := source.read(1 << 20):
                target.write(chunk)
            target.flush()
            os.fsync(target.fileno())
    _sync_folder(path.parent)


def shred(path: Path) -> None:
    """Overwrite a file with zeros, flush it to the disk, then delete it.

    On SSDs (wear levelling), journaling or copy-on-write file systems and snapshots, overwriting does not
    guarantee the old bytes are gone from the disk: full-disk encryption (BitLocker, FileVault, LUKS) is
    what protects those remnants."""
    try:
        with path.open("r+b") as handle:
            size = os.fstat(handle.fileno()).st_size
            zeros = bytes(1 << 20)
            written = 0
            while written < size:
                written += handle.write(zeros[: min(len(zeros), size - written)])
            handle.flush()
            os.fsync(handle.fileno())
    except FileNotFoundError:
        return
    path.unlink(missing_ok=True)
    _sync_folder(path.parent)


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    """Make a rename or removal durable (POSIX; Windows has no folder handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
