"""Encryption at rest: what is written is unreadable without the passphrase, a wrong passphrase is refused
plainly, the passphrase can be changed, and a plain database is encrypted in place safely, even when the
process is killed at any step."""

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mappa_desktop.core.sample_data import sample_referrals
from mappa_desktop.core.store import Store
from mappa_desktop.core.store.encryption import (
    STEPS,
    DatabaseKey,
    FileState,
    NotEncrypted,
    PassphraseNeeded,
    WrongPassphrase,
    encrypt_in_place,
    encrypting_copy,
    file_state,
    plain_backup,
)
from tests.conftest import TEST_PASSPHRASE

REFERRALS = list(sample_referrals(6, seed=1))
# A name long enough that random encrypted bytes never hold it by chance (a three-letter sample surname
# such as "Lee" turns up in ~100 kB of ciphertext about one run in a hundred).
REFERRALS[0] = REFERRALS[0].model_copy(
    update={"subject": REFERRALS[0].subject.model_copy(update={"family_name": "Featherstonehaugh"})}
)
NAME = REFERRALS[0].subject.family_name
PNC = REFERRALS[0].subject.pnc_id


def _fill(store: Store) -> None:
    store.add_many(REFERRALS, actor="officer")


def _all_bytes(path: Path) -> bytes:
    """The database and every file SQLite keeps beside it."""
    return b"".join(p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name))


def _digest(path: Path) -> str:
    return hashlib.sha256(_all_bytes(path)).hexdigest()


def test_the_file_holds_no_pnc_number_or_name_but_a_plain_one_does(tmp_path, database_key):
    assert NAME and PNC
    plain, encrypted = tmp_path / "plain.sqlite3", tmp_path / "encrypted.sqlite3"
    with Store.open(plain) as store:
        _fill(store)
        assert PNC.encode() in _all_bytes(plain)  # written, so the search below could find it
    with Store.open(encrypted, database_key) as store:
        _fill(store)
        # While open, the newest pages are in the -wal: it is encrypted too.
        assert PNC.encode() not in _all_bytes(encrypted)
    data = _all_bytes(encrypted)
    for text in (PNC, NAME, PNC.replace("/", ""), "referral"):
        assert text.encode() not in data and text.encode("utf-16-le") not in data
    assert not data.startswith(b"SQLite format 3")
    assert file_state(encrypted) is FileState.encrypted and file_state(plain) is FileState.plain


def test_a_wrong_passphrase_is_refused_plainly_and_nothing_changes(tmp_path, database_key):
    path = tmp_path / "db.sqlite3"
    with Store.open(path, database_key) as store:
        _fill(store)
    before = _digest(path)
    with pytest.raises(WrongPassphrase) as refused:
        Store.open(path, DatabaseKey.for_file(path, "Correct horse battery staple"))
    message = str(refused.value)
    assert "passphrase did not open" in message and "It has not been changed" in message
    assert "Caps Lock" in message
    assert _digest(path) == before
    with Store.open(path, DatabaseKey.for_file(path, TEST_PASSPHRASE)) as store:  # the right one opens
        assert store.count() == len(REFERRALS)


def test_encrypted_without_a_passphrase_and_plain_with_one_are_refused(tmp_path, database_key):
    encrypted, plain = tmp_path / "e.sqlite3", tmp_path / "p.sqlite3"
    Store.open(encrypted, database_key).close()
    Store.open(plain).close()
    with pytest.raises(PassphraseNeeded, match="--passphrase-fd"):
        Store.open(encrypted)
    with pytest.raises(NotEncrypted, match="not encrypted yet"):
        Store.open(plain, database_key)


def test_the_store_keeps_and_wipes_its_own_copy_of_the_key(tmp_path, database_key):
    store = Store.open(tmp_path / "db.sqlite3", database_key)
    assert store.key is not database_key and store.key.matches(TEST_PASSPHRASE)
    store.close()
    assert database_key.matches(TEST_PASSPHRASE)  # the caller's copy is the caller's to wipe
    assert not store.key.matches(TEST_PASSPHRASE)  # the store's is zeros now
    assert "hidden" in repr(database_key) and database_key.sql_literal()[2:66] not in repr(database_key)


def test_the_passphrase_can_be_changed(tmp_path, database_key):
    path = tmp_path / "db.sqlite3"
    with Store.open(path, database_key) as store:
        _fill(store)
        with pytest.raises(WrongPassphrase):
            store.change_passphrase("not the passphrase", "a new passphrase for the test")
        store.change_passphrase(TEST_PASSPHRASE, "a new passphrase for the test")
        assert store.key.matches("a new passphrase for the test")
        store.save(store.load(REFERRALS[1].id), actor="officer")  # still writes after the change
    with pytest.raises(WrongPassphrase):
        Store.open(path, DatabaseKey.for_file(path, TEST_PASSPHRASE))
    with Store.open(path, DatabaseKey.for_file(path, "a new passphrase for the test")) as store:
        assert store.count() == len(REFERRALS)
    assert PNC.encode() not in _all_bytes(path)


def _plain_database(tmp_path: Path) -> Path:
    path = tmp_path / "referrals.sqlite3"
    with Store.open(path) as store:
        _fill(store)
    return path


def _assert_encrypted_and_whole(path: Path) -> None:
    assert file_state(path) is FileState.encrypted
    with Store.open(path, DatabaseKey.for_file(path, TEST_PASSPHRASE)) as store:
        assert store.count() == len(REFERRALS)
        assert store.load(REFERRALS[0].id).subject.pnc_id == PNC
        assert len(store.audit_log(REFERRALS[0].id)) == 1
    assert not plain_backup(path).exists() and not encrypting_copy(path).exists()
    assert PNC.encode() not in _all_bytes(path) and NAME.encode() not in _all_bytes(path)


def test_a_plain_database_is_encrypted_in_place(tmp_path, database_key):
    path = _plain_database(tmp_path)
    os.chmod(path, 0o600)
    key = DatabaseKey.for_new_database(TEST_PASSPHRASE)
    encrypt_in_place(path, key)
    _assert_encrypted_and_whole(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["referrals.sqlite3"]
    assert path.stat().st_mode & 0o077 == 0


CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from mappa_desktop.core.store import encryption

    def pause(step):
        if step == sys.argv[2]:
            print("PAUSED", step, flush=True)
            time.sleep(120)

    encryption.conversion_step = pause
    encryption.encrypt_in_place(Path(sys.argv[1]), encryption.DatabaseKey.for_new_database(sys.argv[3]))
    print("FINISHED", flush=True)
    """
)


@pytest.mark.parametrize("step", STEPS)
def test_killed_at_any_step_of_the_conversion_the_database_still_opens(tmp_path, step):
    path = _plain_database(tmp_path)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), step, TEST_PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        line = child.stdout.readline()
        assert line.split() == ["PAUSED", step]
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=60)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    # Usable as it is: the untouched plain database before the swap, the checked encrypted one after.
    swapped = STEPS.index(step) >= STEPS.index("swapped")
    assert file_state(path) is (FileState.encrypted if swapped else FileState.plain)
    if swapped:
        _assert_encrypted_and_whole(path)  # opening with the passphrase also removes the plain backup
    else:
        with Store.open(path) as store:
            assert store.count() == len(REFERRALS)
        encrypt_in_place(path, DatabaseKey.for_new_database(TEST_PASSPHRASE))  # the next start finishes
        _assert_encrypted_and_whole(path)
