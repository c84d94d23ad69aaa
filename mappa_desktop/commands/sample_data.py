"""``mappa-desktop sample-data``: add fictional referrals to a database (tests, demos, training)."""

from __future__ import annotations

import argparse
import sys
import time

from mappa_desktop.commands import add_db_argument, count_argument, database_path, date_argument


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "sample-data",
        help="add fictional sample referrals",
        description="Add N fictional referrals (invented people) in realistic national proportions.",
    )
    add_db_argument(parser)
    parser.add_argument(
        "--count", type=count_argument, default=100, metavar="N", help="how many (default 100)"
    )
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="random seed: same seed, same data")
    parser.add_argument(
        "--as-of",
        type=date_argument,
        metavar="DATE",
        help="date the data is consistent on (default today)",
    )
    return parser


def run(args: argparse.Namespace) -> int:
    from mappa_desktop.core.sample_data import sample_referrals
    from mappa_desktop.core.store import Store, StoreError

    path = database_path(args)
    started = time.perf_counter()
    try:
        with Store.open(path) as store:
            added = store.add_many(
                sample_referrals(args.count, seed=args.seed, as_of=args.as_of), actor="sample-data"
            )
            total = store.count()
    except StoreError as error:
        print(error, file=sys.stderr)
        return 1
    print(
        f"Added {added} fictional referrals to {path} in {time.perf_counter() - started:.1f} s "
        f"({total} in all)."
    )
    return 0
