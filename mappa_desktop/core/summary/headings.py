"""Translated wording for summaries, from ``resources/templates/headings.json``.

The table is keyed by the English text (as gettext is), one table per language; English needs no table.
A missing or empty translation falls back to English, so a partly translated Welsh table still gives a
complete summary. Kept as data, not code, so a translator edits one JSON file.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from mappa_desktop.paths import resources_dir

LANGUAGES = ("en", "cy")


def headings_file() -> Path:
    return resources_dir() / "templates" / "headings.json"


@cache
def _table(path: Path) -> dict[str, dict[str, str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {lang: dict(words) for lang, words in data.items() if lang in LANGUAGES}


class Wording:
    """``Wording("cy").t("Subject")`` is the Welsh for "Subject", or "Subject" when not translated."""

    def __init__(self, language: str = "en", path: Path | None = None) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")
        self.language = language
        self._words = {} if language == "en" else _table(path or headings_file()).get(language, {})

    def t(self, english: str) -> str:
        return self._words.get(english) or english

    def page_phrases(self) -> dict[str, str]:
        """The fixed words a rendered summary needs around its content (``Summary.phrases``)."""
        return {key: self.t(english) for key, english in PAGE_PHRASES.items()}


PAGE_PHRASES = {
    "page": "Page",
    "of": "of",
    "generated": "Generated",
    "continued": "continued",
    "label": "Item",
    "value": "Detail",
}
