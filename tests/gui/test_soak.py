"""The soak benchmark at CI size: what was typed is what was stored, nothing took focus, and the
refcount of None does not fall (the PySide6 6.12 / Python 3.11 abort). Correctness only, no timing."""

from __future__ import annotations

import sys

from benchmarks.soak_bench import run_soak


def test_a_small_soak_session_stores_exactly_what_was_typed():
    result = run_soak(keys=600, changes=20, autosave_ms=30)
    assert result.keys >= 600 and result.changes >= 20
    assert result.mismatches == []
    assert result.focus_lost == 0
    assert len(result.sections) >= 5
    if sys.version_info < (3, 12):
        assert result.none_after >= result.none_before
