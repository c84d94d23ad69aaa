"""``mappa-desktop audit verify|export``: check the hash-chained audit log, or write it for an investigator.

``verify`` checks every row and exits 0 when the log is as it was written, 3 when it is not (naming the
first bad row), 1 when the database could not be read. It prints the head (the newest row's hash): kept
somewhere other than this computer, it lets a later ``verify --expect-head`` show a log rewritten whole.
"""

from __future__ import annotations

import argparse

from mappa_desktop.commands import (
    add_db_argument,
    add_options_after,
    complain,
    existing_database,
    refuse_to_replace,
    say,
)
from mappa_desktop.commands.terminal import cell
from mappa_desktop.core.messages import Message

BROKEN = 3
"""Exit status when the log is not as it was written."""


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "audit",
        help="check the audit log or export it for an investigator",
        description="Check that the audit log is as it was written, or write it out with its hashes.",
    )
    actions = parser.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        help="check every row of the audit log (exit 3 and the first bad row if it was changed)",
        description="Check every row of the audit log against its hashes and the row before it.",
    )
    add_db_argument(verify)
    add_options_after(verify)
    verify.add_argument(
        "--expect-head",
        metavar="HASH",
        help="a head hash printed by an earlier verify and kept elsewhere: the log must still hold it",
    )
    export = actions.add_parser(
        "export",
        help="write the audit log, its hashes and the check's result as JSON Lines",
        description=(
            "Write the whole audit log for an investigator: a first line with the result of the check, then "
            "one JSON object per row with every column and hash. The file is readable by you only."
        ),
    )
    export.add_argument("file", metavar="FILE", help="the file to write (.jsonl)")
    add_db_argument(export)
    add_options_after(export)
    export.add_argument("--force", action="store_true", help="replace FILE if it already exists")
    return parser


def run(args: argparse.Namespace) -> int:
    from mappa_desktop.commands.passphrase import open_store
    from mappa_desktop.core.store.audit_chain import export_lines, verify

    db = existing_database(args)
    if db is None:
        return 1
    with open_store(args, db) as store:
        report = verify(store.db.conn, expected_head=getattr(args, "expect_head", None))
        if args.audit_action == "export":
            from mappa_desktop.core.safe_files import write_atomic

            data = "".join(export_lines(store.db.conn, report)).encode("utf-8")
            try:
                path = write_atomic(args.file, data, overwrite=args.force)
            except FileExistsError as error:
                return refuse_to_replace(args, error)
            say(args, Message("Saved {path} ({rows} rows).", path=path, rows=data.count(b"\n") - 1))
    found = report.first_break
    if found is None:
        say(
            args,
            Message(
                "The audit log is intact: {rows} rows checked in {seconds} s.",
                rows=report.rows,
                seconds=f"{report.seconds:.2f}",
            ),
        )
        say(
            args,
            Message(
                "Head: row {id}, hash {hash}. Keep it somewhere other than this computer to show later that "
                "the log was not rewritten.",
                id=report.head_id,
                hash=report.head_hash,
            ),
        )
        return 0
    complain(
        args,
        Message(
            "The audit log has been changed since it was written. First bad row: {id} ({at}), {kind}.",
            id=found.row_id,
            at=cell(found.at) or "-",
            kind=Message(str(found.kind)),
        ),
    )
    complain(args, found.what)
    complain(
        args,
        Message(
            "Nothing was changed. Keep this database file as it is and tell your information security team."
        ),
    )
    return BROKEN
