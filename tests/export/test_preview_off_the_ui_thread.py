"""Issue 12: with the window's runner, the summary's PDF is laid out and written on the runner's worker
(gui/operations.py), not on the UI thread: the dialog keeps ticking, the file is saved and the export
reported once it is written; a folder that cannot be written is said, as when saved in place."""

from __future__ import annotations

import subprocess
import threading
import time

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from mappa_desktop.export import preview as preview_module
from mappa_desktop.export.preview import SummaryPreviewDialog
from mappa_desktop.gui.operations import Operations
from tests.gui.test_responsive_under_lock import Ticks

from .conftest import GENERATED

SLOW_S = 1.0


@pytest.fixture(autouse=True)
def _private_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.fixture
def runner(qtbot):
    operations = Operations()
    yield operations
    operations.shut_down()


def _text(pdf: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()


def _dialog(qtbot, prepared, runner, path):
    dialog = SummaryPreviewDialog(
        prepared, generated_at=GENERATED, ask_path=lambda *_: str(path), operations=runner
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_pdf_is_laid_out_and_written_off_the_ui_thread(qtbot, prepared, runner, tmp_path, monkeypatch):
    real = preview_module.render_pdf
    threads = []

    def slow(summary):  # however long the layout takes (a very long summary), the window goes on
        threads.append(threading.current_thread() is threading.main_thread())
        time.sleep(SLOW_S)
        return real(summary)

    monkeypatch.setattr(preview_module, "render_pdf", slow)
    target = tmp_path / "summary.pdf"
    dialog = _dialog(qtbot, prepared, runner, target)
    exported = []
    dialog.exported.connect(exported.append)
    ticks = Ticks()
    saving = dialog.save_pdf()
    assert not saving.settled and not dialog.save_pdf_button.isEnabled()
    assert dialog.status.text() == "Saving the PDF…"
    assert saving.wait() == target
    assert threads == [False], "the PDF was laid out on the UI thread"
    assert ticks.longest < 400, f"the UI thread stopped for {ticks.longest} ms"
    assert ticks.count > SLOW_S * 1000 / 20 / 3
    assert target.read_bytes().startswith(b"%PDF") and b"/FontFile" in target.read_bytes()
    # Laid out on the worker (where Qt's lazy-layout timer cannot start), every line is still there.
    assert _text(target.read_bytes()) == _text(real(dialog.summary))
    assert exported == ["pdf"] and dialog.last_saved == target
    assert dialog.status.text().startswith("Saved ") and dialog.save_pdf_button.isEnabled()


def test_a_pdf_that_cannot_be_written_says_why_and_leaves_nothing(
    qtbot, prepared, runner, tmp_path, monkeypatch
):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog = _dialog(qtbot, prepared, runner, tmp_path / "missing-folder" / "summary.pdf")
    exported = []
    dialog.exported.connect(exported.append)
    assert dialog.save_pdf().wait() is None
    assert warnings and "does not exist" in warnings[0] and "does not exist" in dialog.status.text()
    assert exported == [] and dialog.last_saved is None
    assert not (tmp_path / "missing-folder").exists()
    assert dialog.save_pdf_button.isEnabled()


def test_a_cancelled_choice_starts_nothing(qtbot, prepared, runner, tmp_path):
    dialog = SummaryPreviewDialog(prepared, generated_at=GENERATED, ask_path=lambda *_: "", operations=runner)
    qtbot.addWidget(dialog)
    assert dialog.save_pdf() is None
    assert runner.idle and list(tmp_path.glob("*.pdf")) == []
