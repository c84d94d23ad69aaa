"""When a referral was saved in another window (or on another computer) after this one opened it.

The store refuses the save (``SaveConflict``) and writes nothing. ``SaveConflictDialog`` says who changed
what and when (from the newest audit entries), and lets the officer choose:

- **Keep my version**: what is on screen is saved on top of the stored revision. The other save is
  already in the audit log; this one is added after it, so both versions can be read there.
- **Use the other version**: the stored version is opened; before it replaces the screen, the officer's
  unsaved referral is put in a "your unsaved changes" box (the differences, then the whole referral as
  JSON) that they can copy. The box is its own window and stays open until they close it.
- **Decide later** (or Esc): nothing is saved or discarded; the changes stay on screen and the question
  comes back at the next save.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from mappa_desktop.gui.forms.ui_save_conflict_dialog import Ui_SaveConflictDialog
from mappa_desktop.gui.i18n import FollowsLanguage, tr
from mappa_desktop.gui.plain_text import plain_labels

MAX_SAVES_SHOWN = 5
MAX_FIELDS_PER_SAVE = 8
MAX_VALUE_CHARS = 60


class ConflictChoice(Enum):
    keep_mine = "keep_mine"
    use_other = "use_other"
    later = "later"


class ConflictNotResolved(Exception):
    """The officer chose to decide later: the changes stay on screen, unsaved."""

    retry = False  # saving again cannot succeed until they choose a version


def field_words(path: str | None) -> str:
    """``subject.family_name`` as "subject › family name" (audit paths, readable)."""
    if not path:
        return tr("the whole referral")
    return " › ".join(part.replace("_", " ") for part in path.split("."))


def short_value(value: Any) -> str:
    if value is None or value == "" or value == []:
        return tr("(empty)")
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"


def local_time(when: dt.datetime) -> str:
    if when.tzinfo is not None:
        when = when.astimezone()
    return when.strftime("%H:%M on %d %B %Y").lstrip("0")


def saves_since(entries: Iterable[Any], count: int) -> list[list[Any]]:
    """The newest ``count`` saves, newest first, each as its audit entries (one save shares one time)."""
    groups: list[list[Any]] = []
    for entry in entries:
        if groups and (groups[-1][0].at, groups[-1][0].actor, groups[-1][0].action) == (
            entry.at,
            entry.actor,
            entry.action,
        ):
            groups[-1].append(entry)
        else:
            groups.append([entry])
    return list(reversed(groups[-max(count, 1) :]))


def describe_other_saves(
    entries: list[Any], loaded_revision: int, stored_revision: int, own_actor: str, who: Any = None
) -> str:
    """Who saved the referral elsewhere, when, and which fields they changed (newest first).

    ``entries`` is ``store.audit_log(id)``; ``who(actor)`` turns an actor id into the text shown.
    """
    who = who or (lambda actor: actor)
    count = max(stored_revision - loaded_revision, 1)
    lines = [
        tr(
            "Saved elsewhere {n} time(s) since you opened it "
            "(you have revision {mine}, the database has {theirs})."
        ).format(n=count, mine=loaded_revision, theirs=stored_revision)
    ]
    groups = saves_since(entries, count)
    for group in groups[:MAX_SAVES_SHOWN]:
        first = group[0]
        name = who(first.actor)
        if first.actor == own_actor:
            name = tr("{name} — your login, in another window or on another computer").format(name=name)
        lines.append("")
        lines.append(tr("At {time} by {name}:").format(time=local_time(first.at), name=name))
        for entry in group[:MAX_FIELDS_PER_SAVE]:
            if entry.field is None:
                lines.append("  • " + tr("{action} the referral").format(action=entry.action))
            else:
                lines.append(
                    "  • "
                    + tr("{field}: {old} → {new}").format(
                        field=field_words(entry.field), old=short_value(entry.old), new=short_value(entry.new)
                    )
                )
        if len(group) > MAX_FIELDS_PER_SAVE:
            lines.append("  • " + tr("and {n} more change(s)").format(n=len(group) - MAX_FIELDS_PER_SAVE))
    if len(groups) > MAX_SAVES_SHOWN:
        lines.append("")
        lines.append(tr("Earlier saves are in the audit log."))
    if not groups:
        lines.append(tr("The audit log has no details of the other save."))
    return "\n".join(lines)


def unsaved_text(mine: Any, other: Any, refused: Iterable[Any] = ()) -> str:
    """Everything the officer had on screen, for the "your unsaved changes" box: where it differs from
    the version now open, answers the form refused (as the field reported them), and the whole referral
    as JSON."""
    from mappa_desktop.core.store.audit import diff

    ours = mine.model_dump(mode="json", exclude={"revision"})
    theirs = other.model_dump(mode="json", exclude={"revision"})
    lines = [
        tr("Your version of referral {ref}, as it was on your screen at {time}. It was NOT saved.").format(
            ref=mine.id[:8].upper(), time=dt.datetime.now().strftime("%H:%M")
        ),
        "",
        tr("Where yours differs from the version now open:"),
    ]
    changes = diff(theirs, ours)
    for path, now_open, yours in changes:
        lines.append(
            "  • "
            + tr("{field}: yours {yours}; now open {other}").format(
                field=field_words(path), yours=short_value(yours), other=short_value(now_open)
            )
        )
    if not changes:
        lines.append("  " + tr("(no differences)"))
    refused = list(refused)
    if refused:
        lines += ["", tr("Answers the form did not accept (not in the JSON below):")]
        lines += [f"  • {field_words(e.field)}: {e.message}" for e in refused]
    lines += [
        "",
        tr("The whole referral as it was on your screen (JSON):"),
        json.dumps(ours, indent=2, ensure_ascii=False),
    ]
    return "\n".join(lines)


class SaveConflictDialog(FollowsLanguage, QDialog):
    """Asks which version to keep; after "Use the other version" it shows the officer's unsaved changes."""

    def __init__(self, details: str, subject: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SaveConflictDialog()
        self.ui.setupUi(self)
        ui = self.ui
        plain_labels(ui.headingLabel)  # the heading names the subject
        self.choice = ConflictChoice.later
        self.subject = subject
        ui.detailsView.setPlainText(details)
        ui.pages.setCurrentWidget(ui.choicePage)
        ui.keepMineButton.clicked.connect(lambda: self._choose(ConflictChoice.keep_mine))
        ui.useOtherButton.clicked.connect(lambda: self._choose(ConflictChoice.use_other))
        ui.laterButton.clicked.connect(self.reject)
        ui.copyButton.clicked.connect(self.copy_unsaved)
        ui.closeButton.clicked.connect(self.close)
        # No default button: this can appear while the officer is typing, and a stray Enter must not
        # choose for them. Focus starts on the read-only details, where typing does nothing.
        for button in (ui.keepMineButton, ui.useOtherButton, ui.laterButton, ui.copyButton, ui.closeButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        ui.detailsView.setFocus(Qt.FocusReason.OtherFocusReason)
        chars = self.fontMetrics().averageCharWidth()
        self.resize(chars * 84, self.fontMetrics().height() * 30)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        ui = self.ui
        if self.subject:
            ui.headingLabel.setText(
                self.tr("The referral for {name} was changed in another window while you had it open").format(
                    name=self.subject
                )
            )
        if ui.pages.currentWidget() is ui.unsavedPage:
            self.setWindowTitle(self.tr("Your unsaved changes"))
            self.setAccessibleName(self.tr("Your unsaved changes"))

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()

    def ask(self) -> ConflictChoice:
        """Show the question and wait; "Decide later" when closed any other way."""
        self.choice = ConflictChoice.later
        self.exec()
        return self.choice

    def show_unsaved(self, text: str) -> None:
        """Show the unsaved-changes box as its own window, which stays open until the officer closes it."""
        ui = self.ui
        ui.unsavedEdit.setPlainText(text)
        ui.pages.setCurrentWidget(ui.unsavedPage)
        self.retranslate()
        self.setModal(False)
        self.show()
        self.raise_()
        self.activateWindow()
        ui.unsavedEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def unsaved(self) -> str:
        return self.ui.unsavedEdit.toPlainText()

    def copy_unsaved(self) -> None:
        QGuiApplication.clipboard().setText(self.unsaved())
        self.ui.copyButton.setText(self.tr("Copied"))
