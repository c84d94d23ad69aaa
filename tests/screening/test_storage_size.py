"""What a received package costs in the database: stored once, compressed, and on a replacement the
earlier version kept (compressed) in the append-only audit log, not a second plain copy."""

from __future__ import annotations

import pytest

from mappa_desktop.core.database_driver import sqlite3 as driver
from mappa_desktop.core.package import build_package, package_document, write_package
from mappa_desktop.core.screening import import_packages, received_package
from mappa_desktop.core.screening.stored import earlier_document

from .conftest import ACTOR


def _size(store) -> int:
    store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return store.path.stat().st_size


def test_the_database_grows_by_far_less_than_the_packages_it_holds(store, package_dir, packages):
    files = sum(p.stat().st_size for p in package_dir.iterdir())
    before = _size(store)
    import_packages(store, [package_dir], actor=ACTOR)
    grown = _size(store) - before
    # Plain JSON in the database cost 0.75 byte per byte of package file; compressed, about 0.25.
    assert grown < 0.4 * files, f"{grown / files:.2f} bytes per byte of package"
    assert received_package(store.db.conn, packages[3].referral.id) == packages[3]  # digest checked


def test_a_replacement_keeps_the_earlier_version_compressed_in_the_audit_log(store, tmp_path, packages):
    originals = packages[:20]
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir(), second.mkdir()
    edited = []
    for package in originals:
        write_package(package, first / f"{package.referral.id}.mappa.json", overwrite=False)
        referral = package.referral.model_copy(deep=True)
        referral.subject.family_name = "Edited"
        edited.append(build_package(referral, package.facts, package.assessment))
        write_package(edited[-1], second / f"{package.referral.id}.mappa.json", overwrite=False)
    import_packages(store, [first], actor=ACTOR)
    files = sum(p.stat().st_size for p in second.iterdir())
    before = _size(store)

    import_packages(store, [second], actor=ACTOR, on_duplicate="replace")

    assert _size(store) - before < 0.4 * files  # the plain earlier copy cost 0.75 byte per byte
    for original, newer in zip(originals, edited, strict=True):
        rid = original.referral.id
        [entry] = [e for e in store.audit_log(rid) if e.action == "package replaced"]
        assert earlier_document(entry.old) == package_document(original)  # the earlier version, whole
        assert received_package(store.db.conn, rid) == newer
    conn = store.db.conn
    with pytest.raises(driver.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_log SET old = NULL WHERE action = 'package replaced'")
    with pytest.raises(driver.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_log WHERE action = 'package replaced'")
