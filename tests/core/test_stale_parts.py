"""A hidden .part file left by an export killed mid-write is removed the next time the app writes to that
folder; a live writer's temporary, a brand-new one and files that are not ours are left alone."""

import os
import signal
import subprocess
import sys
import time

from mappa_desktop.core import safe_files

SUMMARY = b"OFFICIAL-SENSITIVE fictional summary " * 2000

STUCK_EXPORT = """
import os, sys, time
from mappa_desktop.core import safe_files
def stuck(fd):  # the whole summary is in the temporary: stop before it is renamed into place
    print("written", flush=True)
    time.sleep(600)
os.fsync = stuck
safe_files.write_atomic(sys.argv[1], b"OFFICIAL-SENSITIVE fictional summary " * 2000, overwrite=True)
"""


def _exporting_child(target):
    child = subprocess.Popen(
        [sys.executable, "-c", STUCK_EXPORT, str(target)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "written"
    return child


def _parts(folder):
    return sorted(p for p in folder.iterdir() if p.name.endswith(".part"))


def _age(path, seconds=60):
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_a_part_left_by_an_export_killed_mid_write_is_removed_at_the_next_write(tmp_path):
    child = _exporting_child(tmp_path / "summary.pdf")
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    [left] = _parts(tmp_path)
    assert left.name.startswith(".summary.pdf.") and left.read_bytes() == SUMMARY
    _age(left)
    safe_files.write_atomic(tmp_path / "other.csv", b"a,b\n", overwrite=False)
    assert _parts(tmp_path) == [] and not (tmp_path / "summary.pdf").exists()
    assert (tmp_path / "other.csv").read_bytes() == b"a,b\n"


def test_a_live_writers_part_is_never_removed_however_old(tmp_path):
    child = _exporting_child(tmp_path / "summary.pdf")
    try:
        [live] = _parts(tmp_path)
        _age(live, 3600)
        safe_files.write_atomic(tmp_path / "other.csv", b"a,b\n", overwrite=False)
        assert _parts(tmp_path) == [live] and live.read_bytes() == SUMMARY
    finally:
        child.kill()
        child.wait()


def test_only_our_own_old_parts_are_removed(tmp_path):
    ours_old = tmp_path / ".summary.pdf.ab12cd_9.part"
    ours_new = tmp_path / ".package.mappa.json.zz99xx00.part"
    not_ours = [tmp_path / "notes.part", tmp_path / ".x.part", tmp_path / ".summary.pdf.ABCDEFGH.part"]
    for path in [ours_old, ours_new, *not_ours]:
        path.write_bytes(b"data")
        if path != ours_new:
            _age(path)
    (tmp_path / ".folder.abcdefgh.part").mkdir()
    _age(tmp_path / ".folder.abcdefgh.part")
    removed = safe_files.remove_stale_parts(tmp_path)
    assert removed == [ours_old]
    assert not ours_old.exists() and ours_new.exists() and all(p.exists() for p in not_ours)
    assert (tmp_path / ".folder.abcdefgh.part").is_dir()
