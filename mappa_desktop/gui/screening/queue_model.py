"""The screening queue as a Qt table model that holds only ids (Anki's browser table model).

SQL does the filtering, sorting and searching (``core.screening.queue``) and returns the ordered integer
keys; the model builds rows only for what the view asks to show, a page at a time, into a small cache.
``sort`` re-queries; nothing is sorted in Python.

The model reads through the store it is given and asks it for its connection before every query, so once
the store is closed (or the window calls ``detach``) it shows nothing and never queries again.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from mappa_desktop.core.database_driver import sqlite3
from mappa_desktop.core.dates import date_in_words, short_date
from mappa_desktop.core.screening.claims import ClaimDifference, Outcome, claim_differences, sender_claims
from mappa_desktop.core.screening.model import QueueRow
from mappa_desktop.core.screening.queue import SORT_COLUMNS, QueueQuery, queue_keys, queue_rows
from mappa_desktop.core.screening.signatures import SenderSignature, SignatureState
from mappa_desktop.core.wording import AssessmentWords
from mappa_desktop.gui import i18n
from mappa_desktop.gui.i18n import fill
from mappa_desktop.gui.plain_text import plain_tooltip
from mappa_desktop.gui.screening.text import ago_text, days_text, deadline_text, signature_words, status_text

PAGE = 100
CACHED_PAGES = 20
ReferralIdRole = Qt.ItemDataRole.UserRole + 1
OverdueRole = Qt.ItemDataRole.UserRole + 2

# (sort key in core.screening.queue.SORT_COLUMNS, header); "claim" is read from the packages shown, so
# it cannot be sorted by (the queue's SQL never reads package content); nor can "signature" (who signed:
# a trusted sender's name, an unknown key, or unsigned; issue 14).
# Headers are marked for translation (QT_TRANSLATE_NOOP) and worded by self.tr when the model is made.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("ScreeningQueueModel", "Name")),
    ("status", QT_TRANSLATE_NOOP("ScreeningQueueModel", "Status")),
    ("category", QT_TRANSLATE_NOOP("ScreeningQueueModel", "Category")),
    ("level_sought", QT_TRANSLATE_NOOP("ScreeningQueueModel", "Level sought")),
    ("aid_level", QT_TRANSLATE_NOOP("ScreeningQueueModel", "Aid recommends")),
    ("claim", QT_TRANSLATE_NOOP("ScreeningQueueModel", "Sender's claim")),
    ("signature", QT_TRANSLATE_NOOP("ScreeningQueueModel", "Signature")),
    ("da_flag", QT_TRANSLATE_NOOP("ScreeningQueueModel", "DA")),
    ("release_date", QT_TRANSLATE_NOOP("ScreeningQueueModel", "Release")),
    ("next_due", QT_TRANSLATE_NOOP("ScreeningQueueModel", "Next deadline")),
    ("referring_agency", QT_TRANSLATE_NOOP("ScreeningQueueModel", "Referring agency")),
    ("received_at", QT_TRANSLATE_NOOP("ScreeningQueueModel", "Received")),
)

Index = QModelIndex | QPersistentModelIndex


class ScreeningQueueModel(QAbstractTableModel):
    """Received referrals for the current ``QueueQuery``; rows are built lazily from SQL."""

    def __init__(self, source, parent=None, *, today: dt.date | None = None) -> None:
        """``source``: the ``Store`` to read (or, for a read-only tool, a bare SQLite connection)."""
        super().__init__(parent)
        self._source = source
        self._fixed_today = today
        self._query = QueueQuery(today=today)
        self._keys: list[int] = []
        self._cache: OrderedDict[int, list[QueueRow]] = OrderedDict()
        self._claims: dict[int, list[ClaimDifference]] = {}  # by key, for the cached pages only
        self._headers = [self.tr(text) for _, text in COLUMNS]
        self._bold = QFont()
        self._bold.setBold(True)
        self._overdue_brush = QBrush(QColor("#b10e1e"))

    # -- the store -----------------------------------------------------------------------------------

    @property
    def attached(self) -> bool:
        return self._source is not None

    def detach(self) -> None:
        """Let go of the store (it is closing, or the window is): no row is shown and none is queried."""
        if self._source is None:
            return
        self.beginResetModel()
        self._source = None
        self._keys = []
        self._cache.clear()
        self._claims.clear()
        self.endResetModel()

    def _conn(self) -> sqlite3.Connection | None:
        """The store's connection while it is open; after it closes, the model detaches itself."""
        if self._source is None:
            return None
        if isinstance(self._source, sqlite3.Connection):
            return self._source
        from mappa_desktop.core.store import StoreError

        try:
            return self._source.db.conn
        except StoreError:  # closed: forget it, so nothing asks it again (rows go at the next refresh)
            self._source = None
            return None

    # -- querying ------------------------------------------------------------------------------------

    @property
    def query(self) -> QueueQuery:
        return self._query

    @property
    def today(self) -> dt.date:
        return self._fixed_today or dt.date.today()

    def set_query(self, query: QueueQuery) -> None:
        """Show the referrals matching ``query`` (one SQL query for the keys)."""
        self._query = replace(query, today=self.today)
        self.refresh()

    def refresh(self) -> None:
        """Re-run the query (after an import or a decision)."""
        self.beginResetModel()
        conn = self._conn()
        self._keys = queue_keys(conn, replace(self._query, today=self.today)) if conn else []
        self._cache.clear()
        self._claims.clear()
        self.endResetModel()

    @staticmethod
    def sortable(column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column][0] in SORT_COLUMNS

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.sortable(column):
            return
        self._query = replace(
            self._query, sort=COLUMNS[column][0], descending=order == Qt.SortOrder.DescendingOrder
        )
        conn = self._conn()
        if conn is None:
            return
        self.layoutAboutToBeChanged.emit()
        self._keys = queue_keys(conn, replace(self._query, today=self.today))
        self._cache.clear()
        self._claims.clear()
        # No persistent indexes are kept across a re-sort: the selection is restored by id by the view.
        self.changePersistentIndexList(
            self.persistentIndexList(), [QModelIndex()] * len(self.persistentIndexList())
        )
        self.layoutChanged.emit()

    # -- rows ----------------------------------------------------------------------------------------

    def row_at(self, row: int) -> QueueRow | None:
        """The row's data, fetching its page from SQL if it is not cached."""
        if not 0 <= row < len(self._keys):
            return None
        page = row // PAGE
        rows = self._cache.get(page)
        if rows is None:
            conn = self._conn()
            if conn is None:
                return None
            keys = self._keys[page * PAGE : (page + 1) * PAGE]
            rows = queue_rows(conn, keys)
            if len(rows) != len(keys):  # a row vanished since the query: keep positions stable
                by_key = {r.key: r for r in rows}
                rows = [by_key.get(k) for k in keys]  # type: ignore[misc]
            self._cache[page] = rows
            self._note_claims(conn, rows)
            while len(self._cache) > CACHED_PAGES:
                for gone in self._cache.popitem(last=False)[1]:
                    if gone is not None:
                        self._claims.pop(gone.key, None)
        else:
            self._cache.move_to_end(page)
        return rows[row - page * PAGE]

    def _note_claims(self, conn: sqlite3.Connection, rows: list[QueueRow]) -> None:
        """How each row's sender's claim differs from the co-ordinator's own assessment (the queue's)."""
        claims = sender_claims(conn, [r.key for r in rows if r is not None])
        for r in rows:
            if r is not None and r.key in claims:
                self._claims[r.key] = claim_differences(claims[r.key], self.aid_outcome(r))

    @staticmethod
    def aid_outcome(item: QueueRow) -> Outcome:
        """The outcome this application's rule pack gave the row's referral (kept with the queue)."""
        return Outcome(item.aid_eligible, item.aid_category, item.aid_level)

    def claim_differences(self, row: int) -> list[ClaimDifference]:
        """How the sender's claim for the referral at ``row`` differs from the aid's assessment here."""
        item = self.row_at(row)
        return self._claims.get(item.key, []) if item else []

    def referral_id(self, row: int) -> str | None:
        item = self.row_at(row)
        return item.id if item else None

    def row_of(self, referral_id: str) -> int | None:
        """The row showing ``referral_id`` in the current order, if it matches the query."""
        conn = self._conn()
        if conn is None:
            return None
        found = conn.execute("SELECT n FROM received_referrals WHERE id = ?", (referral_id,)).fetchone()
        if found is None:
            return None
        try:
            return self._keys.index(found[0])
        except ValueError:
            return None

    def cached_pages(self) -> int:
        return len(self._cache)

    # -- Qt model interface --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return (
                    self.tr("Domestic abuse") if COLUMNS[section][0] == "da_flag" else self._headers[section]
                )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(COLUMNS):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            ReferralIdRole,
            OverdueRole,
        ):
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        today = self.today
        overdue = item.overdue(today)
        if role == ReferralIdRole:
            return item.id
        if role == OverdueRole:
            return overdue
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._overdue_brush if overdue and key == "next_due" else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if overdue and key == "next_due" else None
        if key == "claim":
            return self._claim(item, role)
        if key == "signature":
            return self._signature(item, role)
        text = self._text(item, key, today)
        if role == Qt.ItemDataRole.ToolTipRole:  # a name may look like markup: shown literally
            return plain_tooltip(self._tooltip(item, key, today) or text)
        if role == Qt.ItemDataRole.AccessibleTextRole and overdue and key == "next_due":
            return fill(self.tr("Overdue: {what}"), what=text)
        return text

    def _claim(self, item: QueueRow, role: int) -> Any:
        """ "⚠ Differs: Level 3" where the sender's claim differs (a sign and words, never colour alone)."""
        differences = self._claims.get(item.key, [])
        if not differences or role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            return self._bold if differences and role == Qt.ItemDataRole.FontRole else None
        words = AssessmentWords(i18n.language())
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(" ".join(d.sentence(words) for d in differences))
        said = ", ".join(d.claimed_words(words) for d in differences)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return fill(self.tr("The sender's claim differs: {said}"), said=said)
        return "⚠ " + fill(self.tr("Differs: {said}"), said=said)

    def _signature(self, item: QueueRow, role: int) -> Any:
        """ "✔ Signed by Jane Smith", "⚠ Signed by an unknown key" (bold) or "Unsigned": a sign and words."""
        signature = item.signature
        if not isinstance(signature, SenderSignature):
            return None
        unknown = signature.state is SignatureState.unknown_key
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if unknown else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(signature.sentence_text(signature_words()))
        text = signature.short_text(signature_words())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return text
        mark = {SignatureState.trusted: "✔ ", SignatureState.unknown_key: "⚠ "}.get(signature.state, "")
        return mark + text

    def _text(self, item: QueueRow, key: str, today: dt.date) -> str:
        if key == "name":
            return item.subject_name or self.tr("(name not recorded)")
        if key == "status":
            return status_text(item.status)
        if key == "category":
            return str(item.category) if item.category else "—"
        if key == "level_sought":
            return fill(self.tr("Level {number}"), number=item.level_sought) if item.level_sought else "—"
        if key == "aid_level":  # the level as the decision panel and the summary say it
            return AssessmentWords(i18n.language()).level(self.aid_outcome(item))
        if key == "da_flag":
            return self.tr("Yes") if item.da_flag else ""
        if key == "release_date":
            days = item.days_to_release(today)
            if days is not None and days < 0:
                return ago_text(-days)
            return days_text(days)
        if key == "next_due":
            if item.next_due_kind is None:
                return "—"
            return f"{deadline_text(item.next_due_kind)}: {days_text(item.days_to_due(today))}"
        if key == "referring_agency":
            return item.referring_agency
        if key == "received_at":
            return short_date(item.received_at.astimezone().date(), i18n.language())
        return ""

    def _tooltip(self, item: QueueRow, key: str, today: dt.date) -> str:
        if key == "release_date" and item.release_date:
            return fill(
                self.tr("Earliest release {date}"),
                date=date_in_words(item.release_date, i18n.language()),
            )
        if key == "next_due" and item.next_due:
            return (
                f"{deadline_text(item.next_due_kind)} {item.next_due:%d %B %Y}" if item.next_due_kind else ""
            )
        if key == "name" and item.pnc_id:
            return f"{item.subject_name} (PNC {item.pnc_id})"
        return ""
