"""The domestic-abuse victims, one by one (decision policy version 2): add, remove and reorder victims, each
with its own DASH score, incidents, risk indicators and MARAC answers. No name is needed: a label such as
"V1" at most.

Built from the rule pack's ``lists.victims`` (each field's question, help and choices are the pack's), it
edits a list of ``core.facts.Victim``. Self-contained and not yet wired into the editor: give it the
victims with ``set_victims`` and read them back with ``victims()`` (``changed`` fires on every edit).
Every answer offers "Not known", which stores nothing (unknown is never "no").
"""

from __future__ import annotations

import typing
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mappa_desktop.core.facts import Victim
from mappa_desktop.core.rules import RulePack
from mappa_desktop.core.rules.model import Question
from mappa_desktop.gui.editor.subject_page import format_date, parse_date

NOT_KNOWN = -1
"""A number box's value for "Not known" (shown as that text)."""


def _largest(field: str) -> int:
    """The largest answer the contract allows for a number field of a victim (999 when it sets none)."""
    for arg in typing.get_args(Victim.model_fields[field].annotation):
        for meta in getattr(arg, "__metadata__", ()):
            for item in getattr(meta, "metadata", [meta]):
                if getattr(item, "le", None) is not None:
                    return int(item.le)
    return 999


class VictimsEditor(QWidget):
    """A list of victims beside the answers of the one selected."""

    changed = Signal()

    def __init__(self, pack: RulePack, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("victimsEditor")
        self.record = pack.lists["victims"]
        self.lang = lang
        self._victims: list[dict[str, Any]] = []
        self._loading = False

        layout = QHBoxLayout(self)
        side = QVBoxLayout()
        heading = QLabel(self.record.question.get(lang))
        heading.setProperty("class", "questionText")
        side.addWidget(heading)
        self.list = QListWidget()
        self.list.setObjectName("victimsList")
        self.list.setAccessibleName(self.record.question.get(lang))
        heading.setBuddy(self.list)
        self.list.currentRowChanged.connect(self._show_current)
        side.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("Add victim"), "addVictim", self.add_victim, buttons)
        self.remove_button = self._button(self.tr("Remove"), "removeVictim", self.remove_victim, buttons)
        self.up_button = self._button(self.tr("Move up"), "victimUp", lambda: self.move_victim(-1), buttons)
        self.down_button = self._button(
            self.tr("Move down"), "victimDown", lambda: self.move_victim(1), buttons
        )
        side.addLayout(buttons)
        layout.addLayout(side, 1)

        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # each question above its answer
        self.inputs: dict[str, QWidget] = {}
        self.checks: dict[str, dict[str | None, QCheckBox]] = {}
        for name, question in self.record.fields.items():
            label = QLabel(question.question.get(lang))
            label.setWordWrap(True)
            widget = self._input(name, question)
            widget.setAccessibleName(question.question.get(lang))
            if question.help is not None:
                widget.setAccessibleDescription(question.help.get(lang))
                widget.setToolTip(question.help.get(lang))
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.inputs[name] = widget
        self.error = QLabel()
        self.error.setProperty("class", "fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        form.addRow(self.error)
        layout.addWidget(self.form_box, 2)
        self._refresh_list(-1)

    # Building ------------------------------------------------------------------------------------------

    def _button(self, text: str, name: str, slot: Any, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _input(self, name: str, question: Question) -> QWidget:
        kind = question.type
        if kind == "text":
            edit = QLineEdit()
            edit.setMaxLength(40)
            edit.textEdited.connect(lambda _text, n=name: self._edited(n))
            return edit
        if kind == "integer":
            spin = QSpinBox()
            spin.setRange(NOT_KNOWN, _largest(name))
            spin.setSpecialValueText(self.tr("Not known"))
            spin.valueChanged.connect(lambda _value, n=name: self._edited(n))
            return spin
        if kind == "bool":
            combo = QComboBox()
            for text, value in ((self.tr("Not known"), None), (self.tr("Yes"), True), (self.tr("No"), False)):
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(lambda _index, n=name: self._edited(n))
            return combo
        if kind == "date":
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("DD/MM/YYYY, or leave blank if not known"))
            edit.editingFinished.connect(lambda n=name: self._edited(n))
            return edit
        box = QWidget()  # list_enum: "Not known", then a check box per choice
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        checks: dict[str | None, QCheckBox] = {None: QCheckBox(self.tr("Not known"))}
        checks.update({c.value: QCheckBox(c.label.get(self.lang)) for c in question.choices})
        for check in checks.values():
            column.addWidget(check)
            check.toggled.connect(lambda _on, n=name, c=check: self._edited(n, c))
        self.checks[name] = checks
        return box

    # The list ------------------------------------------------------------------------------------------

    def set_victims(self, victims: list[Victim]) -> None:
        """Show these victims (the first selected)."""
        self._victims = [v.model_dump(exclude_none=True) for v in victims]
        self._refresh_list(0 if self._victims else -1)

    def victims(self) -> list[Victim]:
        """The victims as answered, in order."""
        return [Victim.model_validate(v) for v in self._victims]

    def add_victim(self) -> None:
        """A new victim at the end, labelled V1, V2, ... (the label can be changed or cleared)."""
        taken = {v.get("label") for v in self._victims}
        number = len(self._victims) + 1
        while f"V{number}" in taken:
            number += 1
        self._victims.append({"label": f"V{number}"})
        self._refresh_list(len(self._victims) - 1)
        self.inputs["label"].setFocus()
        self.changed.emit()

    def remove_victim(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        del self._victims[row]
        self._refresh_list(min(row, len(self._victims) - 1))
        self.changed.emit()

    def move_victim(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self._victims):
            return
        self._victims[row], self._victims[target] = self._victims[target], self._victims[row]
        self._refresh_list(target)
        self.changed.emit()

    def _name(self, position: int, answers: dict[str, Any]) -> str:
        name = self.record.item.get(self.lang).replace("{position}", str(position))
        name = name[:1].upper() + name[1:]
        label = answers.get(self.record.label_field or "")
        return f"{name} ({label})" if label else name

    def _refresh_list(self, row: int) -> None:
        self._loading = True
        self.list.clear()
        for position, answers in enumerate(self._victims, start=1):
            self.list.addItem(self._name(position, answers))
        self._loading = False
        self.list.setCurrentRow(row)
        self._show_current(row)

    # The selected victim's answers ---------------------------------------------------------------------

    def _show_current(self, row: int) -> None:
        if self._loading:
            return
        has = 0 <= row < len(self._victims)
        self.form_box.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self._victims) - 1)
        self.error.setVisible(False)
        answers = self._victims[row] if has else {}
        self._loading = True
        for name, widget in self.inputs.items():
            self._put(name, widget, answers.get(name))
        self._loading = False

    def _put(self, name: str, widget: QWidget, value: Any) -> None:
        if isinstance(widget, QSpinBox):
            widget.setValue(NOT_KNOWN if value is None else value)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value) if value is not None else 0)
        elif isinstance(widget, QLineEdit):
            widget.setText(format_date(value) if self.record.fields[name].type == "date" else value or "")
        else:
            checks = self.checks[name]
            for choice, check in checks.items():
                check.setChecked(value is None if choice is None else choice in (value or []))

    def _read(self, name: str, widget: QWidget) -> Any:
        if isinstance(widget, QSpinBox):
            return None if widget.value() == NOT_KNOWN else widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QLineEdit):
            if self.record.fields[name].type == "date":
                return parse_date(widget.text())
            return widget.text().strip() or None
        checks = self.checks[name]
        if checks[None].isChecked():
            return None
        return [choice for choice, check in checks.items() if choice is not None and check.isChecked()]

    def _edited(self, name: str, check: QCheckBox | None = None) -> None:
        row = self.list.currentRow()
        if self._loading or row < 0:
            return
        if check is not None:
            self._tidy_checks(name, check)
        answers = dict(self._victims[row])
        try:
            answers[name] = self._read(name, self.inputs[name])
            answers = {k: v for k, v in answers.items() if v is not None}
            Victim.model_validate(answers)
        except (ValueError, ValidationError) as exc:
            message = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
            self.error.setText(self.tr("This answer was not kept: {why}").format(why=message))
            self.error.setVisible(True)
            return
        self.error.setVisible(False)
        self._victims[row] = answers
        if name == self.record.label_field:
            self.list.item(row).setText(self._name(row + 1, answers))
        self.changed.emit()

    def _tidy_checks(self, name: str, ticked: QCheckBox) -> None:
        """ "Not known" and the choices exclude each other: ticking one clears the other."""
        checks = self.checks[name]
        if not ticked.isChecked():
            return
        self._loading = True
        for choice, check in checks.items():
            if (ticked is checks[None]) != (choice is None):
                check.setChecked(False)
        self._loading = False


__all__ = ["VictimsEditor"]
