"""Replacing an export another program holds open (Windows refuses the swap): tried again for a moment,
then explained, with the existing file unchanged and no partial file left."""

from __future__ import annotations

import errno
import os

import pytest

from mappa_desktop.core import safe_files
from mappa_desktop.core.safe_files import ExportError, write_atomic


@pytest.fixture
def as_on_windows(monkeypatch):
    """The retry settings Windows gets (os.name cannot be changed safely under a running test)."""
    monkeypatch.setattr(safe_files, "REPLACE_ATTEMPTS", 4)
    monkeypatch.setattr(safe_files, "REPLACE_PAUSE", 0)


def _held_open(monkeypatch, times):
    """os.replace refusing as Windows does while a viewer holds the file, ``times`` times."""
    real_replace = os.replace
    calls = []

    def replace(src, dst):
        calls.append(dst)
        if len(calls) <= times:
            raise PermissionError(errno.EACCES, "The process cannot access the file")
        real_replace(src, dst)

    monkeypatch.setattr(safe_files.os, "replace", replace)
    return calls


def test_a_file_released_in_time_is_replaced(tmp_path, monkeypatch, as_on_windows):
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"old")
    calls = _held_open(monkeypatch, times=2)
    write_atomic(target, b"new", overwrite=True)
    assert target.read_bytes() == b"new"
    assert len(calls) == 3
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]


def test_a_file_held_open_is_explained_and_kept(tmp_path, monkeypatch, as_on_windows):
    target = tmp_path / "summary.pdf"
    target.write_bytes(b"old")
    calls = _held_open(monkeypatch, times=99)
    with pytest.raises(ExportError) as raised:
        write_atomic(target, b"new", overwrite=True)
    message = str(raised.value)
    assert "open in another program" in message and "Close it there and save again" in message
    assert len(calls) == 4
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]


def test_elsewhere_a_refused_replace_is_not_retried(tmp_path, monkeypatch):
    monkeypatch.setattr(safe_files, "REPLACE_ATTEMPTS", 1)
    calls = _held_open(monkeypatch, times=99)
    with pytest.raises(ExportError, match="Choose a folder you can write to"):
        write_atomic(tmp_path / "summary.pdf", b"new", overwrite=True)
    assert len(calls) == 1
