"""The PDF, checked by reading it back with poppler: pages, marking on each, key fields, embedded fonts."""

import re
import subprocess

import pytest

from mappa_desktop.export.pdf import SummaryPages, render_pdf
from mappa_desktop.export.service import summary_of

from .conftest import GENERATED


def _poppler(tool, *args):
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def pdf_file(prepared, tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "summary.pdf"
    path.write_bytes(render_pdf(summary_of(prepared, generated_at=GENERATED)))
    return path


def _pages(path):
    count = int(re.search(r"Pages:\s+(\d+)", _poppler("pdfinfo", str(path))).group(1))
    return [
        _poppler("pdftotext", "-layout", "-f", str(n), "-l", str(n), str(path), "-")
        for n in range(1, count + 1)
    ]


def test_a4_and_as_many_pages_as_laid_out(prepared, pdf_file):
    info = _poppler("pdfinfo", str(pdf_file))
    assert "(A4)" in info
    expected = SummaryPages(summary_of(prepared, generated_at=GENERATED)).page_count
    assert expected >= 2
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) == expected


def test_marking_top_and_bottom_and_page_x_of_y_on_every_page(pdf_file):
    pages = _pages(pdf_file)
    for number, text in enumerate(pages, start=1):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert lines[0] == "OFFICIAL-SENSITIVE", number
        assert lines[-1] == "OFFICIAL-SENSITIVE", number
        assert f"Page {number} of {len(pages)}" in text
        assert "Generated 1 June 2026 at 14:30" in text


def test_key_fields_are_in_the_pdf_in_mappa_a_order(pdf_file):
    text = re.sub(r"\s+", " ", "".join(_pages(pdf_file)))
    expected_in_order = [
        "Exampleshire",
        "12 April 1990",
        "Wounding with intent",
        "20 August 2026",
        "Joint plan with housing",
        "Risk of serious harm (overall) High",
        "Victim 1 (V-A)",
        "Consider a MARAC referral",
        "Victim 2 (V-B)",
        "MARAC-EX-0042",
        "Probation Service",
        "wants to live near his mother",
        "Dyslexia",
        "Category 2: violent and other sexual offenders: met",
        "The aid's assessment has not been overridden.",
        "No prompts have been acknowledged.",
        "sam.referrer@example.org",
        "Rule-pack version",
    ]
    positions = [text.find(item) for item in expected_in_order]
    assert -1 not in positions, [i for i, p in zip(expected_in_order, positions, strict=True) if p == -1]
    assert positions == sorted(positions)


def test_fonts_are_embedded(pdf_file):
    rows = _poppler("pdffonts", str(pdf_file)).splitlines()[2:]
    assert rows, "the PDF uses fonts"
    for row in rows:
        assert "DejaVu" in row
        assert row.split()[-5] == "yes", row  # the "emb" column


def test_custom_marking_is_painted(prepared, tmp_path):
    path = tmp_path / "s.pdf"
    path.write_bytes(render_pdf(summary_of(prepared, marking="OFFICIAL", generated_at=GENERATED)))
    for text in _pages(path):
        assert "OFFICIAL" in text and "SENSITIVE" not in text


def test_preview_image_is_the_same_page(prepared):
    pages = SummaryPages(summary_of(prepared, generated_at=GENERATED))
    image = pages.image(0, 50)
    assert (image.width(), image.height()) == (round(210 / 25.4 * 50), round(297 / 25.4 * 50))
    # Not blank: the header band and text darken some pixels.
    assert any(
        image.pixelColor(x, y).lightness() < 100 for x in range(0, image.width(), 3) for y in range(40, 90)
    )
