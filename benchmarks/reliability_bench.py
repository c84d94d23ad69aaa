"""Reliability benchmark: the adversarial runs of issue 11, repeated, counted, never timed.

    python benchmarks/reliability_bench.py            # the default sizes (about two minutes)
    python benchmarks/reliability_bench.py --quick    # fewer runs of each, for CI
    python benchmarks/reliability_bench.py --runs 3   # every row's runs times three

Each row repeats one thing that has lost data or called a healthy database damaged in other programs: a
writer killed with SIGKILL during saves, during package imports (through ``import_packages``) and during
checkpoints; two and four instances writing at once; opens while another instance checkpoints; a full disk
(a small tmpfs, so root only). After each run the database is opened again as the app opens it and read
back. A run "lost data" when a save the writer had seen committed is missing or changed, or its audit log
is incomplete; a "false damaged" when opening a database no one damaged said it was. Both must be 0.
"Other errors" counts anything else that went wrong (a writer that failed, a message that was not
expected); it must be 0 too.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "tests" / "core"))

from adversary import CHECKPOINT_LOOP, CHECKPOINTER, IMPORTER, SAVER, small_disk  # noqa: E402

from mappa_desktop.core.referral import Referral  # noqa: E402
from mappa_desktop.core.store import DatabaseCorrupt, DiskFull, Store, StoreError  # noqa: E402

QUICK = 0.4
"""The share of every row's runs in a ``--quick`` run (and in ``benchmarks/run.py``)."""

CHILD_ENV = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}


@dataclass
class Row:
    name: str
    runs: int = 0
    lost: int = 0
    false_damaged: int = 0
    other: int = 0
    checked: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass
class Verdict:
    """One run's findings."""

    lost: bool = False
    false_damaged: bool = False
    other: str | None = None  # what else went wrong
    said: str | None = None  # the message opening gave, when it refused
    checked: int = 0
    note: str | None = None


def _new_database(folder: Path) -> Path:
    path = folder / "db.sqlite3"
    Store.open(path).close()
    return path


def _child(script: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=CHILD_ENV,
    )


def _kill(process: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(process.pid, signal.SIGKILL)
    process.wait()
    process.stdout.close()
    process.stderr.close()


@contextlib.contextmanager
def _opened(path: Path, verdict: Verdict) -> Iterator[Store | None]:
    """Open as the app opens; a "damaged" for a database no one damaged is a false one."""
    try:
        store = Store.open(path)
    except DatabaseCorrupt as error:
        verdict.false_damaged = True
        verdict.said = str(error)
        yield None
        return
    except StoreError as error:
        verdict.other = str(error)[:120]
        yield None
        return
    try:
        yield store
    finally:
        store.close()


def _saves_all_there(store: Store, ids: list[str], verdict: Verdict, *, changed: int) -> None:
    """Every referral the writer saw committed is there, whole, with its whole audit log."""
    if store.db.conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        verdict.lost = True
    for referral_id in ids:
        try:
            referral = store.load(referral_id)
        except StoreError:
            verdict.lost = True
            continue
        actions = [entry.action for entry in store.audit_log(referral_id)]
        expected = ["created"] + ["changed"] * changed  # an audit row per field changed
        if actions != expected or (changed and referral.subject.given_names != "Saved"):
            verdict.lost = True
    verdict.checked += len(ids)


def kill_during_saves(folder: Path, rng: random.Random) -> Verdict:
    verdict = Verdict()
    path = _new_database(folder)
    writer = _child(SAVER, str(path), "0")
    ids: list[str] = []
    wanted = rng.randint(3, 60)
    for line in writer.stdout:
        ids.append(line.strip())
        if len(ids) >= wanted:
            time.sleep(rng.uniform(0, 0.02))  # somewhere inside a later save
            break
    _kill(writer)
    with _opened(path, verdict) as store:
        if store:
            _saves_all_there(store, ids, verdict, changed=1)
    return verdict


def _inboxes(folder: Path, batches: int, per_batch: int) -> list[Path]:
    from mappa_desktop.core.package import package_filename, write_package
    from mappa_desktop.core.screening.samples import sample_packages

    packages = list(sample_packages(batches * per_batch, seed=11))
    inboxes = []
    for number in range(batches):
        inbox = folder / f"batch{number:02d}"
        inbox.mkdir(parents=True)
        for package in packages[number * per_batch : (number + 1) * per_batch]:
            write_package(package, inbox / package_filename(package.referral), overwrite=False)
        inboxes.append(inbox)
    return inboxes


def kill_during_imports(inboxes: list[Path]) -> Callable[[Path, random.Random], Verdict]:
    def run(folder: Path, rng: random.Random) -> Verdict:
        verdict = Verdict()
        path = _new_database(folder)
        importer = _child(IMPORTER, str(path), *map(str, inboxes))
        imported: list[str] = []
        wanted = rng.randint(1, len(inboxes) - 1)
        for number, line in enumerate(importer.stdout, start=1):
            imported += line.split()
            if number >= wanted:
                time.sleep(rng.uniform(0, 0.3))  # into the next batch's verifying or writing
                break
        _kill(importer)
        with _opened(path, verdict) as store:
            if store:
                conn = store.db.conn
                stored = {
                    row[0]
                    for row in conn.execute(
                        "SELECT r.id FROM received_referrals r JOIN received_packages p ON p.n = r.n"
                    )
                }
                orphans = conn.execute(
                    "SELECT count(*) FROM received_referrals r LEFT JOIN received_packages p ON p.n = r.n "
                    "WHERE p.n IS NULL"
                ).fetchone()[0]
                healthy = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                verdict.lost = bool(set(imported) - stored) or orphans > 0 or not healthy
                verdict.checked = len(imported)
        return verdict

    return run


def kill_during_checkpoints(folder: Path, rng: random.Random) -> Verdict:
    verdict = Verdict()
    path = _new_database(folder)
    writer = _child(CHECKPOINTER, str(path), "30")
    ids: list[str] = []
    for line in writer.stdout:
        if line.strip() == "checkpoint":
            time.sleep(rng.uniform(0, 0.03))
            break
        ids += line.split()
    finished = writer.poll() is not None
    _kill(writer)
    if not finished:
        verdict.note = "mid"
    with _opened(path, verdict) as store:
        if store:
            _saves_all_there(store, ids, verdict, changed=0)
    return verdict


def concurrent(instances: int) -> Callable[[Path, random.Random], Verdict]:
    def run(folder: Path, rng: random.Random) -> Verdict:
        verdict = Verdict()
        path = _new_database(folder)
        writers = [_child(SAVER, str(path), "25") for _ in range(instances)]
        ids: list[str] = []
        for writer in writers:
            out, err = writer.communicate(timeout=300)
            ids += out.split()
            if writer.returncode != 0:
                verdict.other = err.strip().splitlines()[-1][:120] if err.strip() else "a writer failed"
        with _opened(path, verdict) as store:
            if store:
                _saves_all_there(store, ids, verdict, changed=1)
                if store.count() != instances * 25 and verdict.other is None:
                    verdict.other = f"{store.count()} referrals, expected {instances * 25}"
        return verdict

    return run


def opens_during_checkpoints(opens: int) -> Callable[[Path, random.Random], list[Verdict]]:
    """Many runs against one checkpointing instance: each open is a run."""

    def run(folder: Path, rng: random.Random) -> list[Verdict]:
        path = _new_database(folder)
        writer = _child(CHECKPOINT_LOOP, str(path))
        verdicts = []
        try:
            writer.stdout.readline()
            last = 0
            for _ in range(opens):
                verdict = Verdict()
                with _opened(path, verdict) as store:
                    if store:
                        count = len(store.list_referrals())
                        verdict.lost = count < last  # only ever added to
                        verdict.checked = count
                        last = count
                verdicts.append(verdict)
            if writer.poll() is not None:
                verdicts[-1].other = "the checkpointing instance stopped"
        finally:
            _kill(writer)
        return verdicts

    return run


def _can_mount() -> bool:
    with tempfile.TemporaryDirectory() as scratch, small_disk(Path(scratch) / "probe", "64k") as mounted:
        return mounted


def full_disk(folder: Path, rng: random.Random) -> Verdict:
    verdict = Verdict()
    disk = folder / "disk"
    with small_disk(disk, "2m") as mounted:
        if not mounted:
            verdict.other = "could not mount a tmpfs"
            return verdict
        path = disk / "db.sqlite3"
        ballast = disk / "ballast"
        ballast.write_bytes(b"\0" * rng.choice([64, 128, 256]) * 1024)  # freed afterwards: "free some space"
        saved: list[str] = []
        full = False
        store = Store.open(path)
        try:
            for n in range(10_000):
                draft = Referral.model_validate({"subject": {"family_name": f"Full{n}"}})
                try:
                    referral = store.new_referral(draft, actor="w")
                    referral.subject.given_names = "Saved"
                    referral.subject_views = f"{n} " + "x" * rng.randint(500, 4000)
                    store.save(referral, actor="w")
                except DiskFull:
                    full = True
                    break
                saved.append(referral.id)
                if referral.revision != 2:
                    verdict.other = "a save returned without committing"
            # while the disk is full: another instance opens it, or is told the disk is full, never damaged
            try:
                Store.open(path).close()
            except DiskFull:
                pass
            except DatabaseCorrupt as error:
                verdict.false_damaged = True
                verdict.said = str(error)
            except StoreError as error:
                verdict.other = str(error)[:120]
        finally:
            store.close()
        if not full:
            verdict.other = "the disk never filled"
        ballast.unlink()
        with _opened(path, verdict) as reopened:
            if reopened:
                # the referral being written when the disk filled may be there as created, unsaved: fine
                _saves_all_there(reopened, saved, verdict, changed=2)
        verdict.note = f"{len(saved)} saves"
    return verdict


def _run_row(row: Row, runs: int, work: Callable, rng: random.Random) -> None:
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="mappa-reliability-") as scratch:
            found = work(Path(scratch), rng)
        for verdict in found if isinstance(found, list) else [found]:
            row.runs += 1
            row.lost += verdict.lost
            row.false_damaged += verdict.false_damaged
            row.other += verdict.other is not None
            row.checked += verdict.checked
            for message in (verdict.other, verdict.said):
                if message and message[:90] not in row.notes:
                    row.notes.append(message[:90])
            if verdict.note:
                row.notes.append(verdict.note)


def run_all(scale: float, seed: int = 1) -> list[Row]:
    rng = random.Random(seed)

    def n(default: int) -> int:
        return max(1, round(default * scale))

    rows: list[Row] = []
    plan: list[tuple[str, int, Callable]] = [
        ("kill -9 during saves", n(40), kill_during_saves),
        ("kill -9 during checkpoints", n(20), kill_during_checkpoints),
        ("two instances writing", n(5), concurrent(2)),
        ("four instances writing", n(5), concurrent(4)),
        ("opens during checkpoints", 1, opens_during_checkpoints(n(400))),
    ]
    with tempfile.TemporaryDirectory(prefix="mappa-reliability-inbox-") as inbox_folder:
        inboxes = _inboxes(Path(inbox_folder), batches=6, per_batch=10)
        plan.insert(1, ("kill -9 during imports", n(20), kill_during_imports(inboxes)))
        for name, runs, work in plan:
            row = Row(name)
            _run_row(row, runs, work, rng)
            rows.append(row)
            print(f"  ... {name}: {row.runs} runs", file=sys.stderr, flush=True)
    row = Row("full disk (2 MB tmpfs)")
    if os.geteuid() != 0:
        row.notes.append("skipped: mounting a small tmpfs needs root")
    elif not _can_mount():
        row.notes.append("skipped: this machine does not allow mounting a tmpfs (a container without it?)")
    else:
        _run_row(row, n(10), full_disk, rng)
    rows.append(row)
    return rows


def _summarise(row: Row) -> str:
    notes = [note for note in row.notes if note not in ("mid",)]
    mid = row.notes.count("mid")
    if row.name.startswith("kill -9 during checkpoints"):
        notes.insert(0, f"killed inside the checkpoint in {mid} of {row.runs}")
    if row.name.startswith("full disk"):
        saves = [note for note in notes if note.endswith(" saves")]
        notes = [note for note in notes if not note.endswith(" saves")]
        if saves:
            notes.insert(0, f"saves before full: {', '.join(s.split()[0] for s in saves)}")
    return "; ".join(notes)


def print_table(rows: list[Row]) -> None:
    header = (
        f"{'run':30s} {'runs':>5s} {'lost data':>10s} {'false damaged':>14s} {'other errors':>13s} "
        f"{'checked':>8s}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        print(
            f"{row.name:30s} {row.runs:5d} {row.lost:10d} {row.false_damaged:14d} {row.other:13d} "
            f"{row.checked:8d}  {_summarise(row)}"
        )
    bad = sum(row.lost + row.false_damaged + row.other for row in rows)
    print(f"\n{'every row handled' if not bad else f'{bad} failed run(s)'}")


def run() -> dict[str, float]:
    """For ``benchmarks/run.py``: the totals of a run at the ``--quick`` size."""
    rows = run_all(QUICK)
    return {
        "runs": float(sum(r.runs for r in rows)),
        "runs_that_lost_data": float(sum(r.lost for r in rows)),
        "runs_with_false_damaged": float(sum(r.false_damaged for r in rows)),
        "runs_with_other_errors": float(sum(r.other for r in rows)),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs of each (CI)")
    parser.add_argument("--runs", type=float, default=1.0, help="multiply every row's runs")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    started = time.monotonic()
    rows = run_all(args.runs * (QUICK if args.quick else 1.0), seed=args.seed)
    print_table(rows)
    print(f"({time.monotonic() - started:.0f} s)")
    return 0 if not sum(row.lost + row.false_damaged + row.other for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
