"""Rules engine speed: the editor re-evaluates on every keystroke, and loads the pack at start-up.

Targets (issue #3): evaluating a complete case <= 1 ms median; loading the pack <= 50 ms median.
Issue 16: ``evaluate --batch`` at least 5,000 complete cases a second (one core; the audit run).

    python benchmarks/rules_bench.py
"""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import statistics
import time

from mappa_desktop.core.facts import Case, Facts
from mappa_desktop.core.rules import evaluate, load_pack
from mappa_desktop.core.rules.loader import load_pack_uncached
from mappa_desktop.paths import rules_dir

# Every fact answered: the most work a single evaluation does.
COMPLETE = Case(
    as_of=dt.date(2026, 6, 1),
    facts=Facts(
        sex_offender_notification=False,
        offence_class="specified_violent",
        finding="convicted",
        outcome="custody",
        custody_months=30,
        licence_or_order_active=True,
        ct_notification=False,
        terrorism_risk=False,
        serious_harm_offence=True,
        rosh="high",
        multi_agency_management_needed=True,
        lower_risk_needs_coordination=False,
        stepping_down_from_level_3=False,
        senior_oversight_needed=False,
        high_public_interest=False,
        domestic_abuse=True,
        dash_score=15,
        da_risk_indicators=["stalking", "threats_to_kill"],
        da_incidents_12m=3,
        da_incidents_3y=4,
        da_victims_3y=2,
        age=34,
        marac_heard=True,
        marac_last_heard=dt.date(2026, 3, 1),
        da_incident_since_marac=True,
        matac_adopted=False,
        iom_cohort="flex",
        in_custody=True,
        release_date=dt.date(2026, 10, 1),
        level_set=False,
        visor_record=False,
        police_offender_manager_allocated=False,
    ),
)


def batch_lines(count: int, seed: int = 16) -> list[str]:
    """``count`` complete cases (every fact answered, one to three victims), varied like a period's
    referrals, as the lines of a CASES.jsonl file."""
    rng = random.Random(seed)
    base = COMPLETE.facts.model_dump(mode="json")
    for name in ("dash_score", "da_risk_indicators", "da_incidents_12m", "marac_heard", "marac_last_heard"):
        base.pop(name)
    base.pop("da_incident_since_marac")
    indicators = ["stalking", "threats_to_kill", "separation", "non_fatal_strangulation", "coercive_control"]
    lines = []
    for number in range(count):
        facts = dict(base)
        facts.update(
            sex_offender_notification=rng.random() < 0.3,
            offence_class=rng.choice(
                ["murder", "specified_violent", "specified_sexual", "other", "terrorism"]
            ),
            custody_months=float(rng.choice([6, 11, 12, 18, 30, 48])),
            rosh=rng.choice(["low", "medium", "high", "very_high"]),
            multi_agency_management_needed=rng.random() < 0.5,
            senior_oversight_needed=rng.random() < 0.2,
            high_public_interest=rng.random() < 0.2,
            iom_cohort=rng.choice(["none", "fixed", "flex", "free"]),
            release_date=(dt.date(2026, 6, 1) + dt.timedelta(days=rng.randint(-30, 400))).isoformat(),
        )
        facts["victims"] = [
            {
                "label": f"V{i + 1}",
                "dash_score": rng.randint(0, 24),
                "incidents_12m": rng.randint(0, 4),
                "risk_indicators": rng.sample(indicators, rng.randint(0, 2)),
                "assessed_high_risk": rng.random() < 0.3,
                "heard_at_marac": rng.random() < 0.4,
                "marac_last_referred": (
                    dt.date(2026, 6, 1) - dt.timedelta(days=rng.randint(0, 700))
                ).isoformat(),
                "incident_since_marac": rng.random() < 0.3,
            }
            for i in range(rng.randint(1, 3))
        ]
        lines.append(json.dumps({"id": f"R-{number}", "as_of": "2026-06-01", "facts": facts}))
    return lines


def batch_seconds(pack, lines: list[str], clock=time.process_time) -> float:
    """Seconds for ``evaluate --batch`` over ``lines``: the command's own loop, output to memory. The
    default clock is this process's CPU time: the machine the benchmark runs on is shared."""
    from mappa_desktop.core.rules.batch import read_lines, result_line

    out = io.StringIO()
    start = clock()
    for line in read_lines(lines):
        assert line.case is not None, line.error
        out.write(result_line(pack, line) + "\n")
    return clock() - start


def _times(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return sorted(out)


def run() -> dict[str, float]:
    directory = rules_dir()
    load_pack_uncached(directory)  # warm imports
    loads = _times(lambda: load_pack_uncached(directory), 30)
    pack = load_pack(directory)
    for _ in range(200):
        evaluate(pack, COMPLETE)
    evals = _times(lambda: evaluate(pack, COMPLETE), 3000)
    dumps = _times(lambda: evaluate(pack, COMPLETE).model_dump(mode="json"), 1000)
    batch_seconds(pack, batch_lines(500, seed=1))  # imports and compiled conditions, as a real run's start
    runs = []
    for seed in (2, 3, 4):  # new cases each run, and nothing remembered from the last: no cache flatters it
        lines = batch_lines(5000, seed=seed)
        pack.recent.clear()
        runs.append((batch_seconds(pack, lines), batch_seconds(pack, lines, time.perf_counter)))
    return {
        "pack_load_ms_median": statistics.median(loads) * 1e3,
        "pack_load_cached_us_median": statistics.median(_times(lambda: load_pack(directory), 200)) * 1e6,
        "evaluate_complete_case_us_median": statistics.median(evals) * 1e6,
        "evaluate_complete_case_us_p95": evals[int(len(evals) * 0.95)] * 1e6,
        "evaluate_and_dump_json_us_median": statistics.median(dumps) * 1e6,
        "batch_complete_cases_per_second_cpu": len(lines) / min(cpu for cpu, _ in runs),
        "batch_complete_cases_per_second_wall": len(lines) / min(wall for _, wall in runs),
    }


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name:40s} {value:10.1f}")
