"""Dates a person reads are in words and in their language, wherever they appear (issue 15): the rule
sentences, the summaries, the referrals list, screening, training and About all use ``core.dates``."""

from __future__ import annotations

import datetime as dt

from mappa_desktop.core.dates import date_in_words, short_date

DAY = dt.date(2026, 3, 2)


def test_a_date_in_words_in_english_and_welsh():
    assert date_in_words(DAY) == "2 March 2026"
    assert date_in_words(DAY, "cy") == "2 Mawrth 2026"
    assert date_in_words(dt.date(2026, 12, 1), "cy") == "1 Rhagfyr 2026"


def test_a_short_date_in_english_and_welsh():
    assert short_date(DAY) == "2 Mar 2026"
    welsh = short_date(DAY, "cy")
    assert welsh.startswith("2 ") and welsh.endswith(" 2026") and "Mar" != welsh.split()[1]


def test_every_month_has_its_own_welsh_name():
    names = {date_in_words(dt.date(2026, month, 1), "cy").split()[1] for month in range(1, 13)}
    shorts = {short_date(dt.date(2026, month, 1), "cy").split()[1] for month in range(1, 13)}
    assert len(names) == 12 and len(shorts) == 12


def test_about_gives_the_rule_pack_in_the_interface_language(qapp):
    from mappa_desktop.gui.about import rule_pack_description
    from mappa_desktop.gui.i18n import install_translators
    from mappa_desktop.gui.settings import set_interface_language

    assert "(in force from 1 December 2026)" in rule_pack_description()
    set_interface_language("cy")
    install_translators("cy")
    welsh = rule_pack_description()
    assert "fersiwn" in welsh and "(mewn grym o 1 Rhagfyr 2026)" in welsh
