"""Run every benchmark and print its figures beside the targets.

    python benchmarks/run.py            # all
    python benchmarks/run.py rules      # one group: startup, store, rules, export, screening, reliability

Each group is a module in this folder exposing ``run() -> dict[str, float]``. Figures are measured in this
run; where a target is a ratio, its baseline is measured in the same run (see each module).
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# group -> (module, {figure: (target, "max"|"min")})
GROUPS: dict[str, tuple[str, dict[str, tuple[float, str]]]] = {
    # The app opens its encrypted database (passphrase on a file descriptor); encryption's own cost at start
    # (key derivation and keyed opening, less a plain opening of the same data) is measured beside it.
    "startup": (
        "startup_bench",
        {"startup_ratio": (2.0, "max"), "encryption_startup_cost_ms": (100.0, "max")},
    ),
    # Encrypted (SQLCipher) figures; the plain ones and the encrypted / plain ratios are printed beside them.
    "store": ("store_bench", {"autosave_ms_p95": (10.0, "max")}),
    "rules": (
        "rules_bench",
        {"pack_load_ms_median": (50.0, "max"), "evaluate_complete_case_us_median": (1000.0, "max")},
    ),
    "export": ("export_bench", {"pdf_ms_median": (300.0, "max"), "package_ms_median": (20.0, "max")}),
    "screening": (
        "screening_bench",
        {
            "queue_open_ms": (300.0, "max"),
            "filter_ms_max": (100.0, "max"),
            "sort_ms_max": (100.0, "max"),
            "search_ms_max": (100.0, "max"),
            "import_1000_s": (10.0, "max"),
            "peak_rss_mb": (300.0, "max"),
            "db_bytes_per_package_byte": (1.0, "max"),
        },
    ),
    # The adversarial runs of issue 11 at their --quick size (counted, not timed): every count must be 0.
    "reliability": (
        "reliability_bench",
        {
            "runs_that_lost_data": (0.0, "max"),
            "runs_with_false_damaged": (0.0, "max"),
            "runs_with_other_errors": (0.0, "max"),
        },
    ),
}


def main(argv: list[str]) -> int:
    chosen = argv or list(GROUPS)
    # One QApplication for every group in this process: the export group would otherwise leave a bare
    # QGuiApplication behind, on which the screening group cannot build widgets.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive for the run
    missed = 0
    for group in chosen:
        module_name, targets = GROUPS[group]
        figures = importlib.import_module(module_name).run()
        print(f"\n== {group}")
        for name, value in figures.items():
            line = f"  {name:40s} {value:12.3f}"
            if name in targets:
                target, kind = targets[name]
                ok = value <= target if kind == "max" else value >= target
                missed += not ok
                line += f"   target {'<=' if kind == 'max' else '>='} {target:g}  {'ok' if ok else 'MISSED'}"
            print(line)
    print(f"\n{'all targets met' if not missed else f'{missed} target(s) missed'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
