"""Record fields: the referral's own details (names, dates, free text, lists) that are not rule-pack facts.

Each field is described by its dotted path in the referral model, a label and a kind; ``RecordForm``
builds the widgets, loads them and writes them back, reporting refused answers at the field.
``RecordTable`` edits a list of small records (MARAC cases, agencies, risk tools).
"""

from __future__ import annotations

import datetime as dt
import typing
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mappa_desktop.core.referral.bindings import get_path, set_path
from mappa_desktop.gui.editor.section import FieldError, validation_message
from mappa_desktop.gui.editor.subject_page import format_date, parse_date
from mappa_desktop.gui.i18n import tr
from mappa_desktop.gui.widgets import NAME_MAX, TEXT_MAX, LimitedTextEdit, NumberEdit, show_all_items


@dataclass(frozen=True)
class Field:
    """One record field. ``kind``: text, multiline, lines (one bullet per line), date, tribool, number,
    choice (``choices`` as (value, label)). ``help`` shows under the field."""

    path: str
    label: str
    kind: str = "text"
    help: str = ""
    choices: tuple[tuple[Any, str], ...] = field(default_factory=tuple)


class RecordForm(QWidget):
    """A form of record fields; ``load``/``apply`` read and write the referral by path."""

    changed = Signal()
    left = Signal()

    def __init__(self, fields: list[Field], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = fields
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._loading = False
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in fields:
            widget = self._make(f)
            widget.setAccessibleName(f.label.replace("&", ""))
            if f.help:
                widget.setAccessibleDescription(f.help)
            widget.installEventFilter(self)
            self.widgets[f.path] = widget
            column = QWidget()
            box = QVBoxLayout(column)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            if isinstance(widget, LimitedTextEdit):
                box.addWidget(widget.counter)
            if f.help:
                hint = QLabel(f.help)
                hint.setWordWrap(True)
                hint.setProperty("class", "hint")
                box.addWidget(hint)
            error = QLabel()
            error.setProperty("class", "fieldError")
            error.setWordWrap(True)
            error.setVisible(False)
            box.addWidget(error)
            self.errors[f.path] = error
            label = QLabel(f.label)
            label.setBuddy(widget)
            label.setWordWrap(True)
            form.addRow(label, column)

    def _make(self, f: Field) -> QWidget:
        if f.kind in ("multiline", "lines"):
            edit = LimitedTextEdit(TEXT_MAX)
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 6)
            edit.textChanged.connect(self._emit)
            return edit
        if f.kind in ("tribool", "choice"):
            combo = QComboBox()
            combo.addItem(tr("Not known"), None)
            options = f.choices if f.kind == "choice" else ((True, tr("Yes")), (False, tr("No")))
            for value, label in options:
                combo.addItem(label, value)
            show_all_items(combo)
            combo.currentIndexChanged.connect(self._emit)
            return combo
        if f.kind == "number":
            number = NumberEdit(whole=False, maximum=10_000, path=f.path)
            number.textEdited.connect(self._emit)
            number.refused.connect(lambda message, path=f.path: self.show_error(path, message))
            return number
        edit = QLineEdit()
        edit.setMaxLength(NAME_MAX)
        if f.kind == "date":
            edit.setPlaceholderText(tr("day/month/year"))
            edit.setMaximumWidth(edit.fontMetrics().averageCharWidth() * 30)
        edit.textEdited.connect(self._emit)
        return edit

    def _emit(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def load(self, referral: Any) -> None:
        self._loading = True
        try:
            for f in self.fields:
                self._show(f, self.widgets[f.path], _get(referral, f.path))
                self.show_error(f.path, None)
        finally:
            self._loading = False

    @staticmethod
    def _show(f: Field, widget: QWidget, value: Any) -> None:
        if isinstance(widget, QPlainTextEdit):
            text = "\n".join(value) if f.kind == "lines" else (value or "")
            widget.setPlainText(text)
        elif isinstance(widget, QComboBox):
            index = next(
                (i for i in range(widget.count()) if _same(widget.itemData(i), value)),
                0,
            )
            widget.setCurrentIndex(index)
        elif isinstance(widget, NumberEdit):
            widget.set_number(value)
        elif f.kind == "date":
            widget.setText(format_date(value) if isinstance(value, dt.date) else "")
        else:
            widget.setText("" if value is None else str(value))

    def value(self, f: Field) -> Any:
        widget = self.widgets[f.path]
        if isinstance(widget, QPlainTextEdit):
            text = widget.toPlainText()
            if f.kind == "lines":
                return [line.strip(" •-*\t") for line in text.splitlines() if line.strip(" •-*\t")]
            return text.strip() or None
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, NumberEdit):
            number = widget.number()
            return None if number is None else float(number)
        if f.kind == "date":
            return parse_date(widget.text())
        return widget.text().strip() or None

    def display(self, referral: Any, f: Field) -> str:
        """The stored value as a person reads it; empty when not given."""
        value = _get(referral, f.path)
        if value is None or value == [] or value == "":
            return ""
        if f.kind == "lines":
            return "\n".join(f"• {line}" for line in value)
        if f.kind == "date":
            return format_date(value)
        if f.kind == "tribool":
            return tr("Yes") if value else tr("No")
        if f.kind == "choice":
            return next((label for v, label in f.choices if _same(v, value)), str(value))
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    def apply(self, referral: Any, show_errors: bool = True) -> list[FieldError]:
        errors: list[FieldError] = []
        composite: dict[str, dict[str, Any]] = {}
        for f in self.fields:
            try:
                value = self.value(f)
                parent = _optional_parent(referral, f.path)
                if parent is not None:
                    composite.setdefault(parent, {})[f.path.rsplit(".", 1)[1]] = value
                else:
                    set_path(referral, f.path, value)
            except (ValidationError, ValueError) as error:
                message = validation_message(error)
                errors.append(FieldError(f.path, message))
                if show_errors:
                    self.show_error(f.path, message)
                continue
            if show_errors:
                self.show_error(f.path, None)
        # An optional record (e.g. a score with its source) is all or nothing: blank fields clear it.
        for parent, values in composite.items():
            try:
                model = _optional_model(referral, parent)
                set_path(
                    referral, parent, None if all(v is None for v in values.values()) else model(**values)
                )
            except (ValidationError, ValueError) as error:
                message = validation_message(error)
                first = f"{parent}.{next(iter(values))}"
                errors.append(FieldError(first, message))
                if show_errors:
                    self.show_error(first, message)
        return errors

    def show_error(self, path: str, message: str | None) -> None:
        label, widget = self.errors[path], self.widgets[path]
        label.setText(message or "")
        label.setVisible(bool(message))
        widget.setProperty("invalid", bool(message))
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusOut and not self._loading:
            self.left.emit()
        return super().eventFilter(watched, event)


def _get(obj: Any, path: str) -> Any:
    for part in path.split("."):
        if obj is None:
            return None
        obj = getattr(obj, part)
    return obj


def _optional_model(referral: Any, parent: str) -> type[BaseModel]:
    holder_path, _, name = parent.rpartition(".")
    holder = get_path(referral, holder_path) if holder_path else referral
    annotation = type(holder).model_fields[name].annotation
    return next(a for a in typing.get_args(annotation) if isinstance(a, type) and issubclass(a, BaseModel))


def _optional_parent(referral: Any, path: str) -> str | None:
    """The path of an optional sub-record holding ``path`` (``domestic_abuse.rfg_score``), else None."""
    parent, _, _ = path.rpartition(".")
    holder_path, _, name = parent.rpartition(".")
    if not holder_path:
        return None
    holder = get_path(referral, holder_path)
    info = type(holder).model_fields.get(name) if isinstance(holder, BaseModel) else None
    if info is None or info.default is not None or info.default_factory is not None:
        return None
    return parent


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        return a is b
    return str(a) == str(b)


@dataclass(frozen=True)
class Column:
    attr: str
    header: str
    kind: str = "text"  # text, date, tribool


class RecordTable(QWidget):
    """A list of small records as an editable table with Add and Remove buttons (keyboard: F2 edits)."""

    changed = Signal()

    def __init__(self, path: str, model: type[BaseModel], columns: list[Column], name: str, parent=None):
        super().__init__(parent)
        self.path, self.model, self.columns = path, model, columns
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([c.header for c in columns])
        self.table.setAccessibleName(name)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 6)
        self.table.itemChanged.connect(self._emit)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add a row"))
        self.add_button.setAccessibleName(tr("Add a row to {name}").format(name=name))
        self.remove_button = QPushButton(tr("Remove the selected row"))
        self.remove_button.setAccessibleName(tr("Remove the selected row from {name}").format(name=name))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error = QLabel()
        self.error.setProperty("class", "fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        hint = QLabel(tr("Dates as day/month/year; yes/no columns take Yes, No or blank for not known."))
        hint.setProperty("class", "hint")
        hint.setWordWrap(True)
        layout.addWidget(hint)

    def _emit(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def add_row(self, values: list[str] | None = None) -> None:
        was, self._loading = self._loading, True
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col in range(len(self.columns)):
            text = values[col] if values else ""
            self.table.setItem(row, col, QTableWidgetItem(text))
        self._loading = was
        if values is None:
            self.table.setCurrentCell(row, 0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.editItem(self.table.item(row, 0))
            self._emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._emit()

    def load(self, referral: Any) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            for item in get_path(referral, self.path):
                self.add_row([_cell(getattr(item, c.attr), c.kind) for c in self.columns])
            self.show_error(None)
        finally:
            self._loading = False

    def records(self) -> list[BaseModel]:
        """The rows as models; raises ValueError naming the row on a bad cell."""
        out = []
        for row in range(self.table.rowCount()):
            texts = [
                (self.table.item(row, col).text() if self.table.item(row, col) else "").strip()
                for col in range(len(self.columns))
            ]
            if not any(texts):
                continue
            values: dict[str, Any] = {}
            try:
                for column, text in zip(self.columns, texts, strict=True):
                    values[column.attr] = _parse_cell(text, column.kind)
                out.append(self.model(**values))
            except (ValidationError, ValueError) as error:
                raise ValueError(
                    tr("Row {row}: {message}").format(row=row + 1, message=validation_message(error))
                ) from None
        return out

    def display_rows(self, referral: Any) -> list[str]:
        return [
            ", ".join(
                f"{c.header}: {_cell(getattr(item, c.attr), c.kind)}"
                for c in self.columns
                if getattr(item, c.attr) is not None
            )
            for item in get_path(referral, self.path)
        ]

    def apply(self, referral: Any, show_errors: bool = True) -> list[FieldError]:
        try:
            set_path(referral, self.path, self.records())
        except (ValidationError, ValueError) as error:
            message = validation_message(error)
            if show_errors:
                self.show_error(message)
            return [FieldError(self.path, message)]
        if show_errors:
            self.show_error(None)
        return []

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))


def _cell(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "date":
        return format_date(value)
    if kind == "tribool":
        return tr("Yes") if value else tr("No")
    return str(value)


def _parse_cell(text: str, kind: str) -> Any:
    if not text:
        return None
    if kind == "date":
        return parse_date(text)
    if kind == "tribool":
        lowered = text.lower()
        if lowered in ("yes", "y", tr("Yes").lower()):
            return True
        if lowered in ("no", "n", tr("No").lower()):
            return False
        raise ValueError(
            tr("write Yes or No (or leave it blank if not known), not '{text}'").format(text=text)
        )
    return text
