"""``mappa-desktop figures``: the Strategic Management Board's screening figures as CSV or a PDF report."""

from __future__ import annotations

import argparse
from pathlib import Path

from mappa_desktop.commands import (
    add_db_argument,
    add_language_argument,
    complain,
    count_argument,
    date_argument,
    existing_database,
    refuse_to_replace,
    say,
)
from mappa_desktop.core.messages import Message


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "figures",
        help="screening figures for the Strategic Management Board (CSV or PDF)",
        description="Referrals by category, level sought against decided, acceptance rates, Category 3 "
        "domestic abuse over time, diversity, and a random audit sample of not-accepted referrals.",
    )
    add_db_argument(parser)
    parser.add_argument("--out", metavar="FILE", required=True, help="FILE.csv or FILE.pdf")
    parser.add_argument(
        "--from", dest="since", type=date_argument, metavar="DATE", help="first referral date"
    )
    parser.add_argument("--to", dest="until", type=date_argument, metavar="DATE", help="last referral date")
    parser.add_argument(
        "--sample", type=count_argument, default=10, metavar="N", help="audit sample size (10)"
    )
    parser.add_argument("--seed", type=int, metavar="N", help="draw the same audit sample again")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    add_language_argument(parser, "the PDF report", "the --lang language")
    return parser


def run(args: argparse.Namespace) -> int:
    from mappa_desktop.commands.passphrase import open_store
    from mappa_desktop.core.safe_files import ExportError, write_atomic
    from mappa_desktop.core.screening import board_figures, figures_csv, figures_summary
    from mappa_desktop.core.store import StoreError

    db = existing_database(args)
    if db is None:
        return 1
    out = Path(args.out)
    try:
        with open_store(args, db) as store:
            figures = board_figures(
                store.db.conn, since=args.since, until=args.until, sample_size=args.sample, seed=args.seed
            )
        if out.suffix.lower() == ".pdf":
            from mappa_desktop.export.pdf import write_pdf

            path = write_pdf(
                figures_summary(figures, language=args.language or getattr(args, "lang", "en")),
                out,
                overwrite=args.force,
            )
        else:
            path = write_atomic(out, figures_csv(figures).encode(), overwrite=args.force)
    except FileExistsError as error:
        return refuse_to_replace(args, error)
    except (StoreError, ExportError) as error:
        complain(args, error)
        return 1
    say(args, Message("Saved {path} (audit sample seed {seed})", path=path, seed=figures.sample_seed))
    return 0
