"""``mappa-desktop import PATH...``: import referral packages into the co-ordinator's screening queue.

Files and folders (every ``*.mappa.json`` inside) are read and verified first; each package is then
written whole or not at all. Exit status 0 if every file was imported (or was already held), 1 if any
was refused: each refusal is printed with its reason.
"""

from __future__ import annotations

import argparse

from mappa_desktop.commands import add_db_argument, complain, database_path, language, say, words
from mappa_desktop.commands.terminal import cell, json_text


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "import",
        help="import referral packages (.mappa.json) for screening",
        description=(
            "Import referral packages sent to the MAPPA co-ordinator: files, or folders of *.mappa.json. "
            "Each is checked (size, format, version, SHA-256 digest, signature) and imported whole or not at "
            "all. A package whose signature fails is refused; each imported one says who signed it: a "
            "trusted sender, an unknown key, or nobody (unsigned). See mappa-desktop keys."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a package file or a folder of them")
    add_db_argument(parser)
    parser.add_argument(
        "--on-duplicate",
        choices=("keep", "replace"),
        default="keep",
        help="a referral already held: keep the existing record (default) or replace its content",
    )
    parser.add_argument("--format", choices=("table", "json"), default="table", help="how to report")
    return parser


def run(args: argparse.Namespace) -> int:
    from mappa_desktop.commands.passphrase import open_store
    from mappa_desktop.core.messages import Message, said
    from mappa_desktop.core.screening import ImportOutcome, import_packages
    from mappa_desktop.core.store import StoreError, default_actor

    t = words(args)
    if args.on_duplicate == "keep" and args.format == "table":
        say(
            args,
            Message(
                "Referrals already held are kept as they are (use --on-duplicate replace to replace them)."
            ),
        )
    try:
        with open_store(args, database_path(args)) as store:
            results = import_packages(
                store, args.paths, actor=default_actor(), on_duplicate=args.on_duplicate
            )
    except StoreError as error:
        complain(args, error)
        return 1
    refused = [r for r in results if r.outcome is ImportOutcome.refused]
    if args.format == "json":
        print(
            json_text(
                [
                    {
                        "path": r.path,
                        "outcome": str(r.outcome),
                        "referral_id": r.referral_id,
                        "reason": said(r.reason, language(args)) or None,
                        **_signature_json(r.signature),
                    }
                    for r in results
                ],
            )
        )
    else:
        for r in results:
            line = f"{t(r.outcome.value):<14} {cell(r.path)}"
            if r.outcome is not ImportOutcome.refused and r.referral_id:
                line += "  " + t("(referral {ref})").format(ref=cell(r.referral_id[:8]))
            if r.reason:
                line += f": {cell(said(r.reason, language(args)))}"
            print(line)
            if r.signature is not None:
                print("    " + cell(r.signature.sentence_text(t)))
        counts = {outcome: sum(r.outcome is outcome for r in results) for outcome in ImportOutcome}
        print(", ".join(f"{n} {t(outcome.value)}" for outcome, n in counts.items()))
    if not results:
        complain(args, Message("No package files were found at the paths given."))
        return 1
    return 1 if refused else 0


def _signature_json(signature) -> dict[str, object]:
    """Who signed an imported package, for ``--format json`` (nothing for a refused file)."""
    if signature is None:
        return {}
    return {
        "signature": str(signature.state),
        "signer_fingerprint": signature.fingerprint,
        "signer": signature.name or None,
    }
