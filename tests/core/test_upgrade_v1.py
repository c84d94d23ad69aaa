"""A database and a referral package written before referrals recorded victims one by one (version 1: one
victim's answers) open, import and assess as before: the single victim becomes victim 1.

The fixtures in tests/fixtures/v1 were made by main's code at 2e3f901 (make_fixtures.py there), with the
assessments that code gave (expected-v1.json).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from mappa_desktop.core.facts import Case, Facts
from mappa_desktop.core.package import read_package
from mappa_desktop.core.referral import Referral, derive_facts
from mappa_desktop.core.rules import evaluate, load_pack
from mappa_desktop.core.screening import ImportOutcome, import_packages, received_package
from mappa_desktop.core.screening.claims import coordinator_assessment
from mappa_desktop.core.store import Store
from tests.fixtures.v1.make_fixtures import outcome as _outcome

FIXTURES = Path(__file__).parents[1] / "fixtures" / "v1"
EXPECTED = json.loads((FIXTURES / "expected-v1.json").read_text())
AS_OF = dt.date.fromisoformat(EXPECTED["as_of"])


def _same_meaning(referral: Referral, pack) -> None:
    """Victim 1 is the version-1 answers (as the contract reads them) and the outcome is as before."""
    before = EXPECTED["referrals"][referral.id]
    old_facts = Facts.model_validate(before["facts"])
    facts = derive_facts(referral, AS_OF)
    assert facts.victim_list() == old_facts.victim_list()
    person = {k: v for k, v in facts.known().items() if k != "victims"}
    assert person == {k: v for k, v in old_facts.known().items() if k not in _SHORTHAND}
    expected = {k: before[k] for k in ("mappa_eligible", "category", "level", "prompts")}
    assert _outcome(evaluate(pack, Case(as_of=AS_OF, facts=facts))) == expected


_SHORTHAND = {
    "dash_score",
    "da_risk_indicators",
    "da_incidents_12m",
    "marac_heard",
    "marac_last_heard",
    "da_incident_since_marac",
}


@pytest.fixture
def v1_store(tmp_path):
    path = tmp_path / "referrals.sqlite"
    shutil.copy(FIXTURES / "referrals-v1.sqlite", path)
    with Store.open(path) as store:
        yield store


def test_a_version_1_database_opens_with_each_single_victim_as_victim_1(v1_store):
    pack = load_pack()
    rows = v1_store.list_referrals()
    assert sorted(r.id for r in rows) == sorted(EXPECTED["referrals"])
    for row in rows:
        referral = v1_store.load(row.id)
        _same_meaning(referral, pack)
    first = v1_store.load("1" * 32)
    (victim,) = first.domestic_abuse.victims
    assert (victim.dash_score, victim.dash_date, victim.incidents_12m) == (16, dt.date(2026, 4, 2), 2)
    assert (victim.heard_at_marac, victim.marac_last_heard) == (True, dt.date(2026, 5, 10))
    assert [c.reference for c in first.domestic_abuse.marac_cases] == ["MARAC-2025-117", "MARAC-2026-031"]
    assert v1_store.load("4" * 32).domestic_abuse.victims == []  # no domestic-abuse answers, no victim


def test_a_migrated_draft_is_saved_in_the_new_shape_and_reads_back_the_same(v1_store):
    referral = v1_store.load("2" * 32)
    referral.subject.given_names = "Edited"
    v1_store.save(referral, actor="test")
    stored = json.loads(
        v1_store.db.conn.execute("SELECT data FROM referral_content WHERE id = ?", ("2" * 32,)).fetchone()[0]
    )
    assert "dash_score" not in stored["domestic_abuse"] and "marac_checked" not in stored["domestic_abuse"]
    assert stored["domestic_abuse"]["victims"][0]["dash_score"] == 15
    # Only what the person changed is audited, not the move of the answers into victim 1.
    (entry,) = [e for e in v1_store.audit_log("2" * 32) if e.action == "changed"]
    assert entry.field == "subject.given_names"
    again = v1_store.load("2" * 32)
    assert again.domestic_abuse == referral.domestic_abuse
    _same_meaning(again, load_pack())


def test_a_version_1_package_opens_and_imports_with_its_victim_as_victim_1(tmp_path):
    pack = load_pack()
    package = read_package(FIXTURES / "referral-v1.mappa.json")
    assert package.schema_version == 1
    assert package.facts.dash_score == 16 and package.facts.victims is None  # the sender's facts, as sent
    _same_meaning(package.referral, pack)
    # The coordinator's own assessment of it is the version-1 outcome.
    expected = EXPECTED["referrals"][package.referral.id]
    assert _outcome(coordinator_assessment(package, AS_OF, pack=pack))["prompts"] == expected["prompts"]
    # The sender's claim it carries reads back too.
    assert sorted(p.id for p in package.assessment.prompts) == expected["prompts"]

    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(FIXTURES / "referral-v1.mappa.json", folder)
    with Store.open(tmp_path / "screening.sqlite") as store:
        (result,) = import_packages(store, [folder], actor="coordinator")
        assert result.outcome is ImportOutcome.imported, result.reason
        stored = received_package(store.db.conn, package.referral.id)
    assert stored.referral.domestic_abuse.victims == package.referral.domestic_abuse.victims
    _same_meaning(stored.referral, pack)
