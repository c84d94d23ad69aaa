"""The command line's passphrase: read from a file descriptor (--passphrase-fd N, as gpg) or asked at the
terminal, on every command that opens a database; never taken from an argument or the environment."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mappa_desktop.cli import build_parser, main
from mappa_desktop.core.database_driver import check_sqlite_utils_driver
from mappa_desktop.core.store import Store
from tests.conftest import TEST_PASSPHRASE, key_of_test_database

ROOT = Path(__file__).resolve().parents[2]


def _cli(args: list[str], passphrase: str | None = TEST_PASSPHRASE, **kwargs) -> subprocess.CompletedProcess:
    """Run ``mappa-desktop`` in a new process, the passphrase (if any) on descriptor 3 as a script would."""
    fds: tuple[int, ...] = ()
    read = None
    if passphrase is not None:
        read, write = os.pipe()
        os.write(write, passphrase.encode() + b"\n")
        os.close(write)
        fds = (read,)  # the child gets the same number
        args = ["--passphrase-fd", str(read), *args]
    try:
        return subprocess.run(
            [sys.executable, "-m", "mappa_desktop", *args],
            capture_output=True,
            text=True,
            pass_fds=fds,
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            timeout=120,
            **kwargs,
        )
    finally:
        if read is not None:
            os.close(read)


def test_sqlite_utils_runs_over_the_sqlcipher_driver():
    check_sqlite_utils_driver()  # raises if sqlite-utils picked another SQLite module


def test_passphrase_fd_creates_an_encrypted_database_and_every_command_opens_it(tmp_path):
    db = str(tmp_path / "referrals.sqlite3")
    made = _cli(["sample-data", "--db", db, "--count", "4", "--seed", "2"])
    assert made.returncode == 0, made.stderr
    assert not Path(db).read_bytes().startswith(b"SQLite format 3")
    listed = _cli(["list", "--db", db, "--format", "json"])
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert len(rows) == 4 and rows[0]["pnc_id"]
    data = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert rows[0]["pnc_id"].encode() not in data and rows[0]["subject"].split()[-1].encode() not in data
    out = str(tmp_path / "s.txt")
    exported = _cli(["export", rows[0]["id"], "--db", db, "--format", "text", "--out", out])
    assert exported.returncode == 0, exported.stderr
    figures = _cli(["figures", "--db", db, "--out", str(tmp_path / "f.csv")])
    assert figures.returncode == 0, figures.stderr
    # The option is accepted after the command too (as --lang is).
    after = subprocess.run(
        [sys.executable, "-m", "mappa_desktop", "list", "--db", db, "--passphrase-fd", "0"],
        input=TEST_PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert after.returncode == 0, after.stderr


def test_a_wrong_passphrase_is_refused_with_the_message(tmp_path):
    db = tmp_path / "referrals.sqlite3"
    assert _cli(["sample-data", "--db", str(db), "--count", "1"]).returncode == 0
    before = db.read_bytes()
    wrong = _cli(["list", "--db", str(db)], passphrase="not the passphrase at all")
    assert wrong.returncode == 1
    assert "passphrase did not open" in wrong.stderr and "Traceback" not in wrong.stderr
    assert db.read_bytes() == before


def test_without_a_terminal_or_fd_the_command_says_how_to_give_it(tmp_path):
    db = tmp_path / "referrals.sqlite3"
    assert _cli(["sample-data", "--db", str(db), "--count", "1"]).returncode == 0
    env = {**os.environ, "MAPPA_PASSPHRASE": TEST_PASSPHRASE, "PASSPHRASE": TEST_PASSPHRASE}
    refused = _cli(["list", "--db", str(db)], passphrase=None, env=env)  # the environment is never read
    assert refused.returncode == 1
    assert "--passphrase-fd" in refused.stderr and "terminal" in refused.stderr


def test_a_new_database_needs_a_strong_enough_passphrase(tmp_path):
    db = tmp_path / "referrals.sqlite3"
    weak = _cli(["sample-data", "--db", str(db), "--count", "1"], passphrase="password1")
    assert weak.returncode == 1 and "too easy to guess" in weak.stderr
    assert not db.exists() or db.stat().st_size == 0


def test_the_command_line_never_takes_a_passphrase_argument(capsys):
    parser = build_parser()
    options = {o for a in parser._actions for o in a.option_strings}
    for sub in parser._subparsers._group_actions[0].choices.values():
        options |= {o for a in sub._actions for o in a.option_strings}
    assert {o for o in options if "pass" in o} == {"--passphrase-fd"}
    tries = (["--passphrase", "hunter2 x"], ["list", "--passphrase=hunter2"], ["--passphrase-fd", "hunter2"])
    for argv in tries:
        with pytest.raises(SystemExit) as stopped:
            main(argv)
        assert stopped.value.code == 2
        assert "hunter2" not in capsys.readouterr().err  # a passphrase typed there is never echoed


def test_the_passphrase_is_asked_at_the_terminal(tmp_path):
    db = tmp_path / "referrals.sqlite3"
    assert _cli(["sample-data", "--db", str(db), "--count", "2"]).returncode == 0
    pid, fd = pty.fork()
    if pid == 0:  # the child: a terminal of its own, as a person's
        os.chdir(ROOT)
        os.execv(sys.executable, [sys.executable, "-m", "mappa_desktop", "list", "--db", str(db)])
    seen = b""
    deadline = time.monotonic() + 60
    while b"Passphrase for" not in seen and time.monotonic() < deadline:
        seen += os.read(fd, 1024)
    os.write(fd, TEST_PASSPHRASE.encode() + b"\n")
    while time.monotonic() < deadline:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0, seen
    assert b"STATUS" in seen and TEST_PASSPHRASE.encode() not in seen  # typed, not echoed
    with Store.open(db, key_of_test_database(db)) as store:
        assert store.count() == 2
