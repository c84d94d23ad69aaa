"""The preview dialog's save on a full disk: the earlier file is untouched and the message says what to do."""

import errno

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from mappa_desktop.core import safe_files
from mappa_desktop.export.preview import SummaryPreviewDialog

from .conftest import GENERATED


@pytest.fixture(autouse=True)
def _private_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield
    QSettings().clear()


@pytest.mark.parametrize("save", ["save_pdf", "save_package"])
def test_disk_full_keeps_the_earlier_file_and_says_what_to_do(qtbot, prepared, tmp_path, monkeypatch, save):
    target = tmp_path / "earlier.out"
    target.write_bytes(b"earlier")
    dialog = SummaryPreviewDialog(prepared, generated_at=GENERATED, ask_path=lambda *_: str(target))
    qtbot.addWidget(dialog)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_files.os, "replace", full)
    assert getattr(dialog, save)() is None
    assert len(warnings) == 1
    for text in (warnings[0], dialog.status.text()):
        assert "disk is full" in text and "existing file is unchanged" in text and "Free some space" in text
    assert target.read_bytes() == b"earlier"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".earlier")) == []
