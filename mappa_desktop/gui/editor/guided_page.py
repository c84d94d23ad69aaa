"""A section page built from blocks: the rule pack's questions for the section's facts, and record fields.

The page form (``ui/section_page.ui``) is the fixed frame: heading, introduction and a scrolling column.
The blocks are built in code, because the questions come from the pack and change with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from mappa_desktop.core.referral import Referral
from mappa_desktop.core.referral.bindings import BINDINGS, facts_in_section, read_answer
from mappa_desktop.core.rules import RulePack
from mappa_desktop.gui.editor.questions import QuestionList
from mappa_desktop.gui.editor.records import Field, RecordForm, RecordTable
from mappa_desktop.gui.editor.section import FieldError, SectionPage
from mappa_desktop.gui.editor.victims import RecordedVictims
from mappa_desktop.gui.forms.ui_section_page import Ui_SectionPageForm


@dataclass(frozen=True)
class Questions:
    """The pack's questions for this section's facts (only those that can still change something)."""

    heading: str


@dataclass(frozen=True)
class Group:
    heading: str
    fields: list[Field]
    intro: str = ""


@dataclass(frozen=True)
class Victims:
    """The victims of this person's domestic abuse, asked victim by victim (``RecordedVictims``)."""


@dataclass(frozen=True)
class Table:
    heading: str
    table: RecordTable
    intro: str = ""


class GuidedSectionPage(SectionPage):
    """One task-list section: questions from the pack and record fields, in the order of ``blocks``."""

    def __init__(
        self,
        section_id: str,
        title: str,
        intro: str,
        blocks: list[Any],
        pack: RulePack,
        lang: str = "en",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.section_id = section_id
        self._title = title
        self.ui = Ui_SectionPageForm()
        self.ui.setupUi(self)
        self.setObjectName(f"{section_id}Page")
        self.ui.headingLabel.setText(title)
        self.ui.introLabel.setText(intro)
        self.ui.introLabel.setVisible(bool(intro))
        self.ui.scrollArea.setAccessibleName(title)
        layout = self.ui.contentLayout
        self.questions: QuestionList | None = None
        self.forms: list[RecordForm] = []
        self.tables: list[RecordTable] = []
        self.victims: RecordedVictims | None = None
        self._parts: list[Any] = []
        for block in blocks:
            if isinstance(block, Questions):
                facts = [
                    f for f in facts_in_section(section_id, list(pack.questions)) if not BINDINGS[f].derived
                ]
                if not facts:
                    continue
                layout.addWidget(self._heading(block.heading))
                self.questions = QuestionList(facts, pack, lang, self)
                self.questions.changed.connect(self._changed)
                self.questions.left.connect(self.focus_left)
                layout.addWidget(self.questions)
                self._parts.append(self.questions)
                continue
            if isinstance(block, Victims):
                self.victims = RecordedVictims(pack, lang, self)
                self.victims.changed.connect(self._changed)
                self.victims.left.connect(self.focus_left)
                layout.addWidget(self.victims)
                self._parts.append(self.victims)
                continue
            layout.addWidget(self._heading(block.heading))
            if block.intro:
                hint = QLabel(block.intro)
                hint.setWordWrap(True)
                hint.setProperty("class", "hint")
                layout.addWidget(hint)
            if isinstance(block, Group):
                form = RecordForm(block.fields, self)
                form.changed.connect(self._changed)
                form.left.connect(self.focus_left)
                layout.addWidget(form)
                self.forms.append(form)
                self._parts.append(form)
            else:
                block.table.setParent(self)
                block.table.changed.connect(self._changed)
                block.table.table.installEventFilter(self)
                layout.addWidget(block.table)
                self.tables.append(block.table)
                self._parts.append(block.table)
        layout.addStretch(1)

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("class", "groupHeading")
        label.setWordWrap(True)
        return label

    # SectionPage ---------------------------------------------------------------------------------------

    def title(self) -> str:
        return self._title

    def first_field(self) -> QWidget | None:
        for part in self._parts:
            if isinstance(part, QuestionList):
                facts = part.visible_facts()
                if facts:
                    return part.widgets[facts[0]].first_input()
            elif isinstance(part, RecordForm):
                return next(iter(part.widgets.values()))
            elif isinstance(part, RecordTable):
                return part.table
            elif isinstance(part, RecordedVictims):
                return part.list
        return None

    def load(self, referral: Referral) -> None:
        self._loading = True
        try:
            for part in self._parts:
                part.load(referral)
        finally:
            self._loading = False

    def apply(self, referral: Referral) -> list[FieldError]:
        return [e for part in self._parts for e in part.apply(referral, show_errors=True)]

    def collect(self, referral: Referral) -> list[FieldError]:
        return [e for part in self._parts for e in part.apply(referral, show_errors=False)]

    def summary_rows(self, referral: Referral) -> list[tuple[str, str]]:
        rows: list[tuple[str, str]] = []
        for part in self._parts:
            if isinstance(part, QuestionList):
                for fact, widget in part.widgets.items():
                    if widget.isHidden():
                        continue
                    rows.append((widget.label.text(), widget.answer_text(read_answer(referral, fact))))
            elif isinstance(part, RecordForm):
                for f in part.fields:
                    shown = part.display(referral, f)
                    if shown:
                        rows.append((f.label.replace("&", ""), shown))
            elif isinstance(part, RecordTable):  # the victims are listed one by one by Check your answers
                for index, line in enumerate(part.display_rows(referral), start=1):
                    rows.append((f"{part.table.accessibleName()} {index}", line))
        return rows

    def set_relevant(self, relevant: set[str]) -> None:
        if self.questions is not None:
            self.questions.set_relevant(relevant)
        if self.victims is not None:
            self.victims.set_relevant(relevant)

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        if self.victims is not None:
            self.victims.show_problems(problems)

    def show_worked_out(self, values: dict) -> None:
        if self.questions is not None:
            for fact, widget in self.questions.widgets.items():
                widget.show_worked_out(values.get(fact))

    def field(self, path: str) -> QWidget | None:
        """The widget editing a record path (or a direct fact's question's first input)."""
        for form in self.forms:
            if path in form.widgets:
                return form.widgets[path]
        for table in self.tables:
            if table.path == path:
                return table.table
        if self.victims is not None and (found := self.victims.field(path)) is not None:
            return found
        if self.questions is not None:
            for fact, widget in self.questions.widgets.items():
                if BINDINGS[fact].path == path:
                    return widget.first_input()
        return None

    def focus_fact(self, fact: str) -> bool:
        binding = BINDINGS[fact]
        if not binding.derived and self.questions is not None and self.questions.focus_question(fact):
            self._reveal(self.questions.widgets[fact])
            return True
        return self.focus_path(binding.path)

    def focus_path(self, path: str) -> bool:
        widget = self.field(path)
        if widget is None:
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self._reveal(widget)
        return True

    def _reveal(self, widget: QWidget) -> None:
        self.ui.scrollArea.ensureWidgetVisible(widget, 20, 40)
