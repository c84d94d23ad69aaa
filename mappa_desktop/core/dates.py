"""Dates and times read from ISO text, for code that shows stored values to a person.

Values arrive either typed (from the models) or as ISO text (from JSON and SQLite). Text that is not a
date comes back as None, so the caller can show it as it was rather than fail on an odd stored value.
"""

from __future__ import annotations

import datetime as dt


def read_date(value: dt.date | str | None) -> dt.date | None:
    """The date in ``value``: a date as it is, ISO text by its first ten characters (so a timestamp's day
    counts), else None."""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return value


def read_datetime(value: dt.datetime | str | None) -> dt.datetime | None:
    """The date and time in ``value``: a datetime as it is, ISO text parsed, else None."""
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return None
    return value


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
"""Month names in English, whatever the machine's locale (``%B`` follows the locale)."""


MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
"""Short month names in English; other languages through the summaries' wording table."""


def _month(names: tuple[str, ...], month: int, language: str) -> str:
    if language == "en":
        return names[month - 1]
    from mappa_desktop.core.summary.headings import Wording  # the one wording table (headings.json)

    return Wording(language).t(names[month - 1])


def date_in_words(day: dt.date, language: str = "en") -> str:
    """A date as a person reads it: ``1 December 2026``, ``1 Rhagfyr 2026`` (never ISO)."""
    return f"{day.day} {_month(MONTHS, day.month, language)} {day.year}"


def short_date(day: dt.date, language: str = "en") -> str:
    """A date where space is short (lists, tables): ``1 Dec 2026``, ``1 Rhag 2026``."""
    return f"{day.day} {_month(MONTH_ABBREVIATIONS, day.month, language)} {day.year}"
