"""Headless sub-commands of ``mappa-desktop``; see ``mappa_desktop.cli``."""

from __future__ import annotations

import argparse
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
