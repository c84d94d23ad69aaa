"""The training record: quiz attempts in the Training area's own database file, never the officer's.

A training database is a separate SQLite file (default ``training.sqlite3`` beside the referrals
database). It holds no referrals and cannot be opened as one: it refuses a file that holds referrals,
so a slip of the file chooser cannot mix fictional scenarios with real cases.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

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
        path.parent.mkdir(parents=True, exist_ok=True)
        db = Database(path)
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
