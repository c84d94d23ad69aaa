"""Rules engine speed: the editor re-evaluates on every keystroke, and loads the pack at start-up.

Targets (issue #3): evaluating a complete case <= 1 ms median; loading the pack <= 50 ms median.

    python benchmarks/rules_bench.py
"""

from __future__ import annotations

import datetime as dt
import statistics
import time

from mappa_desktop.core.facts import Case, Facts
from mappa_desktop.core.rules import evaluate, load_pack
from mappa_desktop.core.rules.pack import load_pack_uncached
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
    return {
        "pack_load_ms_median": statistics.median(loads) * 1e3,
        "pack_load_cached_us_median": statistics.median(_times(lambda: load_pack(directory), 200)) * 1e6,
        "evaluate_complete_case_us_median": statistics.median(evals) * 1e6,
        "evaluate_complete_case_us_p95": evals[int(len(evals) * 0.95)] * 1e6,
        "evaluate_and_dump_json_us_median": statistics.median(dumps) * 1e6,
    }


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name:40s} {value:10.1f}")
