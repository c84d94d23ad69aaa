"""``mappa-desktop audit verify|export`` and ``mappa-desktop retention list|erase|hold|lift``."""

from __future__ import annotations

import json
import stat

import pytest

from mappa_desktop.cli import main
from mappa_desktop.core.database_driver import sqlite3
from mappa_desktop.core.referral import Referral, ReferralStatus
from mappa_desktop.core.store import Store
from mappa_desktop.core.store.audit import detail_hash


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "referrals.sqlite"
    with Store.open(path) as store:
        for name in ("Aled", "Bethan"):
            referral = store.new_referral(Referral(), actor="officer")
            referral.subject.given_names = name
            referral.status = ReferralStatus.sent
            store.save(referral, actor="officer")
    return path


def _tamper(path, sql):
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TRIGGER audit_log_append_only_update")
    conn.execute(sql)
    conn.execute(
        "CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    conn.close()


def test_verify_an_intact_log_exits_0_and_prints_the_head(db, capsys):
    assert main(["audit", "verify", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "intact: 6 rows" in out and "Head: row 6, hash " in out
    head = out.split("hash ")[1].split(".")[0]
    assert main(["audit", "verify", "--db", str(db), "--expect-head", head]) == 0


def test_verify_a_changed_log_exits_non_zero_naming_the_first_bad_row(db, capsys):
    _tamper(db, "UPDATE audit_log SET new = '\"Mallory\"' WHERE id = 2")
    assert main(["audit", "verify", "--db", str(db)]) == 3
    err = capsys.readouterr().err
    assert "First bad row: 2 (20" in err and "content changed" in err
    assert "Row 2: its old or new value is not the value recorded" in err


def test_verify_in_welsh(db, capsys):
    _tamper(db, "UPDATE audit_log SET new = '\"Mallory\"' WHERE id = 2")
    assert main(["--lang", "cy", "audit", "verify", "--db", str(db)]) == 3
    err = capsys.readouterr().err
    assert "First bad row" not in err and "Rhes 2" in err


def test_export_writes_every_row_with_its_hashes_and_the_result(db, tmp_path, capsys):
    out = tmp_path / "audit.jsonl"
    assert main(["audit", "export", str(out), "--db", str(db)]) == 0
    header, *rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert header["verification"]["intact"] is True and header["verification"]["rows"] == 6
    assert [row["id"] for row in rows] == [1, 2, 3, 4, 5, 6]
    second = rows[1]
    assert second["detail_hash"] == detail_hash(second["detail_salt"], second["old"], second["new"])
    assert second["prev_hash"] == rows[0]["row_hash"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert main(["audit", "export", str(out), "--db", str(db)]) == 1  # never replaced without --force
    _tamper(db, "UPDATE audit_log SET actor = 'x' WHERE id = 3")
    assert main(["audit", "export", str(out), "--db", str(db), "--force"]) == 3
    header = json.loads(out.read_text().splitlines()[0])
    assert header["verification"]["first_break"]["row_id"] == 3


def test_retention_list_erase_and_legal_hold(db, capsys):
    with Store.open(db) as store:
        first, second = (row.id for row in store.list_referrals())
    assert main(["retention", "list", "--db", str(db)]) == 0
    assert ": 0" in capsys.readouterr().out
    assert main(["retention", "list", "--db", str(db), "--days", "0", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {item["id"] for item in listed} == {first, second}
    assert main(["retention", "hold", first, "--db", str(db), "--reason", "inquiry"]) == 0
    assert main(["retention", "erase", first, "--db", str(db)]) == 1
    assert "legal hold; nothing was erased" in capsys.readouterr().err
    with Store.open(db) as store:
        store.set_retention_days(1, actor="officer")
    assert main(["retention", "erase", "--db", str(db)]) == 2  # neither ids nor --all-due
    assert main(["retention", "erase", second, "--db", str(db)]) == 0
    assert f"Erased {second}" in capsys.readouterr().out
    assert main(["retention", "lift", first, "--db", str(db)]) == 0
    with Store.open(db) as store:
        assert [row.id for row in store.list_referrals()] == [first]
    assert main(["audit", "verify", "--db", str(db)]) == 0
