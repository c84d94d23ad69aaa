"""Issue 15: a Welsh text keeps exactly the placeholders of its English ({threshold}, {signals:ID}, ...)."""

from __future__ import annotations

import re
from collections import Counter

from .welsh_texts import all_texts, where

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+|%n")


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def test_the_pack_uses_placeholders():
    # Guards the comparison below: the pack's criteria and prompts do use them.
    used = Counter()
    for text in all_texts():
        used.update(placeholders(text.en))
    assert {"{threshold}", "{value}", "{date}", "{months}", "{position}", "{signals:repeat}"} <= set(used)


def test_every_welsh_text_keeps_the_placeholders_of_its_english():
    wrong = [
        f"{where(t)}: {sorted(placeholders(t.en).elements())} != {sorted(placeholders(t.cy).elements())}"
        for t in all_texts()
        if placeholders(t.en) != placeholders(t.cy)
    ]
    assert wrong == [], "\n".join(wrong)


def test_a_placeholder_dropped_from_the_welsh_is_caught():
    assert placeholders("at or above {threshold}") != placeholders("yn uwch")
    assert placeholders("{value} cohort") == placeholders("carfan {value}")
