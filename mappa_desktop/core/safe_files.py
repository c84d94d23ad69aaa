"""Write files so that a reader never sees half of one, and no one else can read them.

Referral summaries and packages hold OFFICIAL-SENSITIVE personal data. Every export goes through
``write_atomic``: the bytes go to a temporary file in the destination folder (same file system, so the
final rename is atomic), are flushed to disk with ``fsync``, and only then replace the destination with
``os.replace``. A failure at any step removes the temporary file, so there is either the whole new file
or nothing new at all. The temporary file is created by ``tempfile.mkstemp``, which opens it with mode
0600 (owner read/write only) on POSIX; the rename keeps that mode.

A crash (or kill -9) mid-write can leave a hidden ``.NAME.xxxxxxxx.part`` temporary behind, possibly holding
a whole summary. The writer holds an exclusive lock on its temporary while writing, so the next write to
that folder can tell a dead writer's leftover (unlocked, and not brand new) from a live one and removes only
the former (``remove_stale_parts``).

The same module keeps the data folder and the database files owner-only (0700 and 0600) whatever the
umask: ``make_private_folder``, ``create_private_file`` and ``restrict_to_owner``.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
from pathlib import Path

from mappa_desktop.core.messages import Message

# Windows cannot replace a file another program holds open (a PDF viewer showing the last export, or a
# virus scanner reading the new one for a moment): the swap is tried again for about two seconds.
REPLACE_ATTEMPTS = 10 if os.name == "nt" else 1
REPLACE_PAUSE = 0.2  # seconds between attempts

if os.name == "posix":
    import fcntl
else:  # pragma: no cover - Windows: an open file cannot be deleted, which protects a live temporary
    fcntl = None

OWNER_ONLY_FILE = 0o600
OWNER_ONLY_FOLDER = 0o700
STALE_PART_AGE_S = 10.0 if fcntl else 3600.0
"""A temporary younger than this is never removed (it may be a writer's that has not taken its lock yet);
without file locks (Windows) only the age tells, so it is much longer there."""
_PART_NAME = re.compile(r"^\..+\.[a-z0-9_]{8}\.part$")  # tempfile.mkstemp(prefix=".NAME.", suffix=".part")


class ExportError(Exception):
    """A file could not be written. The message says what happened and that nothing was left behind."""


def write_atomic(path: str | os.PathLike[str], data: bytes, *, overwrite: bool) -> Path:
    """Write ``data`` to ``path`` atomically, readable by the owner only; return the path written.

    Raises ``FileExistsError`` when ``path`` exists and ``overwrite`` is false, and ``ExportError``
    (with the reason) when the folder is missing or the write fails; in both cases no file is left
    behind or changed.
    """
    target = Path(path)
    if target.is_dir():
        raise ExportError(
            Message(
                "Could not save {target}: it is a folder, not a file. Nothing was written. Choose a file "
                "name inside it instead.",
                target=target,
            )
        )
    if target.exists() and not overwrite:
        raise FileExistsError(
            Message(
                "{target} already exists and was not replaced. Choose another name, or confirm that you want "
                "to replace it.",
                target=target,
            )
        )
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        what = "is a file, not a folder" if folder.exists() else "does not exist"
        raise ExportError(
            Message(
                "Could not save {target}: {folder} {what}. Nothing was written. Choose a folder that exists.",
                target=target,
                folder=folder,
                what=Message(what),
            )
        )
    remove_stale_parts(folder)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise ExportError(
            Message(
                "Could not save {target}: {reason}. Nothing was written. {advice}",
                target=target,
                reason=_reason(error),
                advice=_advice(error),
            )
        ) from error
    if fcntl:  # "a writer is alive": released when it closes, or dies (best effort: some disks cannot lock)
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(tmp_name, 0o600)
        _replace(tmp_name, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        if isinstance(error, OSError):
            kept = "the existing file is unchanged" if target.exists() else "no partial file was left"
            raise ExportError(
                Message(
                    "Could not save {target}: {reason}. Nothing was written; {kept}. {advice}",
                    target=target,
                    reason=_reason(error),
                    kept=Message(kept),
                    advice=_advice(error),
                )
            ) from error
        raise
    _fsync_folder(folder)
    return target


def _replace(tmp_name: str, target: Path) -> None:
    """Swap the finished temporary file in; on Windows, wait a little for a program that holds it open."""
    for attempt in range(1, REPLACE_ATTEMPTS + 1):
        try:
            os.replace(tmp_name, target)
            return
        except PermissionError as error:
            if attempt < REPLACE_ATTEMPTS:
                time.sleep(REPLACE_PAUSE)
            elif REPLACE_ATTEMPTS > 1 and target.is_file():
                raise ExportError(
                    Message(
                        "Could not save {target}: it is open in another program (perhaps a PDF viewer or an "
                        "editor showing it). Nothing was written; the existing file is unchanged. Close it "
                        "there and save again, or save under another name.",
                        target=target,
                    )
                ) from error
            else:
                raise


def _reason(error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return Message("the disk is full ({detail})", detail=error.strerror or Message("no space left"))
    return error.strerror or str(error) or type(error).__name__


def _advice(error: OSError) -> Message:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return Message("Free some space on the disk, or choose a folder on another disk, then save again.")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Message("Choose a folder you can write to, then save again.")
    return Message("Try again; if it keeps failing, choose another folder or ask your IT support.")


def _fsync_folder(folder: Path) -> None:
    # Make the rename itself durable; not possible (nor needed) on Windows.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_stale_parts(folder: str | os.PathLike[str], *, older_than: float = STALE_PART_AGE_S) -> list[Path]:
    """Remove the temporaries ``write_atomic`` left in ``folder`` when a writer crashed; return them.

    Only files named as ``write_atomic`` names them, owned by this account, at least ``older_than``
    seconds old, and not locked by a live writer are removed; anything unexpected is left alone."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        if not _PART_NAME.match(entry.name):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode) or now - info.st_mtime < older_than:
            continue
        if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
            continue
        if _remove_unless_locked(entry.path):
            removed.append(Path(entry.path))
    return removed


def _remove_unless_locked(path: str) -> bool:
    if not fcntl:
        try:
            os.unlink(path)  # fails while a live writer has it open
        except OSError:
            return False
        return True
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # a live writer holds it
        os.close(fd)
        return False
    try:
        os.unlink(path)  # under the lock, so no writer can be using it
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def make_private_folder(folder: str | os.PathLike[str]) -> None:
    """Create ``folder`` and any missing parents, each readable by the owner only (0700) whatever the
    umask. Raises ``OSError`` when a folder cannot be created."""
    folder = Path(folder)
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        try:
            os.mkdir(path, OWNER_ONLY_FOLDER)
        except FileExistsError:
            continue  # created meanwhile by another instance: fine if it is a folder (checked by callers)
        if os.name == "posix":
            os.chmod(path, OWNER_ONLY_FOLDER)


def create_private_file(path: str | os.PathLike[str]) -> bool:
    """Create an empty file readable by the owner only (0600) whatever the umask; False if it exists.
    Raises ``OSError`` when it cannot be created."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY_FILE)
    except FileExistsError:
        return False
    try:
        if os.name == "posix":
            os.fchmod(fd, OWNER_ONLY_FILE)
    finally:
        os.close(fd)
    return True


def restrict_to_owner(*paths: str | os.PathLike[str], mode: int = OWNER_ONLY_FILE) -> None:
    """Take away every other account's access to these existing files (or folders, with ``mode`` 0700).

    Best effort: a path that is missing, not ours, or on a disk without POSIX permissions is left as is."""
    if os.name != "posix":
        return
    for path in paths:
        with contextlib.suppress(OSError):
            info = os.stat(path)
            if info.st_uid == os.geteuid() and stat.S_IMODE(info.st_mode) != mode:
                os.chmod(path, mode)
