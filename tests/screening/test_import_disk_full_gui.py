"""Importing from the window onto a full disk: every file is named as refused with the reason, and nothing
is written."""

from PySide6.QtWidgets import QMessageBox

from mappa_desktop.core.store import DiskFull
from mappa_desktop.gui.screening import import_flow
from mappa_desktop.gui.screening.widget import ScreeningWidget

from .conftest import ACTOR, snapshot


def test_disk_full_import_names_every_file_and_writes_nothing(
    qtbot, store, package_dir, packages, monkeypatch
):
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    (package_dir / "bad.mappa.json").write_text("{}")
    before = snapshot(store)

    def full(own, *_args, **_kwargs):
        raise DiskFull(own.path, "import", message="The disk is full, so no package was imported.")

    monkeypatch.setattr(import_flow, "store_packages", full)
    w = ScreeningWidget(store, actor=ACTOR)
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.imported, timeout=20000) as blocker:
        assert w.import_paths([str(package_dir)]) is not None
    results = blocker.args[0]
    assert len(results) == len(packages) + 1
    assert all(r.outcome.value == "refused" and r.path for r in results)
    named = {r.path.rsplit("/", 1)[-1] for r in results if "disk is full" in r.reason}
    assert len(named) == len(packages)  # each verified file by its own name, not one anonymous line
    assert snapshot(store) == before
    assert w.model.rowCount() == 0
