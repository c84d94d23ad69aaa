"""The board figures as a ``Summary`` (sections of tables), so the PDF report is painted by the same
``export.pdf.SummaryPages`` as a referral summary, with the security marking on every page."""

from __future__ import annotations

import datetime as dt

from mappa_desktop.core.screening.figures import DIMENSION_LABELS, BoardFigures
from mappa_desktop.core.summary import (
    DEFAULT_MARKING,
    Bullets,
    Paragraph,
    Row,
    Section,
    Summary,
    Table,
    Wording,
)

BAR_WIDTH = 30


def _bar(n: int, largest: int) -> str:
    """A bar of block characters, so the printed report shows proportions as the charts do."""
    return "█" * max(1 if n else 0, round(BAR_WIDTH * n / largest)) if largest else ""


def _counts(pairs: list[tuple[str, int]]) -> Table:
    largest = max((n for _, n in pairs), default=0)
    return Table(tuple(Row(group, f"{n:>6}  {_bar(n, largest)}") for group, n in pairs))


def _period(figures: BoardFigures) -> str:
    start = figures.since.strftime("%d %B %Y") if figures.since else "the first referral"
    end = figures.until.strftime("%d %B %Y") if figures.until else "today"
    return f"Referrals made from {start} to {end}"


def figures_summary(
    figures: BoardFigures, *, marking: str = DEFAULT_MARKING, generated_at: dt.datetime | None = None
) -> Summary:
    """The report: period, counts by category, sought against decided, acceptance, Category 3 domestic
    abuse by month, diversity by outcome, and the audit sample of not-accepted referrals."""
    when = generated_at or dt.datetime.now().astimezone()
    sections = [
        Section(
            "period",
            "Period and scope",
            (
                Paragraph(
                    f"{_period(figures)}: {figures.total} referral(s) received. Prepared for the Strategic "
                    "Management Board's twice-yearly analysis and audit of MAPPA referrals, including those "
                    "not accepted (2022 joint thematic inspection)."
                ),
            ),
        ),
        Section("categories", "Referrals by category", (_counts(figures.by_category),), "No referrals."),
        Section(
            "sought_decided",
            "Level sought against level decided",
            tuple(
                Table(
                    tuple(Row(column, str(n)) for column, n in line.items()),
                    caption=sought,
                )
                for sought, line in figures.sought_vs_decided
            ),
            "No referrals.",
        ),
        Section(
            "acceptance",
            "Acceptance rates (accepted at Level 2 or 3, of those decided)",
            (
                Table(
                    tuple(
                        Row(
                            r.group,
                            f"{r.accepted} of {r.decided} decided"
                            + (f" ({r.rate:.0%})" if r.rate is not None else " (none decided yet)"),
                        )
                        for r in figures.acceptance
                    )
                ),
            ),
        ),
        Section(
            "cat3_da",
            "Category 3 domestic abuse referrals by month",
            (_counts(figures.cat3_da_by_month),) if figures.cat3_da_by_month else (),
            "No Category 3 domestic abuse referrals in the period.",
        ),
    ]
    for dimension, table in figures.diversity.items():
        sections.append(
            Section(
                f"diversity_{dimension}",
                f"Diversity of referrals and decisions: {DIMENSION_LABELS[dimension].lower()}",
                (
                    Table(
                        tuple(
                            Row(value, ", ".join(f"{outcome} {n}" for outcome, n in counts.items()))
                            for value, counts in table
                        ),
                        caption="'unknown', 'declined' and 'not recorded' are counted as they were given",
                    ),
                )
                if table
                else (),
                "No referrals.",
            )
        )
    sample_items = tuple(
        f"{s.subject_name or 'name not recorded'} (ref {s.referral_id[:8]}): "
        f"{'Category ' + str(s.category) if s.category else 'category not stated'}, "
        f"{'Level ' + str(s.level_sought) + ' sought' if s.level_sought else 'level not stated'}, "
        f"aid {'Level ' + str(s.aid_level) if s.aid_level else 'no level'}; decided {s.decided_at}; "
        f"reasons: {', '.join(s.reasons) or 'none recorded'}" + (f"; note: {s.note}" if s.note else "")
        for s in figures.sample
    )
    sections.append(
        Section(
            "audit_sample",
            "Random sample of not-accepted referrals for audit",
            (
                Bullets(
                    sample_items,
                    caption=f"{len(figures.sample)} of {figures.not_accepted_total} not accepted, drawn at "
                    f"random (seed {figures.sample_seed}, so the same sample can be drawn again)",
                ),
            )
            if sample_items
            else (),
            "No referral was not accepted in the period.",
        )
    )
    return Summary(
        title="MAPPA screening: figures for the Strategic Management Board",
        subtitle=_period(figures),
        marking=marking.strip() or DEFAULT_MARKING,
        generated_at=when,
        generated_text=f"Generated {when:%d %B %Y %H:%M}",
        language="en",
        sections=tuple(sections),
        phrases=Wording("en").page_phrases(),
    )
