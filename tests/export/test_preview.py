"""The preview dialog: shows the PDF's pages, and each button does its job."""

import json
import stat

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from mappa_desktop.core.package import read_package
from mappa_desktop.export import preview as preview_module
from mappa_desktop.export.pdf import SummaryPages
from mappa_desktop.export.preview import SummaryPreviewDialog, security_marking, set_security_marking
from mappa_desktop.export.templates import render_text

from .conftest import GENERATED


@pytest.fixture(autouse=True)
def _private_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def dialog(qtbot, prepared, tmp_path):
    answers = {}

    def ask_path(caption, suggested, file_filter):
        answers["suggested"] = suggested
        return answers.get("path", "")

    dlg = SummaryPreviewDialog(prepared, generated_at=GENERATED, ask_path=ask_path)
    dlg.answers = answers
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_shows_every_page_of_the_pdf(dialog):
    assert dialog.page_count == SummaryPages(dialog.summary).page_count >= 2
    assert len(dialog.page_labels) == dialog.page_count
    assert dialog.page_labels[0].accessibleName() == f"Page 1 of {dialog.page_count}"
    assert not dialog.page_labels[0].pixmap().isNull()
    assert "OFFICIAL-SENSITIVE" in dialog.status.text()


def test_buttons_have_names_and_shortcuts(dialog):
    for button in (
        dialog.save_pdf_button,
        dialog.copy_text_button,
        dialog.copy_html_button,
        dialog.save_package_button,
    ):
        assert button.accessibleName()
        assert not button.shortcut().isEmpty()


def test_copy_as_text(qtbot, dialog):
    qtbot.mouseClick(dialog.copy_text_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == render_text(dialog.summary)


def test_copy_as_html(qtbot, dialog):
    qtbot.mouseClick(dialog.copy_html_button, Qt.MouseButton.LeftButton)
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasHtml() and "Jordan Alex Testperson" in mime.html()
    assert mime.text() == render_text(dialog.summary)


def test_save_as_pdf(qtbot, dialog, tmp_path):
    dialog.answers["path"] = str(tmp_path / "summary.pdf")
    qtbot.mouseClick(dialog.save_pdf_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "summary.pdf"
    assert saved.read_bytes().startswith(b"%PDF-")
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert dialog.last_saved == saved and "Saved" in dialog.status.text()
    assert dialog.answers["suggested"].endswith(".pdf")


def test_save_package(qtbot, dialog, tmp_path, prepared):
    dialog.answers["path"] = str(tmp_path / "referral.mappa.json")
    qtbot.mouseClick(dialog.save_package_button, Qt.MouseButton.LeftButton)
    assert read_package(tmp_path / "referral.mappa.json").referral == prepared.referral
    assert dialog.answers["suggested"].endswith(".mappa.json")


def test_cancelled_save_writes_nothing(dialog, tmp_path):
    assert dialog.save_pdf() is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_failed_save_says_why_and_leaves_nothing(dialog, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog.answers["path"] = str(tmp_path / "missing-folder" / "summary.pdf")
    assert dialog.save_pdf() is None
    assert warnings and "does not exist" in warnings[0]
    assert "does not exist" in dialog.status.text()
    assert not (tmp_path / "missing-folder").exists()


def test_marking_setting_reaches_the_pages(qtbot, prepared):
    assert security_marking() == "OFFICIAL-SENSITIVE"
    set_security_marking("OFFICIAL")
    dlg = SummaryPreviewDialog(prepared, generated_at=GENERATED)
    qtbot.addWidget(dlg)
    assert dlg.summary.marking == "OFFICIAL"
    set_security_marking("   ")
    assert security_marking() == "OFFICIAL-SENSITIVE"
    assert json.dumps(preview_module.MARKING_KEY)
