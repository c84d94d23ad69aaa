"""The content of a referral summary: sections of label/value rows, bullet lists and paragraphs.

One plain structure feeds the text, HTML and PDF renderers, so the three can never disagree. It holds
display strings only (already translated and formatted); renderers add layout, never wording.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Row:
    """One label/value line of a table. ``value`` may hold several lines."""

    label: str
    value: str


@dataclass(frozen=True)
class Table:
    rows: tuple[Row, ...]
    caption: str = ""


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    caption: str = ""


@dataclass(frozen=True)
class Paragraph:
    text: str
    caption: str = ""


@dataclass(frozen=True)
class SideBySide:
    """The same content in two languages, one pair per row, Welsh first (as Welsh public bodies publish):
    a bilingual summary's tables, lists and paragraphs. ``languages`` are the columns' language codes."""

    pairs: tuple[tuple[str, str], ...]
    caption: str = ""
    languages: tuple[str, str] = ("cy", "en")


Part = Table | Bullets | Paragraph | SideBySide


@dataclass(frozen=True)
class Section:
    """A numbered part of the summary. When it has no parts, ``empty_note`` says why it is empty."""

    key: str
    heading: str
    parts: tuple[Part, ...] = ()
    empty_note: str = ""

    @property
    def is_empty(self) -> bool:
        return not self.parts


@dataclass(frozen=True)
class Summary:
    """A whole referral summary, in the order of the MAPPA A referral form."""

    title: str
    subtitle: str
    marking: str
    generated_at: dt.datetime
    generated_text: str
    language: str
    sections: tuple[Section, ...]
    phrases: dict[str, str] = field(default_factory=dict)
    """Translated fixed wording the renderers need (``page``, ``of``, ``generated``, ``continued``)."""

    def section(self, key: str) -> Section:
        """The section with this key (``subject``, ``risk``, ...)."""
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)
