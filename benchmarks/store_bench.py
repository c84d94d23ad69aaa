"""Store benchmark: autosave latency on a database of 10,000 fictional referrals.

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

REFERRALS = 10_000
AUTOSAVES = 500


def run() -> dict[str, float]:
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        started = time.perf_counter()
        with Store.open(path) as store:
            store.add_many(sample_referrals(REFERRALS, seed=1, as_of=dt.date(2025, 6, 1)), actor="bench")
        sample_s = time.perf_counter() - started

        with Store.open(path) as store:
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
                    referral.domestic_abuse.da_incidents_3y = rng.randint(0, 20)
                    referral.domestic_abuse.da_incidents_12m = 0
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
        Store.open(path).close()
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
        print(f"{name:24s} {value:10.3f}")
