"""``mappa-desktop retention list|erase|hold|lift``: referrals past their retention period, and erasing them.

``erase`` removes the personal data for good (see ``core/store/retention.py``); a referral under a legal
hold is never erased. ``hold``/``lift`` put a referral under a legal hold and lift it, recorded in the log.
"""

from __future__ import annotations

import argparse

from mappa_desktop.commands import (
    add_db_argument,
    add_options_after,
    complain,
    count_argument,
    existing_database,
    say,
    words,
)
from mappa_desktop.commands.terminal import cell, json_text
from mappa_desktop.core.messages import Message


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "retention",
        help="list referrals past their retention period, erase them, or put one under a legal hold",
        description="Referrals kept past their retention period, and erasing them for good.",
    )
    actions = parser.add_subparsers(dest="retention_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="referrals past the retention period (held ones marked)")
    add_db_argument(listing)
    add_options_after(listing)
    listing.add_argument(
        "--days", type=count_argument, metavar="N", help="use N days instead of the period in Settings"
    )
    listing.add_argument("--format", choices=("table", "json"), default="table", help="output format")
    erase = actions.add_parser(
        "erase",
        help="erase referrals for good (their content, and the values in their audit rows)",
        description=(
            "Erase referrals: their content, package, search words, decision notes and the values in their "
            "audit rows. The audit log keeps who did what and when, and that they were erased."
        ),
    )
    erase.add_argument(
        "ids", metavar="ID", nargs="*", help="referral ids (see: mappa-desktop retention list)"
    )
    erase.add_argument(
        "--all-due", action="store_true", help="every referral past retention that is not under a legal hold"
    )
    add_db_argument(erase)
    add_options_after(erase)
    for name, what in (
        ("hold", "put a referral under a legal hold"),
        ("lift", "lift a referral's legal hold"),
    ):
        action = actions.add_parser(name, help=what)
        action.add_argument("id", metavar="ID")
        action.add_argument("--reason", default="", help="why (kept in the audit log)")
        add_db_argument(action)
        add_options_after(action)
    return parser


def run(args: argparse.Namespace) -> int:
    from mappa_desktop.commands.passphrase import open_store
    from mappa_desktop.core.store import default_actor

    db = existing_database(args)
    if db is None:
        return 1
    t = words(args)
    action = args.retention_action
    with open_store(args, db) as store:
        if action == "list":
            return _list(store, args, t)
        if action in ("hold", "lift"):
            store.set_legal_hold(args.id, action == "hold", actor=default_actor(), reason=args.reason[:500])
            ref = cell(args.id)
            held = Message("Legal hold set on {id}.", id=ref)
            say(args, held if action == "hold" else Message("Legal hold lifted on {id}.", id=ref))
            return 0
        return _erase(store, args, default_actor())


def _list(store, args: argparse.Namespace, t) -> int:
    items = store.past_retention(days=args.days)
    if args.format == "json":
        print(
            json_text(
                [
                    {
                        "id": item.referral_id,
                        "kind": str(item.kind),
                        "subject": item.subject_name,
                        "since": item.since.isoformat(),
                        "due": item.due.isoformat(),
                        "legal_hold": item.legal_hold,
                    }
                    for item in items
                ],
                indent=1,
            )
        )
        return 0
    days = store.retention_days() if args.days is None else args.days
    say(
        args,
        Message("Referrals past the retention period ({days} days): {count}", days=days, count=len(items)),
    )
    table = [("ID", t("KIND"), t("SUBJECT"), t("DUE SINCE"), t("LEGAL HOLD"))] + [
        (
            item.referral_id,
            t(str(item.kind)),
            cell(item.subject_name) or "-",
            item.due.astimezone().strftime("%Y-%m-%d"),
            t("held") if item.legal_hold else "",
        )
        for item in items
    ]
    widths = [max(len(line[i]) for line in table) for i in range(5)]
    for line in table:
        print("  ".join(text.ljust(width) for text, width in zip(line, widths, strict=True)).rstrip())
    return 0


def _erase(store, args: argparse.Namespace, actor: str) -> int:
    from mappa_desktop.core.store.retention import LegalHold

    if bool(args.ids) == bool(args.all_due):
        complain(args, Message("Give the ids to erase, or --all-due; nothing was erased."))
        return 2
    held = []
    ids = list(dict.fromkeys(args.ids))
    if args.all_due:
        due = store.past_retention()
        held = [item for item in due if item.legal_hold]
        ids = [item.referral_id for item in due if not item.legal_hold]
    try:
        done = store.erase(ids, actor=actor)
    except LegalHold as error:
        complain(args, Message("{id} is under a legal hold; nothing was erased.", id=cell(error.referral_id)))
        return 1
    for erasure in done:
        say(
            args,
            Message(
                "Erased {id} ({rows} audit rows made tombstones).",
                id=erasure.referral_id,
                rows=erasure.audit_rows,
            ),
        )
    if held:
        say(args, Message("Kept under a legal hold: {count}.", count=len(held)))
    say(args, Message("Erased: {count}.", count=len(done)))
    if not store.erasure_flushed:
        complain(
            args,
            Message(
                "Another copy of MAPPA Desktop is using the database, so old copies of the erased data may "
                "remain in its free space. Close it and run 'mappa-desktop retention erase --all-due'."
            ),
        )
        return 1
    return 0
