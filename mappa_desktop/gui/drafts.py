"""The list of referrals on this computer: a lazy table model over ``Store.list_referrals``.

The store does the searching (name, alias, PNC ID, reference) in SQL; the model holds one page of rows
and fetches more as the view scrolls, so a large database opens as fast as a small one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mappa_desktop.core.dates import read_datetime, short_date

PAGE_SIZE = 200

_Index = QModelIndex | QPersistentModelIndex


def format_when(value: Any, now: dt.datetime | None = None, language: str | None = None) -> str:
    """A last-changed time as people say it: "14:02" today, "Yesterday 09:15", else "3 Mar 2026 09:15";
    in the interface language unless ``language`` is given (Welsh: "Ddoe 09:15", "3 Maw 2026 09:15")."""
    from mappa_desktop.core.summary import Wording
    from mappa_desktop.gui import i18n

    t = Wording(language or i18n.language()).t
    when = read_datetime(value)
    if when is None:
        return value or ""  # text that is not a time is shown as it was
    if when.tzinfo is not None:
        when = when.astimezone()
        now = now or dt.datetime.now().astimezone()
    now = now or dt.datetime.now()
    if when.date() == now.date():
        return when.strftime("%H:%M")
    if when.date() == (now - dt.timedelta(days=1)).date():
        return t("Yesterday {time}").format(time=when.strftime("%H:%M"))
    return f"{short_date(when.date(), language or i18n.language())} {when.strftime('%H:%M')}"


def _stale(row: Any) -> bool:
    """True when the row's referral changed after it was last exported."""
    return bool(getattr(row, "changed_since_export", False))


class DraftsModel(QAbstractTableModel):
    """Rows of ``ReferralRow`` from the store, newest change first."""

    COLUMNS = ("subject", "pnc", "status", "changed")

    def __init__(self, store: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[Any] = []
        self._search: str = ""
        self._limit = PAGE_SIZE
        self._exhausted = True

    # Loading -----------------------------------------------------------------------------------------

    @property
    def search(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        """Show only referrals matching ``text`` (blank shows all)."""
        self._search = text.strip()
        self._limit = PAGE_SIZE
        self.reload()

    def reload(self) -> None:
        """Read the current page(s) again from the store (after a save, delete or new referral)."""
        rows = self._store.list_referrals(self._search or None, limit=self._limit + 1)
        self._exhausted = len(rows) <= self._limit
        self.beginResetModel()
        self._rows = list(rows[: self._limit])
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt API
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt API
        if parent.isValid() or self._exhausted:
            return
        offset = len(self._rows)
        rows = self._store.list_referrals(self._search or None, limit=PAGE_SIZE + 1, offset=offset)
        self._exhausted = len(rows) <= PAGE_SIZE
        new = list(rows[:PAGE_SIZE])
        self._limit = offset + len(new)
        if not new:
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(new) - 1)
        self._rows.extend(new)
        self.endInsertRows()

    # Lookup ------------------------------------------------------------------------------------------

    def referral_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, referral_id: str) -> int:
        """The row showing ``referral_id``, or -1."""
        for row, item in enumerate(self._rows):
            if item.id == referral_id:
                return row
        return -1

    def row_for(self, referral_id: str) -> Any | None:
        """The ``ReferralRow`` shown for ``referral_id`` (None when it is not loaded)."""
        row = self.row_of(referral_id)
        return self._rows[row] if row >= 0 else None

    # Changes the window tells the list about (without reading it again: no re-sort under the cursor) ----

    def note_saved(self, referral: Any, updated_at: dt.datetime) -> None:
        """``referral`` was saved at ``updated_at``: its row shows its status, name and PNC ID now."""
        self._update(
            referral.id,
            status=referral.status,
            subject_name=referral.subject.full_name,
            pnc_id=referral.subject.pnc_id,
            updated_at=updated_at,
        )

    def note_exported(self, referral_id: str, exported_at: dt.datetime, summary_language: str | None) -> None:
        """``referral_id`` was exported at ``exported_at``; ``summary_language`` None keeps the language of
        the last summary (a package carries none)."""
        changes: dict[str, Any] = {"exported_at": exported_at}
        if summary_language is not None:
            changes["summary_language"] = summary_language
        self._update(referral_id, **changes)

    def _update(self, referral_id: str, **changes: Any) -> None:
        row = self.row_of(referral_id)
        if row < 0:
            return
        self._rows[row] = dataclasses.replace(self._rows[row], **changes)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def loaded_count(self) -> int:
        return len(self._rows)

    def has_more(self) -> bool:
        return not self._exhausted

    # Qt model ----------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "subject": self.tr("Subject"),
            "pnc": self.tr("PNC ID"),
            "status": self.tr("Status"),
            "changed": self.tr("Changed"),
        }[self.COLUMNS[section]]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "subject":
                return row.subject_name or self.tr("Unnamed subject")
            if column == "pnc":
                return row.pnc_id or ""
            if column == "status":
                status = self.status_label(str(getattr(row.status, "value", row.status)))
                return self.stale_label() if _stale(row) else status
            if column == "changed":
                return format_when(row.updated_at)
        if role == Qt.ItemDataRole.ToolTipRole and column == "subject":
            return self.tr("Reference {ref}").format(ref=row.id[:8].upper())
        if role == Qt.ItemDataRole.ToolTipRole and column == "status" and _stale(row):
            return self.tr(
                "{status}. Exported {exported}, changed {changed}: the exported PDF or package is out of "
                "date. Check your answers and export it again."
            ).format(
                status=self.status_label(str(getattr(row.status, "value", row.status))),
                exported=format_when(row.exported_at),
                changed=format_when(row.updated_at),
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == "changed" and row.exported_at is not None:
            language = self.summary_language_label(row.summary_language)
            if language:
                return self.tr("Exported {exported}; summary in {language}").format(
                    exported=format_when(row.exported_at), language=language
                )
            return self.tr("Exported {exported}").format(exported=format_when(row.exported_at))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def summary_language_label(self, code: str | None) -> str:
        """The language a summary was produced in, as the list says it ("" when none was)."""
        return {
            "en": self.tr("English"),
            "cy": self.tr("Welsh"),
            "bilingual": self.tr("Welsh and English"),
        }.get(code or "", "")

    def stale_label(self) -> str:
        """What the Status column says of a referral changed after its last export."""
        return self.tr("Changed since export")

    def status_label(self, status: str) -> str:
        return {
            "draft": self.tr("Draft"),
            "ready": self.tr("Ready"),
            "sent": self.tr("Sent"),
        }.get(status, status)
