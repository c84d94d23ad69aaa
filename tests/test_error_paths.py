"""Every bad input and failure a person can meet, through the real command line (and the window's
autosave): a clear message saying what happened, what was kept and what to do; no traceback; nothing
lost or half-written."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from mappa_desktop.cli import main
from mappa_desktop.core import safe_files
from mappa_desktop.core.database_driver import sqlite3
from mappa_desktop.core.package import write_package
from mappa_desktop.core.sample_data import sample_referrals
from mappa_desktop.core.screening import ImportOutcome, import_packages
from mappa_desktop.core.screening.samples import sample_packages
from mappa_desktop.core.store import DiskFull, Store

# A QApplication first: the PDF writer would otherwise make a bare QGuiApplication the window cannot use.
pytestmark = pytest.mark.usefixtures("qapp")

READING_COMMANDS = {
    "list": ["list"],
    "export": ["export", "0" * 32, "--format", "json", "--out", "{tmp}/out.json"],
    "figures": ["figures", "--out", "{tmp}/figures.csv"],
}
ALL_DB_COMMANDS = READING_COMMANDS | {
    "import": ["import", "{tmp}/nothing.mappa.json"],
    "sample-data": ["sample-data", "--count", "1"],
}


def _args(template: list[str], tmp: Path, db: Path) -> list[str]:
    return [part.replace("{tmp}", str(tmp)) for part in template] + ["--db", str(db)]


@pytest.fixture
def good_db(tmp_path):
    path = tmp_path / "good.sqlite3"  # plain (as before encryption): the damage below edits its pages
    with Store.open(path) as store:
        store.add_many(sample_referrals(3, seed=1), actor="sample-data")
    return path


def _first_id(db: Path, capsys) -> str:
    capsys.readouterr()
    assert main(["list", "--db", str(db), "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)[0]["id"]


# --- the database ------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", sorted(READING_COMMANDS))
def test_reading_commands_do_not_create_a_missing_database(tmp_path, capsys, command):
    db = tmp_path / "mistyped.sqlite3"
    assert main(_args(READING_COMMANDS[command], tmp_path, db)) == 1
    err = capsys.readouterr().err
    assert f"There is no referrals database at {db}" in err and "Check the --db path" in err
    assert not db.exists()


@pytest.mark.parametrize("command", sorted(ALL_DB_COMMANDS))
def test_a_folder_as_the_database_is_named_as_a_folder(tmp_path, capsys, command):
    db = tmp_path / "folder.sqlite3"
    db.mkdir()
    assert main(_args(ALL_DB_COMMANDS[command], tmp_path, db)) == 1
    err = capsys.readouterr().err
    assert "folder" in err and "Traceback" not in err
    assert list(db.iterdir()) == []


def _random_bytes(path: Path, good: Path) -> None:
    path.write_bytes(os.urandom(8192))


def _truncated(path: Path, good: Path) -> None:
    path.write_bytes(good.read_bytes()[:3000])


def _newer(path: Path, good: Path) -> None:
    path.write_bytes(good.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('mappa_desktop', 'm999_from_the_future', 'later')"
    )
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("damage", "said"),
    # Random bytes cannot be told from an encrypted database: the passphrase is asked (none here).
    [(_random_bytes, "needs a passphrase"), (_truncated, "cut short"), (_newer, "newer version")],
    ids=["random-bytes", "truncated", "newer-schema"],
)
@pytest.mark.parametrize("command", sorted(ALL_DB_COMMANDS))
def test_bad_databases_are_refused_and_left_as_they_were(tmp_path, good_db, capsys, command, damage, said):
    db = tmp_path / "bad.sqlite3"
    damage(db, good_db)
    before = db.read_bytes()
    capsys.readouterr()
    assert main(_args(ALL_DB_COMMANDS[command], tmp_path, db)) == 1
    err = capsys.readouterr().err
    assert said in err and "not been changed" in err and "Traceback" not in err
    assert db.read_bytes() == before
    assert not (tmp_path / "out.json").exists() and not (tmp_path / "figures.csv").exists()


def test_database_under_a_regular_file_says_it_cannot_be_saved_there(tmp_path, capsys):
    (tmp_path / "afile").write_text("x")
    assert main(["sample-data", "--db", str(tmp_path / "afile" / "db.sqlite3"), "--count", "1"]) == 1
    assert "cannot be saved" in capsys.readouterr().err


# --- argument values --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["sample-data", "--count", "-1"], "less than 0"),
        (["sample-data", "--count", "many"], "not a whole number"),
        (["sample-data", "--as-of", "2024-13-01"], "is not a date; use YYYY-MM-DD"),
        (["figures", "--out", "f.csv", "--sample", "-3"], "less than 0"),
        (["figures", "--out", "f.csv", "--from", "yesterday"], "is not a date; use YYYY-MM-DD"),
        (["list", "--limit", "-1"], "less than 0"),
        (["export", "x", "--format", "pdf", "--out", "x.pdf", "--as-of", "2024-02-30"], "is not a date"),
    ],
)
def test_bad_argument_values_are_usage_errors_that_say_what_to_give(tmp_path, capsys, argv, said):
    with pytest.raises(SystemExit) as exited:
        main([*argv, "--db", str(tmp_path / "db.sqlite3")])
    assert exited.value.code == 2
    assert said in capsys.readouterr().err
    assert not (tmp_path / "db.sqlite3").exists()


def test_count_zero_adds_nothing_and_succeeds(tmp_path, capsys, passphrase_fd):
    assert main([*passphrase_fd(), "sample-data", "--db", str(tmp_path / "db.sqlite3"), "--count", "0"]) == 0
    assert "Added 0" in capsys.readouterr().out


def test_unknown_referral_id_says_how_to_find_the_ids(tmp_path, good_db, capsys):
    assert main(["export", "nosuchid", "--db", str(good_db), "--format", "json", "--out", "x.json"]) == 1
    assert "mappa-desktop list" in capsys.readouterr().err


def test_figures_pdf_with_no_screening_records_is_written(tmp_path, good_db, capsys):
    # Was a traceback: an empty table in the report (max() of nothing).
    out = tmp_path / "figures.pdf"
    assert main(["figures", "--db", str(good_db), "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")


# --- output files -----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "pdf"])
def test_output_under_a_regular_file_is_refused_clearly(tmp_path, good_db, capsys, fmt):
    (tmp_path / "afile").write_text("x")
    referral = _first_id(good_db, capsys)
    out = tmp_path / "afile" / f"x.{fmt}"
    assert main(["export", referral, "--db", str(good_db), "--format", fmt, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "is a file, not a folder" in err and "Nothing was written" in err
    assert (tmp_path / "afile").read_text() == "x"


def test_figures_under_a_regular_file_is_refused_clearly(tmp_path, good_db, capsys):
    (tmp_path / "afile").write_text("x")
    for name in ("f.csv", "f.pdf"):
        assert main(["figures", "--db", str(good_db), "--out", str(tmp_path / "afile" / name)]) == 1
        assert "is a file, not a folder" in capsys.readouterr().err


def test_output_that_is_a_folder_says_so_even_without_force(tmp_path, good_db, capsys):
    referral = _first_id(good_db, capsys)
    out = tmp_path / "folder"
    out.mkdir()
    assert main(["export", referral, "--db", str(good_db), "--format", "json", "--out", str(out)]) == 1
    assert "it is a folder, not a file" in capsys.readouterr().err


def test_existing_output_is_kept_without_force(tmp_path, good_db, capsys):
    referral = _first_id(good_db, capsys)
    out = tmp_path / "x.txt"
    out.write_text("earlier")
    assert main(["export", referral, "--db", str(good_db), "--format", "text", "--out", str(out)]) == 1
    assert "--force" in capsys.readouterr().err
    assert out.read_text() == "earlier"


@pytest.mark.parametrize("broken", ["write", "replace"])
def test_disk_full_during_export_keeps_the_earlier_file_and_says_what_to_do(
    tmp_path, good_db, capsys, monkeypatch, broken
):
    referral = _first_id(good_db, capsys)
    out = tmp_path / "x.pdf"
    out.write_bytes(b"earlier")

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    if broken == "write":
        monkeypatch.setattr(safe_files.os, "fsync", full)  # the data write fails before the rename
    else:
        monkeypatch.setattr(safe_files.os, "replace", full)
    argv = ["export", referral, "--db", str(good_db), "--format", "pdf", "--out", str(out), "--force"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "disk is full" in err and "existing file is unchanged" in err and "Free some space" in err
    assert out.read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".x.pdf")] == []


def test_disk_full_on_a_new_export_leaves_no_partial_file(tmp_path, good_db, capsys, monkeypatch):
    referral = _first_id(good_db, capsys)

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(safe_files.os, "replace", full)
    out = tmp_path / "new.json"
    assert main(["export", referral, "--db", str(good_db), "--format", "json", "--out", str(out)]) == 1
    assert "no partial file was left" in capsys.readouterr().err
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if "new.json" in p.name] == []


# --- evaluate ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stdin", "said"),
    [("", "is empty"), ("   \n", "is empty"), ("[1, 2]", "not a list"), ('"x"', "not a string")],
)
def test_evaluate_refuses_empty_or_non_object_input(monkeypatch, capsys, stdin, said):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    assert main(["evaluate", "-"]) == 2
    answer = json.loads(capsys.readouterr().out)
    assert said in answer["error"] and answer["details"]


# --- import -----------------------------------------------------------------------------------------


def _write_packages(folder: Path, count: int, seed: int = 5) -> None:
    folder.mkdir(exist_ok=True)
    for package in sample_packages(count, seed=seed):
        write_package(package, folder / f"r-{package.referral.id[:8]}.mappa.json", overwrite=False)


def _counts(db: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(db)
    try:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("received_referrals", "received_packages", "received_search")
        )
    finally:
        conn.close()


def test_mixed_folder_imports_the_good_and_refuses_the_bad_with_reasons(tmp_path, capsys):
    inbox = tmp_path / "inbox"
    _write_packages(inbox, 3)
    (inbox / "empty.mappa.json").write_bytes(b"")
    (inbox / "array.mappa.json").write_text("[]")
    (inbox / "shape.mappa.json").write_text('{"format": "something else"}')
    (inbox / "broken.mappa.json").write_text('{"format": ')
    db = tmp_path / "db.sqlite3"
    Store.open(db).close()  # plain: _counts reads it with the standard sqlite3 module
    assert main(["import", str(inbox), "--db", str(db), "--format", "json"]) == 1
    results = {Path(r["path"]).name: r for r in json.loads(capsys.readouterr().out)}
    assert sum(r["outcome"] == "imported" for r in results.values()) == 3
    assert "it is empty (0 bytes)" in results["empty.mappa.json"]["reason"]
    assert "not a MAPPA referral package" in results["array.mappa.json"]["reason"]
    assert "not a MAPPA referral package" in results["shape.mappa.json"]["reason"]
    assert "not a readable referral package" in results["broken.mappa.json"]["reason"]
    assert all(
        "again" in results[n]["reason"] or "Choose" in results[n]["reason"]
        for n in results
        if results[n]["outcome"] == "refused"
    )
    assert _counts(db) == (3, 3, 3)


def test_disk_full_during_import_imports_nothing_and_says_so(tmp_path):
    inbox = tmp_path / "inbox"
    _write_packages(inbox, 30)
    with Store.open(tmp_path / "db.sqlite3") as store:
        conn = store.db.conn
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 3}")
        with pytest.raises(DiskFull) as caught:
            import_packages(store, [inbox], actor="test")
        message = str(caught.value)
        assert "full" in message and "no package was imported" in message and "import them again" in message
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("PRAGMA max_page_count = 1073741823")
        results = import_packages(store, [inbox], actor="test")  # after freeing space: all of them
        assert [r.outcome for r in results] == [ImportOutcome.imported] * 30
    assert _counts(tmp_path / "db.sqlite3") == (30, 30, 30)


def test_killed_mid_import_leaves_each_package_whole_or_absent(tmp_path):
    inbox = tmp_path / "inbox"
    _write_packages(inbox, 200, seed=11)
    db = tmp_path / "db.sqlite3"
    Store.open(db).close()
    script = textwrap.dedent(
        f"""
        import sys
        from mappa_desktop.core.screening import importer
        from mappa_desktop.core.store import Store
        real = importer._store_one
        def slow(conn, item, *args):
            result = real(conn, item, *args)
            print("wrote", flush=True)
            return result
        importer._store_one = slow
        with Store.open({str(db)!r}) as store:
            importer.import_packages(store, [{str(inbox)!r}], actor="killed")
        """
    )
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        for _ in range(50):  # well inside the write transaction
            assert process.stdout.readline() == "wrote\n"
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
        process.stdout.close()
    assert process.returncode == -signal.SIGKILL
    with Store.open(db) as store:  # opens: the journal is rolled back, the file is sound
        conn = store.db.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        referrals, packages, search = _counts(db)
        assert referrals == packages == search
        orphans = conn.execute(
            "SELECT count(*) FROM received_referrals r LEFT JOIN received_packages p ON p.n = r.n "
            "WHERE p.n IS NULL"
        ).fetchone()[0]
        assert orphans == 0
        results = import_packages(store, [inbox], actor="again")  # and the import can simply be re-run
    assert {r.outcome for r in results} <= {ImportOutcome.imported, ImportOutcome.kept_existing}
    assert _counts(db) == (200, 200, 200)


# --- anything unforeseen ----------------------------------------------------------------------------


def test_an_unexpected_error_is_a_sentence_not_a_traceback(tmp_path, capsys, monkeypatch):
    from mappa_desktop.commands import list_referrals

    def broken(_args):
        raise RuntimeError("something nobody foresaw")

    monkeypatch.setattr(list_referrals, "run", broken)
    monkeypatch.delenv("MAPPA_DEBUG", raising=False)
    assert main(["list", "--db", str(tmp_path / "db.sqlite3")]) == 70
    err = capsys.readouterr().err
    assert "something nobody foresaw" in err and "kept" in err and "report" in err
    assert "Traceback" not in err


def test_an_os_error_a_command_did_not_expect_says_disk_full(tmp_path, capsys, monkeypatch):
    from mappa_desktop.commands import list_referrals

    def full(_args):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "x"))

    monkeypatch.setattr(list_referrals, "run", full)
    assert main(["list"]) == 1
    err = capsys.readouterr().err
    assert "the disk is full" in err and "kept" in err and "run the command again" in err


def test_the_real_cli_never_prints_a_traceback_for_bad_input(tmp_path):
    """The installed entry point, as a person runs it, over a handful of the cases above."""
    (tmp_path / "afile").write_text("x")
    (tmp_path / "rand.sqlite3").write_bytes(os.urandom(4096))
    runs = [
        ["list", "--db", str(tmp_path / "rand.sqlite3")],
        ["figures", "--db", str(tmp_path / "rand.sqlite3"), "--out", str(tmp_path / "f.pdf")],
        ["figures", "--db", str(tmp_path / "none.sqlite3"), "--out", "f.csv", "--sample", "-1"],
        ["evaluate", "-"],
        ["import", str(tmp_path / "afile"), "--db", str(tmp_path / "i.sqlite3")],
    ]
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    env.pop("MAPPA_DEBUG", None)
    started = time.monotonic()
    for argv in runs:
        done = subprocess.run(
            [sys.executable, "-m", "mappa_desktop", *argv],
            input="",
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert done.returncode in (1, 2), (argv, done.stderr)
        assert "Traceback" not in done.stderr + done.stdout, argv
    assert time.monotonic() - started < 60


# --- the window's autosave on a full disk -----------------------------------------------------------


def test_autosave_on_a_full_disk_keeps_the_text_and_saves_once_there_is_room(tmp_path, qtbot):
    from mappa_desktop.core.referral import Referral, Subject
    from mappa_desktop.gui.app import create_application
    from mappa_desktop.gui.main_window import MainWindow

    create_application()
    with Store.open(tmp_path / "db.sqlite3") as store:
        ann = store.new_referral(Referral(subject=Subject(given_names="Ann", family_name="Jones")), actor="t")
        window = MainWindow(store, actor="t", autosave_delay_ms=30)
        qtbot.addWidget(window)
        window.show()
        window.select_referral(ann.id)
        conn = store.db.conn
        pages = conn.execute("PRAGMA page_count").fetchone()[0]

        def on_the_saving_connection(sql: str) -> None:  # the window saves on its runner's own connection
            window.operations.run(lambda own: own.db.conn.execute(sql), what="test").wait()

        on_the_saving_connection(f"PRAGMA max_page_count = {pages}")
        page = window.editor.pages()[0]
        # The address: free text (a name field is capped at 200 characters, too few to fill the pages).
        page.ui.addressEdit.setFocus()
        qtbot.keyClicks(page.ui.addressEdit, "1 High Street")
        long_text = "1 High Street " * 400  # more than the pages left
        page.ui.addressEdit.setPlainText(long_text)
        qtbot.waitUntil(lambda: window.save_status.text().startswith("Not saved:"), timeout=5000)
        status = window.save_status.text()
        assert "full" in status and "kept" in status and "Free some space" in status
        assert page.ui.addressEdit.toPlainText().startswith("1 High Street")
        assert window.editor.autosaver.dirty
        assert store.load(ann.id).subject.address in (None, "")  # the last good save is intact
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

        on_the_saving_connection("PRAGMA max_page_count = 1073741823")
        assert window.editor.flush()
        assert store.load(ann.id).subject.address.startswith("1 High Street")
        window.editor.autosaver.reset()
        window.close()
