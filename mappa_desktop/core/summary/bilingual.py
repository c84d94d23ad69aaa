"""A bilingual summary: the Welsh and the English summaries of one referral side by side, Welsh first.

Both are built by the same code from the same referral, so they have the same sections and parts in the
same order; each table row, list item and paragraph becomes one row of two columns (Welsh, English).
Headings, captions and notes read "Welsh / English". The painted page words (page numbers, "continued")
are the Welsh ones: the document's language is Welsh, with English beside it.
"""

from __future__ import annotations

from itertools import zip_longest

from mappa_desktop.core.summary.model import Bullets, Paragraph, Part, Section, SideBySide, Summary, Table

LANGUAGES = ("en", "cy", "bilingual")
"""What a summary can be produced in: English, Welsh, or both side by side."""


def both(welsh: str, english: str) -> str:
    """ "Welsh / English", or the one text when both say the same (a name, a number)."""
    if not welsh or welsh == english:
        return english
    return f"{welsh} / {english}" if english else welsh


def _lines(part: Part | None) -> list[str]:
    if isinstance(part, Table):
        return [f"{row.label}: {row.value}" for row in part.rows]
    if isinstance(part, Bullets):
        return list(part.items)
    if isinstance(part, Paragraph):
        return [part.text]
    return []


def _pair(welsh: Part | None, english: Part | None) -> SideBySide:
    pairs = tuple(zip_longest(_lines(welsh), _lines(english), fillvalue=""))
    caption = both(getattr(welsh, "caption", ""), getattr(english, "caption", ""))
    return SideBySide(pairs, caption)


def _section(welsh: Section, english: Section) -> Section:
    parts = tuple(_pair(w, e) for w, e in zip_longest(welsh.parts, english.parts))
    return Section(
        english.key, both(welsh.heading, english.heading), parts, both(welsh.empty_note, english.empty_note)
    )


def bilingual_summary(welsh: Summary, english: Summary) -> Summary:
    """One summary with ``welsh`` and ``english`` side by side (built from the same referral)."""
    if [s.key for s in welsh.sections] != [s.key for s in english.sections]:
        raise ValueError("the Welsh and English summaries have different sections: not of the same referral")
    return Summary(
        title=both(welsh.title, english.title),
        subtitle=both(welsh.subtitle, english.subtitle),
        marking=english.marking,
        generated_at=english.generated_at,
        generated_text=both(welsh.generated_text, english.generated_text),
        language="cy",
        sections=tuple(_section(w, e) for w, e in zip(welsh.sections, english.sections, strict=True)),
        phrases=dict(welsh.phrases),
    )


def summary_language(preferred: str | None, fallback: str = "en") -> str:
    """The language a referral's summary is produced in by default: Welsh ("cy") when the subject's
    preferred language is Welsh (or Cymraeg), else ``fallback`` (the interface's or the --lang one)."""
    said = (preferred or "").strip().lower()
    if said in ("welsh", "cymraeg", "cy", "welsh / cymraeg", "cymraeg / welsh"):
        return "cy"
    return fallback if fallback in LANGUAGES else "en"
