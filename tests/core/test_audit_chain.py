"""Issue 14: the audit log is hash-chained; someone with the file and a plain sqlite3 connection who drops
the trigger, rewrites history and puts the trigger back is detected, and the check names the first bad row.

Each attack is made the way a person would make it: a separate ``sqlite3`` connection, no app code."""

from __future__ import annotations

import ast
import contextlib
import re
import shutil
from pathlib import Path

import pytest

from mappa_desktop.core.database_driver import sqlite3
from mappa_desktop.core.referral import Referral
from mappa_desktop.core.store import Store
from mappa_desktop.core.store.audit import GENESIS, detail_hash, row_hash
from mappa_desktop.core.store.audit_chain import BreakKind, ChainCheck, verify
from mappa_desktop.core.store.retention import Kept
from mappa_desktop.core.summary.headings import Wording

ROOT = Path(__file__).resolve().parents[2]
TRIGGER = (
    "CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
)


@pytest.fixture
def path(tmp_path):
    """A database with 12 audit rows: three referrals, each created and changed three times."""
    db = tmp_path / "referrals.sqlite"
    with Store.open(db) as store:
        for name in ("Aled", "Bethan", "Ceri"):
            referral = store.new_referral(Referral(), actor="officer")
            for n in range(3):
                referral.subject.given_names = f"{name}{n}"
                store.save(referral, actor="officer")
    return db


def _check(path: Path, **kwargs):
    with Store.open(path) as store:
        return verify(store.db.conn, **kwargs)


@contextlib.contextmanager
def attacker(path: Path):
    """A plain sqlite3 connection with the append-only triggers dropped, put back afterwards."""
    conn = sqlite3.connect(path, isolation_level=None)
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
    ).fetchall()
    for name, _sql in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    try:
        yield conn
    finally:
        for _name, sql in triggers:
            conn.execute(sql)
        conn.close()


def _row(conn, row_id: int) -> tuple:
    return conn.execute(
        "SELECT referral_id, at, actor, action, field, detail_hash, prev_hash FROM audit_log WHERE id = ?",
        (row_id,),
    ).fetchone()


def test_a_log_written_by_the_app_verifies(path):
    report = _check(path)
    assert report.intact and report.rows == 12 and report.head_id == 12
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT prev_hash FROM audit_log WHERE id = 1").fetchone()[0] == GENESIS
        assert conn.execute("SELECT rows, head_id FROM audit_head").fetchone() == (12, 12)


def test_update_of_a_rows_detail_with_the_trigger_dropped_is_detected(path):
    with attacker(path) as conn:
        conn.execute("UPDATE audit_log SET new = '\"Mallory\"' WHERE id = 6")
    found = _check(path).first_break
    assert (found.kind, found.row_id) == (BreakKind.content_changed, 6)
    assert found.at and "not the value recorded" in found.what


def test_update_of_who_did_it_is_detected(path):
    with attacker(path) as conn:
        conn.execute("UPDATE audit_log SET actor = 'someone-else' WHERE id = 3")
    found = _check(path).first_break
    assert (found.kind, found.row_id) == (BreakKind.content_changed, 3)


def test_a_deleted_row_is_detected(path):
    with attacker(path) as conn:
        conn.execute("DELETE FROM audit_log WHERE id = 7")
    found = _check(path).first_break
    assert (found.kind, found.row_id) == (BreakKind.row_deleted, 7)
    assert "Rows 7 to 7 were deleted" in found.what


def test_the_first_rows_deleted_are_detected(path):
    with attacker(path) as conn:
        conn.execute("DELETE FROM audit_log WHERE id <= 2")
    found = _check(path).first_break
    assert (found.kind, found.row_id) == (BreakKind.row_deleted, 1)
    assert "Rows 1 to 2 were deleted" in found.what


def test_a_deletion_made_while_the_window_checks_is_not_taken_for_tampering(path):
    with Store.open(path) as store:
        check = ChainCheck(store.db.conn)
        assert not check.step(2)
        store.delete(store.list_referrals()[0].id, actor="officer")  # rows not yet checked become tombstones
        while not check.step(2):
            pass
        assert check.report().intact


def test_a_forged_row_inserted_in_the_middle_is_detected(path):
    """The forger knows the algorithm: the forged row links to the row before it and its own hashes are
    right, and the rows after it are renumbered to make room (ids are not hashed). Its successor still
    links past it."""
    with attacker(path) as conn:
        conn.execute("UPDATE audit_log SET id = id + 1000 WHERE id > 5")
        conn.execute("UPDATE audit_log SET id = id - 999 WHERE id > 1000")
        referral_id, at, *_rest, _prev = _row(conn, 5)
        prev = conn.execute("SELECT row_hash FROM audit_log WHERE id = 5").fetchone()[0]
        detail = detail_hash("00" * 16, None, '"forged"')
        own = row_hash(referral_id, at, "officer", "changed", "subject.given_names", detail, prev)
        conn.execute(
            "INSERT INTO audit_log (id, referral_id, at, actor, action, field, old, new, detail_salt, "
            "detail_hash, prev_hash, row_hash) VALUES (6, ?, ?, 'officer', 'changed', 'subject.given_names', "
            "NULL, '\"forged\"', ?, ?, ?, ?)",
            (referral_id, at, "00" * 16, detail, prev, own),
        )
    found = _check(path).first_break
    assert (found.kind, found.row_id) == (BreakKind.row_inserted, 6)


def test_a_row_rewritten_with_its_hash_recomputed_but_not_the_next_is_detected(path):
    with attacker(path) as conn:
        referral_id, at, actor, action, field, _detail, prev = _row(conn, 4)
        old = conn.execute("SELECT old FROM audit_log WHERE id = 4").fetchone()[0]
        detail = detail_hash("11" * 16, old, '"Mallory"')
        own = row_hash(referral_id, at, actor, action, field, detail, prev)
        conn.execute(
            "UPDATE audit_log SET new = '\"Mallory\"', detail_salt = ?, detail_hash = ?, row_hash = ? "
            "WHERE id = 4",
            ("11" * 16, detail, own),
        )
    found = _check(path).first_break
    assert (found.kind, found.row_id) == (BreakKind.chain_relinked, 4)
    assert "rewritten and its hash recomputed" in found.what


def test_rows_cut_off_the_end_are_detected_even_after_new_rows_are_appended(path):
    with attacker(path) as conn:
        conn.execute("DELETE FROM audit_log WHERE id > 10")
    found = _check(path).first_break
    assert (found.kind, found.row_id) == (BreakKind.tail_deleted, 11)
    assert "Rows 11 to 12 were deleted from the end" in found.what
    with Store.open(path) as store:  # the app keeps working; the next append does not hide the cut
        store.new_referral(Referral(), actor="officer")
        assert not verify(store.db.conn).intact


def test_a_removed_head_record_is_detected(path):
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TABLE audit_head")
    conn.close()
    with Store.open(path) as store:
        assert verify(store.db.conn).first_break.kind is BreakKind.tail_deleted


def test_a_whole_rewritten_chain_is_caught_only_by_a_head_kept_elsewhere(path):
    """The limit of a local chain, stated honestly: rewriting a row and recomputing every hash after it
    and the head leaves a consistent log. A head recorded outside the database catches it."""
    before = _check(path)
    with attacker(path) as conn:
        conn.execute("UPDATE audit_log SET actor = 'rewritten' WHERE id = 2")
        prev = conn.execute("SELECT row_hash FROM audit_log WHERE id = 1").fetchone()[0]
        for row_id in range(2, 13):
            referral_id, at, actor, action, field, detail, _prev = _row(conn, row_id)
            own = row_hash(referral_id, at, actor, action, field, detail, prev)
            conn.execute("UPDATE audit_log SET prev_hash = ?, row_hash = ? WHERE id = ?", (prev, own, row_id))
            prev = own
        conn.execute("UPDATE audit_head SET head_hash = ?", (prev,))
    assert _check(path).intact  # what no local check can see
    found = _check(path, expected_head=before.head_hash).first_break
    assert found is not None and found.kind is BreakKind.chain_relinked


def test_an_erased_rows_values_removed_without_a_recorded_erasure_are_detected(path):
    with attacker(path) as conn:
        conn.execute(
            "UPDATE audit_log SET old = NULL, new = NULL, detail_salt = NULL, erased_at = at WHERE id = 2"
        )
    found = _check(path).first_break
    assert (found.kind, found.row_id) == (BreakKind.content_changed, 2)
    assert "without a recorded erasure" in found.what


def test_a_real_erasure_keeps_the_chain_verifiable(path):
    with Store.open(path) as store:
        first = store.list_referrals()[-1].id
        store.delete(first, actor="officer")
        report = verify(store.db.conn)
        assert report.intact and report.rows == 13
        tombstones = store.db.conn.execute(
            "SELECT count(*) FROM audit_log WHERE erased_at IS NOT NULL AND old IS NULL AND new IS NULL "
            "AND detail_salt IS NULL"
        ).fetchone()[0]
        assert tombstones == 4


def test_checking_a_few_rows_at_a_time_finds_the_same_break(path):
    with attacker(path) as conn:
        conn.execute("DELETE FROM audit_log WHERE id = 9")
    with Store.open(path) as store:
        check = ChainCheck(store.db.conn)
        steps = 0
        while not check.step(2):
            steps += 1
        assert steps >= 3
        assert check.report().first_break == verify(store.db.conn).first_break


def _break_keys() -> set[str]:
    """Every wording key ``audit_chain`` gives a break (the ``Message`` each ``_break`` call is given)."""
    tree = ast.parse((ROOT / "mappa_desktop" / "core" / "store" / "audit_chain.py").read_text())
    return {
        node.args[2].args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_break"
    }


def test_every_break_is_worded_in_welsh_with_the_same_placeholders():
    keys = _break_keys() | {str(kind) for kind in BreakKind} | {str(kind) for kind in Kept}
    assert len(keys) >= 18
    welsh = Wording("cy")
    for key in keys:
        assert welsh.t(key) != key, key
        assert set(re.findall(r"{\w+}", welsh.t(key))) == set(re.findall(r"{\w+}", key)), key


def test_an_upgraded_database_has_its_existing_rows_chained(tmp_path):
    copy = tmp_path / "v1.sqlite"
    shutil.copy(ROOT / "tests" / "fixtures" / "v1" / "referrals-v1.sqlite", copy)
    with Store.open(copy) as store:
        report = verify(store.db.conn)
        count = store.db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    assert report.intact and report.rows == count > 0


def test_nothing_but_the_one_append_inserts_into_the_audit_log():
    """Every audit row is chained, so every row must come from ``audit.append``."""
    pattern = re.compile(r"INSERT\s+(OR\s+\w+\s+)?INTO\s+[\"'`\[]?audit_log\b", re.IGNORECASE)
    offenders = []
    for source in sorted((ROOT / "mappa_desktop").rglob("*.py")):
        if source == ROOT / "mappa_desktop" / "core" / "store" / "audit.py":
            continue
        if pattern.search(source.read_text(encoding="utf-8")):
            offenders.append(str(source.relative_to(ROOT)))
    assert offenders == []
    audit_source = (ROOT / "mappa_desktop" / "core" / "store" / "audit.py").read_text(encoding="utf-8")
    assert len(pattern.findall(audit_source)) == 1


def test_a_break_is_said_in_the_language_of_whoever_reads_it(path):
    from mappa_desktop.core.messages import said

    with attacker(path) as conn:
        conn.execute("DELETE FROM audit_log WHERE id = 3")
    found = _check(path).first_break
    assert str(found.what) == "Rows 3 to 3 were deleted (row 4 links to a row that is no longer there)."
    welsh = said(found.what, "cy")
    assert welsh == "Dilëwyd rhesi 3 i 3 (mae rhes 4 yn cysylltu â rhes nad yw yno mwyach)."
