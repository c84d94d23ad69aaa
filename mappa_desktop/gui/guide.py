"""The user guide (F1): a page shipped with the application, shown offline in a plain text browser.

Links inside the guide move within it; nothing is ever opened outside the application (no browser, no
network): the guide is read from ``resources/guide/user-guide.html`` wherever the app is installed, or from
``user-guide.cy.html`` when the interface language is Welsh (English if that file is missing).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from mappa_desktop.gui import i18n
from mappa_desktop.gui.i18n import FollowsLanguage, name_buttons
from mappa_desktop.gui.settings import DEFAULT_LANGUAGE
from mappa_desktop.paths import resources_dir

GUIDE_FILE = "user-guide.html"
"""The English guide; a translation sits beside it as ``user-guide.<language>.html``."""


def guide_path(language: str | None = None) -> Path:
    """The guide in ``language`` (default: the interface language), or the English one when there is no
    translation for it."""
    language = language or i18n.language()
    folder = resources_dir() / "guide"
    if language != DEFAULT_LANGUAGE:
        translated = folder / GUIDE_FILE.replace(".html", f".{language}.html")
        if translated.is_file():
            return translated
    return folder / GUIDE_FILE


class UserGuideDialog(FollowsLanguage, QDialog):
    """The guide in a window the officer can keep open beside the referral."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)  # offline always: never hand a link to a web browser
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(self.buttons)
        self.retranslate()
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.lineSpacing() * 36)

    def retranslate(self) -> None:
        """The window's words, and the guide itself in the language shown (at the same place in it)."""
        super().retranslate()
        self.setWindowTitle(self.tr("MAPPA Desktop: user guide"))
        self.browser.setAccessibleName(self.tr("User guide"))
        name_buttons(self.buttons)
        place = self.browser.verticalScrollBar().value()
        try:
            self.browser.setHtml(guide_path().read_text(encoding="utf-8"))
        except OSError as error:
            self.browser.setPlainText(
                self.tr(
                    "The user guide could not be read ({error}). The rest of the application works as "
                    "usual. Reinstall MAPPA Desktop to restore the guide."
                ).format(error=error.strerror or error)
            )
        self.browser.verticalScrollBar().setValue(place)

    def _follow(self, url: QUrl) -> None:
        # Only places inside the guide (#section); any other link is ignored rather than opened.
        if url.scheme() == "" and url.path() == "" and url.fragment():
            self.browser.scrollToAnchor(url.fragment())
