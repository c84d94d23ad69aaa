"""Nothing readable by other accounts: the data folder 0700; the database, its -wal and -shm, exports and
their temporaries 0600, whatever the umask; and the audit log names the operating-system account."""

import os
import pwd
import stat
import subprocess
import sys

import pytest

from mappa_desktop.core import safe_files
from mappa_desktop.core.referral import Referral
from mappa_desktop.core.store import Store, default_actor
from tests.conftest import TEST_PASSPHRASE, key_of_test_database


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def umask(request):
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def test_database_wal_shm_and_new_folders_are_owner_only_whatever_the_umask(tmp_path, umask):
    path = tmp_path / "data" / "nested" / "referrals.sqlite3"
    with Store.open(path) as store:
        store.db.conn.execute("PRAGMA wal_autocheckpoint = 0")  # keep the -wal, with data in it
        draft = Referral.model_validate({"subject": {"family_name": "Private"}})
        referral = store.new_referral(draft, actor="a")
        referral.subject.given_names = "Still"
        store.save(referral, actor="a")
        created = sorted(p.name for p in path.parent.iterdir())
        assert created == ["referrals.sqlite3", "referrals.sqlite3-shm", "referrals.sqlite3-wal"]
        assert os.path.getsize(f"{path}-wal") > 0
        for name in created:
            assert _mode(path.parent / name) == 0o600, name
    assert _mode(tmp_path / "data") == 0o700 and _mode(tmp_path / "data" / "nested") == 0o700


def test_an_older_database_readable_by_all_is_made_owner_only_when_opened(tmp_path, umask, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("MAPPA_DESKTOP_DATA", str(data))
    path = data / "referrals.sqlite3"
    with Store.open(path) as store:
        store.db.conn.execute("PRAGMA wal_autocheckpoint = 0")
        store.new_referral(actor="a")
        for name in (path, f"{path}-wal", f"{path}-shm"):
            os.chmod(name, 0o644)  # as an older version left them
        os.chmod(data, 0o755)
        with Store.open(path) as again:
            assert again.count() == 1
            for name in (path, f"{path}-wal", f"{path}-shm"):
                assert _mode(name) == 0o600, name
    assert _mode(data) == 0o700  # the app's own data folder


def test_a_folder_chosen_with_db_is_not_changed(tmp_path, umask):
    os.chmod(tmp_path, 0o755)
    Store.open(tmp_path / "mine.sqlite3").close()
    assert _mode(tmp_path) == 0o755 and _mode(tmp_path / "mine.sqlite3") == 0o600


def test_exports_and_their_temporaries_are_owner_only_whatever_the_umask(tmp_path, umask, monkeypatch):
    seen: list[tuple[str, int]] = []
    real_fsync = os.fsync

    def watching_fsync(fd):
        for entry in tmp_path.iterdir():
            if entry.name.endswith(".part"):
                seen.append((entry.name, _mode(entry)))
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", watching_fsync)
    target = safe_files.write_atomic(tmp_path / "summary.pdf", b"%PDF-1.7 fictional", overwrite=False)
    assert _mode(target) == 0o600
    assert seen and all(mode == 0o600 for _, mode in seen)


def test_the_audit_actor_is_the_operating_system_account_not_the_environment(tmp_path, monkeypatch):
    account = pwd.getpwuid(os.geteuid()).pw_name
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(variable, "chief.inspector")
    assert default_actor() == account != "chief.inspector"
    with Store.open(tmp_path / "db.sqlite3") as store:
        referral = store.new_referral(actor=default_actor())
        assert [e.actor for e in store.audit_log(referral.id)] == [account]


def test_the_import_command_records_the_account_not_logname(tmp_path):
    from mappa_desktop.core.package import write_package
    from mappa_desktop.core.screening.samples import sample_packages

    package = next(iter(sample_packages(1, seed=5)))
    write_package(package, tmp_path / "one.mappa.json", overwrite=False)
    db = tmp_path / "db.sqlite3"
    env = {**os.environ, **dict.fromkeys(("LOGNAME", "USER", "LNAME", "USERNAME"), "chief.inspector")}
    read, write = os.pipe()  # the new database's passphrase, as a script gives it (--passphrase-fd)
    os.write(write, TEST_PASSPHRASE.encode() + b"\n")
    os.close(write)
    command = ["import", str(tmp_path / "one.mappa.json"), "--db", str(db), "--passphrase-fd", str(read)]
    try:
        done = subprocess.run(
            [sys.executable, "-m", "mappa_desktop", *command],
            env=env,
            capture_output=True,
            text=True,
            pass_fds=(read,),
        )
    finally:
        os.close(read)
    assert done.returncode == 0, done.stderr
    with Store.open(db, key_of_test_database(db)) as store:
        actors = {row[0] for row in store.db.conn.execute("SELECT actor FROM audit_log")}
        actors |= _screening_actors(store)
    assert "chief.inspector" not in actors and pwd.getpwuid(os.geteuid()).pw_name in actors


def _screening_actors(store) -> set[str]:
    found = set()
    for table in store.db.table_names():
        if "actor" in store.db[table].columns_dict:
            found |= {row[0] for row in store.db.conn.execute(f"SELECT actor FROM [{table}]")}
    return found
