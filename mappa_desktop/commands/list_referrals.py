"""``mappa-desktop list``: the drafts and referrals in a database, newest first."""

from __future__ import annotations

import argparse

from mappa_desktop.commands import add_db_argument, complain, count_argument, existing_database, words
from mappa_desktop.commands.terminal import cell, json_text
from mappa_desktop.core.messages import Message

MAX_SEARCH_WORDS = 20
"""Words of a search used; each is one more condition, and no name or reference has more."""


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
    from mappa_desktop.commands.passphrase import open_store
    from mappa_desktop.core.store import StoreError

    db = existing_database(args)  # listing only reads: never create a database at a mistyped path
    if db is None:
        return 1
    t = words(args)
    search = args.search
    if search and len(given := search.split()) > MAX_SEARCH_WORDS:
        complain(
            args,
            Message(
                "The search has {count} words; only the first {used} were used.",
                count=len(given),
                used=MAX_SEARCH_WORDS,
            ),
        )
        search = " ".join(given[:MAX_SEARCH_WORDS])
    try:
        with open_store(args, db) as store:
            rows = store.list_referrals(search, limit=args.limit)
    except StoreError as error:
        complain(args, error)
        return 1
    if args.format == "json":
        print(
            json_text(
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
                indent=1,
            )
        )
        return 0
    table = [("ID", t("STATUS"), t("SUBJECT"), t("UPDATED"))] + [
        (
            cell(row.id),
            t(str(row.status)),
            cell(row.subject_name) or t("(no name yet)"),
            row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in table) for i in range(4)]
    for line in table:
        print("  ".join(text.ljust(width) for text, width in zip(line, widths, strict=True)).rstrip())
    return 0
