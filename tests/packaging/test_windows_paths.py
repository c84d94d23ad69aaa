"""On Windows the data lives in the local application-data folder (SQLite's WAL is not safe in a roaming,
possibly redirected, folder), and a 0.1 data folder found in the roaming one is moved there whole, once."""

from __future__ import annotations

import errno
import os
import sys

import pytest

from mappa_desktop import paths


@pytest.fixture
def windows(monkeypatch, tmp_path):
    monkeypatch.delenv("MAPPA_DESKTOP_DATA", raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "Roaming"))
    paths._windows_data_dir.cache_clear()
    yield tmp_path
    paths._windows_data_dir.cache_clear()


def _old_roaming_data(tmp_path):
    roaming = tmp_path / "Roaming" / "mappa-desktop"
    roaming.mkdir(parents=True)
    for name in ("referrals.sqlite3", "referrals.sqlite3-wal", "training.sqlite3"):
        (roaming / name).write_bytes(name.encode())
    return roaming


def test_the_database_is_in_localappdata(windows):
    assert paths.default_database() == windows / "Local" / "mappa-desktop" / "referrals.sqlite3"
    assert "Roaming" not in str(paths.user_data_dir())


def test_without_the_variables_the_local_folder_under_the_profile_is_used(windows, monkeypatch):
    monkeypatch.delenv("LOCALAPPDATA")
    monkeypatch.delenv("APPDATA")
    monkeypatch.setattr(paths.Path, "home", lambda: windows / "profile")
    assert paths.user_data_dir() == windows / "profile" / "AppData" / "Local" / "mappa-desktop"


def test_an_old_roaming_folder_is_moved_whole_and_said(windows, capsys):
    roaming = _old_roaming_data(windows)
    local = paths.user_data_dir()
    assert local == windows / "Local" / "mappa-desktop"
    assert sorted(p.name for p in local.iterdir()) == [
        "referrals.sqlite3",
        "referrals.sqlite3-wal",
        "training.sqlite3",
    ]
    assert (local / "referrals.sqlite3-wal").read_bytes() == b"referrals.sqlite3-wal"
    assert not roaming.exists()
    assert "moved your data from" in capsys.readouterr().err


def test_a_roaming_folder_on_another_disk_is_copied_then_removed(windows, monkeypatch):
    roaming = _old_roaming_data(windows)
    real_replace = os.replace

    def across_disks(src, dst):
        if os.fspath(src) == os.fspath(roaming):
            raise OSError(errno.EXDEV, "Not the same device")
        real_replace(src, dst)

    monkeypatch.setattr(paths.os, "replace", across_disks)
    local = paths.user_data_dir()
    assert (local / "training.sqlite3").read_bytes() == b"training.sqlite3"
    assert not roaming.exists()
    assert not (windows / "Local" / ".mappa-desktop.moving").exists()


def test_a_roaming_folder_in_use_is_left_and_used_where_it_is(windows, monkeypatch, capsys):
    roaming = _old_roaming_data(windows)

    def in_use(src, dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(paths.os, "replace", in_use)
    assert paths.user_data_dir() == roaming
    assert (roaming / "referrals.sqlite3").read_bytes() == b"referrals.sqlite3"
    assert not (windows / "Local" / "mappa-desktop").exists()
    err = capsys.readouterr().err
    assert "still in" in err and "Nothing was lost" in err


def test_an_existing_local_folder_wins_and_the_roaming_one_is_left_alone(windows):
    roaming = _old_roaming_data(windows)
    (windows / "Local" / "mappa-desktop").mkdir(parents=True)
    assert paths.user_data_dir() == windows / "Local" / "mappa-desktop"
    assert (roaming / "referrals.sqlite3").exists()
