"""Question widgets built from the rule pack: one per fact, of its type, with its help and why it is asked.

Nothing here knows a MAPPA criterion: the question text, choices and help are the pack's, "why we ask" is
``pack.affects`` turned into rule titles, and which questions show is ``core.rules.relevance``.
Every widget offers "Not known", which stores nothing (unknown is never "no").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mappa_desktop.core.referral import Referral
from mappa_desktop.core.referral.bindings import BINDINGS, read_answer, write_answer
from mappa_desktop.core.rules import RulePack
from mappa_desktop.core.rules.model import Question
from mappa_desktop.core.rules.relevance import affected_titles
from mappa_desktop.gui.editor.section import FieldError, validation_message
from mappa_desktop.gui.editor.subject_page import format_date, parse_date
from mappa_desktop.gui.i18n import tr
from mappa_desktop.gui.widgets import NumberEdit, plain_number, show_all_items

RADIO_LIMIT = 5
"""Enums with up to this many choices are radio buttons (all visible); longer ones are a drop-down."""

NUMBER_LIMITS = {"integer": 1_000_000, "number": 1_000_000}
"""What a number field takes at all. The referral's own limits (a DASH score is 0 to 24) are checked when
the answer is saved, so a number past them shows in red with its message and stores nothing new; the field
never refuses the second digit of "28" and leaves a "2" nobody meant on screen and in the store."""
KEPT_ANSWERS = 20


class _InputError(ValueError):
    """An answer that cannot be read (e.g. a date written wrongly)."""


class QuestionWidget(QFrame):
    """One question: the pack's wording, help, "why we ask", the input, and an error line."""

    changed = Signal()
    left = Signal()

    def __init__(self, fact: str, question: Question, pack: RulePack, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.fact = fact
        self.question = question
        self.setObjectName(f"question_{fact}")
        self.setProperty("class", "question")
        self._loading = False
        self._stored: list[Any] = [None]
        """The answers the referral took for this question, latest last (a few): what to keep if the one
        on screen is refused."""
        self._visit_start = 0
        self._lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.setSpacing(4)

        text = question.question.get(lang)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setProperty("class", "questionText")
        layout.addWidget(self.label)
        if question.help is not None:
            self.help = QLabel(question.help.get(lang))
            self.help.setWordWrap(True)
            self.help.setProperty("class", "hint")
            layout.addWidget(self.help)
        else:
            self.help = None
        titles = affected_titles(pack, fact, lang)
        self.why = QLabel(
            self.tr("Why we ask: the answer can change {outcomes}.").format(
                outcomes="; ".join(f"“{t}”" for t in titles)
            )
        )
        self.why.setWordWrap(True)
        self.why.setProperty("class", "why")
        layout.addWidget(self.why)

        self.worked_out = QLabel()
        self.worked_out.setWordWrap(True)
        self.worked_out.setProperty("class", "hint")
        self.worked_out.setVisible(False)
        layout.addWidget(self.worked_out)

        self.error = QLabel()
        self.error.setProperty("class", "fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)

        self._buttons: QButtonGroup | None = None
        self._checks: list[QCheckBox] = []
        self._none_check: QCheckBox | None = None
        self.input = self._build_input(question, lang)
        layout.addWidget(self.input)
        description = " ".join(
            x for x in (question.help.get(lang) if question.help else "", self.why.text()) if x
        )
        if self._buttons is None and not self._checks:
            # A combo box is announced by its value on Linux, never its name: the labelled-by relation a
            # buddy gives is what lets a screen reader say the question too.
            self.label.setBuddy(self.input)
        for widget in self.focus_widgets():
            if not widget.accessibleName():
                widget.setAccessibleName(text)
            widget.setAccessibleDescription(description)
            widget.installEventFilter(self)

    # Inputs --------------------------------------------------------------------------------------------

    def _build_input(self, question: Question, lang: str) -> QWidget:
        kind = question.type
        box = QWidget()
        if kind == "bool" or (kind == "enum" and len(question.choices) <= RADIO_LIMIT):
            row = QHBoxLayout(box) if kind == "bool" else QVBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            self._buttons = QButtonGroup(box)
            if kind == "bool":
                options = [(True, self.tr("Yes")), (False, self.tr("No"))]
            else:
                options = [(c.value, c.label.get(lang)) for c in question.choices]
            options.append((None, self.tr("Not known")))
            for value, label in options:
                button = QRadioButton(label)
                button.setProperty("answer", value)
                button.setAccessibleName(f"{question.question.get(lang)} {label}")
                self._buttons.addButton(button)
                row.addWidget(button)
                button.toggled.connect(self._toggled)
            if kind == "bool":
                row.addStretch(1)
            self._buttons.buttons()[-1].setChecked(True)
            return box
        if kind == "enum":
            combo = QComboBox()
            combo.addItem(self.tr("Not known"), None)
            for choice in question.choices:
                combo.addItem(choice.label.get(lang), choice.value)
            show_all_items(combo)
            combo.currentIndexChanged.connect(self._emit)
            self._combo = combo
            return combo
        if kind == "list_enum":
            grid = QGridLayout(box)
            grid.setContentsMargins(0, 0, 0, 0)
            for index, choice in enumerate(question.choices):
                check = QCheckBox(choice.label.get(lang))
                check.setProperty("answer", choice.value)
                check.setAccessibleName(f"{question.question.get(lang)} {choice.label.get(lang)}")
                check.toggled.connect(self._list_toggled)
                grid.addWidget(check, index // 2, index % 2)
                self._checks.append(check)
            self._none_check = QCheckBox(self.tr("None of these"))
            none_name = self.tr("None of these apply")
            self._none_check.setAccessibleName(f"{question.question.get(lang)} {none_name}")
            self._none_check.toggled.connect(self._none_toggled)
            grid.addWidget(self._none_check, (len(question.choices) + 1) // 2, 0)
            return box
        if kind in ("integer", "number"):
            path = BINDINGS[self.fact].path if self.fact in BINDINGS else ""
            number = NumberEdit(whole=kind == "integer", maximum=NUMBER_LIMITS[kind], path=path)
            number.textEdited.connect(self._number_edited)
            number.refused.connect(self.show_error)
            self._number = number
            return number
        if kind == "date":
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("day/month/year, blank if not known"))
            edit.setMaximumWidth(edit.fontMetrics().averageCharWidth() * 36)
            edit.textEdited.connect(self._emit)
            edit.editingFinished.connect(self._tidy_date)
            self._date = edit
            return edit
        raise ValueError(f"no widget for question type {kind!r}")

    def focus_widgets(self) -> list[QWidget]:
        """The widgets a person tabs through, in order."""
        if self._buttons is not None:
            return list(self._buttons.buttons())
        if self._checks:
            return [*self._checks, self._none_check]
        return [self.first_input()]

    def first_input(self) -> QWidget:
        kind = self.question.type
        if self._buttons is not None:
            checked = self._buttons.checkedButton()
            return checked or self._buttons.buttons()[0]
        if self._checks:
            return self._checks[0]
        if kind == "enum":
            return self._combo
        if kind in ("integer", "number"):
            return self._number
        return self._date

    # Value ---------------------------------------------------------------------------------------------

    def value(self) -> Any:
        """The answer (None: not known). Raises ``ValueError`` when it cannot be read."""
        kind = self.question.type
        if self._buttons is not None:
            button = self._buttons.checkedButton()
            return button.property("answer") if button is not None else None
        if kind == "enum":
            return self._combo.currentData()
        if kind == "list_enum":
            ticked = [c.property("answer") for c in self._checks if c.isChecked()]
            if ticked:
                return ticked
            return [] if self._none_check.isChecked() else None
        if kind in ("integer", "number"):
            number = self._number.number()
            return number if number is None or kind == "integer" else float(number)
        try:
            return parse_date(self._date.text())
        except ValueError as error:
            raise _InputError(str(error)) from None

    def set_value(self, value: Any) -> None:
        """Show a stored answer without emitting ``changed``."""
        self._stored, self._visit_start = [value], 0
        self._loading = True
        try:
            kind = self.question.type
            if self._buttons is not None:
                for button in self._buttons.buttons():
                    if _same(button.property("answer"), value):
                        button.setChecked(True)
                        break
            elif kind == "enum":
                index = self._combo.findData(value)
                self._combo.setCurrentIndex(max(index, 0))
            elif kind == "list_enum":
                chosen = set(value or [])
                for check in self._checks:
                    check.setChecked(check.property("answer") in chosen)
                self._none_check.setChecked(value is not None and not chosen)
            elif kind in ("integer", "number"):
                self._number.set_number(value)
            else:
                self._date.setText(format_date(value) if isinstance(value, dt.date) else "")
            self.show_error(None)
        finally:
            self._loading = False

    def answer_text(self, value: Any) -> str:
        """A stored answer as the person chose it (the pack's labels), or "Not known"."""
        if value is None:
            return self.tr("Not known")
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        labels = {c.value: c.label.get(self._lang) for c in self.question.choices}
        if isinstance(value, list):
            return ", ".join(labels.get(v, str(v)) for v in value) or self.tr("None of these")
        if isinstance(value, dt.date):
            return format_date(value)
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return labels.get(value, str(value))

    def show_worked_out(self, value: Any) -> None:
        """Say what the referral's other answers already imply while this question is unanswered."""
        text = (
            self.tr("From other answers in this referral: {answer}. Answer here to say otherwise.").format(
                answer=self.answer_text(value)
            )
            if value is not None
            else ""
        )
        if text != self.worked_out.text():
            self.worked_out.setText(text)
            self.worked_out.setVisible(bool(text))

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        for widget in self.focus_widgets():
            widget.setProperty("invalid", bool(message))
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    # Signals -------------------------------------------------------------------------------------------

    def _emit(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def _number_edited(self, _text: str) -> None:
        if self.error.isVisible() and self.error.text().startswith(self._number.message):
            self.show_error(None)  # the refused key's message goes once the person types a digit
        self._emit()

    def _toggled(self, checked: bool) -> None:
        if checked:
            self._emit()

    def _list_toggled(self, checked: bool) -> None:
        if checked and self._none_check.isChecked():
            self._loading, was = True, self._loading
            self._none_check.setChecked(False)
            self._loading = was
        self._emit()

    def _none_toggled(self, checked: bool) -> None:
        if checked:
            was, self._loading = self._loading, True
            for check in self._checks:
                check.setChecked(False)
            self._loading = was
        self._emit()

    def _tidy_date(self) -> None:
        try:
            value = parse_date(self._date.text())
        except ValueError as error:
            self.show_error(str(error))
            return
        self.show_error(None)
        if value is not None:
            self._date.setText(format_date(value))

    def accepted(self, value: Any) -> None:
        """The referral took ``value`` for this question."""
        if not _same(self._stored[-1], value):
            self._stored.append(value)
            if len(self._stored) > KEPT_ANSWERS:
                del self._stored[0]
                self._visit_start = max(self._visit_start - 1, 0)

    def keep(self, referral: Referral) -> Any:
        """The answer on screen was refused: put back in ``referral`` the answer it held before, nothing
        new, and return it. For a number that is the answer before the person started typing this one: an
        autosave between two keys stores the first digit ("2" of "28"), which the person never meant."""
        at = len(self._stored) - 1
        if self.question.type in ("integer", "number"):
            at = answer_before_typing(self._stored, self._number.text(), self._visit_start)
        kept = self._stored[at]
        write_answer(referral, self.fact, kept)
        return kept

    def kept_message(self, message: str, kept: Any) -> str:
        return kept_message(message, None if kept is None else self.answer_text(kept))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusIn:
            self._visit_start = len(self._stored) - 1  # answers stored from here on are this visit's
        if event.type() == QEvent.Type.FocusOut and not self._loading:
            self.left.emit()
        return super().eventFilter(watched, event)


def kept_message(message: str, kept: str | None) -> str:
    """A refusal, and what the referral still says meanwhile (GOV.UK: what to do, what was kept); ``kept``
    is the kept answer as shown, None for not known."""
    answer = tr("“{answer}”", answer=kept) if kept is not None else tr("it as not known")
    return tr(
        "{message}. Until then the referral keeps {answer}.", message=message.rstrip("."), answer=answer
    )


def answer_before_typing(kept: list[Any], typed: str, start: int = 0) -> int:
    """Where in ``kept`` (the answers stored for a number, oldest first, this visit from ``start``) is the
    answer from before the person began typing ``typed``: the later ones are its first digits, stored by an
    autosave between two keys ("2" of "28")."""
    at = len(kept) - 1
    while at > start and typed.strip().startswith(_number_text(kept[at])):
        at -= 1
    return at


def _number_text(value: Any) -> str:
    """A stored number as the field shows it ("" for not known): 18.0 -> "18"."""
    return "" if value is None else plain_number(value)


def _same(a: Any, b: Any) -> bool:
    # True == 1 in Python; a Yes/No button must not match a number.
    return a is b if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None else a == b


class QuestionList(QWidget):
    """The pack's questions for some facts, in the pack's order; shows only the relevant ones."""

    changed = Signal()
    left = Signal()

    def __init__(self, facts: list[str], pack: RulePack, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.widgets: dict[str, QuestionWidget] = {}
        for fact in facts:
            if fact not in pack.questions:
                continue
            widget = QuestionWidget(fact, pack.questions[fact], pack, lang, self)
            widget.changed.connect(self.changed)
            widget.left.connect(self.left)
            layout.addWidget(widget)
            self.widgets[fact] = widget
        self.quiet = False

    def set_relevant(self, relevant: set[str] | list[str]) -> None:
        """Show the questions that can still change something (or are answered); hidden ones keep answers."""
        wanted = set(relevant)
        focus = QApplication.focusWidget()
        for fact, widget in self.widgets.items():
            # The question the person is in stays until they leave it: hiding it would throw the cursor
            # elsewhere mid-answer. The editor re-evaluates when focus leaves (``left``).
            holds_focus = focus is not None and widget.isAncestorOf(focus)
            widget.setVisible(fact in wanted or (holds_focus and widget.isVisible()))

    def visible_facts(self) -> list[str]:
        return [fact for fact, widget in self.widgets.items() if not widget.isHidden()]

    def load(self, referral: Referral) -> None:
        for fact, widget in self.widgets.items():
            widget.set_value(read_answer(referral, fact))

    def apply(self, referral: Referral, show_errors: bool = True) -> list[FieldError]:
        errors: list[FieldError] = []
        for fact, widget in self.widgets.items():
            try:
                value = widget.value()
                write_answer(referral, fact, value)
            except (ValidationError, ValueError) as error:
                message = validation_message(error)
                errors.append(FieldError(BINDINGS[fact].path, message))
                kept = widget.keep(referral)
                if show_errors:  # saving (not the working copy the decision panel reads)
                    widget.accepted(kept)
                    widget.show_error(widget.kept_message(message, kept))
                continue
            if show_errors:
                widget.accepted(value)
                widget.show_error(None)
        return errors

    def focus_question(self, fact: str) -> bool:
        widget = self.widgets.get(fact)
        if widget is None:
            return False
        widget.setVisible(True)
        widget.first_input().setFocus(Qt.FocusReason.OtherFocusReason)
        return True
