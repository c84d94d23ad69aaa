"""Queue SQL (filters, sort, FTS5 search), board figures and CSV, and the import/figures commands."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess

import pytest

from mappa_desktop.cli import main
from mappa_desktop.core.screening import (
    QueueQuery,
    ScreeningStatus,
    board_figures,
    figures_csv,
    figures_summary,
    import_packages,
    queue_keys,
    queue_rows,
    record_decision,
)
from mappa_desktop.core.screening.queue import fts_query
from mappa_desktop.core.store import Store
from tests.screening.conftest import ACTOR


@pytest.fixture
def imported(store, package_dir):
    import_packages(store, [package_dir], actor=ACTOR)
    return store


def test_sort_orders_by_the_column_both_ways(imported, packages):
    conn = imported.db.conn
    keys = queue_keys(conn, QueueQuery(sort="name"))
    assert len(keys) == len(packages)
    by_key = dict(conn.execute("SELECT n, sort_name FROM received_referrals"))
    names = [by_key[k] for k in keys]
    assert names == sorted(names) and len(set(names)) > 5
    assert [by_key[k] for k in queue_keys(conn, QueueQuery(sort="name", descending=True))] == sorted(
        names, reverse=True
    )
    for sort in ("category", "next_due", "release_date", "referring_agency"):
        column = dict(conn.execute(f"SELECT n, {sort} FROM received_referrals"))
        values = [column[k] for k in queue_keys(conn, QueueQuery(sort=sort))]
        assert values == sorted(values, key=lambda v: (v is not None, v)), sort  # SQLite: NULLs first
    down = queue_keys(conn, QueueQuery(sort="received_at", descending=True))
    assert down == list(reversed(queue_keys(conn, QueueQuery(sort="received_at"))))
    with pytest.raises(ValueError, match="unknown sort"):
        queue_keys(conn, QueueQuery(sort="nonsense"))


def test_filters_combine(imported, packages):
    conn = imported.db.conn
    rid = packages[0].referral.id
    record_decision(imported, rid, "withdrawn", reasons=["referrer_withdrew"], actor=ACTOR)
    withdrawn = queue_rows(
        conn, queue_keys(conn, QueueQuery(statuses=frozenset({ScreeningStatus.withdrawn})))
    )
    assert [r.id for r in withdrawn] == [rid]
    cat2 = queue_rows(conn, queue_keys(conn, QueueQuery(category=2)))
    assert cat2 and all(r.category == 2 for r in cat2)
    assert len(cat2) == sum(p.referral.reason.category == 2 for p in packages)
    da = queue_rows(conn, queue_keys(conn, QueueQuery(da_only=True)))
    assert len(da) == sum(bool(p.referral.domestic_abuse.domestic_abuse) for p in packages)
    far = dt.date(2200, 1, 1)
    overdue = queue_rows(conn, queue_keys(conn, QueueQuery(overdue_only=True, today=far)))
    assert overdue and all(r.next_due is not None and r.next_due < far for r in overdue)
    assert not queue_keys(conn, QueueQuery(overdue_only=True, today=dt.date(1990, 1, 1)))


def test_search_matches_names_aliases_pnc_and_references(imported, packages):
    conn = imported.db.conn
    target = next(p.referral for p in packages if p.referral.subject.aliases and p.referral.subject.pnc_id)
    ids = lambda text: {r.id for r in queue_rows(conn, queue_keys(conn, QueueQuery(search=text)))}  # noqa: E731
    assert target.id in ids(target.subject.family_name.upper())
    assert target.id in ids(target.subject.aliases[0])
    assert target.id in ids(target.subject.pnc_id)
    year, rest = target.subject.pnc_id.split("/")
    assert target.id in ids(f"{year}/{rest.lstrip('0')}")
    assert target.id in ids(target.subject.family_name[:3])  # prefix
    assert ids("zzqqxx") == set()
    assert isinstance(ids('" OR * NEAR('), set)  # FTS5 syntax is quoted away: no error raised
    assert fts_query("  ") is None
    assert fts_query('a"b') == '"a"* AND "b"*'


def test_figures_count_decisions_and_keep_unknown_and_declined(imported, packages):
    conn = imported.db.conn
    for package in packages[:6]:
        record_decision(imported, package.referral.id, "not_accepted", reasons=["not_eligible"], actor=ACTOR)
    record_decision(
        imported, packages[6].referral.id, "accepted_level_3", reasons=["senior_representation"], actor=ACTOR
    )
    f = board_figures(conn, sample_size=4, seed=7)
    assert f.total == len(packages)
    assert sum(n for _, n in f.by_category) == len(packages)
    overall = f.acceptance[-1]
    assert (overall.decided, overall.accepted) == (7, 1)
    assert f.not_accepted_total == 6 and len(f.sample) == 4
    assert {s.referral_id for s in f.sample} <= {p.referral.id for p in packages[:6]}
    assert board_figures(conn, sample_size=4, seed=7).sample == f.sample  # same seed, same sample
    assert sum(sum(line.values()) for _, line in f.sought_vs_decided) == len(packages)
    for dimension, table in f.diversity.items():
        assert sum(sum(c.values()) for _, c in table) == len(packages), dimension
    conn.execute("UPDATE received_referrals SET ethnicity = 'declined' WHERE n = 1")
    conn.execute("UPDATE received_referrals SET gender = 'unknown' WHERE n = 2")
    f = board_figures(conn, seed=1)
    assert "declined" in dict(f.diversity["ethnicity"])
    assert "unknown" in dict(f.diversity["gender"])
    rows = list(csv.reader(io.StringIO(figures_csv(f))))
    assert rows[0] == ["table", "group", "measure", "value"]
    assert any(r[:2] == ["Diversity: Gender", "unknown"] and r[3] == "1" for r in rows)
    summary = figures_summary(f)
    assert summary.marking == "OFFICIAL-SENSITIVE"
    assert summary.section("audit_sample").parts


def test_figures_period_limits_by_referral_date(imported, packages):
    conn = imported.db.conn
    dates = sorted(p.referral.referrer.date_referred for p in packages if p.referral.referrer.date_referred)
    middle = dates[len(dates) // 2]
    since = board_figures(conn, since=middle, seed=1).total
    until = board_figures(conn, until=middle - dt.timedelta(days=1), seed=1).total
    assert since + until == len(packages)
    assert 0 < since < len(packages)


def test_cli_import_reports_and_exits_1_when_any_is_refused(tmp_path, package_dir, capsys):
    db = tmp_path / "cli.sqlite3"
    Store.open(db).close()  # a plain database: these commands then ask for no passphrase
    (package_dir / "broken.mappa.json").write_text("[]")
    assert main(["import", str(package_dir), "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "kept as they are" in out  # says what the default does
    assert "refused" in out and "not a MAPPA referral package" in out
    (package_dir / "broken.mappa.json").unlink()
    assert main(["import", str(package_dir), "--db", str(db), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert {r["outcome"] for r in report} == {"kept existing"}
    assert main(["import", str(tmp_path / "nothing-here"), "--db", str(db)]) == 1


def test_cli_figures_writes_csv_and_a_marked_pdf(tmp_path, package_dir, capsys):
    db = tmp_path / "cli.sqlite3"
    Store.open(db).close()  # a plain database: these commands then ask for no passphrase
    assert main(["import", str(package_dir), "--db", str(db)]) == 0
    csv_path, pdf_path = tmp_path / "f.csv", tmp_path / "f.pdf"
    assert main(["figures", "--db", str(db), "--out", str(csv_path), "--seed", "3"]) == 0
    assert csv_path.read_text().startswith("table,group,measure,value")
    assert main(["figures", "--db", str(db), "--out", str(csv_path)]) == 1  # exists, no --force
    assert main(["figures", "--db", str(db), "--out", str(pdf_path)]) == 0
    text = subprocess.run(
        ["pdftotext", str(pdf_path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    assert all("OFFICIAL-SENSITIVE" in page for page in pages if page.strip())
    assert "Referrals by category" in text and "Random sample of not-accepted referrals" in text
