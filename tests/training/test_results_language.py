"""Issue 15: the quiz results PDF writes its date in the language it is produced in."""

from __future__ import annotations

import datetime as dt

from mappa_desktop.gui.training.results_pdf import results_summary


def test_the_results_say_when_in_the_quiz_language():
    when = dt.datetime(2026, 12, 1, 9, 5)
    welsh = results_summary(
        [], trainee="A. Trainee", security_marking="OFFICIAL", prompt_titles={}, when=when, language="cy"
    )
    english = results_summary(
        [], trainee="A. Trainee", security_marking="OFFICIAL", prompt_titles={}, when=when
    )
    assert welsh.generated_text.endswith("1 Rhagfyr 2026 am 09:05")
    assert english.generated_text == "Generated 1 December 2026 at 09:05"
