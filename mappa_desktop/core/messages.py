"""Sentences for a person, said in the language of whoever reads them. Qt-free.

Core does not know the interface language: the window keeps it (``gui.i18n``), the command line takes
``--lang``. So an error or a refusal made in core carries a ``Message``: the English sentence, which is a
key of the one wording table (``resources/templates/headings.json``, as the summaries use), and the
values to put in its ``{name}`` places. ``Message`` is a ``str`` (its English text), so code that logs,
compares or stores it as text is unchanged; the edge that shows it to a person says it in that person's
language with ``said(message_or_error, language)``. A value that is itself a ``Message`` (a reason inside a
sentence) is said in the same language, a date in that language's words ("3 March 2026", "3 Mawrth 2026");
any other value (a path, a number, a text from the disk) as is.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

_PLACE = re.compile(r"\{(\w+)\}")


class Message(str):
    """``Message("Referral {id} is not in the database.", id=ref)``: English as a ``str``, and in any
    language with ``in_language``."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, **values: Any) -> Message:
        self = super().__new__(cls, _fill(template, values, "en"))
        self.template = template
        self.values = values
        return self

    def in_language(self, language: str) -> str:
        if language == "en":
            return str.__str__(self)
        from mappa_desktop.core.summary.headings import Wording  # the table is read once, when first said

        return _fill(Wording(language).t(self.template), self.values, language)

    def __reduce__(self):  # pickled (e.g. across processes) with its template and values, not as a str
        return (_rebuild, (self.template, self.values))


def _rebuild(template: str, values: dict[str, Any]) -> Message:
    return Message(template, **values)


def _fill(text: str, values: dict[str, Any], language: str) -> str:
    """Each ``{name}`` with its value, in one pass (a value holding braces is never filled again)."""
    return _PLACE.sub(lambda m: said(values[m[1]], language) if m[1] in values else m[0], text)


def said(thing: object, language: str = "en") -> str:
    """``thing`` (a ``Message``, an exception raised with one, or anything else) as text in ``language``.

    An exception raised with a plain English string is said in English: still readable, never blank."""
    if isinstance(thing, Message):
        return thing.in_language(language)
    if isinstance(thing, dt.date) and not isinstance(thing, dt.datetime):
        from mappa_desktop.core.dates import date_in_words

        return date_in_words(thing, language)
    if isinstance(thing, BaseException) and len(thing.args) == 1 and isinstance(thing.args[0], Message):
        return thing.args[0].in_language(language)
    return str(thing)
