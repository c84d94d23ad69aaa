"""Closing the window while an import runs: the import stops between two files and its thread is waited
for, so the application exits normally (no "QThread: Destroyed while thread is still running" abort), and
every package is either wholly imported or not at all."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from mappa_desktop.core.package import write_package
from mappa_desktop.core.screening.samples import sample_packages
from mappa_desktop.core.store import Store

ROOT = Path(__file__).resolve().parents[2]

# The application as a person runs it: the main window on a store, the Screening area opened, packages
# imported, and the window closed while the import is writing; then the QApplication and window go away
# and the process ends, as ``gui.app.run`` does. Qt's warnings go to stderr as they come.
CHILD = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication
    qInstallMessageHandler(lambda kind, context, text: print("QT:", text, file=sys.stderr, flush=True))
    app = QApplication([])
    from mappa_desktop.core.store import Store
    from mappa_desktop.gui.main_window import MainWindow
    store = Store.open(sys.argv[1])
    window = MainWindow(store, actor="test-coordinator")
    window.show()
    window.import_packages([sys.argv[2]])
    flow = window.screening._flow
    deadline = time.monotonic() + 60
    while not flow._checked and time.monotonic() < deadline:  # until every file is verified: writing now
        app.processEvents()
        time.sleep(0.005)
    time.sleep(0.05)
    print("writing" if not flow._pending.settled else "finished-before-close", flush=True)
    window.close()
    print("closed", window.isVisible(), flush=True)
    del flow
    import shiboken6
    shiboken6.delete(window)  # what the end of the process does to the window and everything it owns
    store.close()
    """
)


def test_closing_the_window_mid_import_waits_and_keeps_the_store_whole(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    count = 500
    for package in sample_packages(count, seed=11):
        write_package(package, inbox / f"{package.referral.id}.mappa.json", overwrite=False)
    database = tmp_path / "screening.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}

    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(database), str(inbox)],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
        cwd=ROOT,
    )

    assert child.returncode == 0, child.stderr[-2000:]
    assert "QThread: Destroyed" not in child.stderr  # "Destroyed while thread .. is still running"
    assert child.stdout.splitlines()[:2] == ["writing", "closed False"], child.stdout
    with Store.open(database) as store:
        conn = store.db.conn
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        held = {r[0] for r in conn.execute("SELECT id FROM received_referrals")}
        assert 0 < len(held) < count  # stopped between files: some written, the rest left for later
        whole = conn.execute(
            "SELECT count(*) FROM received_referrals r JOIN received_packages p USING (n) "
            "JOIN received_search s ON s.rowid = r.n"
        ).fetchone()[0]
        received = {r[0] for r in conn.execute("SELECT referral_id FROM audit_log WHERE action = 'received'")}
        assert whole == len(held) and received == held  # each package whole: row, content, index, audit


def test_the_queue_model_never_queries_a_closed_or_detached_store(tmp_path, package_dir):
    from PySide6.QtCore import Qt

    from mappa_desktop.core.screening import QueueQuery, import_packages
    from mappa_desktop.gui.screening.queue_model import ReferralIdRole, ScreeningQueueModel

    store = Store.open(tmp_path / "detach.sqlite3")
    import_packages(store, [package_dir], actor="test-coordinator")
    queries: list[str] = []
    store.db.conn.set_trace_callback(queries.append)
    model = ScreeningQueueModel(store)
    model.set_query(QueueQuery())
    assert model.rowCount() == 40 and queries

    model.detach()  # the window lets go of the store
    queries.clear()
    model.refresh()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 0 and model.row_of("anything") is None
    assert queries == [] and not model.attached

    again = ScreeningQueueModel(store)
    again.set_query(QueueQuery())
    assert again.rowCount() == 40
    store.close()  # closed under the model: its next query finds the store closed and asks nothing
    assert again.data(again.index(0, 0), ReferralIdRole) is None
    again.refresh()
    again.sort(1)
    assert again.rowCount() == 0 and not again.attached
