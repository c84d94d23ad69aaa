"""Store errors. ``str(error)`` is written for the person at the screen: what happened, what was kept,
and what to do next."""

from __future__ import annotations

import shutil
from pathlib import Path

from mappa_desktop.core.database_driver import sqlite3
from mappa_desktop.core.messages import Message

OPENING = "opening of the database"
"""The ``what`` of errors met while opening (messages then say "it was not opened")."""


class StoreError(Exception):
    """Something went wrong with the referrals database; the message says what and what to do.

    Raised with a ``Message``: ``str(error)`` is English, ``said(error, language)`` the reader's language."""


def side_files(path: Path) -> tuple[Path, Path]:
    """The ``-wal`` and ``-shm`` files SQLite keeps beside a database: recent changes live in the first."""
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def _keep_together(path: Path) -> Message:
    wal, shm = side_files(path)
    return Message(
        "Keep {name} and any {wal} and {shm} files beside it exactly as they are, and move or copy them "
        "only together: they may hold your most recent changes.",
        name=path.name,
        wal=wal.name,
        shm=shm.name,
    )


def _detail(detail: str) -> Message | str:
    """`` ({detail})`` after a sentence, or nothing."""
    return Message(" ({detail})", detail=detail) if detail else ""


class DatabaseCorrupt(StoreError):
    def __init__(self, path: Path, detail: str = "") -> None:
        self.path = path
        super().__init__(
            Message(
                "The referrals database {path} is damaged and cannot be opened{detail}. It has not been "
                "changed or overwritten. {keep} Ask your IT support to recover it, or restore it from a "
                "backup (changes made since that backup would be lost); to carry on meanwhile, open or "
                "create a different database file.",
                path=path,
                detail=_detail(detail),
                keep=_keep_together(path),
            )
        )


class NotAReferralsDatabase(DatabaseCorrupt):
    """An SQLite database of another program: refused, never taken over."""

    def __init__(self, path: Path) -> None:
        self.path = path
        StoreError.__init__(
            self,
            Message(
                "{path} is an SQLite database, but not one of MAPPA Desktop's, so it was not opened. It has "
                "not been changed. Check that you chose the right file, or choose a new file name to start "
                "a new referrals database.",
                path=path,
            ),
        )


class DatabaseIncomplete(StoreError):
    """The main file is empty or unreadable here while its ``-wal`` file holds data: never "damaged"."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path = path
        super().__init__(
            Message(
                "The referrals database {path} was not opened: {detail}. Nothing has been changed or "
                "deleted. {keep} Ask your IT support for help; do not restore an older backup over these "
                "files.",
                path=path,
                detail=detail,
                keep=_keep_together(path),
            )
        )


class ReadOnlyWithPendingChanges(StoreError):
    """Read-only media, and the latest changes sit in a ``-wal`` file that needs a writable folder."""

    def __init__(self, path: Path) -> None:
        self.path = path
        wal, shm = side_files(path)
        super().__init__(
            Message(
                "The referrals database {path} is on a read-only disk or in a folder you cannot write to, "
                "and its latest changes are still in {wal}, which can only be read from a folder you can "
                "write to. Nothing has been changed and nothing is lost. Copy {name}, {wal} and (if there "
                "is one) {shm} together to a folder you can write to, and open the copy there.",
                path=path,
                name=path.name,
                wal=wal.name,
                shm=shm.name,
            )
        )


class DatabaseUnreadable(StoreError):
    def __init__(self, path: Path, detail: str = "") -> None:
        self.path = path
        super().__init__(
            Message(
                "The referrals database {path} could not be read{detail}. Nothing in it has been changed. "
                "Check that the file exists, is a file (not a folder) and that you have permission to read "
                "it.",
                path=path,
                detail=_detail(detail),
            )
        )


class DatabaseUnwritable(StoreError):
    def __init__(self, path: Path, detail: str = "") -> None:
        self.path = path
        super().__init__(
            Message(
                "Referrals cannot be saved at {path}{detail}. Nothing was written there. Choose a folder you "
                "can write to (for example your Documents folder) or ask your IT support for permission to "
                "write to this one.",
                path=path,
                detail=_detail(detail),
            )
        )


class DatabaseFromNewerVersion(StoreError):
    def __init__(self, path: Path, unknown: list[str]) -> None:
        self.path = path
        self.unknown = unknown
        super().__init__(
            Message(
                "The referrals database {path} was last used by a newer version of MAPPA Desktop (it has "
                "changes this version does not know: {unknown}). It has not been changed. Install the newer "
                "version to open it.",
                path=path,
                unknown=", ".join(unknown),
            )
        )


def _not_done(what: str) -> Message:
    if what == OPENING:
        return Message("it was not opened")
    return Message("the {what} was not made", what=Message(what))


class DatabaseBusy(StoreError):
    def __init__(self, path: Path, what: str) -> None:
        self.path = path
        super().__init__(
            Message(
                "The referrals database {path} was kept busy by another copy of MAPPA Desktop (or another "
                "program using it) for longer than a few seconds, so {not_done}. Everything saved before it "
                "is kept. Wait a moment and try again.",
                path=path,
                not_done=_not_done(what),
            )
        )


class DatabaseLocked(StoreError):
    """The file lock was refused: another program holds the file, or the disk cannot lock files."""

    def __init__(self, path: Path, what: str) -> None:
        self.path = path
        super().__init__(
            Message(
                "The referrals database {path} is locked by another program (for example a backup, sync or "
                "virus-checking tool), or the disk it is on does not allow locking, so {not_done}. Nothing "
                "in it was changed. Close the other program or wait for it to finish, then try again; if "
                "the file is on a network drive, copy it to a folder on this computer.",
                path=path,
                not_done=_not_done(what),
            )
        )


class DiskFull(StoreError):
    def __init__(self, path: Path, what: str, *, message: Message | None = None) -> None:
        self.path = path
        if message is None and what == OPENING:
            wal, shm = side_files(path)
            message = Message(
                "The disk holding {path} is full, so the referrals database could not be opened: opening "
                "needs a little space for its working files ({wal}, {shm}). Nothing in it has been changed "
                "and nothing is lost. Free some space on that disk, then open it again.",
                path=path,
                wal=wal.name,
                shm=shm.name,
            )
        super().__init__(
            message
            or Message(
                "The disk holding {path} is full, so the {what} was not made. Everything saved before it is "
                "kept. Free some space on the disk, then try again (in the window, your changes stay on "
                "screen until they are saved).",
                path=path,
                what=Message(what),
            )
        )


class ReferralNotFound(StoreError):
    def __init__(self, referral_id: str) -> None:
        self.referral_id = referral_id
        super().__init__(
            Message(
                "Referral {id} is not in the database: it may have been deleted, possibly from another "
                "window. Nothing was changed. Refresh the list of referrals.",
                id=referral_id,
            )
        )


class SaveConflict(StoreError):
    def __init__(self, referral_id: str, loaded: int, stored: int) -> None:
        self.referral_id = referral_id
        self.loaded_revision = loaded
        self.stored_revision = stored
        super().__init__(
            Message(
                "Referral {id} was saved elsewhere (another window or computer) after you opened it (you "
                "have revision {loaded}, the database has {stored}). Your changes were not saved and are "
                "still on screen. Reopen the referral to see the other changes, then make yours again.",
                id=referral_id,
                loaded=loaded,
                stored=stored,
            )
        )


class StoredReferralInvalid(StoreError):
    def __init__(self, referral_id: str, detail: str) -> None:
        self.referral_id = referral_id
        super().__init__(
            Message(
                "Referral {id} is stored in a form this version cannot read ({detail}). It has not been "
                "changed. Check you are using the latest version of MAPPA Desktop.",
                id=referral_id,
                detail=detail,
            )
        )


SQLITE_IOERR_LOCK = sqlite3.SQLITE_IOERR | (15 << 8)
"""SQLite's extended code for a refused file lock (the SQLCipher module names only the primary codes)."""

_FREE_SPACE_FLOOR = 1 << 20
"""Below this many free bytes, a disk I/O error is the disk being full (SQLite reports a full disk met while
sizing its working files as a plain I/O error)."""


def disk_is_full(path: Path) -> bool:
    """Whether the disk holding ``path`` (or its nearest existing folder) has next to no space left."""
    folder = path if path.is_dir() else path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < _FREE_SPACE_FLOOR
    except OSError:
        return False


def translate(error: sqlite3.Error, path: Path, what: str) -> StoreError:
    """Turn an sqlite3 error met while doing ``what`` (e.g. "last save") into a StoreError a person can act
    on, by SQLite's error code (the text when there is none)."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(error).lower()
    if primary == sqlite3.SQLITE_FULL or (primary is None and "disk is full" in text):
        return DiskFull(path, what)
    if primary == sqlite3.SQLITE_IOERR and disk_is_full(path):
        return DiskFull(path, what)
    read_only = "readonly" in text or "read-only" in text
    if primary == sqlite3.SQLITE_READONLY or (primary is None and read_only):
        return DatabaseUnwritable(
            path, Message("it is on a read-only disk or folder, or is read-only itself")
        )
    if code == SQLITE_IOERR_LOCK or primary == sqlite3.SQLITE_LOCKED or "table is locked" in text:
        return DatabaseLocked(path, what)
    if primary == sqlite3.SQLITE_BUSY or (primary is None and ("locked" in text or "busy" in text)):
        return DatabaseBusy(path, what)
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or (
        primary is None and ("malformed" in text or "not a database" in text or "corrupt" in text)
    ):
        return DatabaseCorrupt(path, str(error))
    if primary in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM) or "unable to open" in text:
        return DatabaseUnreadable(path, str(error))
    if primary == sqlite3.SQLITE_IOERR:
        return StoreError(
            Message(
                "The disk holding {path} reported an error ({error}), so the {what} was not made. "
                "Everything saved before it is kept. Check that the disk or network drive is still "
                "connected, then try again; if it keeps happening, ask your IT support.",
                path=path,
                error=error,
                what=Message(what),
            )
        )
    return StoreError(
        Message(
            "The {what} could not be made in {path}: {error}. Everything saved before it is kept. Try again; "
            "if it keeps happening, ask your IT support.",
            what=Message(what),
            path=path,
            error=error,
        )
    )
