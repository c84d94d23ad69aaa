"""Upgrade tests: a referrals database written by the last code of EACH released schema version (m001 to
m005; tests/fixtures/schema/make_fixture.py says which commit wrote each) opens with this version, is
upgraded, and keeps every referral, its content, its audit log and its export record."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from mappa_desktop.core.store import Store
from mappa_desktop.core.store.schema import MIGRATION_SET, known_migrations

FIXTURES = Path(__file__).parents[1] / "fixtures" / "schema"
VERSIONS = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())


def test_there_is_a_fixture_for_every_schema_version_but_those_added_since():
    released = [name.split("_")[0] for name in known_migrations()][:5]
    assert VERSIONS == released == ["m001", "m002", "m003", "m004", "m005"]


def opened_copy(version: str, tmp_path: Path) -> tuple[Path, dict]:
    path = tmp_path / f"{version}.sqlite"
    shutil.copy(FIXTURES / version / "referrals.sqlite", path)
    return path, json.loads((FIXTURES / version / "expected.json").read_text())


@pytest.mark.parametrize("version", VERSIONS)
def test_a_database_of_each_schema_version_opens_upgraded_with_its_content(version, tmp_path):
    path, expected = opened_copy(version, tmp_path)
    with Store.open(path) as store:
        applied = [
            row[0]
            for row in store.db.conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", (MIGRATION_SET,)
            )
        ]
        assert applied[: len(expected["migrations"])] == expected["migrations"]  # its own, kept
        assert applied == known_migrations()  # and every later one applied
        rows = {row.id: row for row in store.list_referrals(None, limit=10)}
        assert set(rows) == set(expected["referrals"])
        for referral_id, was in expected["referrals"].items():
            referral = store.load(referral_id)
            assert referral.subject.full_name == was["subject_name"] == rows[referral_id].subject_name
            assert referral.subject.pnc_id == was["pnc_id"]
            assert referral.subject.aliases == was["aliases"]
            assert referral.status.value == was["status"]
            assert referral.offence.description == was["offence"]
            assert referral.revision == was["revision"]  # opening changes nothing of the referral
            assert [e.action for e in store.audit_log(referral_id)] == was["audit_actions"]
        first = rows["a" * 32]
        assert (first.exported_at is not None) == expected["exported"].get("exported_at", False)
        assert (first.summary_language is not None) == expected["exported"].get("summary_language", False)
        assert [r.id for r in store.list_referrals("gwenno", limit=10)] == ["a" * 32]  # search still finds


@pytest.mark.parametrize("version", VERSIONS)
def test_an_upgraded_database_takes_new_saves(version, tmp_path):
    path, _expected = opened_copy(version, tmp_path)
    with Store.open(path) as store:
        referral = store.load("b" * 32)
        referral.subject.given_names = "Newly"
        store.save(referral, actor="tester")
    with Store.open(path) as again:
        assert again.load("b" * 32).subject.full_name == "Newly Second"
