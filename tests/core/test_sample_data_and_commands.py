"""Sample data: fictional, deterministic, in the national shape; and the list / sample-data commands."""

import argparse
import collections
import datetime as dt
import json

import pytest

from mappa_desktop.commands import list_referrals as list_command
from mappa_desktop.commands import sample_data as sample_command
from mappa_desktop.core.referral import DECLINED, UNKNOWN, Referral, check_pnc_id, derive_facts
from mappa_desktop.core.sample_data import sample_referrals
from mappa_desktop.core.store import Store
from tests.conftest import key_of_test_database, passphrase_on_fd

AS_OF = dt.date(2025, 6, 1)


@pytest.fixture(scope="module")
def population() -> list[Referral]:
    return list(sample_referrals(4000, seed=11, as_of=AS_OF))


def test_same_seed_same_data_other_seed_other_data():
    first = [r.model_dump() for r in sample_referrals(20, seed=3, as_of=AS_OF)]
    again = [r.model_dump() for r in sample_referrals(20, seed=3, as_of=AS_OF)]
    other = [r.model_dump() for r in sample_referrals(20, seed=4, as_of=AS_OF)]
    assert first == again and first != other


def test_national_shape_of_categories_and_levels(population):
    n = len(population)
    categories = collections.Counter(r.reason.category for r in population)
    assert 0.70 < categories[1] / n < 0.80
    assert 0.18 < categories[2] / n < 0.28
    assert 0 < categories[3] / n < 0.04 and 0 < categories[4] / n < 0.01
    level_1 = sum(not r.reason.multi_agency_management_needed for r in population)
    assert 0.96 < level_1 / n < 0.995
    assert {r.reason.level_sought for r in population} == {None, 2, 3}
    cat3 = [r for r in population if r.reason.category == 3]
    assert sum(bool(r.domestic_abuse.domestic_abuse) for r in cat3) / len(cat3) > 0.4


def test_values_are_valid_consistent_and_varied(population):
    for referral in population:
        assert referral.problems() == []
        assert check_pnc_id(referral.subject.pnc_id) == referral.subject.pnc_id
        age = derive_facts(referral, AS_OF).age
        assert 18 <= age <= 80
        if referral.custody.release_date and referral.offence.sentence_date:
            assert referral.custody.release_date >= referral.offence.sentence_date
        if referral.domestic_abuse.marac_cases:
            assert referral.domestic_abuse.domestic_abuse is True
    languages = collections.Counter(r.subject.preferred_language for r in population)
    assert languages["Welsh"] > 0 and languages["English"] > len(population) * 0.8
    assert {r.status for r in population} == {"draft", "ready", "sent"}
    answers = {getattr(r.diversity, f) for r in population for f in ("religion", "disability", "ethnicity")}
    assert {UNKNOWN, DECLINED} <= answers
    assert any(r.domestic_abuse.matac_adopted for r in population)
    assert any(r.domestic_abuse.rfg_score for r in population)
    assert len({r.id for r in population}) == len(population)


def _parser():
    parser = argparse.ArgumentParser()
    subparsers = parser.add_subparsers(dest="command")
    for module in (list_command, sample_command):
        module.add_parser(subparsers).set_defaults(run=module.run)
    return parser


def _run(*argv):
    args = _parser().parse_args(list(argv))
    with passphrase_on_fd() as (_, fd):  # the passphrase of a database the command creates, as gpg reads it
        args.passphrase_fd = int(fd)
        return args.run(args)


def test_referrals_marked_ready_or_sent_are_complete(population):
    """The editor refuses ready/sent while anything blocks; sample data must not show what it refuses."""
    from mappa_desktop.core.facts import Case
    from mappa_desktop.core.referral.sections import blockers
    from mappa_desktop.core.rules import evaluate, load_pack

    pack = load_pack()
    finished = [r for r in population[:600] if r.status.value in ("ready", "sent")]
    assert len(finished) > 200
    for referral in finished:
        assessment = evaluate(pack, Case(as_of=AS_OF, facts=derive_facts(referral, AS_OF)))
        assert blockers(referral, assessment.missing, []) == [], referral.id


def test_sample_data_then_list_as_table_and_json(tmp_path, capsys):
    db = str(tmp_path / "demo.sqlite3")
    assert _run("sample-data", "--db", db, "--count", "25", "--seed", "9") == 0
    assert "Added 25 fictional referrals" in capsys.readouterr().out

    assert _run("list", "--db", db, "--format", "json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 25
    assert set(rows[0]) == {"id", "status", "subject", "pnc_id", "updated"}
    with Store.open(db, key_of_test_database(db)) as store:
        assert [r["id"] for r in rows] == [r.id for r in store.list_referrals()]

    assert _run("list", "--db", db) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "STATUS", "SUBJECT", "UPDATED"]
    assert len(lines) == 26 and rows[0]["id"] in lines[1]


def test_list_of_a_damaged_database_says_so_and_fails(tmp_path, capsys):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database at all" * 50)
    assert _run("list", "--db", str(bad)) == 1
    assert "damaged" in capsys.readouterr().err
    assert bad.read_bytes() == b"not a database at all" * 50


def test_the_cli_knows_both_commands():
    from mappa_desktop.cli import COMMAND_MODULES

    assert {"mappa_desktop.commands.list_referrals", "mappa_desktop.commands.sample_data"} <= {
        module.__name__ for module in COMMAND_MODULES
    }
