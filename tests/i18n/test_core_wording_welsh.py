"""Issue 15: the Qt-free core's own words reach Welsh output (rule sentences and notes, field messages,
what blocks a referral, the board report), from the one wording table (headings.json)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pydantic import ValidationError

from mappa_desktop.core.facts import Case, Facts
from mappa_desktop.core.referral import Referral
from mappa_desktop.core.referral.messages import person_message
from mappa_desktop.core.referral.sections import blockers
from mappa_desktop.core.rules import evaluate, load_pack
from mappa_desktop.core.screening.figures import AcceptanceRate, BoardFigures, SampledReferral
from mappa_desktop.core.screening.report import figures_summary
from mappa_desktop.core.summary.headings import headings_file

from .summary_keys import core_keys

WELSH = json.loads(headings_file().read_text(encoding="utf-8"))["cy"]


def test_the_key_reader_finds_the_core_words():
    keys = core_keys()
    assert {"All of the following:", "None recorded.", "Give the person's family name", "family name"} <= keys
    assert "Referrals by category" in keys and "Enter the {label}" in keys


def test_every_core_word_has_welsh_with_the_same_placeholders():
    keys = core_keys()
    missing = sorted(k for k in keys if not WELSH.get(k, "").strip())
    assert missing == [], f"{len(missing)} core word(s) have no Welsh in headings.json: {missing[:8]}"
    for key in keys:
        holes = {part.split("}")[0] for part in key.split("{")[1:]}
        assert holes == {part.split("}")[0] for part in WELSH[key].split("{")[1:]}, key


def _lines(lang: str, **facts) -> list[str]:
    out = evaluate(load_pack(), Case(as_of=dt.date(2026, 6, 1), facts=Facts(**facts)), lang)
    return [line.text for entry in out.trace for line in entry.lines] + out.notes


def test_a_welsh_evaluation_says_its_own_words_in_welsh():
    english, welsh = _lines("en"), _lines("cy")
    assert any(t in ("All of the following:", "At least one of the following:") for t in english)
    assert any(t in ("Pob un o'r canlynol:", "O leiaf un o'r canlynol:") for t in welsh)
    for phrase in (
        "of the following:",
        "not yet known",
        "None recorded.",
        "pack setting",
        "order of precedence",
    ):
        assert not [t for t in welsh if phrase in t], phrase
    assert any(t.startswith("Y drefn blaenoriaeth a ddefnyddir yma yw ") for t in welsh)
    assert any("gosodiad y pecyn" in t.lower() for t in welsh)


def test_a_welsh_evaluation_names_an_unknown_answer_in_welsh():
    welsh = _lines("cy")
    assert any("ddim yn hysbys eto" in t for t in welsh)


def test_field_messages_are_in_the_language_asked():
    with pytest.raises(ValidationError) as caught:
        Referral.model_validate({"domestic_abuse": {"dash_score": "many"}})
    assert person_message(caught.value).startswith("Enter the DASH score")
    assert person_message(caught.value, language="cy") == (
        "Rhowch y sgôr DASH fel rhif cyfan o 0 i 24, er enghraifft 14"
    )
    with pytest.raises(ValidationError) as caught:
        Referral.model_validate({"subject": {"pnc_id": "not a pnc"}})
    assert person_message(caught.value, language="cy").startswith("Rhowch y PNC ID yn y fformat cywir")


def test_what_blocks_a_referral_is_said_in_welsh():
    english = {b.message for b in blockers(Referral(), missing=("dash_score",))}
    welsh = {b.message for b in blockers(Referral(), missing=("dash_score",), language="cy")}
    assert "Give the person's family name" in english
    assert {"Rhowch gyfenw'r unigolyn", "Rhowch ddyddiad geni'r unigolyn"} <= welsh
    assert any(m.startswith("Heb ei ateb eto: ") for m in welsh)
    assert not english & welsh


def _figures() -> BoardFigures:
    return BoardFigures(
        since=dt.date(2026, 1, 1),
        until=dt.date(2026, 6, 30),
        total=3,
        by_category=[("Category 1", 2), ("Category not stated", 1)],
        sought_vs_decided=[("Level 2 sought", {"Level 1 (not accepted)": 1, "Level 2": 1, "Pending": 1})],
        acceptance=[AcceptanceRate("Category 1", 2, 1), AcceptanceRate("All referrals", 0, 0)],
        cat3_da_by_month=[],
        not_accepted_total=1,
        sample=[SampledReferral("abcdef123456", "", 1, 2, None, "2026-03-02", (), "")],
        sample_seed=5,
        diversity={"gender": [("unknown", {"accepted": 1, "not accepted": 1})]},
    )


def test_the_board_report_in_welsh():
    when = dt.datetime(2026, 7, 1, 9, 5)
    report = figures_summary(_figures(), generated_at=when, language="cy")
    assert report.language == "cy"
    assert report.title == "Sgrinio MAPPA: ffigurau ar gyfer y Bwrdd Rheoli Strategol"
    assert report.subtitle == "Atgyfeiriadau a wnaed rhwng 1 Ionawr 2026 a 30 Mehefin 2026"
    assert report.generated_text == "Crëwyd 1 Gorffennaf 2026 am 09:05"
    assert [r.label for r in report.section("categories").parts[0].rows] == [
        "Categori 1",
        "Categori heb ei nodi",
    ]
    sought = report.section("sought_decided").parts[0]
    assert sought.caption == "Ceisiwyd Lefel 2"
    assert [r.label for r in sought.rows] == ["Lefel 1 (heb ei dderbyn)", "Lefel 2", "Yn aros"]
    rates = report.section("acceptance").parts[0].rows
    assert rates[0].value == "1 o'r 2 a benderfynwyd (50%)"
    assert rates[1].value == "0 o'r 0 a benderfynwyd (dim wedi'u penderfynu eto)"
    assert report.section("cat3_da").empty_note.startswith("Dim atgyfeiriadau cam-drin domestig Categori 3")
    diversity = report.section("diversity_gender")
    assert diversity.heading == "Amrywiaeth atgyfeiriadau a phenderfyniadau: rhywedd"
    assert diversity.parts[0].rows[0].value == "wedi'i dderbyn 1, heb ei dderbyn 1"
    (line,) = report.section("audit_sample").parts[0].items
    assert line.startswith("enw heb ei gofnodi (cyf abcdef12): Categori 1, Ceisiwyd Lefel 2, y cymorth: dim")
    assert report.phrases["page"] == "Tudalen"


def test_the_board_report_in_english_is_unchanged_in_its_words():
    report = figures_summary(_figures(), generated_at=dt.datetime(2026, 7, 1, 9, 5))
    assert report.subtitle == "Referrals made from 1 January 2026 to 30 June 2026"
    assert report.section("acceptance").parts[0].rows[0].value == "1 of 2 decided (50%)"
    (line,) = report.section("audit_sample").parts[0].items
    assert line == (
        "name not recorded (ref abcdef12): Category 1, Level 2 sought, aid no level; decided 2026-03-02; "
        "reasons: none recorded"
    )


def test_the_board_report_bilingual_is_welsh_then_english():
    report = figures_summary(_figures(), generated_at=dt.datetime(2026, 7, 1, 9, 5), language="bilingual")
    assert report.title == (
        "Sgrinio MAPPA: ffigurau ar gyfer y Bwrdd Rheoli Strategol / "
        "MAPPA screening: figures for the Strategic Management Board"
    )
    (part,) = report.section("categories").parts
    assert part.pairs[0][0].startswith("Categori 1: ") and part.pairs[0][1].startswith("Category 1: ")


def test_what_to_check_about_the_decision_is_said_in_welsh():
    from mappa_desktop.core.summary import build_summary

    assessment = evaluate(load_pack(), Case(as_of=dt.date(2026, 6, 1), facts=Facts()), "cy")
    welsh = build_summary(Referral(), assessment, language="cy")
    values = " ".join(row.value for part in welsh.sections[0].parts for row in getattr(part, "rows", ()))
    assert "Cofnodwch y categori a'r lefel rydych yn atgyfeirio odanynt" in values
    assert "categori ddim yn hysbys eto, lefel ddim yn hysbys eto" in values
    assert "Record the category" not in values


def test_a_screening_decision_refused_is_said_in_welsh_with_the_labels_in_welsh():
    from mappa_desktop.core.messages import said
    from mappa_desktop.core.screening.decisions import check_decision
    from mappa_desktop.core.screening.model import ScreeningError

    with pytest.raises(ScreeningError) as refused:
        check_decision("accepted_level_2", ["referrer_withdrew"], "", "")
    english = str(refused.value)
    assert "The reason 'The referrer withdrew the referral' does not support 'Accepted at Level 2'" in english
    welsh = said(refused.value, "cy")
    assert welsh == (
        "Nid yw'r rheswm 'Tynnodd yr atgyfeiriwr yr atgyfeiriad yn ôl' yn cefnogi 'Derbyniwyd ar Lefel 2'; "
        "dewiswch un arall."
    )
    with pytest.raises(ScreeningError) as too_long:
        check_decision("accepted_level_2", ["meets_level_2"], "x" * 100_001, "")
    assert said(too_long.value, "cy").startswith("Mae'r nodyn yn 100,001 nod o hyd")


@pytest.mark.parametrize(
    ("path", "welsh"),
    [
        ("subject.date_of_birth", "Dyddiad geni: rhowch ddyddiad yn y gorffennol"),
        ("offence.offence_date", "Dyddiad y drosedd: rhowch ddyddiad yn y gorffennol"),
    ],
)
def test_a_date_in_the_future_is_refused_in_welsh(path, welsh):
    from mappa_desktop.core.referral.model import _not_future

    with pytest.raises(ValueError) as refused:
        _not_future(dt.date.today() + dt.timedelta(days=400), path)
    assert person_message(refused.value, path, "cy") == welsh
    assert person_message(refused.value, path, "en").startswith("Enter a")
