"""Referral summaries as plain data (sections of rows), built once and rendered as text, HTML and PDF."""

from mappa_desktop.core.summary.bilingual import LANGUAGES, bilingual_summary, summary_language
from mappa_desktop.core.summary.build import (
    DEFAULT_MARKING,
    assessment_contract,
    build_summary,
    section_keys,
    victim_table,
)
from mappa_desktop.core.summary.headings import Wording
from mappa_desktop.core.summary.model import (
    Bullets,
    Paragraph,
    Part,
    Row,
    Section,
    SideBySide,
    Summary,
    Table,
)

__all__ = [
    "DEFAULT_MARKING",
    "LANGUAGES",
    "Bullets",
    "Paragraph",
    "Part",
    "Row",
    "Section",
    "SideBySide",
    "Summary",
    "Table",
    "Wording",
    "assessment_contract",
    "bilingual_summary",
    "build_summary",
    "section_keys",
    "summary_language",
    "victim_table",
]
