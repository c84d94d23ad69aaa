"""``--format text``: an assessment in plain words (English or Welsh) that a trainer can read aloud.

The words of the outcome, verdicts and prompts are ``core.wording``'s, as on every other surface."""

from __future__ import annotations

import textwrap

from mappa_desktop.core.dates import date_in_words
from mappa_desktop.core.rules.assessment import Assessment, TraceEntry
from mappa_desktop.core.rules.tree import Row
from mappa_desktop.core.wording import AssessmentWords

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


def _outcome_lines(a: Assessment, words: AssessmentWords) -> list[str]:
    t = words.t
    labels = [t("Eligible for MAPPA:"), t("Category:"), t("Recommended level:")]
    width = max(len(label) for label in labels) + 2
    return [f"{label:<{width}}{value}" for label, value in zip(labels, words.outcome(a), strict=True)]


def _entry_lines(entry: TraceEntry, words: AssessmentWords) -> list[str]:
    t = words.t
    out = [words.rule_heading(entry)]
    rows = entry.lines or [Row(0, c.met, c.text) for c in entry.criteria]
    # Each criterion as the summary's "Why" says it: "Yes: ...", "No: ...", "Not yet known: ...".
    for row in rows:
        indent = "  " + "    " * row.depth
        out += _wrap(words.statement(row.met, row.text), indent, indent + "    ")
    if entry.citations:
        sources = "; ".join(c.title for c in entry.citations)
        out += _wrap(t("Sources: {sources}.").format(sources=sources), "    ", "      ")
    return out


def explain_text(assessment: Assessment, language: str = "en") -> str:
    """The outcome first, then why (criterion by criterion), then prompts, questions still open, sources;
    the fixed words in ``language`` (evaluate in the same language for the rule pack's own text)."""
    a = assessment
    words = AssessmentWords(language)
    t = words.t
    out = [
        t("MAPPA screening assessment on {day}").format(day=date_in_words(a.rule_pack.as_of, language)),
        t("(rule pack {id}, version {version})").format(id=a.rule_pack.id, version=a.rule_pack.version),
        "",
        t("OUTCOME"),
        *_outcome_lines(a, words),
        "",
    ]
    for note in a.notes:
        out += _wrap(note, "")
    out += ["", t("WHY"), ""]
    for entry in a.trace:
        if entry.rule.startswith(("category.", "level.")):
            out += [*_entry_lines(entry, words), ""]
    out += [t("PROMPTS (advice, not decisions)")]
    if not a.prompts:
        out += ["  " + t("None.")]
    for prompt in a.prompts:
        out += _wrap(words.prompt(a, prompt), "  - ", "    ")
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
