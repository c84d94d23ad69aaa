"""The decision panel: the aid's live advice beside the form, each outcome opening to its explanation.

Shows eligibility, category and recommended level (each expandable to the criteria met, not met and
unknown, the facts and answers behind them, and the guidance cited), the prompts (acknowledgeable with a
note), how other forums relate to MAPPA for this person, the facts still needed (each a link to its
question), and the officer's own decision if they recorded one. It knows nothing about MAPPA: everything
shown comes from the ``Assessment`` and the pack, in ``core.wording``'s words (the summary and the
screening detail say the same). Reusable outside the editor (training mode).
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mappa_desktop.core.rules import Assessment, RulePack
from mappa_desktop.core.rules.assessment import TraceEntry
from mappa_desktop.core.rules.tree import Row
from mappa_desktop.core.summary.aid_sections import case_notes
from mappa_desktop.core.wording import AssessmentWords

_MARK = {True: "✓", False: "✗", None: "?"}

NoteAsker = Callable[[str, str], "str | None"]


class DecisionPanel(QScrollArea):
    """Live advice. Call ``show_assessment``; listen to the three signals."""

    question_requested = Signal(str)
    """A "still needed" link was followed: the fact whose question should be shown and focused."""

    prompt_acknowledged = Signal(str, str)
    """(prompt id, note) after the officer acknowledged a prompt."""

    override_requested = Signal()
    """The officer wants to record a different category or level."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionPanel")
        self.setAccessibleName(self.tr("Decision aid"))
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._base_width = self.fontMetrics().averageCharWidth() * 28
        self.setMinimumWidth(self._base_width)
        self.ask_note: NoteAsker = self._ask_note
        self.expanded: set[str] = set()
        self._signature: str | None = None
        self._lang = "en"
        self._words = AssessmentWords()
        self._body: QWidget | None = None
        self.prompt_buttons: dict[str, QPushButton] = {}
        self.outcome_buttons: dict[str, LinkButton] = {}
        self.explanations: dict[str, QLabel] = {}
        self.still_needed_buttons: dict[str, QPushButton] = {}
        self.override_button: QPushButton | None = None
        self.summary: dict[str, str] = {}
        self._prompts: dict[str, str] = {}
        self._acks: dict[str, Any] = {}
        self._allow_acknowledge = True
        self._show_placeholder()

    # Public ------------------------------------------------------------------------------------------

    def show_assessment(
        self,
        assessment: Assessment,
        pack: RulePack,
        *,
        lang: str = "en",
        acknowledged: list[Any] | None = None,
        override: Any = None,
        cross_references: list[str] | None = None,
        allow_override: bool = True,
        allow_acknowledge: bool | None = None,
    ) -> bool:
        """Show an assessment. ``acknowledged``: objects with prompt_id, note, actor, at (latest wins);
        ``override``: an object with category, level, rationale, actor, at (or None); ``cross_references``:
        sentences on how other forums relate to MAPPA for this person. ``allow_override`` and
        ``allow_acknowledge`` (default: as ``allow_override``) show the buttons that record the officer's
        decisions; a read-only panel (training) shows neither. Returns False when nothing changed (the
        panel is not rebuilt)."""
        self._allow_acknowledge = allow_override if allow_acknowledge is None else allow_acknowledge
        self._lang = lang  # the explanations' answers are named in the pack's words for this language
        self._words = AssessmentWords(lang)
        acks = {a.prompt_id: a for a in acknowledged or []}
        signature = json.dumps(
            [
                assessment.model_dump(mode="json"),
                [(a.prompt_id, a.note, a.actor, str(a.at)) for a in acks.values()],
                _plain(override),
                cross_references,
                sorted(self.expanded),
                allow_override,
                self._allow_acknowledge,
                lang,
            ],
            default=str,
        )
        if signature == self._signature:
            return False
        self._signature = signature
        self._acks = acks
        focus_key = self._focused_key()
        body = QWidget()
        body.setObjectName("decisionPanelBody")
        layout = QVBoxLayout(body)
        layout.setSpacing(8)
        self.prompt_buttons, self.outcome_buttons, self.explanations = {}, {}, {}
        self.still_needed_buttons = {}
        self._prompts = {}

        layout.addWidget(self._label(self.tr("Decision aid"), "panelTitle"))
        advice = self._label(
            self.tr(
                "Advice only: the officer decides. Rule pack {pack}, version {version}, on {day}."
            ).format(
                pack=assessment.rule_pack.id,
                version=assessment.rule_pack.version,
                day=assessment.rule_pack.as_of.strftime("%d/%m/%Y"),
            ),
            "hint",
        )
        layout.addWidget(advice)

        self._outcomes(layout, assessment, pack, lang)
        if override is not None:
            layout.addWidget(self._override_box(override))
        if allow_override:
            text = self.tr("Change decision…") if override is not None else self.tr("My own decision…")
            self.override_button = QPushButton(text)
            self.override_button.setToolTip(self.tr("Record a different category or level, and why"))
            self.override_button.setAccessibleName(self.tr("Record my own category or level, and why"))
            self.override_button.clicked.connect(self.override_requested)
            layout.addWidget(self.override_button)
        else:
            self.override_button = None

        layout.addWidget(self._label(self.tr("Prompts"), "panelHeading"))
        if not assessment.prompts:
            layout.addWidget(self._label(self.tr("None at the moment."), "hint"))
        for prompt in assessment.prompts:
            layout.addWidget(self._prompt_box(prompt, pack, lang))

        if cross_references:
            layout.addWidget(self._label(self.tr("Other forums and MAPPA"), "panelHeading"))
            for line in cross_references:
                layout.addWidget(self._label(line, "crossReference"))

        layout.addWidget(self._label(self.tr("Still needed"), "panelHeading"))
        if not assessment.missing:
            layout.addWidget(
                self._label(self.tr("Nothing: the answers given settle the category and level."), "hint")
            )
        else:
            layout.addWidget(self._label(self.tr("Answers that could change the outcome:"), "hint"))
        questions = assessment.missing_questions or assessment.missing
        for fact, question in zip(assessment.missing, questions, strict=False):
            button = LinkButton(question)
            button.setAccessibleName(self.tr("Go to the question: {q}").format(q=question))
            button.clicked.connect(lambda _=False, f=fact: self.question_requested.emit(f))
            layout.addWidget(button)
            self.still_needed_buttons[fact] = button
        layout.addStretch(1)

        # Wide enough for the body's buttons beside a vertical scroll bar: never a sideways scroll.
        room = (
            body.minimumSizeHint().width()
            + self.verticalScrollBar().sizeHint().width()
            + 2 * self.frameWidth()
        )
        self.setMinimumWidth(max(self._base_width, room))
        old = self.takeWidget()
        self.setWidget(body)
        self._body = body
        if old is not None:
            old.deleteLater()
        self._restore_focus(focus_key)
        return True

    # Building blocks -----------------------------------------------------------------------------------

    def _outcomes(self, layout: QVBoxLayout, a: Assessment, pack: RulePack, lang: str) -> None:
        entries = {e.rule: e for e in a.trace}
        cats = [e for r, e in entries.items() if r.startswith("category.")]
        levels = [e for r, e in entries.items() if r.startswith("level.")]
        eligible, category, level = self._words.outcome(a)  # as every other surface says it
        notes = list(a.notes) + ["", "", ""]
        self.summary = {"eligibility": eligible, "category": category, "level": level}
        for key, heading, value, shown, note in (
            ("eligibility", self.tr("MAPPA eligibility"), eligible, cats, notes[0]),
            ("category", self.tr("Category"), category, cats, " ".join(x for x in (notes[1], notes[3]) if x)),
            ("level", self.tr("Recommended level"), level, levels, notes[2]),
        ):
            button = LinkButton(f"{heading}: {value}")
            button.setObjectName(f"{key}Outcome")
            button.setCheckable(True)
            button.setChecked(key in self.expanded)
            button.setProperty("class", "outcome")
            button.set_marker("▾ " if key in self.expanded else "▸ ")
            button.setAccessibleName(f"{heading}: {value}")
            button.setAccessibleDescription(self.tr("Press to show or hide why"))
            explanation = self._label(self._explain(shown, pack, note, a, key), "explanation")
            explanation.setTextFormat(Qt.TextFormat.RichText)
            explanation.setVisible(key in self.expanded)
            explanation.setAccessibleName(self.tr("Why: {what}").format(what=heading))
            explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button.toggled.connect(lambda on, k=key: self._toggle(k, on))
            layout.addWidget(button)
            layout.addWidget(explanation)
            self.outcome_buttons[key] = button
            self.explanations[key] = explanation
        # Notes about this assessment itself, e.g. a case dated before the rules now in force.
        for text in case_notes(a.notes):
            note = self._label(text, "hint")
            note.setObjectName("caseNote")
            layout.addWidget(note)

    def _explain(self, entries: list[TraceEntry], pack: RulePack, note: str, a: Assessment, key: str) -> str:
        parts: list[str] = []
        if note:
            parts.append(f"<p>{html.escape(note)}</p>")
        if key == "category" and a.categories_met:
            met = [e for e in entries if e.outcome is True]
            if met:
                entries = met + [e for e in entries if e.outcome is None]
        words = self._words
        for entry in entries:
            parts.append(f"<p><b>{html.escape(words.rule_heading(entry))}</b></p>")
            for row in entry.lines or [Row(0, c.met, c.text, True) for c in entry.criteria]:
                indent = "&nbsp;" * 4 * row.depth
                answer = ""
                if row.source == "fact":
                    note = words.answer_note(pack, row.fact, row.answer)
                    answer = f" <i>{html.escape(note)}</i>"
                parts.append(f"{indent}{_MARK[row.met]} {html.escape(row.text)}{answer}<br>")
            if entry.citations:
                cites = "; ".join(f"{html.escape(c.title)} ({html.escape(c.url)})" for c in entry.citations)
                parts.append(f"<p><i>{html.escape(self.tr('Guidance cited:'))}</i> {cites}</p>")
        return "".join(parts)

    def _prompt_box(self, prompt: Any, pack: RulePack, lang: str) -> QFrame:
        box = QFrame()
        box.setObjectName(f"prompt_{prompt.id}")
        box.setProperty("class", "prompt")
        box.setProperty("severity", prompt.severity)
        layout = QVBoxLayout(box)
        layout.setSpacing(4)
        rule = pack.prompts.get(prompt.id)
        title = rule.title.get(lang) if rule is not None else prompt.id
        severity = self._words.severity(prompt.severity)
        layout.addWidget(self._label(severity.upper(), "promptSeverity"))
        layout.addWidget(self._label(title, "promptTitle"))
        layout.addWidget(self._label(prompt.text, "promptText"))
        if prompt.citations:
            cites = "; ".join(f"{c.title} ({c.url})" for c in prompt.citations)
            layout.addWidget(self._label(self.tr("Guidance cited: {cites}").format(cites=cites), "hint"))
        self._prompts[prompt.id] = f"{title}\n\n{prompt.text}"
        ack = self._acks.get(prompt.id)
        if ack is not None:
            when = ack.at.strftime("%d/%m/%Y %H:%M") if isinstance(ack.at, dt.datetime) else str(ack.at)
            layout.addWidget(
                self._label(
                    self.tr("Acknowledged by {who} on {when}: {note}").format(
                        who=self._words.officer(ack.actor), when=when, note=ack.note or self.tr("no note")
                    ),
                    "acknowledged",
                )
            )
        if not self._allow_acknowledge:
            box.setAccessibleName(f"{severity}: {title}")
            return box
        text = self.tr("Change the note…") if ack is not None else self.tr("Acknowledge…")
        button = QPushButton(text)
        button.setAccessibleName(f"{text.rstrip('…')}: {title}")
        button.clicked.connect(lambda _=False, pid=prompt.id: self.acknowledge(pid))
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        box.setAccessibleName(f"{severity}: {title}")
        self.prompt_buttons[prompt.id] = button
        return box

    def _override_box(self, override: Any) -> QFrame:
        box = QFrame()
        box.setProperty("class", "override")
        layout = QVBoxLayout(box)
        parts = []
        if getattr(override, "category", None) is not None:
            parts.append(self.tr("Category {n}").format(n=override.category))
        if getattr(override, "level", None) is not None:
            parts.append(self.tr("Level {n}").format(n=override.level))
        layout.addWidget(
            self._label(
                self.tr("The officer's decision: {what}").format(what=", ".join(parts)), "promptTitle"
            )
        )
        aid = self._words.aid_outcome(
            getattr(override, "aid_category", None), getattr(override, "aid_level", None)
        )
        when = override.at.strftime("%d/%m/%Y %H:%M") if isinstance(override.at, dt.datetime) else override.at
        layout.addWidget(
            self._label(
                self.tr("The aid said {aid} (rule pack {version}). Decided by {who} on {when}.").format(
                    aid=aid,
                    version=override.rule_pack_version,
                    who=self._words.officer(override.actor),
                    when=when,
                ),
                "hint",
            )
        )
        layout.addWidget(
            self._label(self.tr("Rationale: {text}").format(text=override.rationale), "promptText")
        )
        box.setAccessibleName(self.tr("The officer's decision"))
        return box

    @staticmethod
    def _label(text: str, css_class: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setProperty("class", css_class)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        return label

    # Behaviour ---------------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # The splitter gives each side its size hint first: ask for room to read an explanation
        # (about 40 characters a line) rather than the narrow minimum.
        hint = super().sizeHint()
        hint.setWidth(max(self.minimumWidth(), self.fontMetrics().averageCharWidth() * 40))
        return hint

    def acknowledge(self, prompt_id: str) -> None:
        """Ask for a note and emit ``prompt_acknowledged`` (nothing when cancelled)."""
        ack = self._acks.get(prompt_id)
        note = self.ask_note(self._prompts.get(prompt_id, prompt_id), ack.note or "" if ack else "")
        if note is not None:
            self.prompt_acknowledged.emit(prompt_id, note)

    def _ask_note(self, prompt_text: str, note: str) -> str | None:
        from mappa_desktop.gui.editor.dialogs import AcknowledgeDialog

        dialog = AcknowledgeDialog(prompt_text, note, self)
        return dialog.note() if dialog.exec() == AcknowledgeDialog.DialogCode.Accepted else None

    def _toggle(self, key: str, on: bool) -> None:
        if on:
            self.expanded.add(key)
        else:
            self.expanded.discard(key)
        self.explanations[key].setVisible(on)
        self.outcome_buttons[key].set_marker("▾ " if on else "▸ ")

    def _show_placeholder(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._label(self.tr("Decision aid"), "panelTitle"))
        layout.addWidget(self._label(self.tr("Open a referral to see the aid's advice."), "hint"))
        layout.addStretch(1)
        self.setWidget(body)

    def _focused_key(self) -> tuple[str, str] | None:
        # The application's focus, not ``self.focusWidget()``: that is the last panel widget that ever had
        # focus, even after the person moved on, and "restoring" it took the cursor out of the form.
        widget = QApplication.focusWidget() if self._body is not None else None
        if widget is None or self._body is None or not self._body.isAncestorOf(widget):
            return None
        for name, group in (
            ("outcome", self.outcome_buttons),
            ("prompt", self.prompt_buttons),
            ("needed", self.still_needed_buttons),
        ):
            for key, button in group.items():
                if button is widget:
                    return (name, key)
        if widget is self.override_button:
            return ("override", "")
        return None

    def _restore_focus(self, key: tuple[str, str] | None) -> None:
        # Rebuilding the panel must not drop keyboard focus out of it.
        if key is None:
            return
        name, item = key
        group = {
            "outcome": self.outcome_buttons,
            "prompt": self.prompt_buttons,
            "needed": self.still_needed_buttons,
        }
        target = self.override_button if name == "override" else group[name].get(item)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)


class LinkButton(QPushButton):
    """A flat button whose text wraps (a long question), sized by height-for-width like a label."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel(text, self)
        self._label.setWordWrap(True)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._label.setProperty("class", "linkText")
        inner = QVBoxLayout(self)
        inner.setContentsMargins(6, 3, 6, 3)
        inner.addWidget(self._label)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setToolTip(text)
        self.setProperty("class", "link")
        self.setCursor(Qt.CursorShape.PointingHandCursor)

        self._text = text

    def label_text(self) -> str:
        return self._text

    def set_marker(self, marker: str) -> None:
        """A leading sign, e.g. an open/closed triangle for a toggle."""
        self._label.setText(marker + self._text)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._label.heightForWidth(max(width - 12, 20)) + 8

    def sizeHint(self):  # noqa: N802 - Qt override
        hint = super().sizeHint()
        hint.setHeight(self.heightForWidth(max(self.width(), 200)))
        return hint


def _plain(obj: Any) -> Any:
    if obj is None:
        return None
    dump = getattr(obj, "model_dump", None)
    return dump(mode="json") if dump else str(obj)
