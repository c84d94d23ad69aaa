"""The security marking setting printed at the top and bottom of every exported page.

Its own small module (QSettings only), so the main window can show the marking at start-up without
loading the PDF and preview code."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from mappa_desktop.core.marking import DEFAULT_MARKING

MARKING_KEY = "export/security_marking"


def security_marking(settings: QSettings | None = None) -> str:
    """The security marking setting for headers and footers (default OFFICIAL-SENSITIVE)."""
    value = (settings or QSettings()).value(MARKING_KEY, DEFAULT_MARKING)
    return str(value).strip() or DEFAULT_MARKING


def set_security_marking(text: str, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(MARKING_KEY, text.strip() or DEFAULT_MARKING)
