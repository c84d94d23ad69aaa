"""The training record: quiz attempts in the Training area's own database file, never the officer's.

A training database is a separate SQLite file (default ``training.sqlite3`` beside the referrals
database). It holds no referrals and cannot be opened as one: it refuses a file that holds referrals,
so a slip of the file chooser cannot mix fictional scenarios with real cases.

It is opened by the referrals store's one connection factory (``core.store.connection.connect``), with its
file checks: a new file is created owner-only (0600, its journal takes the same mode) in an owner-only
folder (0700) whatever the umask; an existing file must be an ordinary SQLite file (never a pipe or
device) and is made owner-only again. The trainee names and answers it holds are nobody else's business on
a shared computer.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from mappa_desktop.core.database_driver import sqlite3
from mappa_desktop.core.store.connection import connect, transaction
from mappa_desktop.core.training.quiz import Feedback

MARKER_TABLE = "training_marker"
ATTEMPTS_TABLE = "quiz_attempts"


class NotATrainingDatabase(Exception):
    """The file is not a training database (for example, it is the officer's referrals database)."""


def default_training_database() -> Path:
    from mappa_desktop.paths import user_data_dir

    return user_data_dir() / "training.sqlite3"


@dataclass(frozen=True)
class Attempt:
    session: str
    scenario_id: str
    trainee: str
    score: int
    total: int
    answered_at: dt.datetime
    answer: dict


class TrainingRecord:
    """Quiz attempts, grouped by session. Open with ``TrainingRecord.open(path)``."""

    def __init__(self, path: Path, db: Database) -> None:
        self.path, self.db = path, db

    @classmethod
    def open(cls, path: Path | str | None = None) -> TrainingRecord:
        """Open (creating if absent) the training file, through the store's one connection factory
        (``core.store.connection.connect``): the same file checks, owner-only modes, damage check, WAL
        and busy timeout as the referrals database. Raises ``NotATrainingDatabase`` for any other
        database (the referrals one included) and the store's ``StoreError`` for a file that cannot be
        opened."""
        path = default_training_database() if path is None else Path(path)
        return cls(path, connect(path, check_ours=_check_training, prepare=_prepare, plain_only=True))

    def close(self) -> None:
        self.db.close()

    def add_attempt(
        self, session: str, scenario_id: str, trainee: str, feedback: Feedback, answer: dict
    ) -> None:
        with transaction(self.db, self.path, "record of the quiz answer"):
            self.db[ATTEMPTS_TABLE].insert(
                {
                    "session": session,
                    "scenario_id": scenario_id,
                    "trainee": trainee,
                    "score": feedback.score,
                    "total": feedback.total,
                    "answered_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "answer": json.dumps(answer, sort_keys=True),
                }
            )

    def attempts(self, session: str | None = None) -> list[Attempt]:
        where, args = ("session = ?", [session]) if session else (None, None)
        rows = self.db[ATTEMPTS_TABLE].rows_where(where, args, order_by="id")
        return [
            Attempt(
                r["session"],
                r["scenario_id"],
                r["trainee"],
                r["score"],
                r["total"],
                dt.datetime.fromisoformat(r["answered_at"]),
                json.loads(r["answer"]),
            )
            for r in rows
        ]


def _check_training(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse, by reading only, a database that holds tables but is not a training record."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if tables - {"sqlite_sequence"} and MARKER_TABLE not in tables:
        raise NotATrainingDatabase(
            f"{path} is not a training database (it holds {', '.join(sorted(tables))}). "
            "Training keeps its own file so real referrals are never touched; choose another file."
        )


def _prepare(db: Database, path: Path, read_write: bool) -> None:
    """The marker that makes the file a training record, and the attempts table."""
    if not read_write:
        return
    with transaction(db, path, "preparation of the training record"):
        db[MARKER_TABLE].insert(
            {"id": 1, "purpose": "TRAINING: fictional scenarios only"}, pk="id", replace=True
        )
        db[ATTEMPTS_TABLE].create(
            {
                "id": int,
                "session": str,
                "scenario_id": str,
                "trainee": str,
                "score": int,
                "total": int,
                "answered_at": str,
                "answer": str,
            },
            pk="id",
            if_not_exists=True,
        )
