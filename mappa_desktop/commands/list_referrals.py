"""``mappa-desktop list``: the drafts and referrals in a database, newest first."""

from __future__ import annotations

import argparse
import json
import sys

from mappa_desktop.commands import add_db_argument, count_argument, existing_database


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "list", help="list drafts and referrals", description="List drafts and referrals, newest first."
    )
    add_db_argument(parser)
    parser.add_argument("--format", choices=("table", "json"), default="table", help="output format")
    parser.add_argument(
        "--search", metavar="TEXT", help="only those whose name, alias, PNC ID or reference match"
    )
    parser.add_argument("--limit", type=count_argument, metavar="N", help="at most N rows")
    return parser


def run(args: argparse.Namespace) -> int:
    from mappa_desktop.core.store import Store, StoreError

    db = existing_database(args)  # listing only reads: never create a database at a mistyped path
    if db is None:
        return 1
    try:
        with Store.open(db) as store:
            rows = store.list_referrals(args.search, limit=args.limit)
    except StoreError as error:
        print(error, file=sys.stderr)
        return 1
    if args.format == "json":
        json.dump(
            [
                {
                    "id": row.id,
                    "status": str(row.status),
                    "subject": row.subject_name,
                    "pnc_id": row.pnc_id,
                    "updated": row.updated_at.isoformat(),
                }
                for row in rows
            ],
            sys.stdout,
            ensure_ascii=False,
            indent=1,
        )
        print()
        return 0
    table = [("ID", "STATUS", "SUBJECT", "UPDATED")] + [
        (
            row.id,
            str(row.status),
            row.subject_name or "(no name yet)",
            row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in table) for i in range(4)]
    for line in table:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())
    return 0
