"""Test defaults: Qt offscreen, and a private data folder so no test touches the user's database."""

import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests' own settings folder (QSettings reads XDG_CONFIG_HOME on Linux): a test that chooses Welsh or an
# officer's name never changes the settings of the person running them, nor of another test run at once.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="mappa-tests-config-")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("MAPPA_DESKTOP_DATA", str(tmp_path / "userdata"))


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """A test that starts the app with Welsh chosen (its settings say cy) leaves the setting and the Welsh
    translators installed in the shared QApplication: put both back, so the next test reads English."""
    yield
    settings = sys.modules.get("mappa_desktop.gui.settings")
    if settings is not None:  # a test that chose Welsh (or failed before choosing English again)
        settings.set_interface_language("en")
    i18n = sys.modules.get("mappa_desktop.gui.i18n")
    if i18n is not None and i18n._installed_translators:
        i18n.install_translators("en")
