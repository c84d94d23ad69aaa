"""The About box: application and rule-pack versions, the database in use, and what the tool is not."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QSize, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from mappa_desktop import __version__
from mappa_desktop.core.dates import date_in_words
from mappa_desktop.gui import i18n
from mappa_desktop.gui.forms.ui_about_dialog import Ui_AboutDialog
from mappa_desktop.gui.i18n import FollowsLanguage, tr
from mappa_desktop.gui.plain_text import plain_labels
from mappa_desktop.paths import resources_dir


def rule_pack_description() -> str:
    """ "<id> version <version> (in force from <date>)", or why the pack could not be read, in the interface
    language.

    The rule pack is loaded here, when the About box opens, not at start-up.
    """
    from mappa_desktop.core.rules.loader import load_pack

    try:
        pack = load_pack()
    except Exception as error:  # noqa: BLE001 - a broken pack must not stop the About box opening
        return tr("could not be loaded: {error}").format(error=error)
    text = tr("{id} version {version}").format(id=pack.id, version=pack.version)
    effective = getattr(pack, "effective", None)
    if effective:
        day = date_in_words(effective, i18n.language())
        text += " " + tr("(in force from {date})").format(date=day)
    return text


class AboutDialog(FollowsLanguage, QDialog):
    def __init__(self, database: Path | str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        # A database path or a rule pack's name is data: shown exactly as it is.
        plain_labels(
            self.ui.appVersionLabel, self.ui.rulePackLabel, self.ui.databaseLabel, self.ui.platformLabel
        )
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        icon = QIcon(str(resources_dir() / "app.svg"))
        size = self.fontMetrics().height() * 4
        self.ui.iconLabel.setPixmap(icon.pixmap(QSize(size, size)))
        # Issue 15: where a person would see it, the Welsh is said to await a qualified translator's review.
        self.translationLabel = QLabel(self)
        self.translationLabel.setObjectName("translationLabel")
        self.translationLabel.setWordWrap(True)
        layout = self.ui.aboutLayout
        layout.insertWidget(layout.indexOf(self.ui.versionsGroup) + 1, self.translationLabel)
        self.database = database
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        self.ui.iconLabel.setAccessibleName(self.tr("MAPPA Desktop logo"))
        self.translationLabel.setText(
            self.tr(
                "Cymraeg: the Welsh translation (interface, rule pack, summaries and user guide) was written "
                "with machine assistance and awaits review by a qualified translator."
            )
        )
        self.ui.appVersionLabel.setText(__version__)
        self.ui.rulePackLabel.setText(rule_pack_description())
        self.ui.databaseLabel.setText(str(self.database) if self.database else self.tr("none open"))
        self.ui.platformLabel.setText(
            self.tr("Qt {qt}, PySide6 {pyside}, Python {python}").format(
                qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version()
            )
        )
