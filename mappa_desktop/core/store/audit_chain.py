"""Checking the audit chain, and writing it out for an investigator.

``verify`` walks the whole log in order and reports the first row that is not as it was written (see
``core/store/audit.py`` for the hashes). What it can tell apart:

- ``content changed``: a row's values, or its who/what/when, differ from what its hashes recorded; or its
  values were removed without a recorded erasure.
- ``row deleted``: a row links to a row that is no longer there, and the ids have a gap where it was.
- ``row inserted``: a row sits between two rows that were linked directly (its successor links past it),
  or rows were added after the end the log recorded.
- ``chain relinked``: a row's link no longer matches the row before it and no id is missing: the row
  before was rewritten and its hash recomputed, or the link itself was changed.
- ``rows deleted from the end``: the log stops before the end recorded in ``audit_head``.

What no local check can tell: someone who can write the file, rewrites the rows after a change, every
hash after it and ``audit_head`` leaves a log that is consistent in itself. Only a head recorded outside
the database (``expected_head``: the head printed by ``mappa-desktop audit verify``) shows that.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import asdict, dataclass
from enum import StrEnum

from mappa_desktop.core.database_driver import sqlite3
from mappa_desktop.core.messages import Message
from mappa_desktop.core.store.audit import GENESIS, LOG_ROW, append, detail_hash, row_hash


class BreakKind(StrEnum):
    content_changed = "content changed"
    row_deleted = "row deleted"
    row_inserted = "row inserted"
    chain_relinked = "chain relinked"
    tail_deleted = "rows deleted from the end"


@dataclass(frozen=True)
class ChainBreak:
    """The first place the log is not as it was written. ``row_id``/``at`` name the first bad row (for
    deleted rows: the first missing id, and the time of the last row before them)."""

    kind: BreakKind
    row_id: int
    at: str
    referral_id: str
    what: str
    """For a person: what is wrong, a ``Message`` (``said(found.what, language)``; English as a ``str``)."""
    key: str
    """The wording key of ``what``; ``values`` fill its placeholders."""
    values: dict


@dataclass(frozen=True)
class ChainReport:
    rows: int
    head_id: int
    head_hash: str
    first_break: ChainBreak | None
    seconds: float

    @property
    def intact(self) -> bool:
        return self.first_break is None


_COLUMNS = (
    "id, referral_id, at, actor, action, field, old, new, detail_salt, detail_hash, prev_hash, row_hash, "
    "erased_at"
)
_ROWS = f"SELECT {_COLUMNS} FROM audit_log ORDER BY id"
_ROWS_AFTER = f"SELECT {_COLUMNS} FROM audit_log WHERE id > ? ORDER BY id LIMIT ?"
_ERASURES = "SELECT referral_id, at FROM audit_log WHERE action IN ('deleted', 'erased')"
_ERASURE_AT = _ERASURES.replace("SELECT referral_id, at", "SELECT 1") + " AND referral_id = ? AND at = ?"


def _break(kind: BreakKind, row: tuple | None, what: Message) -> ChainBreak:
    """A break at ``row``; ``what`` says it, its ``{id}`` the row's id unless given."""
    row_id, referral_id, at = (row[0], row[1], row[2]) if row else (0, "", "")
    values = {"id": row_id, **what.values}
    return ChainBreak(
        kind, values["id"], at, referral_id, Message(what.template, **values), what.template, values
    )


def _own_fault(row: tuple, erasure_recorded: Callable[[str, str], bool]) -> ChainBreak | None:
    """What is wrong with a row taken alone: values or who/what/when changed since it was written."""
    _id, referral_id, at, actor, action, field, old, new, salt, detail, prev, own, erased_at = row
    if erased_at is None:
        if salt is None or detail_hash(salt, old, new) != detail:
            return _break(
                BreakKind.content_changed,
                row,
                Message("Row {id}: its old or new value is not the value recorded when it was written."),
            )
    elif old is not None or new is not None or salt is not None:
        return _break(
            BreakKind.content_changed, row, Message("Row {id}: it is marked erased but still holds values.")
        )
    elif not erasure_recorded(referral_id, erased_at):
        return _break(
            BreakKind.content_changed,
            row,
            Message("Row {id}: its values were removed without a recorded erasure."),
        )
    if row_hash(referral_id, at, actor, action, field, detail, prev) != own:
        return _break(
            BreakKind.content_changed,
            row,
            Message("Row {id}: who, what or when it records is not what was recorded when it was written."),
        )
    return None


def _link_fault(row: tuple, before: tuple | None, seen: dict[str, int], rows: list[tuple]) -> ChainBreak:
    """Why a row's link does not match the row before it (``seen``: each earlier row hash -> position)."""
    position = seen.get(row[10])
    if position is not None:  # it links to an earlier row: the rows in between were put in
        inserted = rows[position + 1]
        return _break(
            BreakKind.row_inserted,
            inserted,
            Message(
                "Row {id} was inserted: row {next} was linked directly to the row before it.", next=row[0]
            ),
        )
    before_id = before[0] if before is not None else 0  # ids start at 1
    if row[0] > before_id + 1:
        return _break(
            BreakKind.row_deleted,
            before or row,
            Message(
                "Rows {id} to {last} were deleted (row {next} links to a row that is no longer there).",
                id=before_id + 1,
                last=row[0] - 1,
                next=row[0],
            ),
        )
    return _break(
        BreakKind.chain_relinked,
        before or row,
        Message(
            "Row {id} is not the row that row {next} was linked to: it was rewritten and its hash "
            "recomputed, or the link was changed.",
            next=row[0],
        ),
    )


class ChainCheck:
    """A check of the whole log that can be made a few thousand rows at a time (``step``), so a window
    can check a long log after opening without freezing; ``verify`` makes it in one go."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        *,
        expected_head: str | None = None,
        lock: AbstractContextManager | None = None,
    ) -> None:
        self.conn = conn
        self.lock = lock or nullcontext()
        """Held for each step (the Store's lock, when the connection is shared with other threads)."""
        self.expected_head = expected_head
        with self.lock:
            self.erasures = {(referral_id, at) for referral_id, at in conn.execute(_ERASURES)}
        self.seen: dict[str, int] = {GENESIS: -1}
        self.rows: list[tuple] = []
        self.before: tuple | None = None
        self.found: ChainBreak | None = None
        self.done = False
        self.seconds = 0.0

    def step(self, limit: int = 5_000) -> bool:
        """Check up to ``limit`` more rows; True once the whole log is checked (or a break found)."""
        if self.done:
            return True
        started = time.perf_counter()
        after = self.before[0] if self.before else -(2**63)
        with self.lock:
            batch = self.conn.execute(_ROWS_AFTER, (after, limit)).fetchall()
        expected = self.before[11] if self.before else GENESIS
        for row in batch:
            found = _own_fault(row, self._erasure_recorded)
            if found is None and row[10] != expected:
                found = _link_fault(row, self.before, self.seen, self.rows)
            if found is not None:
                self.found, self.done = found, True
                break
            self.rows.append(row[:3])
            self.seen[row[11]] = len(self.rows) - 1
            expected, self.before = row[11], row
        if not self.done and len(batch) < limit:
            with self.lock:
                self.found, self.done = self._end_fault(), True
        self.seconds += time.perf_counter() - started
        return self.done

    def _erasure_recorded(self, referral_id: str, at: str) -> bool:
        """Whether an erasure of ``referral_id`` at ``at`` is recorded; asked of the log again for one made
        since the check began (a person may delete a referral while the window checks)."""
        if (referral_id, at) in self.erasures:
            return True
        with self.lock:
            found = self.conn.execute(_ERASURE_AT, (referral_id, at)).fetchone()
        if found:
            self.erasures.add((referral_id, at))
        return found is not None

    def _end_fault(self) -> ChainBreak | None:
        found = _head_fault(self.conn, self.before, self.seen, self.rows)
        if found is None and self.expected_head and self.expected_head not in self.seen:
            found = _break(
                BreakKind.chain_relinked,
                self.before,
                Message(
                    "The head recorded earlier ({head}) is not in the log: the log was rewritten since.",
                    head=self.expected_head[:16],
                ),
            )
        return found

    def report(self) -> ChainReport:
        last_id, last_hash = (self.before[0], self.before[11]) if self.before else (0, GENESIS)
        return ChainReport(len(self.rows), last_id, last_hash, self.found, self.seconds)


def verify(conn: sqlite3.Connection, *, expected_head: str | None = None) -> ChainReport:
    """Check the whole audit log; the report names the first bad row, if any.

    ``expected_head``: a head hash recorded earlier outside the database; the log must still hold that
    row (a whole rewritten chain is only caught this way)."""
    check = ChainCheck(conn, expected_head=expected_head)
    while not check.step(50_000):
        pass
    return check.report()


def _head_fault(
    conn: sqlite3.Connection, last: tuple | None, seen: dict[str, int], rows: list[tuple]
) -> ChainBreak | None:
    """Where the log ends against where ``audit_head`` says it ended."""
    try:
        head = conn.execute("SELECT rows, head_id, head_hash FROM audit_head").fetchone()
    except sqlite3.DatabaseError:
        head = None
    if head is None:
        return _break(
            BreakKind.tail_deleted,
            last,
            Message("The record of where the log ends (audit_head) has been removed."),
        )
    count, head_id, head_hash = head
    last_id, last_hash = (last[0], last[11]) if last else (0, GENESIS)
    if head_hash == last_hash and count == len(rows):
        return None
    position = seen.get(head_hash)
    if position is not None and position < len(rows) - 1:
        return _break(
            BreakKind.row_inserted,
            rows[position + 1],
            Message(
                "Rows from {id} were added after the recorded end of the log (row {head}).", head=head_id
            ),
        )
    if last_id < head_id:
        return _break(
            BreakKind.tail_deleted,
            last,
            Message(
                "Rows {id} to {last} were deleted from the end of the log.", id=last_id + 1, last=head_id
            ),
        )
    return _break(
        BreakKind.chain_relinked,
        last,
        Message("The log no longer ends at the row it recorded ({head}): it was rewritten.", head=head_id),
    )


RECORDED = "audit check failed"
"""The action of the row that records a break found (on the log's own row, ``LOG_ROW``)."""


def record_break(conn: sqlite3.Connection, found: ChainBreak, *, actor: str, at: str) -> bool:
    """Append a record that the check found ``found`` (inside the caller's write transaction), unless the
    newest such record already names the same first bad row; True when one was appended."""
    detail = {"kind": str(found.kind), "row_id": found.row_id, "at": found.at, "what": found.what}
    last = conn.execute(
        "SELECT new FROM audit_log WHERE referral_id = ? AND action = ? ORDER BY id DESC LIMIT 1",
        (LOG_ROW, RECORDED),
    ).fetchone()
    if last and last[0] and json.loads(last[0]).get("row_id") == found.row_id:
        previous = json.loads(last[0])
        if previous.get("kind") == detail["kind"]:
            return False
    append(conn, LOG_ROW, at, actor, RECORDED, [(None, None, detail)])
    return True


def unreadable(error: Exception) -> ChainBreak:
    """The break shown when the log cannot even be read (a failing check is never taken as intact)."""
    return _break(
        BreakKind.content_changed, None, Message("The audit log could not be read: {error}", error=str(error))
    )


# -- export ----------------------------------------------------------------------------------------------

EXPORT_COLUMNS = (
    "id",
    "referral_id",
    "at",
    "actor",
    "action",
    "field",
    "old",
    "new",
    "detail_salt",
    "detail_hash",
    "prev_hash",
    "row_hash",
    "erased_at",
)


def export_lines(conn: sqlite3.Connection, report: ChainReport) -> Iterator[str]:
    """The log for an investigator as JSON Lines: a first line with the verification result and the hash
    definitions, then one line per row with every column (values as stored, hashes included)."""
    header = {
        "mappa_desktop_audit_export": 1,
        "verification": {
            "intact": report.intact,
            "rows": report.rows,
            "head_id": report.head_id,
            "head_hash": report.head_hash,
            "first_break": None if report.first_break is None else _jsonable(report.first_break),
        },
        "hashes": "docs/DATA-PROTECTION.md, 'The audit chain'",
        "genesis": GENESIS,
    }
    yield json.dumps(header, ensure_ascii=False) + "\n"
    for row in conn.execute(_ROWS):
        yield json.dumps(dict(zip(EXPORT_COLUMNS, row, strict=True)), ensure_ascii=False) + "\n"


def _jsonable(found: ChainBreak) -> dict:
    data = asdict(found)
    data["kind"] = str(found.kind)
    return data
