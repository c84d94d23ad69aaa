"""``--format text``: an assessment in plain words (English or Welsh) that a trainer can read aloud."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from functools import partial

from mappa_desktop.core.dates import date_in_words
from mappa_desktop.core.rules.assessment import Assessment, TraceEntry
from mappa_desktop.core.rules.sentences import say

MARK_LABELS = {True: "[met]", False: "[not met]", None: "[unknown]"}
SEVERITY_LABELS = {"consider": "CONSIDER", "info": "INFO", "warning": "WARNING"}
_WIDTH = 100


def _wrap(text: str, indent: str, hang: str | None = None) -> list[str]:
    hang = indent if hang is None else hang
    lines = textwrap.wrap(
        text,
        _WIDTH,
        initial_indent=indent,
        subsequent_indent=hang,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return lines or [indent]


def _yes_no(value: bool | None, yes: str, no: str, unknown: str) -> str:
    return unknown if value is None else (yes if value else no)


def _outcome_lines(a: Assessment, t: Callable[[str], str]) -> list[str]:
    eligible = _yes_no(
        a.mappa_eligible,
        t("Yes: at least one MAPPA category is met."),
        t("No: every MAPPA category is ruled out."),
        t("Not yet known: more answers are needed."),
    )
    if a.category is not None:
        category = t("Category {number}").format(number=a.category)
        if len(a.categories_met) > 1:
            others = ", ".join(str(n) for n in a.categories_met if n != a.category)
            category += " " + t("(Categories {others} are also met; the order of precedence decides)").format(
                others=others
            )
    elif a.categories_met:
        met = ", ".join(str(n) for n in a.categories_met)
        category = t(
            "Not yet known. Category {met} is met, but a category earlier in the order of precedence is "
            "still unknown."
        ).format(met=met)
    else:
        category = t("None") if a.mappa_eligible is False else t("Not yet known.")
    if a.level is not None:
        level = t("Level {number}").format(number=a.level)
    elif a.mappa_eligible is False:
        level = t("None (no category is met).")
    else:
        level = t("Not yet known.")
    labels = [t("Eligible for MAPPA:"), t("Category:"), t("Recommended level:")]
    width = max(len(label) for label in labels) + 2
    return [
        f"{label:<{width}}{value}" for label, value in zip(labels, (eligible, category, level), strict=True)
    ]


def _entry_lines(entry: TraceEntry, t: Callable[[str], str]) -> list[str]:
    verdict = _yes_no(entry.outcome, t("MET"), t("NOT MET"), t("NOT YET KNOWN"))
    out = [f"{entry.title or entry.rule}: {verdict}"]
    marks = {met: t(mark) for met, mark in MARK_LABELS.items()}
    width = max(len(mark) for mark in marks.values())
    if entry.lines:
        for line in entry.lines:
            indent = "  " + "    " * line.depth + f"{marks[line.met]:<{width}}" + " "
            out += _wrap(line.text, indent, " " * len(indent))
    else:
        for c in entry.criteria:
            indent = "  " + f"{marks[c.met]:<{width}}" + " "
            out += _wrap(c.text, indent, " " * len(indent))
    if entry.citations:
        sources = "; ".join(c.title for c in entry.citations)
        out += _wrap(t("Sources: {sources}.").format(sources=sources), "    ", "      ")
    return out


def explain_text(assessment: Assessment, language: str = "en") -> str:
    """The outcome first, then why (criterion by criterion), then prompts, questions still open, sources;
    the fixed words in ``language`` (evaluate in the same language for the rule pack's own text)."""
    a = assessment
    t = partial(say, language)
    out = [
        t("MAPPA screening assessment on {day}").format(day=date_in_words(a.rule_pack.as_of, language)),
        t("(rule pack {id}, version {version})").format(id=a.rule_pack.id, version=a.rule_pack.version),
        "",
        t("OUTCOME"),
        *_outcome_lines(a, t),
        "",
    ]
    for note in a.notes:
        out += _wrap(note, "")
    out += ["", t("WHY"), ""]
    for entry in a.trace:
        if entry.rule.startswith(("category.", "level.")):
            out += [*_entry_lines(entry, t), ""]
    out += [t("PROMPTS (advice, not decisions)")]
    if not a.prompts:
        out += ["  " + t("None.")]
    for prompt in a.prompts:
        severity = t(SEVERITY_LABELS.get(prompt.severity, prompt.severity.upper()))
        out += _wrap(f"{severity}: {prompt.text}", "  - ", "    ")
        if prompt.citations:
            sources = "; ".join(c.title for c in prompt.citations)
            out += _wrap(t("Sources: {sources}.").format(sources=sources), "      ", "        ")
    out += ["", t("STILL NEEDED (answers that could change the outcome)")]
    if not a.missing:
        out += ["  " + t("Nothing: the outcome is settled by the answers given.")]
    questions = a.missing_questions or a.missing
    for name, question in zip(a.missing, questions, strict=False):
        out += _wrap(f"{question} ({name})" if question != name else name, "  - ", "    ")
    out += ["", t("SOURCES")]
    shown = [e for e in a.trace if e.rule.startswith(("category.", "level."))]
    seen: dict[str, object] = {}
    for cite in [c for e in shown for c in e.citations] + [c for p in a.prompts for c in p.citations]:
        seen.setdefault(cite.title, cite)
    for cite in seen.values():
        out += _wrap(f"{cite.title}.", "  - ", "    ")
        if cite.guidance:
            out += _wrap(t("In short: {guidance}").format(guidance=cite.guidance), "    ", "    ")
        out.append(f"    {cite.url}")
    return "\n".join(out) + "\n"
