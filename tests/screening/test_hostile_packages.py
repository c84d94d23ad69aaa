"""Packages made by an attacker: every one refused on its own, quickly, with its name and the reason;
the good files of the same batch imported; the sender's claimed assessment never taken as the
co-ordinator's own; a replaced package kept in the history."""

from __future__ import annotations

import json
import os
import resource
import sys
import time

import pytest

from mappa_desktop.core.package import digest_of, package_document, read_package, write_package
from mappa_desktop.core.package.model import SCHEMA_VERSION, PackageError
from mappa_desktop.core.screening import ImportOutcome, import_packages, received_package, record_decision
from mappa_desktop.core.screening.claims import assessed_on, claim_differences, coordinator_assessment
from mappa_desktop.core.screening.stored import earlier_document
from mappa_desktop.core.wording import AssessmentWords
from tests.screening.conftest import ACTOR


def _signed(document: dict) -> bytes:
    """``document`` with a digest that matches it (anyone can compute one: it is not a signature)."""
    document = dict(document)
    document["digest"] = {"algorithm": "sha256", "value": digest_of(document)}
    return json.dumps(document).encode()


def _hostile_files(folder, package):
    """name -> bytes of packages built to break a reader."""
    document = package_document(package)
    long_name = json.loads(json.dumps(document))
    long_name["referral"]["subject"]["family_name"] = "N" * 9_000_000
    text = json.dumps(document)
    version = f'"schema_version": {SCHEMA_VERSION}'
    return {
        "huge-int.mappa.json": text.replace(version, version + "9" * 5000).encode(),
        "deep.mappa.json": ("[" * 100_000 + "]" * 100_000).encode(),
        "deep-inside.mappa.json": text.replace(
            '"format"', '"x": ' + "[" * 50 + "]" * 50 + ', "format"', 1
        ).encode(),
        "nan.mappa.json": text.replace('"custody_months": ', '"custody_months": NaN, "x": ', 1).encode(),
        "infinity.mappa.json": text.replace(version, '"schema_version": Infinity').encode(),
        "long-name.mappa.json": _signed(long_name),
        "not-utf8.mappa.json": b'{"format": "\xff\xfe"}',
    }


def test_each_hostile_file_is_refused_on_its_own_and_the_good_ones_imported(store, tmp_path, packages):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name, data in _hostile_files(folder, packages[0]).items():
        (folder / name).write_bytes(data)
    write_package(packages[1], folder / "good-1.mappa.json", overwrite=False)
    write_package(packages[2], folder / "good-2.mappa.json", overwrite=False)
    os.mkfifo(folder / "fifo.mappa.json")
    os.symlink("/dev/zero", folder / "zero.mappa.json")

    started = time.perf_counter()
    results = import_packages(store, [folder], actor=ACTOR)
    elapsed = time.perf_counter() - started

    by_name = {os.path.basename(r.path): r for r in results}
    assert by_name["good-1.mappa.json"].outcome is ImportOutcome.imported
    assert by_name["good-2.mappa.json"].outcome is ImportOutcome.imported
    refused = {name: r.reason for name, r in by_name.items() if r.outcome is ImportOutcome.refused}
    assert set(refused) == {
        "huge-int.mappa.json",
        "deep.mappa.json",
        "deep-inside.mappa.json",
        "nan.mappa.json",
        "infinity.mappa.json",
        "long-name.mappa.json",
        "not-utf8.mappa.json",
        "fifo.mappa.json",
        "zero.mappa.json",
    }
    for name, reason in refused.items():
        assert reason.startswith(name), reason  # each says which file and why
        assert "Traceback" not in reason
    assert "digits" in refused["huge-int.mappa.json"]
    assert "nested" in refused["deep.mappa.json"] and "nested" in refused["deep-inside.mappa.json"]
    assert "NaN" in refused["nan.mappa.json"]
    assert "Infinity" in refused["infinity.mappa.json"]
    assert "9,000,000 characters" in refused["long-name.mappa.json"]
    assert "not an ordinary file" in refused["fifo.mappa.json"]
    assert "not an ordinary file" in refused["zero.mappa.json"]
    assert elapsed < 5, elapsed  # no hang on the FIFO, no reading /dev/zero for ever
    assert store.db.conn.execute("SELECT count(*) FROM received_referrals").fetchone()[0] == 2


def test_a_nine_megabyte_name_is_refused_in_well_under_a_second_without_growing_memory(tmp_path, packages):
    document = package_document(packages[0])
    document["referral"]["subject"]["family_name"] = "<b>" * 3_000_000
    path = tmp_path / "big.mappa.json"
    path.write_bytes(_signed(document))
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    with pytest.raises(PackageError, match="characters long"):
        read_package(path)
    assert time.perf_counter() - started < 0.5
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before
    if sys.platform.startswith("linux"):
        assert grown_kb < 200_000  # the file and one parse of it, never gigabytes


def test_a_name_over_the_cap_is_refused_by_the_schema(tmp_path, packages):
    document = package_document(packages[0])
    document["rule_pack"]["version"] = "v" * 201
    path = tmp_path / "long-version.mappa.json"
    path.write_bytes(_signed(document))
    with pytest.raises(PackageError, match="rule_pack.version"):
        read_package(path)


def _claiming(package, **claim):
    """The package with its assessment edited to claim ``claim``, digest recomputed to match."""
    document = package_document(package)
    document["assessment"].update(claim)
    return document


def test_the_sender_claim_is_not_the_coordinators_assessment(store, tmp_path, packages):
    package = packages[5]
    own = coordinator_assessment(package, __import__("datetime").date.today())
    claimed_level = 3 if own.level != 3 else 1
    path = tmp_path / "claims.mappa.json"
    path.write_bytes(_signed(_claiming(package, level=claimed_level, category=own.category)))
    [result] = import_packages(store, [path], actor=ACTOR)
    assert result.outcome is ImportOutcome.imported
    stored = store.db.conn.execute(
        "SELECT aid_level, aid_category FROM received_referrals WHERE id = ?", (package.referral.id,)
    ).fetchone()
    assert stored == (own.level, own.category)
    held = received_package(store.db.conn, package.referral.id)
    assert held.assessment.level == claimed_level  # the claim is kept, as the sender's
    [difference] = claim_differences(held.assessment, own)
    words = AssessmentWords()
    assert difference.sentence(words) == (
        f"Recommended level: the sender's copy of the aid says: Level {claimed_level}. This application's "
        f"rule pack says: {words.level(own)}" + ("" if words.level(own).endswith(".") else ".")
    )


def test_replacing_keeps_the_earlier_version_and_says_what_changed(store, tmp_path, packages):
    from mappa_desktop.core.package import build_package

    original = packages[6]
    first = tmp_path / "first.mappa.json"
    write_package(original, first, overwrite=False)
    import_packages(store, [first], actor=ACTOR)
    rid = original.referral.id
    record_decision(store, rid, "withdrawn", reasons=["referrer_withdrew"], actor=ACTOR)
    referral = original.referral.model_copy(deep=True)
    referral.subject.family_name = "Edited"
    second = tmp_path / "second.mappa.json"
    write_package(build_package(referral, original.facts, original.assessment), second, overwrite=False)

    [result] = import_packages(store, [second], actor=ACTOR, on_duplicate="replace")

    assert result.outcome is ImportOutcome.replaced
    assert "changed: Offender information › Name" in result.reason  # the summary's words, not a path
    assert "1 decision(s) were made on the earlier version" in result.reason
    replaced = [e for e in store.audit_log(rid) if e.action == "package replaced"]
    assert earlier_document(replaced[0].old) == package_document(original)
    assert replaced[0].new["changed"] == ["subject.family_name"]
    assert replaced[0].new["changed_labels"] == ["Offender information › Name"]
    assert assessed_on(store.db.conn, rid) == replaced[0].at.date()  # the detail assesses as the queue did
    decisions = store.db.conn.execute(
        "SELECT count(*) FROM screening_decisions WHERE referral_id = ?", (rid,)
    ).fetchone()[0]
    assert decisions == 1


def test_a_decision_note_over_the_cap_is_refused(store, tmp_path, packages):
    from mappa_desktop.core.limits import TEXT_MAX
    from mappa_desktop.core.screening import ScreeningError, decisions_for

    path = tmp_path / "p.mappa.json"
    write_package(packages[7], path, overwrite=False)
    import_packages(store, [path], actor=ACTOR)
    rid = packages[7].referral.id
    with pytest.raises(ScreeningError, match="shorten it"):
        record_decision(store, rid, "withdrawn", reasons=["other"], note="x" * (TEXT_MAX + 1), actor=ACTOR)
    assert decisions_for(store.db.conn, rid) == []


def test_a_held_package_that_no_longer_validates_is_reported_not_raised(store, tmp_path, packages):
    from mappa_desktop.core.screening import ScreeningError

    path = tmp_path / "p.mappa.json"
    write_package(packages[8], path, overwrite=False)
    import_packages(store, [path], actor=ACTOR)
    rid = packages[8].referral.id
    # As if held from an older version, before a limit that it breaks was added.
    document = package_document(packages[8])
    document["rule_pack"]["version"] = "v" * 500
    document["digest"] = {"algorithm": "sha256", "value": digest_of(document)}
    conn = store.db.conn
    (n,) = conn.execute("SELECT n FROM received_referrals WHERE id = ?", (rid,)).fetchone()
    conn.execute("UPDATE received_referrals SET digest = ? WHERE n = ?", (document["digest"]["value"], n))
    conn.execute("UPDATE received_packages SET data = ? WHERE n = ?", (json.dumps(document), n))
    conn.commit()
    with pytest.raises(ScreeningError, match="no longer meets this version's checks"):
        received_package(conn, rid)


def test_the_package_schema_carries_the_caps():
    from mappa_desktop.core.limits import NAME_MAX
    from mappa_desktop.core.package.schema import schema_path

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    assert schema["properties"]["app_version"]["maxLength"] == NAME_MAX
    assert schema["$defs"]["RulePackRef"]["properties"]["version"]["maxLength"] == NAME_MAX
