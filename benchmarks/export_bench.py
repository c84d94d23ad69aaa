"""Export speed: PDF of a complete referral (target <= 300 ms) and its package (target <= 20 ms).

A "complete" referral is the fullest of a batch of fictional sample referrals (most filled sections,
MARAC cases and agencies), assessed once with the bundled rule pack; each figure is the median of
repeated renders of it (assessment not included, as in the app where it is already on screen).
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

AS_OF = dt.date(2026, 6, 1)


def _median_ms(fn, repeat: int) -> float:
    fn()  # warm-up: fonts, templates, imports
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _fullest_referral():
    from mappa_desktop.core.sample_data import sample_referrals

    def filled(referral) -> int:
        return len(referral.model_dump_json(exclude_none=True))

    return max(sample_referrals(200, seed=1, as_of=AS_OF), key=filled)


def run() -> dict[str, float]:
    from mappa_desktop.core.package import build_package, package_bytes
    from mappa_desktop.core.summary import build_summary
    from mappa_desktop.export.pdf import ensure_gui_application, render_pdf
    from mappa_desktop.export.service import prepare
    from mappa_desktop.export.templates import render_html, render_text

    ensure_gui_application()
    prepared = prepare(_fullest_referral(), as_of=AS_OF)

    def summary():
        return build_summary(prepared.referral, prepared.assessment)

    return {
        "pdf_ms_median": _median_ms(lambda: render_pdf(summary()), 15),
        "package_ms_median": _median_ms(
            lambda: package_bytes(build_package(prepared.referral, prepared.facts, prepared.assessment)), 50
        ),
        "text_ms_median": _median_ms(lambda: render_text(summary()), 50),
        "html_ms_median": _median_ms(lambda: render_html(summary()), 50),
    }


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name:24s} {value:8.2f}")
