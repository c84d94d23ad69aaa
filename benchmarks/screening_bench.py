"""Screening benchmark on 100,000 received referrals: queue open, filters, sorts, searches, scrolling,
importing 1,000 package files, the bytes the database grows by per byte of package imported, and peak
memory.

The database is generated quickly (not through import): 500 real fictional packages are built, then
100,000 queue rows are written in one transaction, each with its own id, name, dates and flags drawn at
random, its FTS5 search text, and a package document. Queue timings are end to end through the Qt model
(``set_query`` or ``sort`` and building the ~40 rows a window shows); "open" is building the whole
``ScreeningWidget`` on the database, shown. Then 1,000 package files are imported into it.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import resource
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from mappa_desktop.core.package import write_package  # noqa: E402
from mappa_desktop.core.sample_data import MALE_NAMES, NICKNAMES, SURNAMES  # noqa: E402
from mappa_desktop.core.screening import DeadlinePolicy, QueueQuery, ScreeningStatus, import_packages  # noqa: E402
from mappa_desktop.core.screening.claims import coordinator_assessment  # noqa: E402
from mappa_desktop.core.screening.importer import queue_columns  # noqa: E402
from mappa_desktop.core.screening.samples import sample_packages  # noqa: E402
from mappa_desktop.core.screening.stored import stored_package  # noqa: E402
from mappa_desktop.core.store import Store  # noqa: E402
from mappa_desktop.core.store.connection import transaction  # noqa: E402

ROWS = 100_000
VISIBLE = 40
IMPORTS = 1_000
STATUSES = [s for s in ScreeningStatus]


def _fill(store: Store, rng: random.Random) -> None:
    policy = DeadlinePolicy.from_pack()
    base = list(sample_packages(500, seed=2))
    documents = [stored_package(p) for p in base]
    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    templates = [
        queue_columns(p, policy, coordinator_assessment(p, start.date()), received_at=start) for p in base
    ]
    with transaction(store.db, store.path, "benchmark data") as conn:
        for n in range(1, ROWS + 1):
            received = start + dt.timedelta(minutes=n * 7)
            columns = dict(templates[n % len(base)], received_at=received.isoformat())
            given, family = rng.choice(MALE_NAMES), rng.choice(SURNAMES)
            status = rng.choices(STATUSES, weights=[30, 5, 20, 3, 40, 2])[0]
            columns.update(
                id=uuid.UUID(int=rng.getrandbits(128)).hex,
                subject_name=f"{given} {family}",
                sort_name=f"{family} {given}".lower(),
                status=str(status),
                pnc_id=f"{rng.randint(80, 99)}/{rng.randint(1, 999999):07d}X",
            )
            names = ", ".join(columns)
            conn.execute(
                f"INSERT INTO received_referrals (n, {names}) VALUES (?, {', '.join('?' for _ in columns)})",
                (n, *columns.values()),
            )
            conn.execute(
                "INSERT INTO received_packages (n, data) VALUES (?, ?)", (n, documents[n % len(documents)])
            )
            text = f"{given} {family}\n{rng.choice(NICKNAMES)}\n{columns['pnc_id']}".lower()
            conn.execute("INSERT INTO received_search (rowid, text) VALUES (?, ?)", (n, text))
        conn.execute("ANALYZE")


def _database_size(store: Store) -> int:
    """The database file's size with every page of its -wal copied in."""
    store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return store.path.stat().st_size


def _show(model) -> None:
    for row in range(min(VISIBLE, model.rowCount())):
        for column in range(model.columnCount()):
            model.data(model.index(row, column))


def _ms(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def run() -> dict[str, float]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from mappa_desktop.gui.screening import ScreeningWidget

    app = QApplication.instance() or QApplication([])
    rng = random.Random(7)
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        started = time.perf_counter()
        with Store.open(path) as store:
            _fill(store, rng)
        figures["generate_100k_s"] = time.perf_counter() - started

        with Store.open(path) as store:
            holder: dict[str, ScreeningWidget] = {}

            def open_queue() -> None:
                holder["w"] = ScreeningWidget(store, actor="bench")
                holder["w"].resize(1280, 800)
                holder["w"].show()
                app.processEvents()

            figures["queue_open_ms"] = _ms(open_queue)
            widget = holder["w"]
            model = widget.model
            figures["rows"] = model.rowCount()

            base = model.query
            filters = [QueueQuery(statuses=frozenset({s})) for s in ScreeningStatus]
            filters += [QueueQuery(category=c) for c in (1, 2, 3, 4)]
            filters += [QueueQuery(da_only=True), QueueQuery(overdue_only=True)]
            filters += [
                QueueQuery(statuses=frozenset({ScreeningStatus.received}), category=2, overdue_only=True)
            ]
            timings = []
            for query in filters:
                q = replace(query, sort=base.sort, descending=base.descending)
                timings.append(_ms(lambda q=q: (model.set_query(q), _show(model))))
            figures["filter_ms_max"] = max(timings)

            model.set_query(QueueQuery())
            timings = []
            for column in range(model.columnCount()):
                for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                    timings.append(_ms(lambda c=column, o=order: (model.sort(c, o), _show(model))))
            figures["sort_ms_max"] = max(timings)
            figures["sort_ms_median"] = sorted(timings)[len(timings) // 2]

            searches = ["smith", "sm", "mohammed khan", "jon", "99/0001", "tommo", "zzzz", "a"]
            timings = [
                _ms(lambda s=s: (model.set_query(QueueQuery(search=s)), _show(model))) for s in searches
            ]
            figures["search_ms_max"] = max(timings)

            model.set_query(QueueQuery())
            scroll = widget.view.verticalScrollBar()
            timings = []
            for _ in range(50):
                value = rng.randrange(scroll.maximum() or 1)
                timings.append(_ms(lambda v=value: (scroll.setValue(v), widget.view.viewport().repaint())))
            figures["scroll_jump_ms_max"] = max(timings)

            inbox = Path(folder) / "inbox"
            inbox.mkdir()
            for package in sample_packages(IMPORTS, seed=99):
                write_package(package, inbox / f"{package.referral.id}.mappa.json", overwrite=False)
            size_before = _database_size(store)
            started = time.perf_counter()
            results = import_packages(store, [inbox], actor="bench")
            figures["import_1000_s"] = time.perf_counter() - started
            package_bytes = sum(f.stat().st_size for f in inbox.iterdir())
            figures["db_bytes_per_package_byte"] = (_database_size(store) - size_before) / package_bytes
            figures["import_refused"] = sum(r.outcome.value == "refused" for r in results)
            widget.close()
            widget.deleteLater()
            holder.clear()
            app.processEvents()
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name:24s} {value:10.1f}")
