"""Double-clicking a referral package (.mappa.json) on the desktop opens MAPPA Desktop and imports it for
screening: the desktop entry handles the file type and passes the files to ``--open``."""

from __future__ import annotations

import pytest

from mappa_desktop import cli
from mappa_desktop.core.package import write_package
from mappa_desktop.core.screening.samples import sample_packages
from mappa_desktop.core.store import Store
from mappa_desktop.gui import app as app_module

from .conftest import PACKAGING


def test_the_desktop_entry_opens_referral_packages_with_open():
    entry = (PACKAGING / "mappa-desktop.desktop").read_text(encoding="utf-8").splitlines()
    assert "Exec=mappa-desktop --open %F" in entry
    assert "MimeType=application/x-mappa-referral-package;" in entry


def test_open_passes_the_files_to_the_window_and_none_from_the_menu(monkeypatch):
    opened = []
    monkeypatch.setattr(app_module, "run_app", lambda **kwargs: opened.append(kwargs) or 0)
    assert cli.main(["--open", "a.mappa.json", "b.mappa.json"]) == 0
    assert cli.main(["--open"]) == 0  # %F with no file: launched from the menu
    assert [k["packages"] for k in opened] == [["a.mappa.json", "b.mappa.json"], []]


@pytest.fixture
def coordinator_store(tmp_path):
    """Requested before qtbot, so it closes after qtbot has closed the window that uses it."""
    with Store.open(tmp_path / "coordinator.sqlite3") as store:
        yield store


def test_opened_packages_are_imported_into_screening(coordinator_store, qtbot, tmp_path):
    from mappa_desktop.gui.main_window import MainWindow

    app_module.create_application()
    package = next(iter(sample_packages(1, seed=8)))
    path = tmp_path / "sent.mappa.json"
    write_package(package, path, overwrite=False)
    store = coordinator_store
    window = MainWindow(store=store)
    qtbot.addWidget(window)
    window.show()
    window.import_packages([str(path)])
    assert window.ui.areaTabs.currentWidget() is window.ui.screeningTab
    query = "SELECT id FROM received_referrals"
    qtbot.waitUntil(lambda: store.db.conn.execute(query).fetchall() != [], timeout=10000)
    assert [row[0] for row in store.db.conn.execute(query)] == [package.referral.id]
    qtbot.waitUntil(lambda: window.screening._flow is None, timeout=10000)
