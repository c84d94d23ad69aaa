"""The referrals store: one SQLite database, opened by one connection factory, audited."""

from mappa_desktop.core.store.audit import AuditEntry
from mappa_desktop.core.store.connection import connect
from mappa_desktop.core.store.errors import (
    DatabaseBusy,
    DatabaseCorrupt,
    DatabaseFromNewerVersion,
    DatabaseIncomplete,
    DatabaseLocked,
    DatabaseUnreadable,
    DatabaseUnwritable,
    DiskFull,
    NotAReferralsDatabase,
    ReadOnlyWithPendingChanges,
    ReferralNotFound,
    SaveConflict,
    StoredReferralInvalid,
    StoreError,
)
from mappa_desktop.core.store.referrals import ReferralRow, SaveResult, Store, default_actor

__all__ = [
    "AuditEntry",
    "DatabaseBusy",
    "DatabaseCorrupt",
    "DatabaseFromNewerVersion",
    "DatabaseIncomplete",
    "DatabaseLocked",
    "DatabaseUnreadable",
    "DatabaseUnwritable",
    "DiskFull",
    "NotAReferralsDatabase",
    "ReadOnlyWithPendingChanges",
    "ReferralNotFound",
    "ReferralRow",
    "SaveConflict",
    "SaveResult",
    "Store",
    "StoreError",
    "StoredReferralInvalid",
    "connect",
    "default_actor",
]
