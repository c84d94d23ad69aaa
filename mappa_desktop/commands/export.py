"""``mappa-desktop export ID``: a referral as PDF, referral package (JSON), HTML or text, headless.

The output is the same as the app's (same summary, templates, page painter and package writer). Files
are written atomically and readable by the owner only; an existing file is replaced only with --force.
Each export is recorded in the database, as the app's are, so the referrals list can say "Changed since
export" when the referral is edited afterwards.
"""

from __future__ import annotations

import argparse

from mappa_desktop.commands import (
    add_db_argument,
    add_language_argument,
    assessment_date,
    complain,
    existing_database,
    refuse_to_replace,
    say,
)
from mappa_desktop.core.messages import Message

FORMATS = ("pdf", "json", "html", "text")


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "export",
        help="save a referral as PDF, referral package, HTML or text",
        description=(
            "Save one referral's summary (PDF, HTML, text) or its referral package (json, a "
            "NAME.mappa.json file a MAPPA coordinator can import, signed with this installation's key: see "
            "mappa-desktop keys). The file is readable by you only."
        ),
    )
    parser.add_argument("id", metavar="ID", help="the referral's id (see: mappa-desktop list)")
    add_db_argument(parser)
    parser.add_argument("--format", choices=FORMATS, required=True, help="what to write")
    parser.add_argument("--out", metavar="FILE", required=True, help="the file to write")
    parser.add_argument("--force", action="store_true", help="replace FILE if it already exists")
    parser.add_argument(
        "--marking",
        metavar="TEXT",
        default=None,
        help="security marking on every page (default: OFFICIAL-SENSITIVE)",
    )
    parser.add_argument(
        "--encrypt-to",
        metavar="KEYFILE",
        help="with --format json: encrypt the package for the coordinator whose public key file this is "
        "(NAME.mappa-key.json), so only their copy of the application can open it",
    )
    parser.add_argument(
        "--as-of", type=assessment_date, metavar="DATE", help="assess as on this date (default: today)"
    )
    add_language_argument(
        parser, "the summary", "Welsh when the person's preferred language is Welsh, else the --lang language"
    )
    return parser


def run(args: argparse.Namespace) -> int:
    from mappa_desktop.commands.passphrase import open_store
    from mappa_desktop.core.rules import RulePackError
    from mappa_desktop.core.safe_files import ExportError
    from mappa_desktop.core.signing.keys import installation_signer
    from mappa_desktop.core.store import ReferralNotFound, StoreError, default_actor
    from mappa_desktop.core.summary import DEFAULT_MARKING
    from mappa_desktop.export.service import export_to_file, prepare, record_export

    db = existing_database(args)
    if db is None:
        return 1
    coordinator = None
    if args.encrypt_to is not None:
        from mappa_desktop.core.signing.key_file import KeyFileError, read_key_file

        if args.format != "json":
            complain(args, Message("--encrypt-to is for referral packages: use it with --format json."))
            return 2
        try:
            coordinator = read_key_file(args.encrypt_to)
        except KeyFileError as error:
            complain(args, error)
            return 1
    try:
        with open_store(args, db) as store:
            referral = store.load(args.id)
            # A package is signed with this installation's key (made now if there is none yet).
            signer = installation_signer(store) if args.format == "json" else None
    except ReferralNotFound:
        complain(
            args,
            Message(
                "No referral with id {id} in {db}. Run 'mappa-desktop list --db {db}' to see the ids.",
                id=args.id,
                db=db,
            ),
        )
        return 1
    except StoreError as error:
        complain(args, error)
        return 1
    from mappa_desktop.commands.terminal import cell
    from mappa_desktop.core.signing.fingerprint import spoken
    from mappa_desktop.core.summary import summary_language

    preferred = referral.subject.preferred_language
    language = args.language or summary_language(preferred, getattr(args, "lang", "en"))
    try:
        prepared = prepare(referral, as_of=args.as_of)
        path = export_to_file(
            prepared,
            args.format,
            args.out,
            overwrite=args.force,
            marking=args.marking or DEFAULT_MARKING,
            language=language,
            signer=signer,
            seal_for=coordinator,
        )
    except FileExistsError as error:
        return refuse_to_replace(args, error)
    except (ExportError, RulePackError) as error:
        complain(args, error)
        return 1
    try:
        with open_store(args, db) as store:
            record_export(store, referral.id, args.format, actor=default_actor(), language=language)
    except (StoreError, ReferralNotFound) as error:  # the file is written; only its record failed
        complain(
            args, Message("Saved {path}, but recording the export failed: {error}", path=path, error=error)
        )
        return 1
    if args.format == "json":
        say(args, Message("Saved {path}", path=path))
        say(
            args,
            Message(
                "Signed by this installation's key, fingerprint {fingerprint}.",
                fingerprint=spoken(signer.fingerprint),
            ),
        )
        if coordinator is not None:
            say(
                args,
                Message(
                    "Encrypted for {name} (fingerprint {fingerprint}): only their copy can open it.",
                    name=cell(coordinator.name),
                    fingerprint=spoken(coordinator.fingerprint),
                ),
            )
    else:
        name = Message(LANGUAGE_NAMES[language])
        say(args, Message("Saved {path} (summary in {language})", path=path, language=name))
    return 0


LANGUAGE_NAMES = {"en": "English", "cy": "Welsh", "bilingual": "Welsh and English"}
