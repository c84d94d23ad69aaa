"""``mappa-desktop sample-data``: add fictional referrals to a database (tests, demos, training)."""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

from mappa_desktop.commands import (
    add_db_argument,
    complain,
    count_argument,
    database_path,
    date_argument,
    refusal,
    say,
)
from mappa_desktop.core.messages import Message


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "sample-data",
        help="add fictional sample referrals",
        description="Add N fictional referrals (invented people) in realistic national proportions.",
    )
    add_db_argument(parser)
    parser.add_argument(
        "--count",
        type=_sample_count,
        default=100,
        metavar="N",
        help="how many (default 100, at most 1,000,000)",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=None,
        metavar="S",
        help="random seed: same seed, same data (default: a new seed each time, printed)",
    )
    parser.add_argument(
        "--as-of",
        type=_past_date,
        metavar="DATE",
        help="date the data is consistent on, 1990-01-01 to today (default today)",
    )
    return parser


EARLIEST = dt.date(1990, 1, 1)
"""The oldest sample person (80, born in 1909 or later) still has a date of birth the model accepts."""


MAX_SAMPLE = 1_000_000


def _sample_count(text: str) -> int:
    count = count_argument(text)
    if count > MAX_SAMPLE:
        raise refusal(
            Message(
                "{count} is more than {most}; give {most} or fewer",
                count=f"{count:,}",
                most=f"{MAX_SAMPLE:,}",
            )
        )
    return count


def _past_date(text: str) -> dt.date:
    """An ``--as-of`` the records can be dated on: not in the future (a referral records what has
    happened), and not so early that a date of birth falls off the calendar."""
    day = date_argument(text)
    if day > dt.date.today():
        raise refusal(Message("{text} is in the future; give today or an earlier date", text=text))
    if day < EARLIEST:
        raise refusal(
            Message("{text} is too early; give {first} or later", text=text, first=EARLIEST.isoformat())
        )
    return day


def run(args: argparse.Namespace) -> int:
    from mappa_desktop.commands.passphrase import open_store
    from mappa_desktop.core.sample_data import sample_referrals
    from mappa_desktop.core.store import StoreError

    path = database_path(args)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    started = time.perf_counter()
    try:
        with open_store(args, path) as store:
            # Two passes over the same draw: the ids first (the same seed twice draws the same people),
            # then the referrals not yet held, streamed into one transaction. Memory stays small.
            held = _held_ids(store, [r.id for r in sample_referrals(args.count, seed=seed, as_of=args.as_of)])
            fresh = (r for r in sample_referrals(args.count, seed=seed, as_of=args.as_of) if r.id not in held)
            added = store.add_many(fresh, actor="sample-data")
            total = store.count()
    except StoreError as error:
        complain(args, error)
        return 1
    again = (
        Message(
            " {count} from seed {seed} were already there and were left as they are.",
            count=len(held),
            seed=seed,
        )
        if held
        else ""
    )
    say(
        args,
        Message(
            "Added {added} fictional referrals to {path} in {seconds} s ({total} in all; seed {seed}: --seed "
            "{seed} makes the same ones).{again}",
            added=added,
            path=path,
            seconds=f"{time.perf_counter() - started:.1f}",
            total=total,
            seed=seed,
            again=again,
        ),
    )
    return 0


def _held_ids(store, ids: list[str]) -> set[str]:
    """Which of ``ids`` the database already holds (the same seed twice draws the same referrals)."""
    held: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        held.update(
            row[0] for row in store.db.conn.execute(f"SELECT id FROM referrals WHERE id IN ({marks})", chunk)
        )
    return held
