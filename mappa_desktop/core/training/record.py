"""The training record: quiz attempts in the Training area's own database file, never the officer's.

A training database is a separate SQLite file (default ``training.sqlite3`` beside the referrals
database). It holds no referrals and cannot be opened as one: it refuses a file that holds referrals,
so a slip of the file chooser cannot mix fictional scenarios with real cases.

It is opened with the referrals store's file checks (``core.store.files``): a new file is created
owner-only (0600, its journal takes the same mode) in an owner-only folder (0700) whatever the umask; an
existing file must be an ordinary SQLite file (never a pipe or device) and is made owner-only again. The
trainee names and answers it holds are nobody else's business on a shared computer.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from mappa_desktop.core.database_driver import sqlite3
from mappa_desktop.core.store import files
from mappa_desktop.core.store.connection import BUSY_TIMEOUT_MS
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
        path = default_training_database() if path is None else Path(path)
        db = Database(_connect(path))
        tables = set(db.table_names())
        if tables and MARKER_TABLE not in tables:
            db.close()
            raise NotATrainingDatabase(
                f"{path} is not a training database (it holds {', '.join(sorted(tables))}). "
                "Training keeps its own file so real referrals are never touched; choose another file."
            )
        with db.conn:
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
        return cls(path, db)

    def close(self) -> None:
        self.db.close()

    def add_attempt(
        self, session: str, scenario_id: str, trainee: str, feedback: Feedback, answer: dict
    ) -> None:
        with self.db.conn:
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


def _connect(path: Path) -> sqlite3.Connection:
    """A connection to the training file at ``path``, checked and owner-only as the store's are (raises
    the store's ``StoreError`` saying what is wrong with the file or its folder)."""
    from mappa_desktop.paths import user_data_dir

    if path.exists():
        files.check_before_opening(path)
    else:
        files.prepare_new(path)
    files.keep_private(path, data_folder=user_data_dir())
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn
