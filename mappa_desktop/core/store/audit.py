"""The append-only, hash-chained audit log: who changed what in a referral, when, with the old and new value.

Every row is appended by ``append`` (nothing else in the program inserts into ``audit_log``; a test reads
the source to prove it). Each row carries three hashes (hex SHA-256), defined exactly in
docs/DATA-PROTECTION.md, "The audit chain":

- ``detail_hash`` = SHA-256 of ``canonical(["mappa-audit-detail-v1", detail_salt, old, new])``, where
  ``old``/``new`` are the stored JSON texts (or null) and ``detail_salt`` is 16 random bytes (hex) of
  this row. Erasure (``tombstone``) removes ``old``, ``new`` and the salt but keeps ``detail_hash``: the
  row still verifies, and without the salt nobody can test a guessed value (a PNC ID) against the hash.
- ``prev_hash`` = the ``row_hash`` of the row before (``GENESIS`` for the first row).
- ``row_hash`` = SHA-256 of ``canonical(["mappa-audit-row-v1", referral_id, at, actor, action, field,
  detail_hash, prev_hash])``. The row's ``id`` is not hashed: the chain, not the number, fixes its place
  (ids only serve as evidence: a gap says a row was deleted).

``canonical(value)`` is ``json.dumps(value, ensure_ascii=True, separators=(",", ":"))`` encoded as ASCII:
a JSON array, no spaces, every non-ASCII character escaped as ``\\uXXXX``.

The table ``audit_head`` (one row) holds the count of rows ever appended and the newest row's id and
hash, updated in the same transaction as every append: a tail cut off the log no longer reaches it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from mappa_desktop.core.database_driver import sqlite3

GENESIS = "0" * 64
"""The ``prev_hash`` of the first row: there is no row before it."""

LOG_ROW = "-"
"""``referral_id`` of a row about no referral: the log itself (a break found when it was checked), the
retention period, the trusted senders. Retention never lists or erases these rows."""


@dataclass(frozen=True)
class AuditEntry:
    """One change. ``field`` is a dotted path such as ``subject.pnc_id`` (None for whole-referral actions:
    ``created``, ``duplicated``, ``deleted``); ``old``/``new`` are JSON values (lists and sections whole).
    ``erased``: the values were erased (a tombstone keeps who, what and when; ``old``/``new`` are None)."""

    at: dt.datetime
    actor: str
    action: str
    field: str | None
    old: Any
    new: Any
    erased: bool = False


def _flatten(value: Any, prefix: str, out: dict[str, Any]) -> None:
    if isinstance(value, dict) and value:
        for key, item in value.items():
            _flatten(item, f"{prefix}.{key}" if prefix else key, out)
    else:
        out[prefix] = value


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """The changed leaves between two JSON documents as ``(path, old, new)``; lists count as one value."""
    flat_old: dict[str, Any] = {}
    flat_new: dict[str, Any] = {}
    _flatten(old, "", flat_old)
    _flatten(new, "", flat_new)
    changes = []
    for path in sorted(flat_old.keys() | flat_new.keys()):
        before, after = flat_old.get(path), flat_new.get(path)
        if before != after:
            changes.append((path, before, after))
    return changes


def dump(value: Any) -> str | None:
    """A value as the audit log stores it: compact JSON text (None stays None)."""
    return None if value is None else json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)


# -- hashing ---------------------------------------------------------------------------------------------


_CANONICAL = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"))  # made once: a check makes 200k


def canonical(value: list) -> bytes:
    """The one serialisation every hash is taken over (see the module docstring)."""
    return _CANONICAL.encode(value).encode("ascii")


def detail_hash(salt: str, old: str | None, new: str | None) -> str:
    """The hash of a row's values, salted so it keeps no guessable trace once the values are erased."""
    return hashlib.sha256(canonical(["mappa-audit-detail-v1", salt, old, new])).hexdigest()


def row_hash(
    referral_id: str,
    at: str,
    actor: str,
    action: str,
    field: str | None,
    detail: str,
    prev: str,
) -> str:
    """The hash of a whole row: who, what, when, the hash of its values and the hash of the row before."""
    return hashlib.sha256(
        canonical(["mappa-audit-row-v1", referral_id, at, actor, action, field, detail, prev])
    ).hexdigest()


def new_salt() -> str:
    return os.urandom(16).hex()


# -- appending -------------------------------------------------------------------------------------------

Change = tuple[str | None, Any, Any]
"""``(field, old, new)``: a changed field (None for a whole-referral action) with its JSON values."""


def append(
    conn: sqlite3.Connection,
    referral_id: str,
    at: str,
    actor: str,
    action: str,
    changes: Iterable[Change],
    *,
    stored: bool = False,
) -> int:
    """Append one chained row per change, inside the caller's write transaction; return how many.

    ``old``/``new`` are JSON values, or (``stored=True``) JSON texts already serialised. The new rows
    chain from the newest row in the table; ``audit_head`` moves with them only if it still named that
    row, so a log whose tail was cut off keeps saying so after later appends.
    """
    last = conn.execute("SELECT id, row_hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    row_id, prev = (last[0], last[1]) if last else (0, GENESIS)
    chained_from = prev
    rows = []
    for field, old, new in changes:
        old_text, new_text = (old, new) if stored else (dump(old), dump(new))
        salt = new_salt()
        detail = detail_hash(salt, old_text, new_text)
        row_id += 1
        own = row_hash(referral_id, at, actor, action, field, detail, prev)
        rows.append(
            (row_id, referral_id, at, actor, action, field, old_text, new_text, salt, detail, prev, own)
        )
        prev = own
    if not rows:
        return 0
    conn.executemany(
        "INSERT INTO audit_log (id, referral_id, at, actor, action, field, old, new, detail_salt, "
        "detail_hash, prev_hash, row_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    conn.execute(
        "UPDATE audit_head SET rows = rows + ?, head_id = ?, head_hash = ? WHERE head_hash = ?",
        (len(rows), row_id, prev, chained_from),
    )
    return len(rows)


def read_log(conn: sqlite3.Connection, referral_id: str) -> list[AuditEntry]:
    """Every audit entry of a referral, oldest first (deleted referrals included, erased ones as
    tombstones)."""
    rows = conn.execute(
        "SELECT at, actor, action, field, old, new, erased_at FROM audit_log WHERE referral_id = ? "
        "ORDER BY id",
        (referral_id,),
    ).fetchall()
    return [
        AuditEntry(
            dt.datetime.fromisoformat(at), actor, action, field, _load(old), _load(new), erased is not None
        )
        for at, actor, action, field, old, new, erased in rows
    ]
