"""The quiz session's results as a PDF for the training record, marked TRAINING on every page.

Built as a ``Summary`` so the same painter as referral summaries lays it out (marking in the header and
footer, page numbers, embedded fonts); the marking is always "TRAINING" plus the security marking, so
the file can never pass for a referral summary.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from mappa_desktop.core.summary import Bullets, Paragraph, Row, Section, Summary, Table, Wording
from mappa_desktop.core.summary.formatting import Formatter
from mappa_desktop.core.training import NOT_ELIGIBLE, NOT_KNOWN, Feedback, Scenario
from mappa_desktop.core.training.reasons import Reason
from mappa_desktop.gui.i18n import tr

TRAINING_MARK = "TRAINING"


@dataclass(frozen=True)
class QuizResult:
    scenario: Scenario
    feedback: Feedback


def training_marking(security_marking: str) -> str:
    """The marking on every page of anything training produces."""
    return f"{TRAINING_MARK}: {tr('fictional cases, not real referrals')} / {security_marking}"


def choice_text(value: object, topic: str) -> str:
    """A category or level answer as a trainee reads it."""
    if value == NOT_ELIGIBLE:
        return tr("Not eligible (no category)") if topic == "category" else tr("None (no category)")
    if value == NOT_KNOWN:
        return tr("Not yet known")
    if topic == "category":
        return tr("Category {number}", number=value)
    return tr("Level {number}", number=value)


def mark(reason: Reason) -> str:
    return {True: "\u2713", False: "\u2717", None: "?"}[reason.met]


def point_lines(feedback: Feedback, prompt_titles: dict[str, str]) -> list[Row]:
    rows = []
    for point in feedback.points:
        verdict = tr("Right") if point.correct else tr("Not right")
        if point.topic == "prompt":
            if not point.prompt:
                label = tr("Prompts")
                said = tr("You chose none and none apply.")
            else:
                label = tr(
                    "Prompt: {prompt}", prompt=prompt_titles.get(point.prompt, point.title or point.prompt)
                )
                chosen = tr("you chose it") if point.chosen else tr("you did not choose it")
                fires = tr("it applies") if point.expected else tr("it does not apply")
                said = f"{chosen}; {fires}."
        else:
            label = tr("Category") if point.topic == "category" else tr("Level")
            said = tr(
                "You chose {chosen}; the answer is {expected}.",
                chosen=choice_text(point.chosen, point.topic),
                expected=choice_text(point.expected, point.topic),
            )
        why = "\n".join(f"{mark(r)} {r.text}" for r in point.reasons)
        counter = ""
        if point.counter:
            counter = tr("Why your choice does not hold:") + "\n"
            counter += "\n".join(f"{mark(r)} {r.text}" for r in point.counter)
        rows.append(Row(f"{label}: {verdict}", "\n".join(x for x in (said, why, counter) if x)))
    return rows


def results_summary(
    results: list[QuizResult],
    *,
    trainee: str,
    security_marking: str,
    prompt_titles: dict[str, str],
    when: dt.datetime | None = None,
    language: str = "en",
) -> Summary:
    when = when or dt.datetime.now().astimezone()
    score = sum(r.feedback.score for r in results)
    total = sum(r.feedback.total for r in results)
    overview = Table(
        (
            Row(tr("Trainee"), trainee or tr("(not given)")),
            Row(tr("Scenarios answered"), str(len(results))),
            Row(tr("Points"), f"{score} / {total}"),
        )
    )
    notice = Paragraph(
        tr(
            "Training record. Every case in this document is fictional; nothing here is a referral or a "
            "decision about a real person. Answers were marked against the rule pack in force on each "
            "scenario's date."
        )
    )
    sections = [Section("overview", tr("Quiz results"), (notice, overview))]
    for result in results:
        s, fb = result.scenario, result.feedback
        heading = f"{s.title.get(language)} ({fb.score} / {fb.total})"
        parts = (
            Paragraph(s.narrative.get(language), tr("The case (fictional)")),
            Table(tuple(point_lines(fb, prompt_titles)), tr("Your answers")),
            Bullets(tuple(p.get(language) for p in s.learning_points), tr("Learning points")),
            Paragraph(s.debrief.get(language), tr("Debrief")),
        )
        sections.append(Section(s.id, heading, parts))
    return Summary(
        title=tr("MAPPA training: quiz results"),
        subtitle=trainee,
        marking=training_marking(security_marking),
        generated_at=when,
        generated_text=tr("Generated {when}", when=Formatter(Wording(language)).datetime(when)),
        language=language,
        sections=tuple(sections),
        phrases={"page": tr("Page"), "of": tr("of")},
    )


def save_results_pdf(summary: Summary, path: str | os.PathLike[str], *, overwrite: bool) -> Path:
    """Write the results PDF atomically (owner-only), as referral summaries are written."""
    from mappa_desktop.export.pdf import write_pdf

    return write_pdf(summary, path, overwrite=overwrite)
