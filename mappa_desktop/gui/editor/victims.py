"""The domestic-abuse victims, one by one (decision policy version 2): add, remove and reorder victims, each
with its own DASH score, incidents, risk indicators and MARAC answers. No name is needed: a label such as
"V1" at most.

Built from the rule pack's ``lists.victims`` (each field's question, help and choices are the pack's), it
edits a list of ``core.facts.Victim``: give it the victims with ``set_victims`` and read them back with
``victims()`` (``changed`` fires on every edit). ``RecordedVictims`` is the same editor on the referral's
own records (``VictimRecord``, with the DASH date and the last MARAC hearing too), as a part of the
domestic-abuse page. Every answer can be left not known (a blank number or date, "Not known" otherwise),
which stores nothing (unknown is never "no").
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mappa_desktop.core.facts import SHORTHAND, Victim
from mappa_desktop.core.referral import Referral, VictimRecord
from mappa_desktop.core.referral.bindings import BINDINGS, VICTIMS_PATH, get_path, set_path
from mappa_desktop.core.referral.messages import person_message
from mappa_desktop.core.rules import RulePack
from mappa_desktop.core.rules.model import Question, Text
from mappa_desktop.gui.editor.questions import NUMBER_LIMITS, answer_before_typing, kept_message
from mappa_desktop.gui.editor.section import FieldError
from mappa_desktop.gui.editor.subject_page import format_date, parse_date
from mappa_desktop.gui.i18n import tr
from mappa_desktop.gui.widgets import NumberEdit, plain_number


class VictimsEditor(QWidget):
    """A list of victims beside the answers of the one selected."""

    changed = Signal()

    record_model: type[BaseModel] = Victim
    """The record edited: the contract's ``Victim`` here, the referral's ``VictimRecord`` in a page."""
    extra_fields: tuple[tuple[str, str, Question], ...] = ()
    """Fields the record has beyond the pack's questions: (after which field, name, question)."""

    def __init__(self, pack: RulePack, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("victimsEditor")
        self.record = pack.lists["victims"]
        self.fields = self._all_fields()
        self.lang = lang
        self._victims: list[dict[str, Any]] = []
        self._loading = False
        self.refusal: str | None = None
        """Why the last answer was not kept (None when it was)."""
        self._visit: dict[str, list[Any]] = {}
        """Each field's answers kept since the person came to it, oldest first: what a refused number goes
        back to."""

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
        side.addStretch(1)  # the buttons stay by the list, however long the answers beside it
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 8 + 8)
        layout.addLayout(side, 1)

        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # each question above its answer
        self.inputs: dict[str, QWidget] = {}
        self.checks: dict[str, dict[str | None, QCheckBox]] = {}
        for name, question in self.fields.items():
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
        for widget in self.inputs.values():
            widget.installEventFilter(self)  # notes the answer a visit to a number starts from
        self.error = QLabel()
        self.error.setProperty("class", "fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        form.addRow(self.error)
        layout.addWidget(self.form_box, 2)
        self._refresh_list(-1)

    # Building ------------------------------------------------------------------------------------------

    def _all_fields(self) -> dict[str, Question]:
        """The pack's questions for a victim, with the record's own extra fields after their place."""
        fields: dict[str, Question] = {}
        for name, question in self.record.fields.items():
            fields[name] = question
            for after, extra, asked in self.extra_fields:
                if after == name:
                    fields[extra] = asked
        return fields

    def _button(self, text: str, name: str, slot: Any, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
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
            number = NumberEdit(
                whole=True,
                maximum=NUMBER_LIMITS[kind],
                path=f"domestic_abuse.victims.{name}",
            )
            number.textEdited.connect(lambda _text, n=name: self._edited(n))
            number.refused.connect(self._refused_key)
            return number
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
            check.setAccessibleName(check.text())
            column.addWidget(check)
            check.toggled.connect(lambda _on, n=name, c=check: self._edited(n, c))
        self.checks[name] = checks
        return box

    # The list ------------------------------------------------------------------------------------------

    def set_victims(self, victims: list[BaseModel]) -> None:
        """Show these victims (the first selected)."""
        self._victims = [v.model_dump(exclude_none=True) for v in victims]
        self._refresh_list(0 if self._victims else -1)

    def victims(self) -> list[Any]:
        """The victims as answered, in order."""
        return [self.record_model.model_validate(v) for v in self._victims]

    def add_victim(self) -> None:
        """A new victim at the end, labelled V1, V2, ... (the label can be changed or cleared)."""
        taken = {v.get("label") for v in self._victims}
        number = len(self._victims) + 1
        while f"V{number}" in taken:
            number += 1
        self._victims.append({"label": f"V{number}"})
        self._refresh_list(len(self._victims) - 1)
        self.inputs["label"].setFocus()
        self.inputs["label"].selectAll()  # typing replaces the suggested label
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
        self._visit.clear()  # a visit starts again with this victim's answers
        answers = self._victims[row] if has else {}
        self._loading = True
        for name, widget in self.inputs.items():
            self._put(name, widget, answers.get(name))
        self._loading = False

    def _refused_key(self, message: str) -> None:
        """A key a number cannot take: say what to enter (the number keeps what it had)."""
        self.error.setText(message)
        self.error.setVisible(True)

    def _put(self, name: str, widget: QWidget, value: Any) -> None:
        if isinstance(widget, NumberEdit):
            widget.set_number(value)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value) if value is not None else 0)
        elif isinstance(widget, QLineEdit):
            widget.setText(format_date(value) if self.fields[name].type == "date" else value or "")
        else:
            checks = self.checks[name]
            for choice, check in checks.items():
                check.setChecked(value is None if choice is None else choice in (value or []))

    def _read(self, name: str, widget: QWidget) -> Any:
        if isinstance(widget, NumberEdit):
            return widget.number()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QLineEdit):
            if self.fields[name].type == "date":
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
            self.record_model.model_validate(answers)
        except (ValueError, ValidationError) as exc:
            message = person_message(exc, f"domestic_abuse.victims.{name}")
            self.refusal = message
            self.error.setText(kept_message(message, self._keep(row, name)))
            self.error.setVisible(True)
            return
        self.error.setVisible(False)
        self.refusal = None
        if name in self._visit and self._visit[name][-1] != answers.get(name):
            self._visit[name].append(answers.get(name))
        self._victims[row] = answers
        if name == self.record.label_field:
            self.list.item(row).setText(self._name(row + 1, answers))
        self.changed.emit()

    def _keep(self, row: int, name: str) -> str | None:
        """An answer was refused: the victim keeps the one from before, as shown (None: not known). For a
        number that is the answer from before the person started typing this one: an autosave between two
        keys stored the "2" of "28", which the person never meant."""
        answers = self._victims[row]
        widget = self.inputs[name]
        history = self._visit.get(name)
        if isinstance(widget, NumberEdit) and history:
            at = answer_before_typing(history, widget.text())
            del history[at + 1 :]
            kept = history[at]
            if answers.get(name) != kept:
                self._victims[row] = {k: v for k, v in {**answers, name: kept}.items() if v is not None}
                self.changed.emit()
            return None if kept is None else plain_number(kept)
        kept = answers.get(name)
        if kept is None:
            return None
        if self.fields[name].type == "date":
            return format_date(kept)
        if isinstance(widget, QComboBox):
            return widget.itemText(widget.findData(kept))
        return str(kept)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        row = self.list.currentRow()
        if event.type() == QEvent.Type.FocusIn and 0 <= row < len(self._victims):
            for name, widget in self.inputs.items():
                if widget is watched:
                    self._visit[name] = [self._victims[row].get(name)]
        return super().eventFilter(watched, event)

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


class RecordedVictims(VictimsEditor):
    """The referral's victims on the domestic-abuse page: ``load`` and ``apply`` read and write
    ``domestic_abuse.victims``; an answer the model refuses is reported like any field's (``FieldError``);
    answers that contradict each other are shown at the victim (``show_problems``)."""

    record_model = VictimRecord
    path = VICTIMS_PATH
    left = Signal()
    """The person left a field: the page saves at once."""

    def __init__(self, pack: RulePack, lang: str = "en", parent: QWidget | None = None) -> None:
        self.extra_fields = (
            (
                "dash_score",
                "dash_date",
                _question(tr("When was this victim's most recent DASH risk checklist completed?")),
            ),
            (
                "marac_last_referred",
                "marac_last_heard",
                _question(
                    tr("When was this victim's case last heard at MARAC?"),
                    tr(
                        "Leave unanswered if not known or not heard yet. Where no referral date is known, "
                        "the hearing date stands for it."
                    ),
                ),
            ),
        )
        self._refused: dict[str, str] = {}
        self._problems: dict[str, str] = {}
        self._open: dict[int, set[str]] | None = None
        """Each victim's questions still open when last assessed (None: show every question)."""
        super().__init__(pack, lang, parent)
        self.problem = QLabel()
        self.problem.setObjectName("victimProblem")
        self.problem.setProperty("class", "fieldError")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.form_box.layout().addRow(self.problem)
        for checks in self.checks.values():
            for check in checks.values():
                check.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusOut:
            self.left.emit()
        return super().eventFilter(watched, event)

    # The page's part ----------------------------------------------------------------------------------

    def load(self, referral: Referral) -> None:
        row = self.list.currentRow()
        self._refused.clear()
        self._open = None  # until this referral is assessed
        self.set_victims(get_path(referral, self.path))
        if 0 <= row < len(self._victims):
            self.list.setCurrentRow(row)

    def apply(self, referral: Referral, show_errors: bool = True) -> list[FieldError]:
        """Write the victims as answered; answers refused at the field are kept out and reported."""
        set_path(referral, self.path, self.victims())
        return [FieldError(path, message) for path, message in self._refused.items()]

    def field(self, path: str) -> QWidget | None:
        """The widget answering ``path`` (``domestic_abuse.victims.1.dash_score``), that victim selected;
        the list for the victims as a whole."""
        if path == self.path or path in BINDINGS and BINDINGS[path].path == self.path:
            return self.list
        if not path.startswith(self.path + "."):
            return None
        position, _, name = path[len(self.path) + 1 :].partition(".")
        if not position.isdigit() or int(position) >= len(self._victims):
            return self.list
        self.list.setCurrentRow(int(position))
        return self.inputs.get(name.split(".")[0]) or self.inputs[self.record.label_field or "label"]

    def set_relevant(self, relevant: set[str]) -> None:
        """On show while a victim's answers could still change an outcome or a prompt, and always once a
        victim is recorded. Each victim's questions are those still open for them (``victims[2].dash_score``
        in ``relevant``, from ``open_victim_questions``); an answer is never hidden."""
        self.setVisible(bool(self._victims) or not relevant.isdisjoint(SHORTHAND))
        self._open = {}
        for name in relevant:
            found = _OPEN.match(name)
            if found:
                self._open.setdefault(int(found.group(1)), set()).add(found.group(2))
        self._show_relevant(self.list.currentRow())

    def _show_relevant(self, row: int) -> None:
        """The selected victim's questions: all of them until the list is next assessed (a victim just
        added, removed or moved), then the answered ones and those still open for this victim."""
        if not 0 <= row < len(self._victims):
            return
        answers = self._victims[row]
        follows = {name: after for after, name, _ in self.extra_fields}  # a date goes with its answer
        shown: dict[str, bool] = {}
        for name in self.inputs:
            shown[name] = (
                self._open is None
                or name == self.record.label_field
                or answers.get(name) is not None
                or name in self._open.get(row + 1, ())
                or (name in follows and shown.get(follows[name], True))
            )
            self.form_box.layout().setRowVisible(self.inputs[name], shown[name])

    def add_victim(self) -> None:
        self._open = None
        super().add_victim()

    def remove_victim(self) -> None:
        self._open = None
        super().remove_victim()

    def move_victim(self, step: int) -> None:
        self._open = None
        super().move_victim(step)

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        """Answers that contradict each other, by path: shown with the victim they are about."""
        self._problems = {path: message for path, message in problems if path.startswith(self.path + ".")}
        self._show_problem(self.list.currentRow())

    def _show_problem(self, row: int) -> None:
        prefix = f"{self.path}.{row}."
        messages = [message for path, message in self._problems.items() if path.startswith(prefix)]
        self.problem.setText("\n".join(messages))
        self.problem.setVisible(bool(messages))

    def _show_current(self, row: int) -> None:
        super()._show_current(row)
        if hasattr(self, "problem"):
            self._show_problem(row)
            self._show_relevant(row)

    def _edited(self, name: str, check: QCheckBox | None = None) -> None:
        row = self.list.currentRow()
        path = f"{self.path}.{row}.{name}"
        super()._edited(name, check)
        if self._loading or row < 0:
            return
        if self.refusal is not None:
            self._refused[path] = self.refusal
        else:
            self._refused.pop(path, None)


_OPEN = re.compile(r"^victims\[(\d+)\]\.([a-z0-9_]+)$")


def _question(text: str, help_text: str | None = None) -> Question:
    """A question of the referral's own record (not a rule-pack fact), in the pack's form."""
    return Question(type="date", question=Text(en=text), help=Text(en=help_text) if help_text else None)


__all__ = ["RecordedVictims", "VictimsEditor"]
