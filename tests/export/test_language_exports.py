"""Issue 15: a summary in English, Welsh or both side by side (Welsh first); the default follows the
subject's preferred language; the language is recorded with the export; the CLI's --lang reaches the words
it prints and the rule pack's text."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from mappa_desktop.cli import main
from mappa_desktop.core.store import Store
from mappa_desktop.core.summary import SideBySide, summary_language
from mappa_desktop.export.service import render, summary_of
from mappa_desktop.export.templates import render_html, render_text

from .conftest import GENERATED, complete_referral

REFERRAL_ID = complete_referral().id


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "referrals.sqlite3"
    with Store.open(path) as store:
        store.new_referral(complete_referral(), actor="test")
    return path


def test_a_bilingual_summary_puts_welsh_and_english_side_by_side_welsh_first(prepared):
    welsh = summary_of(prepared, generated_at=GENERATED, language="cy")
    english = summary_of(prepared, generated_at=GENERATED, language="en")
    both = summary_of(prepared, generated_at=GENERATED, language="bilingual")
    assert both.title == f"{welsh.title} / {english.title}"
    subject = both.section("subject")
    assert subject.heading == f"{welsh.section('subject').heading} / {english.section('subject').heading}"
    (part,) = subject.parts[:1]
    assert isinstance(part, SideBySide)
    first_row = welsh.section("subject").parts[0].rows[0]
    assert part.pairs[0][0] == f"{first_row.label}: {first_row.value}"
    assert part.pairs[0][1].startswith(english.section("subject").parts[0].rows[0].label + ": ")
    # The aid's own sentences are in each language, not English twice.
    aid_cy = " ".join(c for p in both.sections[-1].parts for c, _ in p.pairs)
    aid_en = " ".join(e for p in both.sections[-1].parts for _, e in p.pairs)
    assert aid_cy != aid_en


def test_bilingual_html_has_two_columns_per_row_each_marked_with_its_language(prepared):
    html = render_html(summary_of(prepared, generated_at=GENERATED, language="bilingual"))
    assert '<html lang="cy"' in html
    rows = re.findall(r'<tr><td lang="cy"[^>]*>(.*?)</td><td lang="en"[^>]*>(.*?)</td></tr>', html)
    assert len(rows) > 20
    assert any(cy.startswith("Dyddiad geni: ") and en.startswith("Date of birth: ") for cy, en in rows)


def test_bilingual_text_and_pdf(prepared):
    text = render_text(summary_of(prepared, generated_at=GENERATED, language="bilingual"))
    lines = text.splitlines()
    birth = next(line for line in lines if line.startswith("Dyddiad geni: "))
    assert re.fullmatch(r"Dyddiad geni: 12 Ebrill 1990 +\| Date of birth: 12 April 1990", birth)
    assert render(prepared, "pdf", generated_at=GENERATED, language="bilingual").startswith(b"%PDF-")


def test_bilingual_text_sets_welsh_and_english_side_by_side_each_wrapped_in_its_column(prepared):
    """As the HTML and PDF do: two columns, Welsh on the left, each wrapped within its half of 78."""
    text = render_text(summary_of(prepared, generated_at=GENERATED, language="bilingual"))
    rows = [line for line in text.splitlines() if " | " in line]
    assert len(rows) > 40
    assert max(len(line) for line in rows) <= 78
    gutter = {line.index(" | ") for line in rows}
    assert gutter == {37}, "the columns line up down the page"
    # A long pair wraps within its columns: the Welsh continues on the left, the English on the right.
    at = next(i for i, line in enumerate(rows) if line.startswith("I'w wirio cyn anfon: "))
    welsh = " ".join(line[:37].strip() for line in rows[at : at + 5])
    english = " ".join(line[40:].strip() for line in rows[at : at + 5])
    assert "Cofnodwch y categori a'r lefel rydych yn atgyfeirio odanynt" in welsh
    assert "To check before sending: Record the category and level you refer under" in english
    assert "Record" not in welsh and "Cofnodwch" not in english


def test_the_welsh_summary_carries_the_rule_packs_welsh(prepared):
    english = render_text(summary_of(prepared, generated_at=GENERATED, language="en"))
    welsh = render_text(summary_of(prepared, generated_at=GENERATED, language="cy"))
    pack = prepared.pack
    rule = next(r for r in pack.rules.values() if r.title.get("en") in english)
    assert rule.title.get("cy") in welsh and rule.title.get("en") not in welsh


@pytest.mark.parametrize(
    ("preferred", "fallback", "chosen"),
    [
        ("Welsh", "en", "cy"),
        ("Cymraeg", "en", "cy"),
        (" welsh ", "en", "cy"),
        ("English", "cy", "cy"),
        (None, "en", "en"),
    ],
)
def test_the_summary_language_follows_the_preferred_language(preferred, fallback, chosen):
    assert summary_language(preferred, fallback) == chosen


def test_cli_export_defaults_to_welsh_for_a_welsh_speaker_and_records_it(tmp_path, db, capsys):
    out = tmp_path / "summary.txt"
    assert main(["export", REFERRAL_ID, "--db", str(db), "--format", "text", "--out", str(out)]) == 0
    assert "(summary in Welsh)" in capsys.readouterr().out
    assert "Dyddiad geni" in out.read_text(encoding="utf-8")
    with Store.open(db) as store:
        (row,) = store.list_referrals()
        assert row.summary_language == "cy" and row.exported_at is not None
        entry = store.audit_log(REFERRAL_ID)[-1]
        assert entry.action == "exported"
    both = tmp_path / "both.html"
    args = ["--lang", "cy", "export", REFERRAL_ID, "--db", str(db), "--format", "html", "--out", str(both)]
    assert main([*args, "--language", "bilingual"]) == 0
    assert "(iaith y crynodeb: Cymraeg a Saesneg)" in capsys.readouterr().out
    with Store.open(db) as store:
        assert store.list_referrals()[0].summary_language == "bilingual"
    english = tmp_path / "en.txt"
    args = [
        "export",
        REFERRAL_ID,
        "--db",
        str(db),
        "--format",
        "text",
        "--out",
        str(english),
        "--language",
        "en",
    ]
    assert main(args) == 0
    assert "Date of birth" in english.read_text(encoding="utf-8")


def test_lang_goes_before_or_after_the_command(tmp_path, db, capsys):
    assert main(["--lang", "cy", "list", "--db", str(db)]) == 0
    before = capsys.readouterr().out.splitlines()[0].split()
    assert main(["list", "--db", str(db), "--lang", "cy"]) == 0
    after = capsys.readouterr().out.splitlines()[0].split()
    assert before == after == ["ID", "STATWS", "GWRTHRYCH", "DIWEDDARWYD"]
    assert main(["list", "--db", str(db)]) == 0
    assert capsys.readouterr().out.splitlines()[0].split() == ["ID", "STATUS", "SUBJECT", "UPDATED"]


def test_evaluate_text_in_welsh(tmp_path, capsys):
    case = tmp_path / "case.json"
    case.write_text(json.dumps({"as_of": "2026-06-01", "facts": {"sex_offender_notification": True}}))
    assert main(["--lang", "cy", "evaluate", str(case), "--format", "text"]) == 0
    welsh = capsys.readouterr().out
    assert welsh.startswith("Asesiad sgrinio MAPPA ar 1 Mehefin 2026")
    for heading in ("CANLYNIAD", "PAM", "FFYNONELLAU"):
        assert heading in welsh.splitlines()
    assert "Categori 1" in welsh and "OUTCOME" not in welsh and "[met]" not in welsh
    assert main(["evaluate", str(case), "--format", "text"]) == 0
    assert capsys.readouterr().out.startswith("MAPPA screening assessment on 1 June 2026")


def test_an_unknown_language_is_refused_by_the_parser():
    done = subprocess.run(
        [sys.executable, "-m", "mappa_desktop.cli", "--lang", "fr", "list"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and "--lang" in done.stderr


def test_figures_report_from_the_cli_in_each_language(tmp_path, db, capsys):
    for language in ("cy", "bilingual"):
        out = tmp_path / f"board-{language}.pdf"
        assert (
            main(["--lang", "cy", "figures", "--db", str(db), "--out", str(out), "--language", language]) == 0
        )
        assert out.read_bytes().startswith(b"%PDF-")
        assert capsys.readouterr().out.startswith(f"Cadwyd {out} (hedyn y sampl archwilio ")


def test_a_long_bilingual_page_header_is_shortened_not_overlapped(qapp):
    from PySide6.QtGui import QFont, QFontMetrics

    from mappa_desktop.export.pdf import _header_texts

    metrics = QFontMetrics(QFont("DejaVu Sans", 8))
    short = _header_texts(metrics, "Summary", "Jo Bloggs", 1000)
    assert short == ("Summary", "Jo Bloggs")
    title, subtitle = _header_texts(
        metrics, "Crynodeb atgyfeiriad MAPPA / MAPPA referral summary" * 2, "x" * 200, 400
    )
    assert title.endswith("…") and subtitle.endswith("…")
    assert metrics.horizontalAdvance(title) + metrics.horizontalAdvance(subtitle) <= 400
