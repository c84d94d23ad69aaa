"""Import: verified, all or nothing per package, duplicates kept/replaced/asked, bad packages refused."""

from __future__ import annotations

import json

import pytest

from mappa_desktop.core.package import MAX_PACKAGE_BYTES, SCHEMA_VERSION, package_bytes, write_package
from mappa_desktop.core.screening import (
    ImportOutcome,
    QueueQuery,
    ScreeningStatus,
    import_packages,
    queue_keys,
    received_package,
    record_decision,
)
from mappa_desktop.core.screening.stored import package_json, stored_document
from tests.screening.conftest import ACTOR, snapshot


def test_folder_import_writes_every_package_and_audits_it(store, package_dir, packages):
    results = import_packages(store, [package_dir], actor=ACTOR)
    assert [r.outcome for r in results] == [ImportOutcome.imported] * len(packages)
    conn = store.db.conn
    assert conn.execute("SELECT count(*) FROM received_referrals").fetchone()[0] == len(packages)
    first = packages[0]
    stored = received_package(conn, first.referral.id)
    assert stored == first
    log = store.audit_log(first.referral.id)
    assert [e.action for e in log] == ["received"]
    assert log[0].new["digest"] == first.digest.value
    # Received referrals are not the officer's drafts.
    assert store.count() == 0


def test_single_files_and_a_mixed_batch_report_each_file(store, package_dir, tmp_path, packages):
    files = sorted(package_dir.iterdir())[:3]
    bad = tmp_path / "bad.mappa.json"
    bad.write_text("{not json")
    results = import_packages(store, [files[0], bad, files[1]], actor=ACTOR)
    assert [r.outcome for r in results] == [
        ImportOutcome.imported,
        ImportOutcome.refused,
        ImportOutcome.imported,
    ]
    assert "not valid UTF-8 JSON" in results[1].reason
    assert results[1].path == str(bad)


def _tamper(path):
    document = json.loads(path.read_text())
    document["referral"]["subject"]["family_name"] = "Changed"
    path.write_text(json.dumps(document))


def _newer(path):
    document = json.loads(path.read_text())
    document["schema_version"] = SCHEMA_VERSION + 1
    path.write_text(json.dumps(document))


def _oversized(path):
    with path.open("ab") as handle:
        handle.write(b" " * (MAX_PACKAGE_BYTES + 1))


def _wrong_format(path):
    path.write_text(json.dumps({"format": "something-else"}))


def _truncated(path):
    path.write_bytes(path.read_bytes()[:500])


def _missing_digest(path):
    document = json.loads(path.read_text())
    del document["digest"]
    path.write_text(json.dumps(document))


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (_tamper, "changed since it was exported"),
        (_newer, "newer version"),
        (_oversized, "never more than 10 MB"),
        (_wrong_format, "not a MAPPA referral package"),
        (_truncated, "not valid UTF-8 JSON"),
        (_missing_digest, "no valid SHA-256 digest"),
    ],
    ids=["tampered", "newer-version", "oversized", "wrong-format", "malformed", "no-digest"],
)
def test_bad_packages_are_refused_with_a_reason_and_nothing_written(store, tmp_path, packages, damage, words):
    import_packages(store, [], actor=ACTOR)
    path = tmp_path / "damaged.mappa.json"
    write_package(packages[1], path, overwrite=False)
    damage(path)
    before = snapshot(store)
    [result] = import_packages(store, [path], actor=ACTOR)
    assert result.outcome is ImportOutcome.refused
    assert words in result.reason
    assert snapshot(store) == before


def test_missing_file_is_refused(store, tmp_path):
    [result] = import_packages(store, [tmp_path / "absent.mappa.json"], actor=ACTOR)
    assert result.outcome is ImportOutcome.refused
    assert "Could not open" in result.reason


def test_identical_package_is_kept_whatever_the_policy(store, package_dir):
    import_packages(store, [package_dir], actor=ACTOR)
    before = snapshot(store)
    results = import_packages(store, [package_dir], actor=ACTOR, on_duplicate="replace")
    assert {r.outcome for r in results} == {ImportOutcome.kept_existing}
    assert snapshot(store) == before


def _import_first(store, tmp_path, package):
    """Hold ``package`` already, as the starting point of a duplicate import."""
    path = tmp_path / "a.mappa.json"
    write_package(package, path, overwrite=False)
    import_packages(store, [path], actor=ACTOR)


def _changed_copy(package, tmp_path, name="Newname"):
    from mappa_desktop.core.package import build_package

    referral = package.referral.model_copy(deep=True)
    referral.subject.family_name = name
    updated = build_package(referral, package.facts, package.assessment)
    path = tmp_path / f"{name}.mappa.json"
    write_package(updated, path, overwrite=False)
    return updated, path


def test_duplicate_keep_leaves_the_record(store, tmp_path, packages):
    original = packages[2]
    _import_first(store, tmp_path, original)
    _, changed = _changed_copy(original, tmp_path)
    before = snapshot(store)
    [result] = import_packages(store, [changed], actor=ACTOR, on_duplicate="keep")
    assert result.outcome is ImportOutcome.kept_existing
    assert "already held" in result.reason
    assert snapshot(store) == before


def test_duplicate_replace_refreshes_content_keeps_status_and_decisions(store, tmp_path, packages):
    original = packages[3]
    _import_first(store, tmp_path, original)
    rid = original.referral.id
    record_decision(
        store, rid, "more_information", reasons=["information_missing"], request_note="RoSH?", actor=ACTOR
    )
    updated, changed = _changed_copy(original, tmp_path)
    [result] = import_packages(store, [changed], actor=ACTOR, on_duplicate="replace")
    assert result.outcome is ImportOutcome.replaced
    conn = store.db.conn
    assert received_package(conn, rid) == updated
    assert conn.execute("SELECT status FROM received_referrals WHERE id = ?", (rid,)).fetchone()[0] == (
        "more_information"
    )
    assert queue_keys(conn, QueueQuery(search="newname"))
    assert not queue_keys(conn, QueueQuery(search=original.referral.subject.family_name + " " + "zzz"))
    actions = [e.action for e in store.audit_log(rid)]
    assert actions == ["received", "screening decision", "package replaced"]


def test_duplicate_ask_uses_the_answer(store, tmp_path, packages):
    original = packages[4]
    _import_first(store, tmp_path, original)
    _, changed = _changed_copy(original, tmp_path)
    asked = []

    def ask(item, existing):
        asked.append((item.referral.id, existing.status))
        return "replace"

    [result] = import_packages(store, [changed], actor=ACTOR, on_duplicate="ask", ask=ask)
    assert asked == [(original.referral.id, ScreeningStatus.received)]
    assert result.outcome is ImportOutcome.replaced
    with pytest.raises(ValueError):
        import_packages(store, [changed], actor=ACTOR, on_duplicate="ask")


def test_a_failing_write_undoes_only_that_package(store, tmp_path, packages, monkeypatch):
    from mappa_desktop.core.screening import importer

    paths = []
    for i, package in enumerate(packages[:3]):
        paths.append(tmp_path / f"{i}.mappa.json")
        write_package(package, paths[-1], overwrite=False)
    real = importer.search_text
    broken_id = packages[1].referral.id

    def failing(referral):
        if referral.id == broken_id:
            raise RuntimeError("disk trouble")
        return real(referral)

    monkeypatch.setattr(importer, "search_text", failing)
    results = import_packages(store, paths, actor=ACTOR)
    assert [r.outcome for r in results] == [
        ImportOutcome.imported,
        ImportOutcome.refused,
        ImportOutcome.imported,
    ]
    conn = store.db.conn
    assert (
        conn.execute("SELECT count(*) FROM received_referrals WHERE id = ?", (broken_id,)).fetchone()[0] == 0
    )
    assert conn.execute("SELECT count(*) FROM received_packages").fetchone()[0] == 2
    assert not store.audit_log(broken_id)


def test_stored_package_is_canonical_and_checked_on_load(store, package_dir, packages):
    import_packages(store, [package_dir], actor=ACTOR)
    conn = store.db.conn
    rid = packages[0].referral.id
    data = conn.execute(
        "SELECT data FROM received_packages JOIN received_referrals USING (n) WHERE id = ?", (rid,)
    ).fetchone()[0]
    assert stored_document(data) == json.loads(package_json(packages[0]))  # canonical, digest checkable
    assert len(package_bytes(packages[0])) > 3 * len(data)  # indented on disk, compressed in the database
