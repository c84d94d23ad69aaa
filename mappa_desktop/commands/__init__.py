"""Headless sub-commands of ``mappa-desktop``; see ``mappa_desktop.cli``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from mappa_desktop.paths import default_database


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """Every sub-command that touches data takes ``--db PATH``."""
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="database file (default: the one in your data folder)",
    )


def database_path(args: argparse.Namespace) -> Path:
    """The database a command should use: ``--db`` if given, else the user's default."""
    db = getattr(args, "db", None)
    return Path(db) if db else default_database()


def existing_database(args: argparse.Namespace) -> Path | None:
    """The database a reading command should use, or None (after saying so) if there is none there.

    Commands that only read must not create an empty database at a mistyped ``--db`` path.
    """
    db = database_path(args)
    if db.is_dir():
        print(
            f"{db} is a folder, not a referrals database. Nothing was read or changed. "
            f"Give the database file itself with --db (for example --db {db / 'referrals.db'}).",
            file=sys.stderr,
        )
        return None
    if not db.is_file():
        print(
            f"There is no referrals database at {db}. Nothing was read or changed. Check the --db path "
            "(run 'mappa-desktop sample-data --db PATH' or open the app to create one).",
            file=sys.stderr,
        )
        return None
    return db


MAX_COUNT = 1_000_000_000
"""Larger than any list a command could show or draw, and small enough for SQLite's integers."""


def count_argument(text: str) -> int:
    """An argparse ``type`` for a whole number that is 0 or more, whose error says so."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is less than 0; give 0 or more")
    if value > MAX_COUNT:
        raise argparse.ArgumentTypeError(f"{text} is more than {MAX_COUNT:,}; give a smaller number")
    return value


def date_argument(text: str) -> dt.date:
    """An argparse ``type`` for a YYYY-MM-DD date, whose error says the form to use."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; use YYYY-MM-DD") from None


ASSESSABLE = (dt.date(1900, 1, 1), dt.date(2199, 12, 31))
"""Days a case can be assessed on: the rules count years and months back and forward from it, and a
day at either end of the calendar would take those sums off it."""


def assessment_date(text: str) -> dt.date:
    """An argparse ``type`` for ``--as-of``: a YYYY-MM-DD date the rules can assess on."""
    day = date_argument(text)
    first, last = ASSESSABLE
    if not first <= day <= last:
        raise argparse.ArgumentTypeError(
            f"{text} is outside the days a case can be assessed on ({first.isoformat()} to "
            f"{last.isoformat()})"
        )
    return day


def refuse_to_replace(error: FileExistsError) -> int:
    """Say that the output file exists and how to replace it; the exit status for that refusal."""
    print(f"{error} Use --force to replace it.", file=sys.stderr)
    return 1


def words(args: argparse.Namespace):
    """The command's fixed words in the language chosen with ``--lang`` (``words(args)("Saved {path}")``),
    from the one wording table the summaries use (``resources/templates/headings.json``)."""
    from mappa_desktop.core.summary.headings import Wording

    return Wording(getattr(args, "lang", "en")).t


def add_lang_after(parser: argparse.ArgumentParser) -> None:
    """``--lang`` after a command's action too (``mappa-desktop audit verify --lang cy``); left unset there,
    the one given before stands."""
    parser.add_argument(
        "--lang",
        choices=("en", "cy"),
        metavar="en|cy",
        default=argparse.SUPPRESS,
        help="the language of the words printed: en (English) or cy (Cymraeg)",
    )


def add_language_argument(parser: argparse.ArgumentParser, what: str, default: str) -> None:
    """``--language en|cy|bilingual`` for a document ``what`` ("the summary"); ``default`` says what is used
    without it."""
    parser.add_argument(
        "--language",
        choices=("en", "cy", "bilingual"),
        default=None,
        help=f"language of {what}: en, cy, or bilingual (Welsh and English side by side, Welsh first); "
        f"default: {default}",
    )
