"""Issue 15: the glossary says the Welsh awaits review, and its core terms are the ones the texts use."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from .welsh_texts import all_texts, where

GLOSSARY_FILE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "glossary.yaml"
GLOSSARY = yaml.safe_load(GLOSSARY_FILE.read_text(encoding="utf-8"))
SOURCES = {"project term list", "Welsh MAPPA material", "Welsh domestic-abuse material", "own choice"}

# (English term, its Welsh in the glossary, what any Welsh text whose English has the term must contain).
# The Welsh patterns allow for mutation (cam-drin > gam-drin, dioddefwr > ddioddefwr) and plurals, and an
# adjective inside "risg ... o niwed difrifol" (risg bresennol o niwed difrifol).
CORE_TERMS = [
    ("referral", "atgyfeiriad", r"\breferrals?\b", r"atgyfeiri"),
    ("victim", "dioddefwr (lluosog: dioddefwyr)", r"\bvictims?\b", r"ioddefw[yr]"),
    ("domestic abuse", "cam-drin domestig", r"\bdomestic[- ]abuse\b", r"am-drin domestig"),
    (
        "risk of serious harm (RoSH)",
        "risg o niwed difrifol (RoSH)",
        r"\brisk of serious harm\b",
        r"risg\b.*o niwed difrifol",
    ),
]


def test_the_glossary_opens_by_saying_it_awaits_review():
    first = GLOSSARY_FILE.read_text(encoding="utf-8").splitlines()[0]
    assert "AWAITING REVIEW BY A QUALIFIED TRANSLATOR" in first
    assert GLOSSARY["status"] == "awaiting review by a qualified translator"


def test_every_glossary_term_has_english_welsh_and_a_source():
    terms = GLOSSARY["terms"]
    assert len(terms) >= 50
    for term in terms:
        assert term["en"].strip() and term["cy"].strip(), term
        assert term["source"] in SOURCES, term
    english = [t["en"] for t in terms]
    assert len(english) == len(set(english)), "a term is listed twice"


def test_the_glossary_keeps_the_agreed_terms():
    chosen = {t["en"]: t["cy"] for t in GLOSSARY["terms"]}
    for english, welsh, _, _ in CORE_TERMS:
        assert chosen[english] == welsh
    assert (
        chosen["Multi-Agency Public Protection Arrangements"]
        == "Trefniadau Amlasiantaethol Diogelu'r Cyhoedd"
    )


@pytest.mark.parametrize(
    ("english", "welsh", "en_pattern", "cy_pattern"), CORE_TERMS, ids=[t[0] for t in CORE_TERMS]
)
def test_welsh_texts_use_the_glossary_term(english, welsh, en_pattern, cy_pattern):
    using = [t for t in all_texts() if re.search(en_pattern, t.en, re.IGNORECASE)]
    assert len(using) >= 10, f"too few texts mention {english!r} to test"
    astray = [f"{where(t)}: {t.cy[:80]}" for t in using if not re.search(cy_pattern, t.cy, re.IGNORECASE)]
    assert astray == [], f"Welsh texts whose English says {english!r} but not {welsh!r}:\n" + "\n".join(
        astray
    )
