"""The database's files on disk, looked at before and after SQLite opens them.

Nothing here judges whether a database is damaged: only SQLite can, because the newest pages of a database
in WAL mode may still be in its ``-wal`` file (after a crash, a power cut or a full disk during a checkpoint,
or simply while another instance is checkpointing, the main file is shorter than its header says). These
checks only refuse what SQLite must never be given (a folder, a file that is not SQLite at all, an empty
main file beside a ``-wal`` SQLite would delete) and explain damage SQLite has already found.
"""

from __future__ import annotations

import errno
import os
import stat
import struct
from pathlib import Path

from mappa_desktop.core import safe_files
from mappa_desktop.core.messages import Message
from mappa_desktop.core.store.errors import (
    OPENING,
    DatabaseCorrupt,
    DatabaseIncomplete,
    DatabaseUnreadable,
    DatabaseUnwritable,
    DiskFull,
    side_files,
)

SQLITE_MAGIC = b"SQLite format 3\x00"


def wal_holds_data(path: Path) -> bool:
    """Whether a ``-wal`` file beside ``path`` may hold pages that are not in the main file yet."""
    try:
        return side_files(path)[0].stat().st_size > 0
    except OSError:
        return False


def check_before_opening(path: Path, *, encrypted: bool = False) -> None:
    """Refuse, by reading 100 bytes only, what must not reach SQLite; the file is never changed. An
    ``encrypted`` file has no SQLite header to check: its key is checked by reading it."""
    try:
        kind = os.stat(path).st_mode
        if stat.S_ISDIR(kind):
            raise DatabaseUnreadable(path, Message("it is a folder, not a file"))
        if not stat.S_ISREG(kind):  # a pipe would wait for ever, a device never end
            raise DatabaseUnreadable(
                path, Message("it is not an ordinary file (it is a device, pipe or socket)")
            )
        with path.open("rb") as handle:
            header = handle.read(100)
            size = os.fstat(handle.fileno()).st_size
    except OSError as exc:
        raise DatabaseUnreadable(path, exc.strerror or str(exc)) from exc
    if wal_holds_data(path):
        if size == 0:  # SQLite deletes a -wal beside an empty database: never let it
            wal = side_files(path)[0]
            raise DatabaseIncomplete(
                path, Message("the file is empty, but {wal} beside it holds saved changes", wal=wal.name)
            )
        return  # the -wal may hold page 1 itself: only SQLite, reading both, can tell
    if size and not encrypted and not header.startswith(SQLITE_MAGIC):
        raise DatabaseCorrupt(path, Message("it is not an SQLite database"))


def explain_damage(path: Path, sqlite_said: str) -> str:
    """Words for damage SQLite found (with the ``-wal`` applied): "cut short" when the header says so."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
            size = os.fstat(handle.fileno()).st_size
    except OSError:
        return sqlite_said
    if wal_holds_data(path):
        return sqlite_said
    if len(header) < 100:
        return Message("the file has been cut short")
    if not header.startswith(SQLITE_MAGIC):  # encrypted: its header is not readable without the key
        return sqlite_said
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    (pages,) = struct.unpack(">I", header[28:32])
    if size % max(page_size, 1) or size < pages * page_size:
        return Message("the file has been cut short; SQLite says: {said}", said=sqlite_said)
    return sqlite_said


def writable(path: Path) -> bool:
    """Whether SQLite can write the database there: the file (if any), and its folder (for the ``-wal``
    and ``-shm``)."""
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


def prepare_new(path: Path) -> None:
    """Create the folder (0700) and an empty database file (0600) SQLite will fill; its ``-wal`` and ``-shm``
    take the file's mode. Raises ``DiskFull`` or ``DatabaseUnwritable``; nothing is left half-made."""
    folder = path.parent
    try:
        safe_files.make_private_folder(folder)
    except OSError as exc:
        raise _unwritable(
            path,
            exc,
            Message("the folder cannot be created: {reason}", reason=exc.strerror or str(exc)),
        ) from exc
    if not folder.is_dir():
        raise DatabaseUnwritable(path, Message("the folder is not a folder"))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseUnwritable(path, Message("you do not have permission to write to the folder"))
    try:
        safe_files.create_private_file(path)
    except OSError as exc:
        raise _unwritable(path, exc, exc.strerror or str(exc)) from exc


def _unwritable(path: Path, exc: OSError, detail: str) -> Exception:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(path, OPENING)
    return DatabaseUnwritable(path, detail)


def keep_private(path: Path, *, data_folder: Path | None) -> None:
    """The database, its ``-wal`` and ``-shm`` owner-only (an older version left them 0644), and the app's
    own data folder 0700. Another folder the person chose (``--db``) is theirs and left alone."""
    safe_files.restrict_to_owner(path, *side_files(path))
    folder = path.parent
    if data_folder is not None and _same(folder, data_folder):
        safe_files.restrict_to_owner(folder, mode=safe_files.OWNER_ONLY_FOLDER)


def _same(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return False
