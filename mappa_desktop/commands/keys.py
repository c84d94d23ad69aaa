"""``mappa-desktop keys ...``: this installation's signing key and the coordinator's trusted senders.

- ``keys show``: this installation's fingerprint (to read out to a coordinator) and the name packages are
  signed under; the key is made the first time it is needed.
- ``keys name TEXT``: the name (and agency) packages are signed under.
- ``keys export-public FILE``: the public key file to give a coordinator (nothing secret in it).
- ``keys trust FILE`` or ``keys trust --fingerprint FP --name NAME``: trust a sender.
- ``keys list``, ``keys remove FP``: the trusted senders.
"""

from __future__ import annotations

import argparse
from typing import Any

from mappa_desktop.commands import (
    add_db_argument,
    add_options_after,
    complain,
    database_path,
    existing_database,
    say,
    words,
)
from mappa_desktop.commands.terminal import cell
from mappa_desktop.core.messages import Message


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "keys",
        help="your signing key, and the senders you trust",
        description=(
            "Referral packages are signed with this installation's key (kept inside the database). A "
            "coordinator trusts a sender by importing their public key file, or by the fingerprint the "
            "sender reads out by phone."
        ),
    )
    actions = parser.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    actions.add_parser("show", help="show your key's fingerprint (made the first time it is needed)")
    name = actions.add_parser("name", help="set the name (and agency) your packages are signed under")
    name.add_argument("text", metavar="TEXT", help='for example "Jane Smith, Probation Service Wales"')
    export = actions.add_parser("export-public", help="save your public key file, to give a coordinator")
    export.add_argument("file", metavar="FILE", help="the file to write (NAME.mappa-key.json)")
    export.add_argument("--force", action="store_true", help="replace FILE if it already exists")
    trust = actions.add_parser(
        "trust",
        help="trust a sender: their public key file, or the fingerprint they read out by phone",
        description=(
            "Trust a sender's key. Give their public key file, or --fingerprint with the 20 characters they "
            "read out to you on a phone number you already know, and --name."
        ),
    )
    trust.add_argument("file", metavar="FILE", nargs="?", help="the sender's public key file")
    trust.add_argument("--fingerprint", metavar="FP", help="the fingerprint the sender read out")
    trust.add_argument("--name", metavar="NAME", help="who the sender is (default: the name in FILE)")
    actions.add_parser("list", help="list the trusted senders")
    remove = actions.add_parser("remove", help="stop trusting a sender")
    remove.add_argument("fingerprint", metavar="FP", help="the sender's fingerprint (see: keys list)")
    for sub in actions.choices.values():
        add_db_argument(sub)
        add_options_after(sub)  # keys list --lang cy
    return parser


def run(args: argparse.Namespace) -> int:
    from mappa_desktop.commands.passphrase import open_store

    t = words(args)
    db = existing_database(args) if args.keys_command in ("list", "remove") else database_path(args)
    if db is None:
        return 1
    with open_store(args, db) as store:
        return _ACTIONS[args.keys_command](store, args, t)


def _show(store, args, t) -> int:
    from mappa_desktop.core.signing.fingerprint import spoken
    from mappa_desktop.core.signing.keys import installation_signer

    signer = installation_signer(store)
    say(args, Message("Your fingerprint: {fingerprint}", fingerprint=spoken(signer.fingerprint)))
    if signer.name:
        say(args, Message("Packages are signed as: {name}", name=cell(signer.name)))
    else:
        say(
            args,
            Message(
                "No name is set for your packages yet: run 'mappa-desktop keys name \"Your name, agency\"'."
            ),
        )
    return 0


def _name(store, args, t) -> int:
    from mappa_desktop.core.signing.keys import installation_signer

    signer = installation_signer(store, name=args.text)
    say(args, Message("Packages are signed as: {name}", name=cell(signer.name)))
    return 0


def _export(store, args, t) -> int:
    from mappa_desktop.commands import refuse_to_replace
    from mappa_desktop.core.safe_files import ExportError
    from mappa_desktop.core.signing.fingerprint import spoken
    from mappa_desktop.core.signing.key_file import write_key_file
    from mappa_desktop.core.signing.keys import installation_signer

    signer = installation_signer(store)
    try:
        path = write_key_file(signer, args.file, overwrite=args.force)
    except FileExistsError as error:
        return refuse_to_replace(args, error)
    except ExportError as error:
        complain(args, error)
        return 1
    say(args, Message("Saved {path}", path=path))
    say(args, Message("Your fingerprint: {fingerprint}", fingerprint=spoken(signer.fingerprint)))
    return 0


def _trust(store, args, t) -> int:
    from mappa_desktop.core.signing.fingerprint import spoken
    from mappa_desktop.core.signing.key_file import KeyFileError, read_key_file
    from mappa_desktop.core.signing.trust import TrustError, trust_fingerprint, trust_key
    from mappa_desktop.core.store import default_actor

    if (args.file is None) == (args.fingerprint is None):
        complain(args, Message("Give either a public key file or --fingerprint (with --name), not both."))
        return 2
    try:
        if args.file is not None:
            key = read_key_file(args.file)
            sender = trust_key(store, key.public_key, args.name or key.name, actor=default_actor())
        else:
            sender = trust_fingerprint(store, args.fingerprint, args.name or "", actor=default_actor())
    except (KeyFileError, TrustError) as error:
        complain(args, error)
        return 1
    say(
        args,
        Message(
            "Trusted {name} (fingerprint {fingerprint}).",
            name=cell(sender.name),
            fingerprint=spoken(sender.fingerprint),
        ),
    )
    if args.file is not None:
        say(args, Message("Check this fingerprint with the sender by phone, on a number you already know."))
    return 0


def _list(store, args, t) -> int:
    from mappa_desktop.core.signing.fingerprint import spoken
    from mappa_desktop.core.signing.trust import trusted_senders

    senders = trusted_senders(store.db.conn)
    if not senders:
        say(args, Message("No trusted senders yet."))
        return 0
    for sender in senders:
        how = t("key file") if sender.how == "key file" else t("fingerprint by phone")
        print(
            "  ".join((spoken(sender.fingerprint), cell(sender.name), f"({how}, {sender.added_at:%Y-%m-%d})"))
        )
    return 0


def _remove(store, args, t) -> int:
    from mappa_desktop.core.signing.fingerprint import spoken
    from mappa_desktop.core.signing.trust import TrustError, remove_sender
    from mappa_desktop.core.store import default_actor

    try:
        sender = remove_sender(store, args.fingerprint, actor=default_actor())
    except TrustError as error:
        complain(args, error)
        return 1
    say(
        args,
        Message(
            "No longer trusted: {name} (fingerprint {fingerprint}).",
            name=cell(sender.name),
            fingerprint=spoken(sender.fingerprint),
        ),
    )
    return 0


_ACTIONS = {
    "show": _show,
    "name": _name,
    "export-public": _export,
    "trust": _trust,
    "list": _list,
    "remove": _remove,
}
