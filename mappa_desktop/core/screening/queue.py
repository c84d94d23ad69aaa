"""The screening queue in SQL: filters, sort and full-text search become one query over indexes.

``queue_keys`` returns only the ordered integer keys (``received_referrals.n``) for a ``QueueQuery``;
``queue_rows`` builds the display rows for a slice of them. The Qt model keeps the keys and asks for the
rows it is about to show, so 100,000 referrals cost a list of ints, not 100,000 objects.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from mappa_desktop.core.database_driver import sqlite3
from mappa_desktop.core.screening.model import DeadlineKind, QueueRow, ScreeningStatus
from mappa_desktop.core.screening.signatures import sender_signature
from mappa_desktop.core.signing.trust import TRUSTED_NAME_SQL

SORT_COLUMNS: dict[str, str] = {
    "name": "sort_name",
    "status": "status",
    "category": "category",
    "level_sought": "level_sought",
    "aid_level": "aid_level",
    "da_flag": "da_flag",
    "release_date": "release_date",
    "next_due": "next_due",
    "referring_agency": "referring_agency",
    "received_at": "received_at",
}
"""Sort keys the queue offers, and the indexed column each sorts by."""


MAX_SEARCH_WORDS = 20
"""Words of a search that count: far more than any name, alias, PNC ID and reference together."""


@dataclass(frozen=True)
class QueueQuery:
    """What the queue shows: filters (all must hold), a search, and the sort."""

    statuses: frozenset[ScreeningStatus] = field(default_factory=frozenset)
    category: int | None = None
    da_only: bool = False
    overdue_only: bool = False
    search: str = ""
    sort: str = "received_at"
    descending: bool = False
    today: dt.date | None = None


def fts_query(text: str) -> str | None:
    """An FTS5 query in which every word of ``text`` must begin a word of the indexed text.

    Words are split as the index splits them (letters and digits), so "2019/12345A" finds the PNC ID.
    Each word is quoted, so nothing the person types is read as FTS5 syntax. Only the first
    ``MAX_SEARCH_WORDS`` distinct words are used: a pasted page must not build a query SQLite refuses."""
    words = list(dict.fromkeys(re.findall(r"\w+", text.lower())))[:MAX_SEARCH_WORDS]
    if not words:
        return None
    return " AND ".join(f'"{word}"*' for word in words)


def build_query(query: QueueQuery) -> tuple[str, list[object]]:
    """SQL and parameters returning ``n`` of every matching received referral, in queue order."""
    where: list[str] = []
    params: list[object] = []
    if query.statuses:
        where.append(f"status IN ({', '.join('?' for _ in query.statuses)})")
        params.extend(sorted(str(s) for s in query.statuses))
    if query.category is not None:
        where.append("category = ?")
        params.append(query.category)
    if query.da_only:
        where.append("da_flag = 1")
    if query.overdue_only:
        where.append("next_due < ?")
        params.append((query.today or dt.date.today()).isoformat())
    match = fts_query(query.search)
    if match:
        where.append("n IN (SELECT rowid FROM received_search WHERE received_search MATCH ?)")
        params.append(match)
    column = SORT_COLUMNS.get(query.sort)
    if column is None:
        raise ValueError(f"unknown sort {query.sort!r}; one of {', '.join(SORT_COLUMNS)}")
    direction = "DESC" if query.descending else "ASC"
    sql = "SELECT n FROM received_referrals"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {column} {direction}, n {direction}"
    return sql, params


def queue_keys(conn: sqlite3.Connection, query: QueueQuery) -> list[int]:
    """The keys of the matching referrals, in queue order."""
    sql, params = build_query(query)
    return [row[0] for row in conn.execute(sql, params)]


_ROW_SQL = (
    "SELECT n, id, subject_name, status, category, level_sought, aid_level, aid_category, aid_eligible, "
    "da_flag, release_date, next_due, next_due_kind, referring_agency, pnc_id, received_at, "
    "signature, signer_fingerprint, signer_name, "
    + TRUSTED_NAME_SQL.format(fp="signer_fingerprint", key="signer_key")
    + " FROM received_referrals WHERE n IN ({})"
)


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def queue_rows(conn: sqlite3.Connection, keys: Sequence[int]) -> list[QueueRow]:
    """The display rows of ``keys``, in the same order (keys no longer held are left out)."""
    found: dict[int, QueueRow] = {}
    for start in range(0, len(keys), 500):  # stay under SQLite's bound-parameter limit
        chunk = keys[start : start + 500]
        for r in conn.execute(_ROW_SQL.format(", ".join("?" for _ in chunk)), list(chunk)):
            found[r[0]] = QueueRow(
                key=r[0],
                id=r[1],
                subject_name=r[2],
                status=ScreeningStatus(r[3]),
                category=r[4],
                level_sought=r[5],
                aid_level=r[6],
                aid_category=r[7],
                aid_eligible=None if r[8] is None else bool(r[8]),
                da_flag=bool(r[9]),
                release_date=_date(r[10]),
                next_due=_date(r[11]),
                next_due_kind=DeadlineKind(r[12]) if r[12] else None,
                referring_agency=r[13],
                pnc_id=r[14],
                received_at=dt.datetime.fromisoformat(r[15]),
                signature=sender_signature(*r[16:20]),
            )
    return [found[key] for key in keys if key in found]


def received_count(conn: sqlite3.Connection) -> int:
    """How many referrals have been received in all."""
    return conn.execute("SELECT count(*) FROM received_referrals").fetchone()[0]


def key_of(conn: sqlite3.Connection, referral_id: str) -> int | None:
    row = conn.execute("SELECT n FROM received_referrals WHERE id = ?", (referral_id,)).fetchone()
    return None if row is None else row[0]
