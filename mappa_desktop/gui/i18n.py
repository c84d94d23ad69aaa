"""The interface language: its translators, and the one way the interface words its text.

Owns the language the application is shown in (``language()``) and the Qt translators that show it
(``install_translators``: ours from ``resources/translations``, and Qt's own buttons and dialogs, which Qt
does not translate into Welsh). Every window and module imports from here, never from ``gui.app``, so the
window modules and the start-up module do not import each other.

One helper words text outside a ``QObject`` method: ``tr("Saved {path}", path=p)``. One placeholder style:
``{name}``, filled after translation in one pass (a value holding braces is never filled again), with
``n=`` for Qt's plural forms (``%n``). Inside a widget, ``self.tr(...)`` is Qt's own; fill its ``{name}``
places with ``fill``. lupdate reads both (``tr(...)`` calls are filed under the empty context, where
``InterfaceTranslator`` also looks). Sentences core says (errors, refusals) are ``Message``s; ``say``
renders them in the interface language.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QTimer, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from mappa_desktop.core.messages import said
from mappa_desktop.paths import resources_dir

TRANSLATIONS_APP = "mappa_desktop"
"""Compiled interface translations are ``resources/translations/mappa_desktop_<lang>.qm``."""

_installed_translators: list[QTranslator] = []
_language = ["en"]
_PLACE = re.compile(r"\{(\w+)\}")


def language() -> str:
    """The language the interface is shown in now (``en`` or ``cy``)."""
    return _language[0]


def fill(text: str, **values: object) -> str:
    """``text`` with each ``{name}`` replaced by its value, in one pass; unknown places stay as they are."""
    if not values:
        return text
    return _PLACE.sub(lambda m: str(values[m[1]]) if m[1] in values else m[0], text)


def tr(text: str, disambiguation: str | None = None, n: int = -1, **values: object) -> str:
    """``text`` in the interface language, its ``{name}`` places filled with ``values`` (and ``%n`` with
    ``n`` for a plural)."""
    found = QCoreApplication.translate("", text, disambiguation, n)
    if n >= 0:
        found = found.replace("%n", str(n))
    return fill(found, **values)


def say(thing: object) -> str:
    """A ``Message`` (or an error raised with one) from core, in the interface language."""
    return said(thing, language())


class InterfaceTranslator(QTranslator):
    """The app's translation, which also looks in the empty context.

    ``tr(text)`` outside a class is filed by lupdate under the empty context; a lookup under a class's
    context that finds nothing there tries the empty one too.
    """

    def translate(  # noqa: N802 - Qt override
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source_text, disambiguation, n)
        if not found and context:
            found = super().translate("", source_text, disambiguation, n)
        # None (a null string) tells Qt "no translation here": try other translators, then the source.
        return found or None


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translators(language: str, app: QCoreApplication | None = None) -> list[QTranslator]:
    """Show the interface in ``language``: install its translation (and ``qtbase_<lang>``: Qt's own,
    else ours). Qt then sends every widget a LanguageChange event.

    Any translators installed earlier are removed first, so switching back to English removes Welsh.
    English is the source language and needs none. A missing file is not an error: Qt shows English
    for anything without a translation. Returns the translators now installed.
    """
    app = app or QCoreApplication.instance()
    for old in _installed_translators:
        app.removeTranslator(old)
    _installed_translators.clear()
    _language[0] = language if language in ("en", "cy") else "en"
    if language == "en":
        return []
    ours = InterfaceTranslator(app)
    if ours.load(f"{TRANSLATIONS_APP}_{language}", str(translations_dir())):
        _installed_translators.append(ours)
    qt_own = QTranslator(app)  # Qt's buttons and file dialog: Qt ships no Welsh, so ours stands in for it
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) or (
        qt_own.load(f"qtbase_{language}", str(translations_dir()))
    ):
        _installed_translators.append(qt_own)
    for translator in _installed_translators:
        app.installTranslator(translator)
    return list(_installed_translators)


def name_buttons(box: QDialogButtonBox) -> None:
    """Each button's accessible name is its text without the shortcut mark (after a switch, the text Qt
    or the window has just given it)."""
    for button in box.buttons():
        button.setAccessibleName(button.text().replace("&", ""))


class FollowsLanguage:
    """For a window that may be open during a language switch (a dialog): on Qt's LanguageChange its
    Designer form's words (``ui.retranslateUi``) and then the words it sets in code (``retranslate``) are
    set again, so it is in the new language without being closed. A dialog calls ``retranslate`` once
    itself, at the end of building, and lists this class before ``QDialog``."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_worded", False):
            ui = getattr(self, "ui", None)
            if ui is not None and hasattr(ui, "retranslateUi"):
                ui.retranslateUi(self)
            # Qt words each widget (a standard button too) by an event of its own, in no set order: the
            # words set in code come after all of theirs, so a button given its own text keeps it.
            QTimer.singleShot(0, self, self._follow_switch)
        super().changeEvent(event)

    def _follow_switch(self) -> None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.retranslate()

    def retranslate(self) -> None:
        """The words the window sets in code (and its data shown in labels the form words)."""
        self._worded = True
