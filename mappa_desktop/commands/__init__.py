"""Headless sub-commands of ``mappa-desktop``; see ``mappa_desktop.cli``."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from mappa_desktop.core.messages import Message, said
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
        complain(
            args,
            Message(
                "{db} is a folder, not a referrals database. Nothing was read or changed. Give the database "
                "file itself with --db (for example --db {example}).",
                db=db,
                example=db / "referrals.db",
            ),
        )
        return None
    if not db.is_file():
        complain(
            args,
            Message(
                "There is no referrals database at {db}. Nothing was read or changed. Check the --db path "
                "(run 'mappa-desktop sample-data --db PATH' or open the app to create one).",
                db=db,
            ),
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
        raise refusal(Message("'{text}' is not a whole number", text=text)) from None
    if value < 0:
        raise refusal(Message("{value} is less than 0; give 0 or more", value=value))
    if value > MAX_COUNT:
        raise refusal(
            Message("{text} is more than {most}; give a smaller number", text=text, most=f"{MAX_COUNT:,}")
        )
    return value


def date_argument(text: str) -> dt.date:
    """An argparse ``type`` for a YYYY-MM-DD date, whose error says the form to use."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise refusal(Message("'{text}' is not a date; use YYYY-MM-DD", text=text)) from None


ASSESSABLE = (dt.date(1900, 1, 1), dt.date(2199, 12, 31))
"""Days a case can be assessed on: the rules count years and months back and forward from it, and a
day at either end of the calendar would take those sums off it."""


def assessment_date(text: str) -> dt.date:
    """An argparse ``type`` for ``--as-of``: a YYYY-MM-DD date the rules can assess on."""
    day = date_argument(text)
    first, last = ASSESSABLE
    if not first <= day <= last:
        raise refusal(
            Message(
                "{text} is outside the days a case can be assessed on ({first} to {last})",
                text=text,
                first=first.isoformat(),
                last=last.isoformat(),
            )
        )
    return day


def refuse_to_replace(args: argparse.Namespace, error: FileExistsError) -> int:
    """Say that the output file exists and how to replace it; the exit status for that refusal."""
    complain(
        args, Message("{error} Use --force to replace it.", error=error.args[0] if error.args else error)
    )
    return 1


# What a command prints for a person --------------------------------------------------------------------
#
# Every sentence a person reads as the result of a command is said in the --lang language: a sentence with
# values is a ``Message`` (core's errors and refusals carry one too) printed with ``say`` or ``complain``;
# a fixed word (a column heading, a status) comes from ``words(args)``. Both read the one wording table,
# ``resources/templates/headings.json``, keyed by the English text; tests/i18n/test_cli_welsh.py fails on
# a sentence printed in English under --lang cy. Argparse's --help stays English (see that test's module).


def language(args: argparse.Namespace) -> str:
    """The language chosen with ``--lang`` (English when none was)."""
    return getattr(args, "lang", "en")


def say(args: argparse.Namespace, message: object) -> None:
    """Print ``message`` (a ``Message``, an error raised with one, or text) on standard output."""
    print(said(message, language(args)))


def complain(args: argparse.Namespace, message: object) -> None:
    """Print ``message`` on standard error: a refusal or failure, in the --lang language."""
    print(said(message, language(args)), file=sys.stderr)


def words(args: argparse.Namespace):
    """The command's fixed words in the language chosen with ``--lang`` (``words(args)("Saved {path}")``),
    from the one wording table the summaries use (``resources/templates/headings.json``)."""
    from mappa_desktop.core.summary.headings import Wording

    return Wording(language(args)).t


LANGUAGE_CHOSEN: dict[str, str] = {}
"""``--lang`` as read from the command line before argparse runs (``cli.main``): argparse checks an
argument's value (``count_argument``...) before it has read ``--lang``, and its refusal is printed then."""


def refusal(message: Message) -> argparse.ArgumentTypeError:
    """An argument's value refused, said in the --lang language."""
    return argparse.ArgumentTypeError(said(message, LANGUAGE_CHOSEN.get("lang", "en")))


def fd_argument(text: str) -> int:
    """An argparse ``type`` for ``--passphrase-fd``: a descriptor number. Its error never repeats what was
    given (someone may have typed the passphrase itself there)."""
    if not text.isdigit() or int(text) > 1_000_000:
        raise refusal(
            Message(
                "give the number of an open file descriptor (for example 3 with '3< file' or '3<<<'), "
                "never the passphrase itself"
            )
        )
    return int(text)


FD_HELP = (
    "read the database passphrase from file descriptor N (one line), as gpg does; without it the "
    "passphrase is asked at the terminal. It is never taken from an argument or the environment"
)


def add_options_after(parser: argparse.ArgumentParser) -> None:
    """``--lang`` and ``--passphrase-fd`` after a command or its action too (``mappa-desktop audit verify
    --lang cy --passphrase-fd 3``); left unset there, the ones given before the command stand."""
    parser.add_argument(
        "--lang",
        choices=("en", "cy"),
        metavar="en|cy",
        default=argparse.SUPPRESS,
        help="the language of the words printed: en (English) or cy (Cymraeg)",
    )
    parser.add_argument(
        "--passphrase-fd",
        type=fd_argument,
        metavar="N",
        dest="passphrase_fd",
        default=argparse.SUPPRESS,
        help=FD_HELP,
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
