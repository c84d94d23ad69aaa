"""Store benchmark: autosave latency on a database of 10,000 fictional referrals, encrypted (SQLCipher, as
the app keeps it) and plain, in the same run; the encrypted figures are the targets, the ratios the cost.

Builds the database in a temporary folder with the sample-data generator, then times ~500 autosaves, each
a small edit of one referral (the editor's autosave: one field changed, load-free, as the open referral
is kept in memory), end to end through ``Store.save`` including validation, diff, audit and commit with
``synchronous = FULL``.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mappa_desktop.core.sample_data import sample_referrals  # noqa: E402
from mappa_desktop.core.store import Store  # noqa: E402
from mappa_desktop.core.store.encryption import DatabaseKey  # noqa: E402

REFERRALS = 10_000
AUTOSAVES = 500
PASSPHRASE = "benchmark passphrase of five words"


def run() -> dict[str, float]:
    """The encrypted figures (targets), the plain ones, and encrypted / plain ratios."""
    encrypted = _measure(encrypted=True)
    plain = _measure(encrypted=False)
    figures = dict(encrypted)
    figures.update({f"{name}_plain": value for name, value in plain.items()})
    for name in ("autosave_ms_median", "autosave_ms_p95", "search_10k_ms", "list_all_10k_ms", "open_10k_ms"):
        figures[f"{name}_encrypted_ratio"] = encrypted[name] / plain[name]
    return figures


def _measure(*, encrypted: bool) -> dict[str, float]:
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        key = DatabaseKey.for_new_database(PASSPHRASE) if encrypted else None
        started = time.perf_counter()
        with Store.open(path, key) as store:
            store.add_many(sample_referrals(REFERRALS, seed=1, as_of=dt.date(2025, 6, 1)), actor="bench")
        sample_s = time.perf_counter() - started

        with Store.open(path, key) as store:
            ids = [row.id for row in store.list_referrals(limit=50)]
            open_referrals = [store.load(i) for i in ids]
            timings = []
            for n in range(AUTOSAVES):
                referral = open_referrals[n % len(open_referrals)]
                if n % 3 == 0:
                    referral.subject_views = f"Edited note {n}"
                elif n % 3 == 1:
                    referral.subject.aliases = [*referral.subject.aliases[-2:], f"Alias{n}"]
                else:
                    # 12-month counts are victim by victim now, and none may exceed the 3-year count.
                    referral.domestic_abuse.da_incidents_3y = rng.randint(20, 40)
                t0 = time.perf_counter()
                store.save(referral, actor="bench")
                timings.append((time.perf_counter() - t0) * 1000)

            t0 = time.perf_counter()
            store.list_referrals("smith", limit=200)
            search_ms = (time.perf_counter() - t0) * 1000
            t0 = time.perf_counter()
            store.list_referrals()
            list_all_ms = (time.perf_counter() - t0) * 1000
        t0 = time.perf_counter()
        # Opening as at start-up: the key derived from the passphrase (PBKDF2, on purpose slow), then opened.
        opening_key = DatabaseKey.for_file(path, PASSPHRASE) if encrypted else None
        Store.open(path, opening_key).close()
        open_ms = (time.perf_counter() - t0) * 1000

    timings.sort()
    return {
        "autosave_ms_median": statistics.median(timings),
        "autosave_ms_p95": timings[int(len(timings) * 0.95) - 1],
        "autosave_ms_max": timings[-1],
        "sample_data_10k_s": sample_s,
        "search_10k_ms": search_ms,
        "list_all_10k_ms": list_all_ms,
        "open_10k_ms": open_ms,
    }


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name:40s} {value:10.3f}")
