"""Figures for the Strategic Management Board, computed in SQL over the received referrals.

The 2022 inspection asks boards for regular (twice-yearly) analysis and audit of referrals that were not
accepted; these are the tables behind the window's charts, the CSV and the PDF report. A period limits
them to referrals made (or, where the referral date is missing, received) in it. Diversity counts keep
"unknown", "declined" and "not recorded" as values of their own, never dropped. Category and level are
the ones the officer referred under (``core.referral.referred_under``), which the import stores in the
``category`` and ``level_sought`` columns.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
from dataclasses import dataclass, field

from mappa_desktop.core.database_driver import sqlite3
from mappa_desktop.core.screening.model import STATUS_LABELS, ScreeningStatus

DIVERSITY_DIMENSIONS = ("ethnicity", "gender", "age_band")
DIMENSION_LABELS = {"ethnicity": "Ethnicity", "gender": "Gender", "age_band": "Age band"}
OUTCOMES = ("accepted", "not accepted", "pending", "withdrawn")
DECIDED_COLUMNS = ("Level 1 (not accepted)", "Level 2", "Level 3", "Pending", "Withdrawn")

_OUTCOME_SQL = (
    "CASE WHEN status IN ('accepted_level_2', 'accepted_level_3') THEN 'accepted' "
    "WHEN status = 'not_accepted' THEN 'not accepted' WHEN status = 'withdrawn' THEN 'withdrawn' "
    "ELSE 'pending' END"
)
_DAY_SQL = "coalesce(referred_on, substr(received_at, 1, 10))"


@dataclass(frozen=True)
class AcceptanceRate:
    group: str
    decided: int
    accepted: int

    @property
    def rate(self) -> float | None:
        """Accepted as a share of those decided (accepted or not); None when none is decided."""
        return self.accepted / self.decided if self.decided else None


@dataclass(frozen=True)
class SampledReferral:
    referral_id: str
    subject_name: str
    category: int | None
    level_sought: int | None
    aid_level: int | None
    decided_at: str
    reasons: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class BoardFigures:
    since: dt.date | None
    until: dt.date | None
    total: int
    by_category: list[tuple[str, int]]
    sought_vs_decided: list[tuple[str, dict[str, int]]]
    acceptance: list[AcceptanceRate]
    cat3_da_by_month: list[tuple[str, int]]
    not_accepted_total: int
    sample: list[SampledReferral]
    sample_seed: int
    diversity: dict[str, list[tuple[str, dict[str, int]]]] = field(default_factory=dict)


def _category(value: int | None) -> str:
    return f"Category {value}" if value else "Category not stated"


def _level(value: int | None) -> str:
    return f"Level {value} sought" if value else "Level not stated"


def board_figures(
    conn: sqlite3.Connection,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    sample_size: int = 10,
    seed: int | None = None,
) -> BoardFigures:
    """Every board figure for referrals made from ``since`` to ``until`` (inclusive; None = open).

    The audit sample of not-accepted referrals is drawn with ``seed`` (random if None; the seed is in
    the result, so the same sample can be drawn again)."""
    where, params = ["1"], []
    if since:
        where.append(f"{_DAY_SQL} >= ?")
        params.append(since.isoformat())
    if until:
        where.append(f"{_DAY_SQL} <= ?")
        params.append(until.isoformat())
    w = " AND ".join(where)

    def rows(sql: str, extra: tuple = ()) -> list[tuple]:
        return conn.execute(sql.format(w=w), (*params, *extra)).fetchall()

    total = rows("SELECT count(*) FROM received_referrals WHERE {w}")[0][0]
    by_category = [
        (_category(c), n)
        for c, n in rows(
            "SELECT category, count(*) FROM received_referrals WHERE {w} "
            "GROUP BY 1 ORDER BY category IS NULL, 1"
        )
    ]
    decided_name = {
        "not_accepted": DECIDED_COLUMNS[0],
        "accepted_level_2": DECIDED_COLUMNS[1],
        "accepted_level_3": DECIDED_COLUMNS[2],
        "received": DECIDED_COLUMNS[3],
        "more_information": DECIDED_COLUMNS[3],
        "withdrawn": DECIDED_COLUMNS[4],
    }
    matrix: dict[str, dict[str, int]] = {}
    for sought, status, n in rows(
        "SELECT level_sought, status, count(*) FROM received_referrals WHERE {w} GROUP BY 1, 2"
    ):
        line = matrix.setdefault(_level(sought), dict.fromkeys(DECIDED_COLUMNS, 0))
        line[decided_name[status]] += n
    sought_vs_decided = sorted(matrix.items(), key=lambda item: (item[0] == "Level not stated", item[0]))

    acceptance = []
    overall_decided = overall_accepted = 0
    for category, decided, accepted in rows(
        "SELECT category, sum(status IN ('accepted_level_2','accepted_level_3','not_accepted')), "
        "sum(status IN ('accepted_level_2','accepted_level_3')) FROM received_referrals WHERE {w} "
        "GROUP BY 1 ORDER BY category IS NULL, 1"
    ):
        acceptance.append(AcceptanceRate(_category(category), decided or 0, accepted or 0))
        overall_decided += decided or 0
        overall_accepted += accepted or 0
    acceptance.append(AcceptanceRate("All referrals", overall_decided, overall_accepted))

    cat3 = rows(
        f"SELECT substr({_DAY_SQL}, 1, 7), count(*) FROM received_referrals WHERE {{w}} AND category = 3 "
        "AND da_flag = 1 GROUP BY 1 ORDER BY 1"
    )

    not_accepted = [
        r[0]
        for r in rows("SELECT id FROM received_referrals WHERE {w} AND status = 'not_accepted' ORDER BY id")
    ]
    seed = random.SystemRandom().randrange(1, 1_000_000) if seed is None else seed
    chosen = random.Random(seed).sample(not_accepted, min(sample_size, len(not_accepted)))
    sample = [_sampled(conn, referral_id) for referral_id in sorted(chosen)]

    diversity: dict[str, list[tuple[str, dict[str, int]]]] = {}
    for dimension in DIVERSITY_DIMENSIONS:
        table: dict[str, dict[str, int]] = {}
        for value, outcome, n in rows(
            f"SELECT {dimension}, {_OUTCOME_SQL}, count(*) FROM received_referrals WHERE {{w}} GROUP BY 1, 2"
        ):
            table.setdefault(value, dict.fromkeys(OUTCOMES, 0))[outcome] += n
        diversity[dimension] = sorted(table.items(), key=lambda item: (-sum(item[1].values()), item[0]))
    return BoardFigures(
        since,
        until,
        total,
        by_category,
        sought_vs_decided,
        acceptance,
        [(month, n) for month, n in cat3],
        len(not_accepted),
        sample,
        seed,
        diversity,
    )


def _sampled(conn: sqlite3.Connection, referral_id: str) -> SampledReferral:
    name, category, sought, aid, decided = conn.execute(
        "SELECT subject_name, category, level_sought, aid_level, decided_at FROM received_referrals "
        "WHERE id = ?",
        (referral_id,),
    ).fetchone()
    last = conn.execute(
        "SELECT reasons, note FROM screening_decisions WHERE referral_id = ? ORDER BY id DESC LIMIT 1",
        (referral_id,),
    ).fetchone()
    reasons, note = (tuple(json.loads(last[0])), last[1]) if last else ((), "")
    return SampledReferral(referral_id, name, category, sought, aid, (decided or "")[:10], reasons, note)


def figures_table_rows(figures: BoardFigures) -> list[tuple[str, str, str, str]]:
    """Every figure as ``(table, group, measure, value)``: the CSV's rows and the report's tables."""
    out: list[tuple[str, str, str, str]] = [("Referrals", "All", "count", str(figures.total))]
    out += [("Referrals by category", group, "count", str(n)) for group, n in figures.by_category]
    for sought, line in figures.sought_vs_decided:
        out += [("Level sought against level decided", sought, column, str(n)) for column, n in line.items()]
    for rate in figures.acceptance:
        share = "" if rate.rate is None else f"{rate.rate:.1%}"
        out += [
            ("Acceptance", rate.group, "decided", str(rate.decided)),
            ("Acceptance", rate.group, "accepted", str(rate.accepted)),
            ("Acceptance", rate.group, "acceptance rate", share),
        ]
    out += [
        ("Category 3 domestic abuse referrals", month, "count", str(n))
        for month, n in figures.cat3_da_by_month
    ]
    for dimension, table in figures.diversity.items():
        for value, counts in table:
            out += [
                (f"Diversity: {DIMENSION_LABELS[dimension]}", value, outcome, str(n))
                for outcome, n in counts.items()
            ]
    for s in figures.sample:
        out.append(
            (
                f"Audit sample of not-accepted referrals (seed {figures.sample_seed})",
                s.referral_id[:8],
                "subject; category; level sought; aid level; decided; reasons",
                "; ".join(
                    [
                        s.subject_name,
                        _category(s.category),
                        _level(s.level_sought),
                        f"Level {s.aid_level}" if s.aid_level else "",
                        s.decided_at,
                        ", ".join(s.reasons),
                    ]
                ),
            )
        )
    return out


def figures_csv(figures: BoardFigures) -> str:
    """The figures as CSV (one figure a line), headed by the period."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["table", "group", "measure", "value"])
    writer.writerow(["Period", "from", "date", figures.since.isoformat() if figures.since else "start"])
    writer.writerow(["Period", "to", "date", figures.until.isoformat() if figures.until else "today"])
    writer.writerows([spreadsheet_safe(value) for value in row] for row in figures_table_rows(figures))
    return buffer.getvalue()


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def spreadsheet_safe(value: object) -> object:
    """A CSV cell a spreadsheet will not run: text starting like a formula gets a leading ``'`` (OWASP).

    Numbers stay numbers (a negative count is not text); names of agencies or groups come from
    referral packages, that is from someone else, and ``=HYPERLINK(...)`` must stay text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def status_label(status: str) -> str:
    return STATUS_LABELS[ScreeningStatus(status)]
