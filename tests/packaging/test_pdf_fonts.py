"""The PDF's fonts travel with the app: with no system fonts at all the PDF still has its text, and
with no usable font at all ``export --format pdf`` is an error that writes nothing, never an empty PDF."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QLineF
from PySide6.QtGui import QPainter, QPdfWriter

from mappa_desktop.core.safe_files import ExportError
from mappa_desktop.export import pdf
from mappa_desktop.paths import resources_dir

FONTS = resources_dir() / "fonts"

# Run in a child process: Qt reads the font configuration once, when the application starts.
EXPORT = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    import mappa_desktop.export.pdf as pdf
    from mappa_desktop.cli import main
    from mappa_desktop.core.sample_data import sample_referrals
    from mappa_desktop.core.store import Store

    folder, fonts = Path(sys.argv[1]), sys.argv[2]
    if fonts == "hidden":
        pdf.resources_dir = lambda: folder  # a resources folder with no fonts/ in it
    referral = next(iter(sample_referrals(1, seed=4)))
    with Store.open(folder / "db.sqlite3") as store:
        store.add_many([referral], actor="test", action="created")
    db, out = str(folder / "db.sqlite3"), str(folder / "summary.pdf")
    sys.exit(main(["export", referral.id, "--db", db, "--format", "pdf", "--out", out]))
    """
)


def _export_without_system_fonts(tmp_path: Path, fonts: str) -> subprocess.CompletedProcess:
    conf = tmp_path / "fonts.conf"  # fontconfig with no font folders: a machine with no fonts installed
    conf.write_text(f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>", encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", EXPORT, str(tmp_path), fonts],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_only_the_faces_the_pdf_uses_are_shipped_with_their_licence():
    assert sorted(p.name for p in FONTS.glob("*.ttf")) == [
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans.ttf",
    ]
    assert "Bitstream" in (FONTS / "LICENSE").read_text(encoding="utf-8")


def test_with_no_system_fonts_the_pdf_has_its_text_in_the_shipped_font(tmp_path):
    done = _export_without_system_fonts(tmp_path, "shipped")
    assert done.returncode == 0, done.stderr
    out = tmp_path / "summary.pdf"
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts and "DejaVuSans-Bold" in fonts
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:]), fonts  # every font embedded
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "OFFICIAL-SENSITIVE" in text


def test_with_no_usable_font_the_export_fails_and_writes_nothing(tmp_path):
    done = _export_without_system_fonts(tmp_path, "hidden")
    assert done.returncode == 1
    assert "Could not make the PDF" in done.stderr and "Nothing was written" in done.stderr
    assert "Saved" not in done.stdout
    assert not (tmp_path / "summary.pdf").exists()


def test_a_pdf_with_no_text_is_refused(qapp):
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    painter.drawLine(QLineF(0, 0, 100, 100))  # a page with a drawing and no text, as Qt makes with no font
    painter.end()
    empty = bytes(buffer.data().data())
    assert empty.startswith(b"%PDF")
    with pytest.raises(ExportError, match="no text could be drawn"):
        pdf._require_text(empty)
