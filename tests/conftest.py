"""Test defaults: Qt offscreen, and a private data folder so no test touches the user's database."""

import contextlib
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


TEST_PASSPHRASE = "correct horse battery staple"
"""The passphrase of the tests' encrypted databases (never one a person would be allowed to keep)."""


@pytest.fixture(scope="session")
def _test_key():
    from mappa_desktop.core.store.encryption import DatabaseKey

    # Derived once per run (the derivation takes a tenth of a second on purpose), with a fixed salt.
    return DatabaseKey.derive(TEST_PASSPHRASE, b"mappa-tests-salt")


@pytest.fixture
def database_key(_test_key):
    """The key of ``TEST_PASSPHRASE`` for a new encrypted database: ``Store.open(path, database_key)``.
    Most tests use plain databases (``Store.open(path)``); tests about encryption, the lock and the
    passphrase ask for this."""
    return _test_key.copy()


@contextlib.contextmanager
def passphrase_on_fd(passphrase: str = TEST_PASSPHRASE):
    """``["--passphrase-fd", "N"]`` for a command run in this process, N a pipe holding ``passphrase``
    and a newline; closed afterwards. A plain database never reads it."""
    read, write = os.pipe()
    os.write(write, passphrase.encode() + b"\n")
    os.close(write)
    try:
        yield ["--passphrase-fd", str(read)]
    finally:
        os.close(read)


def key_of_test_database(path):
    """The key of the tests' passphrase for the encrypted database at ``path`` (made by a command)."""
    from mappa_desktop.core.store.encryption import DatabaseKey

    return DatabaseKey.for_file(path, TEST_PASSPHRASE)


@pytest.fixture
def passphrase_fd():
    """``passphrase_fd()`` -> ``["--passphrase-fd", "N"]``: a fresh pipe holding ``TEST_PASSPHRASE`` and a
    newline, for a command run in this process (each call one new pipe; closed after the test)."""
    opened: list[int] = []

    def make(passphrase: str = TEST_PASSPHRASE) -> list[str]:
        read, write = os.pipe()
        os.write(write, passphrase.encode() + b"\n")
        os.close(write)
        opened.append(read)
        return ["--passphrase-fd", str(read)]

    yield make
    for fd in opened:
        try:
            os.close(fd)
        except OSError:
            pass
