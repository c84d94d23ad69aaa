"""Issue 15: the summary's own words (headings, labels, coded answers, months) all have Welsh."""

from __future__ import annotations

import datetime as dt
import json

from mappa_desktop.core.referral import Referral
from mappa_desktop.core.summary import Wording, build_summary
from mappa_desktop.core.summary.headings import headings_file

from .summary_keys import summary_keys

WELSH = json.loads(headings_file().read_text(encoding="utf-8"))["cy"]


def test_the_key_reader_finds_the_summary_words():
    # Guards the reader: headings, row labels, coded answers, months and page phrases are all found.
    keys = summary_keys()
    assert {"Offender information", "Date of birth", "Very high", "December", "Page", "Yes", "No"} <= keys
    assert len(keys) > 200


def test_every_summary_word_has_welsh():
    missing = sorted(k for k in summary_keys() if not str(WELSH.get(k, "")).strip())
    assert missing == [], f"{len(missing)} summary word(s) have no Welsh in headings.json, e.g. {missing[:8]}"


def test_no_welsh_entry_is_empty():
    assert [k for k, v in WELSH.items() if not isinstance(v, str) or not v.strip()] == []


def test_a_welsh_summary_has_no_english_heading():
    when = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)
    english = build_summary(Referral(), None, generated_at=when)
    welsh = build_summary(Referral(), None, language="cy", generated_at=when)
    pairs = list(zip(english.sections, welsh.sections, strict=True))
    assert [e.heading for e, w in pairs if e.heading == w.heading] == []
    assert [e.empty_note for e, w in pairs if e.empty_note and e.empty_note == w.empty_note] == []
    assert welsh.title == "Crynodeb atgyfeiriad MAPPA"
    assert welsh.generated_text == "Crëwyd 1 Rhagfyr 2026 am 09:30"
    assert Wording("cy").page_phrases()["page"] == "Tudalen"


def test_a_welsh_summary_names_the_preferred_language_in_welsh_and_keeps_another_as_typed():
    from mappa_desktop.core.referral import Subject

    def shown(preferred: str, language: str) -> str:
        summary = build_summary(
            Referral(subject=Subject(preferred_language=preferred)), None, language=language
        )
        subject = next(s for s in summary.sections if s.key == "subject")
        rows = [row for part in subject.parts for row in getattr(part, "rows", ())]
        return next(row.value for row in rows if row.label in ("Preferred language", "Dewis iaith"))

    assert shown("Welsh", "cy") == "Cymraeg"
    assert shown("welsh", "en") == "Welsh"
    assert shown("English", "cy") == "Saesneg"
    assert shown("Polish", "cy") == "Polish"
