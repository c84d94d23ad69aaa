"""Translated wording of core screening values (core keeps English source text; Qt translates it)."""

from __future__ import annotations

from mappa_desktop.core.screening.model import DEADLINE_LABELS, STATUS_LABELS, DeadlineKind, ScreeningStatus
from mappa_desktop.gui import i18n
from mappa_desktop.gui.i18n import say, tr


def status_text(status: ScreeningStatus) -> str:
    return say(STATUS_LABELS[status])


def deadline_text(kind: DeadlineKind) -> str:
    return say(DEADLINE_LABELS[kind])


def days_text(days: int | None) -> str:
    if days is None:
        return "—"
    if days == 0:
        return tr("today")
    count = _days(abs(days))
    return tr("{count} overdue", count=count) if days < 0 else tr("in {count}", count=count)


def ago_text(days: int) -> str:
    """``days`` (positive) in the past, e.g. for a release date gone by."""
    return tr("{count} ago", count=_days(days))


def _days(n: int) -> str:
    """``n`` days in the interface language (Qt's plural forms; English's own when none is installed)."""
    count = tr("%n day(s)", None, n)
    if count == f"{n} day(s)":  # no translation loaded: plain English plural
        count = f"{n} day" if n == 1 else f"{n} days"
    return count


def signature_words():
    """Who signed a package, in the interface language: the core's words are translated in the one wording
    table the CLI uses too (``resources/templates/headings.json``)."""
    from mappa_desktop.core.summary.headings import Wording

    return Wording(i18n.language()).t
