"""Test defaults: Qt offscreen, and a private data folder so no test touches the user's database."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("MAPPA_DESKTOP_DATA", str(tmp_path / "userdata"))
