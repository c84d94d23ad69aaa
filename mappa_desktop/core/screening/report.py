"""The board figures as a ``Summary`` (sections of tables), so the PDF report is painted by the same
``export.pdf.SummaryPages`` as a referral summary, with the security marking on every page."""

from __future__ import annotations

import datetime as dt
import re

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
    bilingual_summary,
)
from mappa_desktop.core.summary.formatting import Formatter

BAR_WIDTH = 30


def _bar(n: int, largest: int) -> str:
    """A bar of block characters, so the printed report shows proportions as the charts do."""
    return "█" * max(1 if n else 0, round(BAR_WIDTH * n / largest)) if largest else ""


def _counts(pairs: list[tuple[str, int]], t) -> Table:
    largest = max((n for _, n in pairs), default=0)
    return Table(tuple(Row(group_label(group, t), f"{n:>6}  {_bar(n, largest)}") for group, n in pairs))


def group_label(text: str, t) -> str:
    """A figure's group label in the report's language: "Category 2" is "Categori 2" in Welsh."""
    number = re.search(r"\d+", text)
    if number is None or t(text) != text:
        return t(text)
    return t(text.replace(number.group(), "{number}", 1)).replace("{number}", number.group())


def _period(figures: BoardFigures, f: Formatter) -> str:
    start = f.date(figures.since) if figures.since else f.t("the first referral")
    end = f.date(figures.until) if figures.until else f.t("today")
    return f.t("Referrals made from {start} to {end}").format(start=start, end=end)


def figures_summary(
    figures: BoardFigures,
    *,
    marking: str = DEFAULT_MARKING,
    generated_at: dt.datetime | None = None,
    language: str = "en",
) -> Summary:
    """The report: period, counts by category, sought against decided, acceptance, Category 3 domestic
    abuse by month, diversity by outcome, and the audit sample of not-accepted referrals (in ``language``:
    "en", "cy", or "bilingual")."""
    when = generated_at or dt.datetime.now().astimezone()
    if language == "bilingual":  # Welsh and English side by side, Welsh first
        welsh, english = (
            figures_summary(figures, marking=marking, generated_at=when, language=lang)
            for lang in ("cy", "en")
        )
        return bilingual_summary(welsh, english)
    wording = Wording(language)
    f = Formatter(wording)
    t = wording.t
    sections = [
        Section(
            "period",
            t("Period and scope"),
            (
                Paragraph(
                    t(
                        "{period}: {total} referral(s) received. Prepared for the Strategic Management "
                        "Board's twice-yearly analysis and audit of MAPPA referrals, including those not "
                        "accepted (2022 joint thematic inspection)."
                    ).format(period=_period(figures, f), total=figures.total)
                ),
            ),
        ),
        Section(
            "categories", t("Referrals by category"), (_counts(figures.by_category, t),), t("No referrals.")
        ),
        Section(
            "sought_decided",
            t("Level sought against level decided"),
            tuple(
                Table(
                    tuple(Row(group_label(column, t), str(n)) for column, n in line.items()),
                    caption=group_label(sought, t),
                )
                for sought, line in figures.sought_vs_decided
            ),
            t("No referrals."),
        ),
        Section(
            "acceptance",
            t("Acceptance rates (accepted at Level 2 or 3, of those decided)"),
            (
                Table(
                    tuple(
                        Row(
                            group_label(r.group, t),
                            t("{accepted} of {decided} decided").format(
                                accepted=r.accepted, decided=r.decided
                            )
                            + (f" ({r.rate:.0%})" if r.rate is not None else " " + t("(none decided yet)")),
                        )
                        for r in figures.acceptance
                    )
                ),
            ),
        ),
        Section(
            "cat3_da",
            t("Category 3 domestic abuse referrals by month"),
            (_counts(figures.cat3_da_by_month, t),) if figures.cat3_da_by_month else (),
            t("No Category 3 domestic abuse referrals in the period."),
        ),
    ]
    for dimension, table in figures.diversity.items():
        sections.append(
            Section(
                f"diversity_{dimension}",
                t("Diversity of referrals and decisions: {dimension}").format(
                    dimension=t(DIMENSION_LABELS[dimension]).lower()
                ),
                (
                    Table(
                        tuple(
                            Row(t(value), ", ".join(f"{t(outcome)} {n}" for outcome, n in counts.items()))
                            for value, counts in table
                        ),
                        caption=t("'unknown', 'declined' and 'not recorded' are counted as they were given"),
                    ),
                )
                if table
                else (),
                t("No referrals."),
            )
        )
    sample_items = tuple(_sampled(s, t) for s in figures.sample)
    sections.append(
        Section(
            "audit_sample",
            t("Random sample of not-accepted referrals for audit"),
            (
                Bullets(
                    sample_items,
                    caption=t(
                        "{shown} of {total} not accepted, drawn at random (seed {seed}, so the same sample "
                        "can be drawn again)"
                    ).format(
                        shown=len(figures.sample), total=figures.not_accepted_total, seed=figures.sample_seed
                    ),
                ),
            )
            if sample_items
            else (),
            t("No referral was not accepted in the period."),
        )
    )
    return Summary(
        title=t("MAPPA screening: figures for the Strategic Management Board"),
        subtitle=_period(figures, f),
        marking=marking.strip() or DEFAULT_MARKING,
        generated_at=when,
        generated_text=f"{t('Generated')} {f.datetime(when)}",
        language=language,
        sections=tuple(sections),
        phrases=wording.page_phrases(),
    )


def _sampled(s, t) -> str:
    """One referral of the audit sample in a line."""
    category = t("Category {number}").format(number=s.category) if s.category else t("category not stated")
    sought = (
        t("Level {number} sought").format(number=s.level_sought) if s.level_sought else t("level not stated")
    )
    aid = t("aid Level {number}").format(number=s.aid_level) if s.aid_level else t("aid no level")
    line = t("{name} (ref {ref}): {category}, {sought}, {aid}; decided {decided}; reasons: {reasons}").format(
        name=s.subject_name or t("name not recorded"),
        ref=s.referral_id[:8],
        category=category,
        sought=sought,
        aid=aid,
        decided=s.decided_at,
        reasons=", ".join(s.reasons) or t("none recorded"),
    )
    return line + (f"; {t('note')}: {s.note}" if s.note else "")
