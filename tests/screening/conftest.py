"""Fixtures: a store, and folders of real (fictional) referral packages written as an officer would."""

from __future__ import annotations

import pytest

from mappa_desktop.core.package import write_package
from mappa_desktop.core.screening.samples import sample_packages
from mappa_desktop.core.store import Store

ACTOR = "test-coordinator"


@pytest.fixture(scope="session")
def packages():
    return list(sample_packages(40, seed=5))


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "screening.sqlite3") as opened:
        yield opened


@pytest.fixture
def package_dir(tmp_path, packages):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for package in packages:
        write_package(package, folder / f"referral-{package.referral.id[:8]}.mappa.json", overwrite=False)
    return folder


def snapshot(store: Store) -> dict[str, list]:
    """Everything screening and the audit log hold, to show nothing was written."""
    conn = store.db.conn
    return {
        table: conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        for table in ("received_referrals", "received_packages", "screening_decisions", "audit_log")
    } | {"search": conn.execute("SELECT rowid, text FROM received_search ORDER BY 1").fetchall()}
