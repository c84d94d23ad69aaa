"""The append-only audit log: who changed what in a referral, when, with the old and new value."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

_MISSING = object()


@dataclass(frozen=True)
class AuditEntry:
    """One change. ``field`` is a dotted path such as ``subject.pnc_id`` (None for whole-referral actions:
    ``created``, ``duplicated``, ``deleted``); ``old``/``new`` are JSON values (lists and sections whole)."""

    at: dt.datetime
    actor: str
    action: str
    field: str | None
    old: Any
    new: Any


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


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)


INSERT_SQL = "INSERT INTO audit_log (referral_id, at, actor, action, field, old, new) VALUES (?,?,?,?,?,?,?)"


def audit_rows(
    referral_id: str, at: str, actor: str, action: str, changes: list[tuple[str | None, Any, Any]]
) -> list[tuple]:
    """Rows for ``INSERT_SQL``: one per change."""
    return [(referral_id, at, actor, action, field, _dump(old), _dump(new)) for field, old, new in changes]


def read_log(conn: sqlite3.Connection, referral_id: str) -> list[AuditEntry]:
    """Every audit entry of a referral, oldest first (deleted referrals included)."""
    rows = conn.execute(
        "SELECT at, actor, action, field, old, new FROM audit_log WHERE referral_id = ? ORDER BY id",
        (referral_id,),
    ).fetchall()
    return [
        AuditEntry(dt.datetime.fromisoformat(at), actor, action, field, _load(old), _load(new))
        for at, actor, action, field, old, new in rows
    ]
