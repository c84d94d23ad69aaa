"""Store errors. ``str(error)`` is written for the person at the screen: what happened, what was kept,
and what to do next."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class StoreError(Exception):
    """Something went wrong with the referrals database; the message says what and what to do."""


class DatabaseCorrupt(StoreError):
    def __init__(self, path: Path, detail: str = "") -> None:
        self.path = path
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"The referrals database {path} is damaged and cannot be opened{extra}. "
            "It has not been changed or overwritten. Restore it from a backup, or ask your IT support to "
            "recover it; to carry on meanwhile, open or create a different database file."
        )


class DatabaseUnreadable(StoreError):
    def __init__(self, path: Path, detail: str = "") -> None:
        self.path = path
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"The referrals database {path} could not be read{extra}. Nothing in it has been changed. "
            "Check that the file exists, is a file (not a folder) and that you have permission to read it."
        )


class DatabaseUnwritable(StoreError):
    def __init__(self, path: Path, detail: str = "") -> None:
        self.path = path
        extra = f" ({detail})" if detail else ""
        super().__init__(
            f"Referrals cannot be saved at {path}{extra}. Nothing was written there. "
            "Choose a folder you can write to (for example your Documents folder) or ask your IT support "
            "for permission to write to this one."
        )


class DatabaseFromNewerVersion(StoreError):
    def __init__(self, path: Path, unknown: list[str]) -> None:
        self.path = path
        self.unknown = unknown
        super().__init__(
            f"The referrals database {path} was last used by a newer version of MAPPA Desktop "
            f"(it has changes this version does not know: {', '.join(unknown)}). It has not been changed. "
            "Install the newer version to open it."
        )


class DatabaseBusy(StoreError):
    def __init__(self, path: Path, what: str) -> None:
        self.path = path
        super().__init__(
            f"The referrals database {path} was kept busy by another copy of MAPPA Desktop, so the {what} "
            "was not made. Everything saved before it is kept. Wait a moment and try again."
        )


class DiskFull(StoreError):
    def __init__(self, path: Path, what: str, *, message: str | None = None) -> None:
        self.path = path
        super().__init__(
            message
            or f"The disk holding {path} is full, so the {what} was not made. Everything saved before it "
            "is kept. Free some space on the disk, then try again (in the window, your changes stay on "
            "screen until they are saved)."
        )


class ReferralNotFound(StoreError):
    def __init__(self, referral_id: str) -> None:
        self.referral_id = referral_id
        super().__init__(
            f"Referral {referral_id} is not in the database: it may have been deleted, possibly from "
            "another window. Nothing was changed. Refresh the list of referrals."
        )


class SaveConflict(StoreError):
    def __init__(self, referral_id: str, loaded: int, stored: int) -> None:
        self.referral_id = referral_id
        self.loaded_revision = loaded
        self.stored_revision = stored
        super().__init__(
            f"Referral {referral_id} was saved elsewhere (another window or computer) after you opened it "
            f"(you have revision {loaded}, the database has {stored}). Your changes were not saved and are "
            "still on screen. Reopen the referral to see the other changes, then make yours again."
        )


class StoredReferralInvalid(StoreError):
    def __init__(self, referral_id: str, detail: str) -> None:
        self.referral_id = referral_id
        super().__init__(
            f"Referral {referral_id} is stored in a form this version cannot read ({detail}). "
            "It has not been changed. Check you are using the latest version of MAPPA Desktop."
        )


def translate(error: sqlite3.Error, path: Path, what: str) -> StoreError:
    """Turn an sqlite3 error met while doing ``what`` (e.g. "save") into a StoreError a person can act on."""
    text = str(error).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull(path, what)
    if "readonly" in text or "read-only" in text:
        return DatabaseUnwritable(path, str(error))
    if "locked" in text or "busy" in text:
        return DatabaseBusy(path, what)
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DatabaseCorrupt(path, str(error))
    if "unable to open" in text:
        return DatabaseUnreadable(path, str(error))
    return StoreError(
        f"The {what} could not be made in {path}: {error}. Everything saved before it is kept. "
        "Try again; if it keeps happening, ask your IT support."
    )
