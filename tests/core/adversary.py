"""What an adversary does to the database, for the store tests and ``benchmarks/reliability_bench.py``:
writers to kill mid-save, mid-import or mid-checkpoint (scripts run with ``python -c``), the files a crash
leaves behind (pages still in the -wal, a checkpoint cut off part-way), a read-only disk, a full disk."""

from __future__ import annotations

import contextlib
import os
import shutil
import struct
import subprocess
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

from mappa_desktop.core.referral import Referral
from mappa_desktop.core.store import Store

SAVER = """
import sys
from mappa_desktop.core.referral import Referral
from mappa_desktop.core.store import Store
store = Store.open(sys.argv[1])
n = 0
while True:
    draft = Referral.model_validate({"subject": {"family_name": f"Saver{n}"}})
    referral = store.new_referral(draft, actor="w")
    referral.subject.given_names = "Saved"
    store.save(referral, actor="w")
    print(referral.id, flush=True)
    n += 1
    if n == int(sys.argv[2]):
        break
"""

IMPORTER = """
import sys
from mappa_desktop.core.screening import import_packages
from mappa_desktop.core.store import Store
store = Store.open(sys.argv[1])
for batch in sys.argv[2:]:
    results = import_packages(store, [batch], actor="importer")
    print(*(r.referral_id for r in results if r.outcome.value == "imported"), flush=True)
"""

CHECKPOINTER = """
import sys
from mappa_desktop.core.referral import Referral
from mappa_desktop.core.store import Store
store = Store.open(sys.argv[1])
store.db.conn.execute("PRAGMA wal_autocheckpoint = 0")
for batch in range(int(sys.argv[2])):
    drafts = [Referral.model_validate({"subject": {"family_name": f"Wal{batch}-{n}"}}) for n in range(50)]
    store.add_many(drafts, actor="w")
    print(*(d.id for d in drafts), flush=True)
print("checkpoint", flush=True)
store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
print("done", flush=True)
"""

CHECKPOINT_LOOP = """
import sys, time
from mappa_desktop.core.referral import Referral
from mappa_desktop.core.store import Store
store = Store.open(sys.argv[1])
store.db.conn.execute("PRAGMA wal_autocheckpoint = 0")
print("ready", flush=True)
n = 0
while True:
    store.add_many([Referral.model_validate({"subject": {"family_name": f"Loop{n}-{k}"}}) for k in range(40)],
                   actor="w")
    store.db.conn.execute("PRAGMA wal_checkpoint(" + ("TRUNCATE" if n % 2 else "PASSIVE") + ")")
    n += 1
"""


WAL_HEADER = 32
FRAME_HEADER = 24


def names(count: int, prefix: str = "Wal") -> list[Referral]:
    return [Referral.model_validate({"subject": {"family_name": f"{prefix}{n}"}}) for n in range(count)]


def copy_with_pages_in_wal(source: Path, target: Path, count: int = 200) -> list[str]:
    """Write ``count`` referrals to the database at ``source`` with checkpoints off, and copy its files
    (main, -wal, -shm) to ``target`` while it is still open: the copy is what a crash leaves behind, the
    main file without those pages, the -wal with them. Returns the referral ids written."""
    with Store.open(source) as store:
        store.db.conn.execute("PRAGMA wal_autocheckpoint = 0")
        referrals = names(count)
        store.add_many(referrals, actor="test")
        target.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")
    return [r.id for r in referrals]


def cut_checkpoint_short(path: Path) -> None:
    """Do what a checkpoint killed part-way does: copy the newest page 1 from the -wal into the main file
    (a checkpoint writes pages in page order, so page 1 first) and stop. The main file's header then
    counts pages the file does not have yet; they are all still in the -wal."""
    wal = Path(f"{path}-wal").read_bytes()
    page_size = struct.unpack(">I", wal[8:12])[0]
    frame = FRAME_HEADER + page_size
    newest_page_one = None
    for start in range(WAL_HEADER, len(wal) - frame + 1, frame):
        if struct.unpack(">I", wal[start : start + 4])[0] == 1:
            newest_page_one = wal[start + FRAME_HEADER : start + frame]
    assert newest_page_one is not None, "the -wal holds page 1"
    with path.open("r+b") as handle:
        handle.write(newest_page_one)


def main_file_is_short(path: Path) -> bool:
    """The old header check's test: fewer bytes than the header's page count says."""
    data = path.read_bytes()
    page_size = struct.unpack(">H", data[16:18])[0]
    return len(data) < struct.unpack(">I", data[28:32])[0] * page_size


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "2m") -> Iterator[bool]:
    """A small tmpfs mounted at ``folder``; yields False (nothing mounted) where mounting is not allowed."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not shutil.which("mount"):
        yield False
        return
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode:
        yield False
        return
    try:
        yield True
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@contextlib.contextmanager
def read_only(folder: Path, mounted: bool) -> Iterator[bool]:
    """The folder (and everything in it) read-only meanwhile: a read-only remount when it is a mount of its
    own, else permissions. Root without a mount of its own (permissions do not stop root) gets the
    operating system's answer "not writable" instead, and SQLite could still write: yields False then."""
    if mounted:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True, capture_output=True)
        yield True
        return
    if os.geteuid() == 0:
        real_access = os.access
        with mock.patch("os.access", lambda p, mode: not mode & os.W_OK and real_access(p, mode)):
            yield False
        return
    for entry in folder.iterdir():
        entry.chmod(0o400)
    folder.chmod(0o500)
    try:
        yield True
    finally:
        folder.chmod(0o700)


def fill_disk(folder: Path) -> Path:
    """Fill the disk holding ``folder`` to the last byte; returns the filler file."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as handle:
        block = b"\0" * 65536
        with contextlib.suppress(OSError):
            while True:
                handle.write(block)
        with contextlib.suppress(OSError):
            while True:
                handle.write(b"\0")
    return filler


def pages_in_wal(path: Path) -> set[int]:
    wal = Path(f"{path}-wal").read_bytes()
    page_size = struct.unpack(">I", wal[8:12])[0]
    frame = FRAME_HEADER + page_size
    return {struct.unpack(">I", wal[i : i + 4])[0] for i in range(WAL_HEADER, len(wal) - frame + 1, frame)}


def pretend_the_disk_is_full(monkeypatch) -> None:
    """Where no small disk can be mounted: SQLite's own error for a full disk met while sizing its -shm,
    on a disk with no space left."""
    from mappa_desktop.core.database_driver import sqlite3
    from mappa_desktop.core.store import connection

    real_open = connection._open

    def full_disk_open(*args, **kwargs):
        real_open(*args, **kwargs).close()
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorcode = sqlite3.SQLITE_IOERR_SHMSIZE
        raise error

    monkeypatch.setattr(connection, "_open", full_disk_open)
    no_space = SimpleNamespace(total=1 << 30, used=1 << 30, free=0)
    monkeypatch.setattr("shutil.disk_usage", lambda folder: no_space)
