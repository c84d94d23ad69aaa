"""write_atomic: whole file or nothing, never overwrites without being told, owner-only."""

import os
import stat
import sys

import pytest

from mappa_desktop.core import safe_files
from mappa_desktop.core.safe_files import ExportError, write_atomic


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir())


def test_writes_the_bytes(tmp_path):
    target = tmp_path / "a.txt"
    assert write_atomic(target, b"hello", overwrite=False) == target
    assert target.read_bytes() == b"hello"
    assert _leftovers(tmp_path) == ["a.txt"]


def test_refuses_to_overwrite_without_being_told(tmp_path):
    target = tmp_path / "a.txt"
    target.write_bytes(b"old")
    with pytest.raises(FileExistsError, match="already exists"):
        write_atomic(target, b"new", overwrite=False)
    assert target.read_bytes() == b"old"
    write_atomic(target, b"new", overwrite=True)
    assert target.read_bytes() == b"new"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_file_is_readable_by_the_owner_only(tmp_path):
    target = tmp_path / "a.txt"
    old_umask = os.umask(0o022)
    try:
        write_atomic(target, b"x", overwrite=False)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    # Replacing a world-readable file also leaves an owner-only file.
    target.chmod(0o644)
    write_atomic(target, b"y", overwrite=True)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_failed_replace_leaves_no_partial_file(tmp_path, monkeypatch):
    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safe_files.os, "replace", broken_replace)
    target = tmp_path / "a.txt"
    with pytest.raises(ExportError, match="No space left on device") as caught:
        write_atomic(target, b"data", overwrite=False)
    assert "Nothing was written" in str(caught.value)
    assert _leftovers(tmp_path) == []


def test_failed_write_mid_way_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "a.txt"
    target.write_bytes(b"old")

    def broken_fsync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(safe_files.os, "fsync", broken_fsync)
    with pytest.raises(ExportError, match="Input/output error") as caught:
        write_atomic(target, b"new", overwrite=True)
    assert "unchanged" in str(caught.value)
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == ["a.txt"]


def test_missing_folder_says_so(tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        write_atomic(tmp_path / "nope" / "a.txt", b"x", overwrite=False)
