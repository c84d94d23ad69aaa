"""The officer's own decision (override) and prompt acknowledgement dialogs (Designer forms in ``ui/``)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from mappa_desktop.core.referral.model import MIN_RATIONALE, Override
from mappa_desktop.gui.editor.section import with_character_count
from mappa_desktop.gui.forms.ui_acknowledge_dialog import Ui_AcknowledgeDialog
from mappa_desktop.gui.forms.ui_override_dialog import Ui_OverrideDialog
from mappa_desktop.gui.i18n import FollowsLanguage, name_buttons


@dataclass(frozen=True)
class OfficerChoice:
    """What the officer chose in the decision dialog; None is "as the aid says" (both None: the aid's
    outcome, confirmed). ``remove``: withdraw an earlier decision."""

    category: int | None
    level: int | None
    rationale: str
    remove: bool = False


class OverrideDialog(FollowsLanguage, QDialog):
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
        for combo, numbers in ((ui.categoryCombo, (1, 2, 3, 4)), (ui.levelCombo, (1, 2, 3))):
            combo.addItem("", None)
            for n in numbers:
                combo.addItem("", n)
        if current is not None:
            ui.categoryCombo.setCurrentIndex(max(ui.categoryCombo.findData(current.category), 0))
            ui.levelCombo.setCurrentIndex(max(ui.levelCombo.findData(current.level), 0))
            ui.rationaleEdit.setPlainText(current.rationale)
        ui.errorLabel.setVisible(False)
        ui.buttonBox.accepted.connect(self._accept)
        ui.buttonBox.rejected.connect(self.reject)
        # Confirming the aid's outcome is a decision too: it records the category and level referred under.
        self.use_aid_button = ui.buttonBox.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.use_aid_button.setEnabled(aid_category is not None and aid_level is not None)
        self.use_aid_button.clicked.connect(self._use_aid)
        self.remove_button: QPushButton | None = None
        if current is not None:
            self.remove_button = ui.buttonBox.addButton("", QDialogButtonBox.ButtonRole.DestructiveRole)
            self.remove_button.clicked.connect(self._remove)
        self.retranslate()
        width = self.fontMetrics().averageCharWidth() * 70
        self.resize(width, self.sizeHint().height())

    def retranslate(self) -> None:
        super().retranslate()
        ui = self.ui

        def outcome(word: str, value: int | None) -> str:
            return f"{word} {value}" if value is not None else self.tr("not yet known")

        aid = {
            "category": outcome(self.tr("Category"), self.aid_category),
            "level": outcome(self.tr("Level"), self.aid_level),
        }
        ui.aidLabel.setText(self.tr("The aid's outcome: {category}; recommended {level}.").format(**aid))
        for combo, word, key in (
            (ui.categoryCombo, self.tr("Category"), "category"),
            (ui.levelCombo, self.tr("Level"), "level"),
        ):
            combo.setItemText(0, self.tr("As the aid says ({outcome})").format(outcome=aid[key]))
            for index in range(1, combo.count()):
                combo.setItemText(index, f"{word} {combo.itemData(index)}")
        self.setWindowTitle(self.tr("Record the category and level you refer under"))
        ui.rationaleLabel.setText(self.tr("&Rationale (needed when your decision differs from the aid's)"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save my decision"))
        self.use_aid_button.setText(self.tr("Use the aid's outcome"))
        self.use_aid_button.setToolTip(
            self.tr("Refer under {category} and {level}, as the aid says").format(**aid)
        )
        if self.remove_button is not None:
            self.remove_button.setText(self.tr("Withdraw my decision"))
        name_buttons(ui.buttonBox)
        if self.ui.errorLabel.isVisible():
            self.ui.errorLabel.setVisible(False)  # a refusal said before the switch is said again on Save

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


class AcknowledgeDialog(FollowsLanguage, QDialog):
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
        self.prompt_text = prompt_text
        self.retranslate()
        self.resize(self.fontMetrics().averageCharWidth() * 64, self.sizeHint().height())
        self.ui.noteEdit.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.ui.promptLabel.setText(self.prompt_text)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Acknowledge"))
        name_buttons(self.ui.buttonBox)

    def note(self) -> str:
        return self.ui.noteEdit.toPlainText().strip()
