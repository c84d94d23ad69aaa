"""Write files so that a reader never sees half of one, and no one else can read them.

Referral summaries and packages hold OFFICIAL-SENSITIVE personal data. Every export goes through
``write_atomic``: the bytes go to a temporary file in the destination folder (same file system, so the
final rename is atomic), are flushed to disk with ``fsync``, and only then replace the destination with
``os.replace``. A failure at any step removes the temporary file, so there is either the whole new file
or nothing new at all. The temporary file is created by ``tempfile.mkstemp``, which opens it with mode
0600 (owner read/write only) on POSIX; the rename keeps that mode.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import time
from pathlib import Path

# Windows cannot replace a file another program holds open (a PDF viewer showing the last export, or a
# virus scanner reading the new one for a moment): the swap is tried again for about two seconds.
REPLACE_ATTEMPTS = 10 if os.name == "nt" else 1
REPLACE_PAUSE = 0.2  # seconds between attempts


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
            f"Could not save {target}: it is a folder, not a file. Nothing was written. "
            "Choose a file name inside it instead."
        )
    if target.exists() and not overwrite:
        raise FileExistsError(
            f"{target} already exists and was not replaced. Choose another name, or confirm that you "
            "want to replace it."
        )
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        what = "is a file, not a folder" if folder.exists() else "does not exist"
        raise ExportError(
            f"Could not save {target}: {folder} {what}. Nothing was written. Choose a folder that exists."
        )
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise ExportError(
            f"Could not save {target}: {_reason(error)}. Nothing was written. {_advice(error)}"
        ) from error
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
                f"Could not save {target}: {_reason(error)}. Nothing was written; {kept}. {_advice(error)}"
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
                    f"Could not save {target}: it is open in another program (perhaps a PDF viewer or an "
                    "editor showing it). Nothing was written; the existing file is unchanged. Close it there "
                    "and save again, or save under another name."
                ) from error
            else:
                raise


def _reason(error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"the disk is full ({error.strerror or 'no space left'})"
    return error.strerror or str(error) or type(error).__name__


def _advice(error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return "Free some space on the disk, or choose a folder on another disk, then save again."
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "Choose a folder you can write to, then save again."
    return "Try again; if it keeps failing, choose another folder or ask your IT support."


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
