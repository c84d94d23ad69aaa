"""The Store: referrals saved, loaded, listed and searched in the local SQLite database.

Concurrency: a ``Referral`` carries ``revision``, the number of saves the store had made of it when it was
loaded (0 = never stored). ``save`` only succeeds while the stored revision still matches, and then sets
``referral.revision`` to the new one in place; if another instance (or another window holding an older
copy) saved in between, it raises ``SaveConflict`` and writes nothing. The revision is not content: it is
never audited and never makes a save count as a change.

Every write is one transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``) that also appends its audit rows, so
a referral and its audit log can never disagree. A Store may be shared between threads; calls are
serialised by a lock.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

if sys.platform != "win32":
    import pwd

from pydantic import ValidationError

from mappa_desktop.core.database_driver import sqlite3
from mappa_desktop.core.messages import Message
from mappa_desktop.core.referral import Referral, ReferralStatus
from mappa_desktop.core.store import audit, audit_chain, retention
from mappa_desktop.core.store.audit import AuditEntry, diff, read_log
from mappa_desktop.core.store.audit_chain import ChainBreak, ChainCheck
from mappa_desktop.core.store.connection import connect, is_read_only, transaction
from mappa_desktop.core.store.encryption import (
    DatabaseKey,
    NotEncrypted,
    WrongPassphrase,
    change_key,
)
from mappa_desktop.core.store.errors import (
    ReferralNotFound,
    SaveConflict,
    StoredReferralInvalid,
    StoreError,
    translate,
)
from mappa_desktop.core.store.retention import Erasure, RetentionItem


def default_actor() -> str:
    """The operating-system account running the program, recorded in the audit log as who made a change.

    Asked of the operating system (the effective user id; on Windows the process token's user), never of
    environment variables such as LOGNAME or USERNAME, which anyone can set to another person's name."""
    try:
        name = _windows_account() if sys.platform == "win32" else pwd.getpwuid(os.geteuid()).pw_name
    except (KeyError, OSError):  # an account with no name (e.g. a container's bare user id)
        name = ""
    if name:
        return name
    return f"uid {os.geteuid()}" if hasattr(os, "geteuid") else "unknown"


def _windows_account() -> str:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
    size = wintypes.DWORD(257)  # UNLEN + 1
    buffer = ctypes.create_unicode_buffer(size.value)
    if not advapi32.GetUserNameW(buffer, ctypes.byref(size)):
        raise OSError(ctypes.get_last_error(), "GetUserNameW failed")
    return buffer.value


@dataclass(frozen=True)
class SaveResult:
    revision: int
    updated_at: dt.datetime
    changes: int


@dataclass(frozen=True)
class ReferralRow:
    """What the referral list shows; ``subject_name`` is "" while no name has been entered."""

    id: str
    status: ReferralStatus
    subject_name: str
    pnc_id: str | None
    updated_at: dt.datetime
    created_at: dt.datetime
    exported_at: dt.datetime | None = None
    """When it was last exported (None: never)."""
    summary_language: str | None = None
    """The language its summary was last produced in: "en", "cy" or "bilingual" (None: not yet)."""

    @property
    def changed_since_export(self) -> bool:
        """True when it was exported and has changed since: the export is out of date."""
        return self.exported_at is not None and self.updated_at > self.exported_at


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def search_text(referral: Referral) -> str:
    """Lower-case text a search matches: names, aliases, PNC ID forms and every reference."""
    s, d = referral.subject, referral.domestic_abuse
    parts = [s.full_name, s.family_name, *s.aliases, s.visor_ref, s.ndelius_crn]
    if s.pnc_id:
        year, rest = s.pnc_id.split("/")
        parts += [s.pnc_id, f"{year}/{rest.lstrip('0') or '0'}"]
    parts += [m.reference for m in d.marac_cases]
    parts += [d.matac_reference, d.iom_reference]
    return "\n".join(p.lower() for p in parts if p)


def _json(content: dict) -> str:
    return json.dumps(content, ensure_ascii=False, separators=(",", ":"))


_ROW_SQL = (
    "SELECT id, status, subject_name, pnc_id, updated_at, created_at, exported_at, summary_language "
    "FROM referrals"
)


class Store:
    """The referrals database. Open with ``Store.open(path)``; close with ``close()`` or a ``with`` block."""

    def __init__(self, path: Path, db, key: DatabaseKey | None = None) -> None:
        self.path = path
        self._db = db
        self.key = key
        """The database's key while it is open (None: a plain database); wiped when it closes."""
        self._lock = threading.RLock()
        self.erasure_flushed = True
        """False when the last erasure's clean-up (WAL emptied, file rebuilt) could not finish because
        another instance was using the database: the data is erased, but old copies may remain in free
        space until the next erasure."""

    @classmethod
    def open(cls, path: Path | str, key: DatabaseKey | None = None) -> Store:
        """Open the database at ``path``, creating it (and its folder, owner-only) if absent, and upgrading
        its schema; on read-only media it opens for reading only (``read_only``). With ``key`` the database
        is encrypted (a new one is created encrypted); the store keeps its own copy of the key.

        Raises a ``StoreError`` that says what happened (see ``connection.connect``; a wrong key is
        ``WrongPassphrase``); an existing file is never changed when opening fails."""
        path = Path(path).expanduser()
        own_key = None if key is None else key.copy()
        try:
            db = connect(path, own_key)
            # Deleted content is overwritten with zeros, not left in free space (issue 14); SQLite's default
            # differs between builds (on in Debian's, off in python.org's), so it is set, never assumed.
            db.conn.execute("PRAGMA secure_delete = ON")
            return cls(path, db, own_key)
        except BaseException:
            if own_key is not None:
                own_key.wipe()
            raise

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.conn.close()
                self._db = None
            if self.key is not None:
                self.key.wipe()

    def change_passphrase(self, current: str, new: str) -> None:
        """Re-encrypt the database under ``new`` (``PRAGMA rekey``), after checking ``current``.

        Raises ``WrongPassphrase`` when ``current`` is not the passphrase, ``StoreError`` for a plain
        database or when the database is busy; the old passphrase keeps working until it succeeds."""
        with self._lock:
            if self.key is None:
                raise NotEncrypted(self.path)
            if not self.key.matches(current):
                raise WrongPassphrase(self.path)
            new_key = self.key.with_passphrase(new)
            try:
                change_key(self.db.conn, new_key)
            except sqlite3.Error as exc:
                new_key.wipe()
                raise translate(exc, self.path, "change of passphrase") from exc
            self.key.wipe()
            self.key = new_key

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def db(self):
        """The sqlite-utils Database (for other core modules that keep their own tables here)."""
        if self._db is None:
            raise StoreError(
                Message("The referrals database {path} has been closed; open it again.", path=self.path)
            )
        return self._db

    @property
    def read_only(self) -> bool:
        """True when the database is on read-only media (or is read-only itself): it can be listed and
        read, and every save raises ``DatabaseUnwritable``."""
        with self._lock:
            return is_read_only(self.db)

    def _write(self, what: str):
        return transaction(self.db, self.path, what)

    # -- writing -------------------------------------------------------------------------------------

    def _insert(self, conn, checked: Referral, data: str, actor: str, action: str, old=None) -> dt.datetime:
        """Insert a validated referral whose content JSON is ``data``; audit ``action`` (new = content)."""
        now = _now()
        at = now.isoformat()
        conn.execute(
            "INSERT INTO referrals (id, status, revision, subject_name, pnc_id, search_text, created_at, "
            "updated_at) VALUES (?,?,?,?,?,?,?,?)",
            (
                checked.id,
                str(checked.status),
                1,
                checked.subject.full_name,
                checked.subject.pnc_id,
                search_text(checked),
                at,
                at,
            ),
        )
        conn.execute("INSERT INTO referral_content (id, data) VALUES (?, ?)", (checked.id, data))
        old_text = None if old is None else json.dumps(old)
        audit.append(conn, checked.id, at, actor, action, [(None, old_text, data)], stored=True)
        return now

    def new_referral(self, referral: Referral | None = None, *, actor: str) -> Referral:
        """Store a new referral (an empty draft if none is given), audited as "created"; returns it with
        ``revision`` 1. Giving one that is already stored raises ``StoreError``."""
        referral = referral if referral is not None else Referral()
        checked, content = _validated(referral)
        with self._lock, self._write("creation of the referral") as conn:
            if conn.execute("SELECT 1 FROM referrals WHERE id = ?", (referral.id,)).fetchone():
                raise StoreError(
                    Message("Referral {id} is already in the database; nothing was added.", id=referral.id)
                )
            self._insert(conn, checked, _json(content), actor, "created")
        referral.revision = 1
        return referral

    def add_many(self, referrals: Iterable[Referral], *, actor: str, action: str = "created") -> int:
        """Insert new referrals in one transaction (sample data, imports), all or none; returns the count."""
        count = 0
        with self._lock, self._write("import of referrals") as conn:
            for referral in referrals:
                checked, content = _validated(referral)
                self._insert(conn, checked, _json(content), actor, action)
                referral.revision = 1
                count += 1
        return count

    def save(self, referral: Referral, *, actor: str) -> SaveResult:
        """Save a referral's changes: one audit row per changed field. A save with no change writes
        nothing. A referral never stored (revision 0) is created. Sets ``referral.revision`` on success.

        Raises ``SaveConflict`` if it was saved elsewhere since loaded, ``ReferralNotFound`` if it was
        deleted, and ``StoreError`` (e.g. ``DiskFull``) if the save could not be made."""
        checked, content = _validated(referral)
        with self._lock:
            with self._write("last save") as conn:
                row = conn.execute(
                    "SELECT revision, updated_at, data FROM referrals JOIN referral_content USING (id) "
                    "WHERE id = ?",
                    (referral.id,),
                ).fetchone()
                if row is None:
                    if referral.revision != 0:
                        raise ReferralNotFound(referral.id)
                    updated_at = self._insert(conn, checked, _json(content), actor, "created")
                    stored_revision, changes = 1, 1
                else:
                    stored_revision, stored_at, data = row
                    if stored_revision != referral.revision:
                        raise SaveConflict(referral.id, referral.revision, stored_revision)
                    changes = diff(_as_now(data), content)
                    if not changes:
                        return SaveResult(stored_revision, dt.datetime.fromisoformat(stored_at), 0)
                    updated_at = _now()
                    at = updated_at.isoformat()
                    stored_revision += 1
                    conn.execute(
                        "UPDATE referrals SET status = ?, revision = ?, subject_name = ?, pnc_id = ?, "
                        "search_text = ?, updated_at = ? WHERE id = ?",
                        (
                            str(checked.status),
                            stored_revision,
                            checked.subject.full_name,
                            checked.subject.pnc_id,
                            search_text(checked),
                            at,
                            referral.id,
                        ),
                    )
                    conn.execute(
                        "UPDATE referral_content SET data = ? WHERE id = ?", (_json(content), referral.id)
                    )
                    audit.append(conn, referral.id, at, actor, "changed", changes)
                    changes = len(changes)
            referral.revision = stored_revision
        return SaveResult(stored_revision, updated_at, changes)

    def duplicate(self, referral_id: str, *, actor: str) -> Referral:
        """A copy of a referral as a new draft with a new id, audited as "duplicated" (old = source id)."""
        with self._lock:
            source = self.load(referral_id)
            copy = Referral.model_validate({**source.content(), "status": ReferralStatus.draft})
            checked, content = _validated(copy)
            with self._write("copy of the referral") as conn:
                self._insert(conn, checked, _json(content), actor, "duplicated", old=referral_id)
        copy.revision = 1
        return copy

    def delete(self, referral_id: str, *, actor: str) -> Erasure:
        """Delete a referral for good: its content is erased, and its audit rows keep who did what and
        when but no value (``retention.erase``); a "deleted" entry records who deleted it. Raises
        ``ReferralNotFound``, and ``LegalHold`` (nothing changed) when it is under a legal hold."""
        with self._lock:
            with self._write("deletion of the referral") as conn:
                if not conn.execute("SELECT 1 FROM referrals WHERE id = ?", (referral_id,)).fetchone():
                    raise ReferralNotFound(referral_id)
                erasure = retention.erase(conn, referral_id, actor=actor, why="deleted")
            self.erasure_flushed = retention.flush_erased(self.db.conn)
        return erasure

    def erase(self, referral_ids: Iterable[str], *, actor: str) -> list[Erasure]:
        """Erase referrals past retention (own, received, or left over from an earlier deletion), all in
        one transaction; raises ``LegalHold`` (nothing erased) if one is held."""
        with self._lock:
            with self._write("erasure of referrals") as conn:
                done = [retention.erase(conn, rid, actor=actor, why="retention") for rid in referral_ids]
                if any(erasure.received for erasure in done):
                    retention.merge_search_index(conn)
            self.erasure_flushed = retention.flush_erased(self.db.conn)
        return done

    def set_legal_hold(self, referral_id: str, held: bool, *, actor: str, reason: str = "") -> None:
        """Put a referral (own or received) under a legal hold, or lift it; audited."""
        with self._lock, self._write("legal hold") as conn:
            retention.set_legal_hold(conn, referral_id, held, actor=actor, reason=reason)

    def legal_hold(self, referral_id: str) -> bool:
        with self._lock:
            return bool(retention.hold_of(self.db.conn, referral_id))

    def retention_days(self) -> int:
        with self._lock:
            return retention.retention_days(self.db.conn)

    def set_retention_days(self, days: int, *, actor: str) -> None:
        with self._lock, self._write("retention period") as conn:
            retention.set_retention_days(conn, days, actor=actor)

    def past_retention(
        self, *, now: dt.datetime | None = None, days: int | None = None
    ) -> list[RetentionItem]:
        """Referrals past the retention period, oldest first (held ones flagged)."""
        with self._lock:
            return retention.past_retention(self.db.conn, now=now, days=days)

    def record_export(
        self, referral_id: str, *, actor: str, what: str, language: str | None = None
    ) -> dt.datetime:
        """Record that the referral, as stored now, was exported (``what``: e.g. "PDF", "package"):
        ``exported_at`` for the list, and an "exported" audit entry. A summary's ``language`` ("en", "cy",
        "bilingual") is kept as ``summary_language`` and in the entry. The referral itself is unchanged."""
        now = _now()
        at = now.isoformat()
        with self._lock, self._write("record of the export") as conn:
            row = conn.execute("SELECT revision FROM referrals WHERE id = ?", (referral_id,)).fetchone()
            if row is None:
                raise ReferralNotFound(referral_id)
            conn.execute("UPDATE referrals SET exported_at = ? WHERE id = ?", (at, referral_id))
            record = {"what": what, "revision": row[0]}
            if language is not None:
                conn.execute(
                    "UPDATE referrals SET summary_language = ? WHERE id = ?", (language, referral_id)
                )
                record["language"] = language
            change = (None, None, record)
            audit.append(conn, referral_id, at, actor, "exported", [change])
        return now

    # -- reading -------------------------------------------------------------------------------------

    def load(self, referral_id: str) -> Referral:
        """The stored referral, with its current ``revision``. Raises ``ReferralNotFound``."""
        with self._lock:
            row = self.db.conn.execute(
                "SELECT revision, data FROM referrals JOIN referral_content USING (id) WHERE id = ?",
                (referral_id,),
            ).fetchone()
        if row is None:
            raise ReferralNotFound(referral_id)
        try:
            return Referral.model_validate({**json.loads(row[1]), "id": referral_id, "revision": row[0]})
        except (ValidationError, ValueError) as exc:
            raise StoredReferralInvalid(referral_id, str(exc).splitlines()[0]) from exc

    def list_referrals(
        self,
        search: str | None = None,
        *,
        status: ReferralStatus | str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ReferralRow]:
        """Referrals newest first. ``search``: every word must appear (case-insensitive) in the name, an
        alias, the PNC ID or a reference (ViSOR, nDelius CRN, MARAC, MATAC, IOM)."""
        where, params = [], []
        for word in (search or "").lower().split():
            where.append("instr(search_text, ?) > 0")
            params.append(word)
        if status is not None:
            where.append("status = ?")
            params.append(str(status))
        sql = _ROW_SQL + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY updated_at DESC, rowid DESC"
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            params += [-1 if limit is None else limit, offset]
        with self._lock:
            rows = self.db.conn.execute(sql, params).fetchall()
        return [
            ReferralRow(
                id,
                ReferralStatus(status_),
                name,
                pnc,
                dt.datetime.fromisoformat(updated),
                dt.datetime.fromisoformat(created),
                dt.datetime.fromisoformat(exported) if exported else None,
                language,
            )
            for id, status_, name, pnc, updated, created, exported, language in rows
        ]

    def count(self) -> int:
        """How many referrals are stored."""
        with self._lock:
            return self.db.conn.execute("SELECT count(*) FROM referrals").fetchone()[0]

    def audit_check(self) -> ChainCheck:
        """A check of the whole audit chain, to be made step by step (``ChainCheck.step``)."""
        return ChainCheck(self.db.conn, lock=self._lock)

    def record_audit_break(self, found: ChainBreak, *, actor: str) -> bool:
        """Record in the log that its check found ``found`` (once per first bad row); True if recorded."""
        with self._lock, self._write("record of the audit check") as conn:
            return audit_chain.record_break(conn, found, actor=actor, at=_now().isoformat())

    def audit_log(self, referral_id: str) -> list[AuditEntry]:
        """The referral's audit entries, oldest first; still there after it is deleted."""
        with self._lock:
            return read_log(self.db.conn, referral_id)


def _as_now(data: str) -> dict:
    """Stored content as today's model reads it, so a referral stored before a change of the model (its
    one victim's answers, now victim 1) is compared by meaning: only what the person changed is audited."""
    stored = json.loads(data)
    try:
        return Referral.model_validate({**stored, "id": "0" * 32}).content()
    except ValidationError:
        return stored


def _validated(referral: Referral) -> tuple[Referral, dict]:
    """Re-check a referral whole (``model_copy`` and ``model_construct`` skip validation), so nothing
    invalid is ever stored and every stored referral loads again. Returns the checked copy and its
    content (JSON-ready, without ``id`` and ``revision``)."""
    try:
        data = referral.model_dump(mode="json", warnings=False)
        checked = Referral.model_validate(data)
    except (ValidationError, ValueError) as exc:
        detail = (
            "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            if isinstance(exc, ValidationError)
            else str(exc)
        )
        raise StoreError(
            Message(
                "Referral {id} was not saved because some answers are not valid: {detail}. Correct them and "
                "save again.",
                id=referral.id,
                detail=detail,
            )
        ) from exc
    del data["id"], data["revision"]
    return checked, data
