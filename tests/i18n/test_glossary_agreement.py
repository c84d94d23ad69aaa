"""Issue 15: where the interface (.ts) and the rule pack once disagreed ("prompt": anogwr / awgrym; "index
offence": trosedd fynegai / y brif drosedd), both now use the glossary's term, and so do the summaries."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from mappa_desktop.core.summary.headings import headings_file

from .welsh_texts import all_texts, where

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = {
    t["en"]: t["cy"]
    for t in yaml.safe_load((ROOT / "resources/translations/glossary.yaml").read_text(encoding="utf-8"))[
        "terms"
    ]
}

# (glossary English, the English in a text, the glossary word allowing mutation, the word given up)
TERMS = [
    ("prompt (advice the aid gives)", r"\bprompts?\b", r"awgrym", r"anogw"),
    ("index offence", r"\bindex offences?\b", r"\b[bp]rif drosedd", r"fynegai"),
]


def _plain(text: str | None) -> str:
    return (text or "").replace("&", "")  # a shortcut marker splits a word ("Y brif &drosedd")


def interface_pairs() -> list[tuple[str, str, str]]:
    root = ET.parse(ROOT / "resources/translations/mappa_desktop_cy.ts").getroot()
    return [
        (_plain(m.findtext("source")), _plain(m.findtext("translation")), "mappa_desktop_cy.ts")
        for m in root.iter("message")
    ]


def pack_pairs() -> list[tuple[str, str, str]]:
    return [(t.en, t.cy, where(t)) for t in all_texts()]


def summary_pairs() -> list[tuple[str, str, str]]:
    words = json.loads(headings_file().read_text(encoding="utf-8"))["cy"]
    return [(en, cy, "headings.json") for en, cy in words.items()]


@pytest.mark.parametrize(
    ("glossary_en", "en_pattern", "cy_pattern", "given_up"), TERMS, ids=[t[0] for t in TERMS]
)
@pytest.mark.parametrize(
    "place", [interface_pairs, pack_pairs, summary_pairs], ids=["interface", "pack", "summary"]
)
def test_both_places_use_the_glossary_term(place, glossary_en, en_pattern, cy_pattern, given_up):
    assert re.match(cy_pattern.removeprefix(r"\b"), GLOSSARY[glossary_en].split(" (")[0].removeprefix("y "))
    pairs = place()
    using = [p for p in pairs if re.search(en_pattern, p[0], re.IGNORECASE)]
    assert using, f"no text in {place.__name__} mentions {glossary_en!r}: the check would prove nothing"
    astray = [f"{w}: {cy[:80]}" for en, cy, w in using if not re.search(cy_pattern, cy, re.IGNORECASE)]
    assert astray == []
    assert [w for _, cy, w in pairs if re.search(given_up, cy, re.IGNORECASE)] == []
