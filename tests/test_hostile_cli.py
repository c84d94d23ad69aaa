"""The command line against hostile input: exit codes stay 0, 1 or 2 (never 70, never a traceback), the
terminal never receives a control character from data, and a CSV cell never starts a formula."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mappa_desktop.cli import main
from mappa_desktop.core.facts import Case
from mappa_desktop.core.package import build_package, package_document, read_package, write_package
from mappa_desktop.core.package.model import SCHEMA_VERSION, PackageError
from mappa_desktop.core.referral import derive_facts
from mappa_desktop.core.rules import evaluate, load_pack
from mappa_desktop.core.sample_data import sample_referrals
from mappa_desktop.core.screening import board_figures, figures_csv, import_packages, record_decision
from mappa_desktop.core.screening.samples import sample_packages
from mappa_desktop.core.store import Store
from tests.conftest import key_of_test_database, passphrase_on_fd

ROOT = Path(__file__).resolve().parents[1]


def _run(argv: list[str], stdin: str | None = None) -> tuple[int, str, str]:
    """Run the CLI in this process, as the console script does; (status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:  # a command that creates a database is given the tests' passphrase, as a script would
        with passphrase_on_fd() as fd, contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main([*fd, *argv])
    finally:
        sys.stdin = saved
    return status, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    "case",
    [
        '{"as_of": "0001-01-02", "facts": {"custody_months": 12, "release_date": "0001-01-01"}}',
        '{"as_of": "9999-12-31", "facts": {"marac_heard": true, "marac_last_heard": "9999-12-31"}}',
        '{"as_of": "2024-01-01", "facts": {"custody_months": ' + "9" * 5000 + "}}",
        '{"as_of": "2024-01-01", "facts": {"custody_months": Infinity}}',
        '{"as_of": "2024-01-01", "facts": {"custody_months": -Infinity}}',
        '{"as_of": "2024-01-01", "facts": {"custody_months": NaN}}',
        '{"as_of": "2024-01-01", "facts": {"custody_months": 1e400}}',
        "[" * 100_000 + "]" * 100_000,
        '{"facts": ' + '{"a": ' * 5000 + "1" + "}" * 5001,
    ],
    ids=[
        "year-1",
        "year-9999",
        "5000-digits",
        "infinity",
        "minus-infinity",
        "nan",
        "1e400",
        "deep",
        "deep-obj",
    ],
)
def test_evaluate_refuses_hostile_cases_with_exit_2(case):
    status, out, err = _run(["evaluate", "-"], stdin=case)
    assert status in (0, 2), (status, err)
    assert "unexpected error" not in err and "Traceback" not in err
    if "Infinity" in case or "NaN" in case or "9999" * 10 in case or "[[[" in case or "1e400" in case:
        assert status == 2
        assert json.loads(out)["error"]


def test_evaluate_with_dates_at_the_ends_of_the_calendar_never_exits_70():
    for as_of in ("0001-01-01", "0001-12-31", "9999-01-01", "9999-12-31"):
        for release in ("0001-01-01", "9999-12-31"):
            case = {
                "as_of": as_of,
                "facts": {
                    "in_custody": True,
                    "release_date": release,
                    "marac_heard": True,
                    "marac_last_heard": release,
                    "custody_months": 12,
                },
            }
            status, _, err = _run(["evaluate", "-"], stdin=json.dumps(case))
            assert status in (0, 2), (as_of, release, err)


def test_evaluate_batch_refuses_each_hostile_line_on_its_own_and_runs_the_rest(tmp_path):
    good = json.dumps({"id": "good", "as_of": "2024-01-01", "facts": {"custody_months": 12}})
    hostile = [
        '{"as_of": "2024-01-01", "facts": {"custody_months": ' + "9" * 5000 + "}}",
        '{"as_of": "2024-01-01", "facts": {"custody_months": Infinity}}',
        "[" * 5000 + "]" * 5000,
        '{"as_of": "0001-01-02", "facts": {"custody_months": 12, "release_date": "0001-01-01"}}',
        "not json",
    ]
    cases = tmp_path / "cases.jsonl"
    cases.write_text("\n".join([good, *hostile, good]) + "\n", encoding="utf-8")
    status, out, err = _run(["evaluate", "--batch", str(cases)])
    assert status == 2, err
    assert "Traceback" not in err and "unexpected error" not in err
    lines = [json.loads(text) for text in out.splitlines()]
    assert len(lines) == len(hostile) + 2
    assert lines[0]["id"] == lines[-1]["id"] == "good" and "level" in lines[0]
    assert [line["line"] for line in lines[1:-1]] == list(range(2, 2 + len(hostile)))
    assert all(line["error"] for line in lines[1:-1])
    for device in ("/dev/zero", str(tmp_path)):
        status, out, _ = _run(["evaluate", "--batch", device])
        assert status == 2 and json.loads(out)["error"]


def test_evaluate_refuses_a_device_and_a_fifo(tmp_path):
    fifo = tmp_path / "case.json"
    os.mkfifo(fifo)
    for path in ("/dev/zero", str(fifo)):
        status, out, _ = _run(["evaluate", path])
        assert status == 2
        assert "not an ordinary file" in json.loads(out)["error"]


def test_sample_data_twice_with_the_default_seed_and_with_one_seed(tmp_path):
    db = str(tmp_path / "db.sqlite3")
    assert _run(["sample-data", "--db", db, "--count", "20"])[0] == 0
    assert _run(["sample-data", "--db", db, "--count", "20"])[0] == 0
    status, out, _ = _run(["sample-data", "--db", db, "--count", "20", "--seed", "4"])
    assert status == 0
    status, out, _ = _run(["sample-data", "--db", db, "--count", "20", "--seed", "4"])
    assert status == 0 and "20 from seed 4 were already there" in out
    with Store.open(db, key_of_test_database(db)) as store:
        assert store.count() == 60


def test_no_seed_dates_the_future():
    # Seed 319 once drew an 18-year-old whose offence fell three days after the day of the data.
    day = dt.date(2026, 12, 1)
    for referral in sample_referrals(100, seed=319, as_of=day):
        assert referral.problems() == []
        assert referral.offence.offence_date is None or referral.offence.offence_date <= day
    for seed in range(20):
        list(sample_referrals(50, seed=seed * 7919, as_of=day))  # validates, or raises here


def _named(referral, given: str, family: str):
    referral = referral.model_copy(deep=True)
    referral.subject.given_names = given
    referral.subject.family_name = family
    return referral


def test_list_shows_control_characters_escaped_so_a_name_cannot_forge_a_row(tmp_path):
    db = tmp_path / "db.sqlite3"
    first, second = sample_referrals(2, seed=2)
    hostile = _named(first, "\x1b]0;owned\x07\x1b[2J", "Smith\nFAKEID0000  sent  Forged Row\r\x9b31m\u202e")
    with Store.open(db) as store:
        store.add_many([hostile, second], actor="test")
    status, out, _ = _run(["list", "--db", str(db)])
    assert status == 0
    lines = out.splitlines()
    assert len(lines) == 3  # header and two rows: no forged row
    assert not any(ch in out for ch in "\x1b\x07\r\x9b\u202e")
    assert "Smith\\nFAKEID0000" in out and "\\x1b]0;owned" in out
    status, out, _ = _run(["list", "--db", str(db), "--format", "json"])
    assert "\x1b" not in out and "\x9b" not in out and "\u202e" not in out
    names = [row["subject"] for row in json.loads(out)]
    assert hostile.subject.full_name in names  # JSON keeps the value exact, only escaped


def test_list_search_with_a_thousand_words(tmp_path):
    db = tmp_path / "db.sqlite3"
    with Store.open(db) as store:
        store.add_many(sample_referrals(5, seed=1), actor="test")
    status, _, err = _run(["list", "--db", str(db), "--search", " ".join(f"w{i}" for i in range(1000))])
    assert status == 0 and "only the first 20 were used" in err


def test_list_into_head_ends_quietly(tmp_path):
    db = tmp_path / "db.sqlite3"
    with Store.open(db) as store:
        store.add_many(sample_referrals(3000, seed=1), actor="test")
    script = f"{sys.executable} -m mappa_desktop.cli list --db {db} | head -1"
    done = subprocess.run(
        ["bash", "-o", "pipefail", "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.stdout.startswith("ID")
    assert done.stderr == "", done.stderr
    assert done.returncode == 0


def test_import_output_shows_a_hostile_file_name_escaped(tmp_path, monkeypatch):
    folder = tmp_path / "in\x1b[31mbox"
    folder.mkdir()
    (folder / "evil\nimported       forged.mappa.json").write_text("{")
    status, out, _ = _run(["import", str(folder), "--db", str(tmp_path / "db.sqlite3")])
    assert status == 1
    assert "\x1b" not in out
    assert not any(line.startswith("imported") for line in out.splitlines())
    assert "evil\\nimported" in out


def test_board_csv_never_starts_a_formula(tmp_path):
    with Store.open(tmp_path / "db.sqlite3") as store:
        packages = []
        for i, package in enumerate(sample_packages(6, seed=9)):
            referral = _named(package.referral, "@SUM(A1:A9)", f'=HYPERLINK("http://x.invalid/{i}")')
            referral.referrer.agency = ["+cmd|' /C calc'!A0", "-2+3", "\tTab", "\rCR", "=1", "@x"][i]
            packages.append(build_package(referral, package.facts, package.assessment))
        paths = []
        for i, package in enumerate(packages):
            paths.append(tmp_path / f"{i}.mappa.json")
            write_package(package, paths[-1], overwrite=False)
        import_packages(store, paths, actor="test")
        for package in packages:
            record_decision(
                store, package.referral.id, "not_accepted", reasons=["lead_agency_plan_robust"], actor="t"
            )
        figures = board_figures(store.db.conn, sample_size=6, seed=1)
    text = figures_csv(figures)
    cells = [value for row in csv.reader(io.StringIO(text)) for value in row]
    assert any("HYPERLINK" in value for value in cells)  # the hostile text is there, as text
    assert not [value for value in cells if value[:1] in ("=", "+", "-", "@", "\t", "\r")]


# -- fuzzing: exit codes only 0, 1, 2 on any input --------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
    | st.dates().map(dt.date.isoformat),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)
fact_names = st.sampled_from(sorted(__import__("mappa_desktop.core.facts", fromlist=["Facts"]).FACT_NAMES))
cases = st.fixed_dictionaries(
    {},
    optional={
        "as_of": st.dates().map(dt.date.isoformat) | json_values,
        "facts": st.dictionaries(fact_names, json_values | st.dates().map(dt.date.isoformat), max_size=6),
    },
).map(json.dumps)
texts = (
    cases
    | st.text(max_size=200)
    | json_values.map(json.dumps)
    | st.sampled_from(
        ["NaN", "[Infinity]", "-Infinity", "1" * 5000, "[" * 3000, '{"as_of": "0001-01-01"}', "\x00", "{}"]
    )
)
FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


@FUZZ
@given(texts)
def test_fuzz_evaluate_exits_0_or_2(text):
    status, _, err = _run(["evaluate", "-"], stdin=text)
    assert status in (0, 2), err
    assert "unexpected error" not in err and "Traceback" not in err


@pytest.fixture(scope="module")
def base_document():
    package = next(iter(sample_packages(1, seed=3)))
    return package_document(package)


def _mutations(document: dict):
    """A package document with one value replaced at a random path (digest left as it was, or recomputed)."""
    paths = []

    def walk(value, path):
        if isinstance(value, dict):
            for key, child in value.items():
                paths.append((*path, key))
                walk(child, (*path, key))

    walk(document, ())
    return st.tuples(st.sampled_from(paths), json_values, st.booleans())


@FUZZ
@given(data=st.data())
def test_fuzz_package_reader_and_import_refuse_or_accept_never_crash(base_document, data):
    from mappa_desktop.core.package import digest_of

    path, value, redigest = data.draw(_mutations(base_document))
    document = json.loads(json.dumps(base_document))
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    if redigest and isinstance(document.get("digest"), dict):
        document["digest"] = {"algorithm": "sha256", "value": digest_of(document)}
    raw = data.draw(
        st.sampled_from(
            [
                json.dumps(document).encode(),
                data.draw(st.binary(max_size=300)),
                json.dumps(document)[:400].encode(),
            ]
        )
    )
    with tempfile.TemporaryDirectory() as folder:
        file = Path(folder) / "fuzz.mappa.json"
        file.write_bytes(raw)
        try:
            read_package(file)
        except PackageError:
            pass
        status, out, err = _run(["import", str(file), "--db", str(Path(folder) / "db.sqlite3")])
    assert status in (0, 1), err
    assert "unexpected error" not in err and "Traceback" not in err


def test_coordinator_evaluation_of_every_sample_matches_the_pack():
    # The co-ordinator's re-evaluation is the engine on the referral's own facts, nothing more.
    pack = load_pack()
    day = dt.date(2026, 1, 1)
    for package in sample_packages(5, seed=2):
        from mappa_desktop.core.screening.claims import coordinator_assessment

        expected = evaluate(pack, Case(as_of=day, facts=derive_facts(package.referral, day)))
        assert coordinator_assessment(package, day, pack=pack) == expected


@pytest.mark.parametrize("day", ["2999-01-01", "0001-01-01", "1989-12-31"])
def test_sample_data_refuses_a_day_it_cannot_date_records_on(tmp_path, day):
    with pytest.raises(SystemExit) as stopped:
        _run(["sample-data", "--db", str(tmp_path / "db.sqlite3"), "--as-of", day])
    assert stopped.value.code == 2


def test_sample_data_on_the_earliest_day_it_allows(tmp_path):
    status, _, err = _run(["sample-data", "--db", str(tmp_path / "db.sqlite3"), "--as-of", "1990-01-01"])
    assert status == 0, err


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_export_refuses_an_as_of_at_the_ends_of_the_calendar(tmp_path, day):
    db = tmp_path / "db.sqlite3"
    [referral] = sample_referrals(1, seed=1)
    with Store.open(db) as store:
        store.add_many([referral], actor="t")
    argv = ["export", referral.id, "--db", str(db), "--format", "text", "--out", str(tmp_path / "o.txt")]
    with pytest.raises(SystemExit) as stopped:
        _run([*argv, "--as-of", day])
    assert stopped.value.code == 2
    assert _run([*argv, "--as-of", "2199-12-31"])[0] == 0


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("fuzz") / "db.sqlite3"
    with Store.open(db) as store:
        store.add_many(sample_referrals(5, seed=1), actor="t")
    return db


numbers = st.integers(min_value=-(10**25), max_value=10**25).map(str) | st.text(max_size=8)
days = st.dates().map(dt.date.isoformat) | st.text(max_size=12)


@FUZZ
@given(
    st.one_of(
        st.tuples(st.just("list"), st.just("--limit"), numbers),
        st.tuples(st.just("list"), st.just("--search"), st.text(max_size=300)),
        st.tuples(st.just("figures"), st.just("--sample"), numbers),
        st.tuples(st.just("figures"), st.just("--seed"), numbers),
        st.tuples(st.just("figures"), st.just("--from"), days),
        st.tuples(st.just("figures"), st.just("--to"), days),
        st.tuples(st.just("sample-data"), st.just("--as-of"), days),
        st.tuples(st.just("sample-data"), st.just("--seed"), numbers),
    )
)
def test_fuzz_command_options_exit_0_1_or_2(small_db, tmp_path_factory, option):
    command, flag, value = option
    argv = [command, "--db", str(small_db), f"{flag}={value}"]
    if command == "figures":
        argv += ["--out", str(tmp_path_factory.mktemp("out") / "f.csv")]
    if command == "sample-data":
        argv += ["--count", "2"]
    try:
        status, _, err = _run(argv)
    except SystemExit as stopped:  # argparse refusing an option: exit 2 with its message
        status, err = stopped.code, ""
    assert status in (0, 1, 2), err
    assert "unexpected error" not in err


def test_import_of_a_hostile_folder_names_every_refused_file_and_exits_1(tmp_path):
    package = next(iter(sample_packages(1, seed=4)))
    folder = tmp_path / "inbox"
    folder.mkdir()
    write_package(package, folder / "good.mappa.json", overwrite=False)
    text = json.dumps(package_document(package))
    (folder / "digits.mappa.json").write_text(
        text.replace(version := f'"schema_version": {SCHEMA_VERSION}', version + "0" * 5000)
    )
    (folder / "deep.mappa.json").write_text("[" * 50_000 + "]" * 50_000)
    os.mkfifo(folder / "fifo.mappa.json")
    os.symlink("/dev/zero", folder / "zero.mappa.json")
    status, out, err = _run(["import", str(folder), "--db", str(tmp_path / "db.sqlite3")])
    assert status == 1, err
    lines = out.splitlines()
    for name in ("digits", "deep", "fifo", "zero"):
        [line] = [line for line in lines if f"{name}.mappa.json" in line]
        assert line.startswith("refused") and ": " in line  # its name and its reason
    assert any(line.startswith("imported") and "good.mappa.json" in line for line in lines)
    assert "1 imported, 0 replaced, 0 kept existing, 4 refused" in out
