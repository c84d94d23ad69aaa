"""The officer's own decision (override) and prompt acknowledgement dialogs (Designer forms in ``ui/``)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from mappa_desktop.core.referral.model import MIN_RATIONALE, Override
from mappa_desktop.gui.editor.section import with_character_count
from mappa_desktop.gui.forms.ui_acknowledge_dialog import Ui_AcknowledgeDialog
from mappa_desktop.gui.forms.ui_override_dialog import Ui_OverrideDialog


@dataclass(frozen=True)
class OfficerChoice:
    """What the officer chose in the decision dialog; None is "as the aid says" (both None: the aid's
    outcome, confirmed). ``remove``: withdraw an earlier decision."""

    category: int | None
    level: int | None
    rationale: str
    remove: bool = False


class OverrideDialog(QDialog):
    """Record the category and level the officer refers under: the aid's outcome ("Use the aid's
    outcome"), or a category and/or level of their own with a rationale (required)."""

    def __init__(
        self,
        aid_category: int | None,
        aid_level: int | None,
        current: Override | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OverrideDialog()
        self.ui.setupUi(self)
        self.aid_category, self.aid_level = aid_category, aid_level
        self.choice: OfficerChoice | None = None
        ui = self.ui
        ui.rationaleEdit = with_character_count(ui.rationaleEdit)

        def outcome(word: str, value: int | None) -> str:
            return f"{word} {value}" if value is not None else self.tr("not yet known")

        ui.aidLabel.setText(
            self.tr("The aid's outcome: {category}; recommended {level}.").format(
                category=outcome(self.tr("Category"), aid_category),
                level=outcome(self.tr("Level"), aid_level),
            )
        )
        for combo, word, numbers, aid in (
            (ui.categoryCombo, self.tr("Category"), (1, 2, 3, 4), aid_category),
            (ui.levelCombo, self.tr("Level"), (1, 2, 3), aid_level),
        ):
            combo.addItem(self.tr("As the aid says ({outcome})").format(outcome=outcome(word, aid)), None)
            for n in numbers:
                combo.addItem(f"{word} {n}", n)
        if current is not None:
            ui.categoryCombo.setCurrentIndex(max(ui.categoryCombo.findData(current.category), 0))
            ui.levelCombo.setCurrentIndex(max(ui.levelCombo.findData(current.level), 0))
            ui.rationaleEdit.setPlainText(current.rationale)
        self.setWindowTitle(self.tr("Record the category and level you refer under"))
        ui.rationaleLabel.setText(self.tr("&Rationale (needed when your decision differs from the aid's)"))
        ui.errorLabel.setVisible(False)
        ui.buttonBox.accepted.connect(self._accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save my decision"))
        # Confirming the aid's outcome is a decision too: it records the category and level referred under.
        self.use_aid_button = ui.buttonBox.addButton(
            self.tr("Use the aid's outcome"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.use_aid_button.setToolTip(
            self.tr("Refer under {category} and {level}, as the aid says").format(
                category=outcome(self.tr("Category"), aid_category),
                level=outcome(self.tr("Level"), aid_level),
            )
        )
        self.use_aid_button.setEnabled(aid_category is not None and aid_level is not None)
        self.use_aid_button.clicked.connect(self._use_aid)
        self.remove_button: QPushButton | None = None
        if current is not None:
            self.remove_button = ui.buttonBox.addButton(
                self.tr("Withdraw my decision"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.remove_button.setAccessibleName(self.tr("Withdraw my decision"))
            self.remove_button.clicked.connect(self._remove)
        for button in ui.buttonBox.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        width = self.fontMetrics().averageCharWidth() * 70
        self.resize(width, self.sizeHint().height())

    def _error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(True)

    def _accept(self) -> None:
        category = self.ui.categoryCombo.currentData()
        level = self.ui.levelCombo.currentData()
        rationale = self.ui.rationaleEdit.toPlainText().strip()
        differs = (category is not None and category != self.aid_category) or (
            level is not None and level != self.aid_level
        )
        if not differs:
            self._error(
                self.tr(
                    "Choose a category or level different from the aid's, or use the aid's outcome, "
                    "or Cancel."
                )
            )
            self.ui.categoryCombo.setFocus()
            return
        if (category, self.aid_category) == (None, None) or (level, self.aid_level) == (None, None):
            self._error(self.tr("The aid has not settled it yet: choose both the category and the level."))
            self.ui.categoryCombo.setFocus()
            return
        if len(" ".join(rationale.split())) < MIN_RATIONALE:
            self._error(
                self.tr("Write a rationale of at least {n} characters: why your decision differs.").format(
                    n=MIN_RATIONALE
                )
            )
            self.ui.rationaleEdit.setFocus()
            return
        self.choice = OfficerChoice(category, level, rationale)
        self.accept()

    def _use_aid(self) -> None:
        self.choice = OfficerChoice(None, None, "")
        self.accept()

    def _remove(self) -> None:
        self.choice = OfficerChoice(None, None, "", remove=True)
        self.accept()


class AcknowledgeDialog(QDialog):
    """Acknowledge a prompt with a note."""

    def __init__(self, prompt_text: str, note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AcknowledgeDialog()
        self.ui.setupUi(self)
        self.ui.noteEdit = with_character_count(self.ui.noteEdit)
        self.ui.promptLabel.setText(prompt_text)
        self.ui.noteEdit.setPlainText(note)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Acknowledge"))
        for button in self.ui.buttonBox.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        self.resize(self.fontMetrics().averageCharWidth() * 64, self.sizeHint().height())
        self.ui.noteEdit.setFocus()

    def note(self) -> str:
        return self.ui.noteEdit.toPlainText().strip()
