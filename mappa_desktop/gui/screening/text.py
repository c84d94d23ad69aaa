"""Translated wording of core screening values (core keeps English source text; Qt translates it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mappa_desktop.core.screening.model import DEADLINE_LABELS, STATUS_LABELS, DeadlineKind, ScreeningStatus


def tr(text: str) -> str:
    return QCoreApplication.translate("screening", text)


def status_text(status: ScreeningStatus) -> str:
    return tr(STATUS_LABELS[status])


def deadline_text(kind: DeadlineKind) -> str:
    return tr(DEADLINE_LABELS[kind])


def days_text(days: int | None) -> str:
    if days is None:
        return "—"
    if days == 0:
        return tr("today")
    count = QCoreApplication.translate("screening", "%n day(s)", None, abs(days)).replace(
        "%n", str(abs(days))
    )
    if count == f"{abs(days)} day(s)":  # no translation loaded: plain English plural
        count = f"{abs(days)} day" if abs(days) == 1 else f"{abs(days)} days"
    return tr("%1 overdue").replace("%1", count) if days < 0 else tr("in %1").replace("%1", count)


def ago_text(days: int) -> str:
    """``days`` (positive) in the past, e.g. for a release date gone by."""
    count = f"{days} day" if days == 1 else f"{days} days"
    return tr("%1 ago").replace("%1", count)


def signature_words():
    """Who signed a package, in the interface language: the core's words are translated in the one wording
    table the CLI uses too (``resources/templates/headings.json``)."""
    from mappa_desktop.core.summary.headings import Wording
    from mappa_desktop.gui.settings import interface_language

    return Wording(interface_language()).t
