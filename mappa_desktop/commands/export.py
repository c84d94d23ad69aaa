"""``mappa-desktop export ID``: a referral as PDF, referral package (JSON), HTML or text, headless.

The output is the same as the app's (same summary, templates, page painter and package writer). Files
are written atomically and readable by the owner only; an existing file is replaced only with --force.
Each export is recorded in the database, as the app's are, so the referrals list can say "Changed since
export" when the referral is edited afterwards.
"""

from __future__ import annotations

import argparse
import sys

from mappa_desktop.commands import (
    add_db_argument,
    add_language_argument,
    assessment_date,
    existing_database,
    refuse_to_replace,
    words,
)

FORMATS = ("pdf", "json", "html", "text")


def add_parser(subparsers) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "export",
        help="save a referral as PDF, referral package, HTML or text",
        description=(
            "Save one referral's summary (PDF, HTML, text) or its referral package (json, a "
            "NAME.mappa.json file a MAPPA coordinator can import). The file is readable by you only."
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
    from mappa_desktop.core.store import ReferralNotFound, StoreError, default_actor
    from mappa_desktop.core.summary import DEFAULT_MARKING
    from mappa_desktop.export.service import export_to_file, prepare, record_export

    db = existing_database(args)
    if db is None:
        return 1
    try:
        with open_store(args, db) as store:
            referral = store.load(args.id)
    except ReferralNotFound:
        print(
            f"No referral with id {args.id} in {db}. Run 'mappa-desktop list --db {db}' to see the ids.",
            file=sys.stderr,
        )
        return 1
    except StoreError as error:
        print(error, file=sys.stderr)
        return 1
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
        )
    except FileExistsError as error:
        return refuse_to_replace(error)
    except (ExportError, RulePackError) as error:
        print(error, file=sys.stderr)
        return 1
    t = words(args)
    try:
        with open_store(args, db) as store:
            record_export(store, referral.id, args.format, actor=default_actor(), language=language)
    except (StoreError, ReferralNotFound) as error:  # the file is written; only its record failed
        message = t("Saved {path}, but recording the export failed: {error}").format(path=path, error=error)
        print(message, file=sys.stderr)
        return 1
    if args.format == "json":
        print(t("Saved {path}").format(path=path))
    else:
        print(
            t("Saved {path} (summary in {language})").format(path=path, language=t(LANGUAGE_NAMES[language]))
        )
    return 0


LANGUAGE_NAMES = {"en": "English", "cy": "Welsh", "bilingual": "Welsh and English"}
