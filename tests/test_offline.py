"""Offline always: no module can reach the network, and the main flows run with every socket refused."""

from __future__ import annotations

import ast
import json
import socket
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "mappa_desktop"
NETWORK_MODULES = {"socket", "ssl", "urllib", "http", "requests", "httpx", "ftplib", "smtplib", "aiohttp"}
EXAMPLES = Path(__file__).resolve().parent / "rules" / "fixtures" / "examples"
EXAMPLE = EXAMPLES / "03-domestic-abuse-category-3.json"


def test_no_module_imports_a_network_library():
    found = {}
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
            for name in names:
                if name.split(".")[0] in NETWORK_MODULES or "QtNetwork" in name:
                    found.setdefault(str(path.relative_to(PACKAGE)), []).append(name)
    assert found == {}


@pytest.fixture
def no_network(monkeypatch):
    """Every attempt to open a connection fails the test loudly."""
    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"network connection attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert attempts == []


def test_command_line_flows_work_offline(no_network, tmp_path, capsys, qapp, passphrase_fd):
    # qapp: the PDF export makes a bare QGuiApplication when none exists, which would outlive this test.
    from mappa_desktop.cli import main

    db = str(tmp_path / "offline.sqlite3")
    assert main([*passphrase_fd(), "sample-data", "--db", db, "--count", "5", "--seed", "3"]) == 0
    capsys.readouterr()
    assert main([*passphrase_fd(), "list", "--db", db, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    case = tmp_path / "case.json"
    case.write_text(json.dumps(json.loads(EXAMPLE.read_text())["case"]))
    assert main(["evaluate", str(case), "--format", "text"]) == 0
    out = tmp_path / "summary.pdf"
    assert (
        main([*passphrase_fd(), "export", rows[0]["id"], "--db", db, "--format", "pdf", "--out", str(out)])
        == 0
    )
    package = tmp_path / "referral.mappa.json"
    assert (
        main(
            [*passphrase_fd(), "export", rows[0]["id"], "--db", db, "--format", "json", "--out", str(package)]
        )
        == 0
    )
    assert (
        main([*passphrase_fd(), "import", str(package), "--db", str(tmp_path / "coordinator.sqlite3")]) == 0
    )
    assert out.stat().st_size > 0


def test_the_window_and_its_areas_open_offline(no_network, qtbot, tmp_path):
    from mappa_desktop.core.sample_data import sample_referrals
    from mappa_desktop.core.store import Store
    from mappa_desktop.gui.app import create_application
    from mappa_desktop.gui.main_window import MainWindow

    create_application()
    with Store.open(tmp_path / "window.sqlite3") as store:
        store.add_many(sample_referrals(10, seed=1), actor="test")
        window = MainWindow(store, actor="test")
        qtbot.addWidget(window)
        window.show()
        for tab in (window.ui.screeningTab, window.ui.trainingTab, window.ui.referralsTab):
            window.ui.areaTabs.setCurrentWidget(tab)
        assert window.screening is not None and window.training is not None
        window.close()
