"""``--format text``: an assessment in plain English that a trainer can read aloud."""

from __future__ import annotations

import textwrap

from mappa_desktop.core.rules.assessment import Assessment, TraceEntry

_MARK = {True: "[met]    ", False: "[not met]", None: "[unknown]"}
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


def _outcome_lines(a: Assessment) -> list[str]:
    eligible = _yes_no(
        a.mappa_eligible,
        "Yes: at least one MAPPA category is met.",
        "No: every MAPPA category is ruled out.",
        "Not yet known: more answers are needed.",
    )
    if a.category is not None:
        category = f"Category {a.category}"
        if len(a.categories_met) > 1:
            others = ", ".join(str(n) for n in a.categories_met if n != a.category)
            category += f" (Categories {others} are also met; the order of precedence decides)"
    elif a.categories_met:
        met = ", ".join(str(n) for n in a.categories_met)
        category = (
            f"Not yet known. Category {met} is met, but a category earlier in the order of "
            "precedence is still unknown."
        )
    else:
        category = "None" if a.mappa_eligible is False else "Not yet known."
    if a.level is not None:
        level = f"Level {a.level}"
    elif a.mappa_eligible is False:
        level = "None (no category is met)."
    else:
        level = "Not yet known."
    return [
        f"Eligible for MAPPA:  {eligible}",
        f"Category:            {category}",
        f"Recommended level:   {level}",
    ]


def _entry_lines(entry: TraceEntry) -> list[str]:
    verdict = _yes_no(entry.outcome, "MET", "NOT MET", "NOT YET KNOWN")
    out = [f"{entry.title or entry.rule}: {verdict}"]
    if entry.lines:
        for line in entry.lines:
            indent = "  " + "    " * line.depth + _MARK[line.met] + " "
            out += _wrap(line.text, indent, " " * len(indent))
    else:
        for c in entry.criteria:
            indent = "  " + _MARK[c.met] + " "
            out += _wrap(c.text, indent, " " * len(indent))
    if entry.citations:
        out += _wrap("Sources: " + "; ".join(c.title for c in entry.citations) + ".", "    ", "      ")
    return out


def explain_text(assessment: Assessment) -> str:
    """The outcome first, then why (criterion by criterion), then prompts, questions still open, sources."""
    a = assessment
    out = [
        f"MAPPA screening assessment on {a.rule_pack.as_of.isoformat()}",
        f"(rule pack {a.rule_pack.id}, version {a.rule_pack.version})",
        "",
        "OUTCOME",
        *_outcome_lines(a),
        "",
    ]
    for note in a.notes:
        out += _wrap(note, "")
    out += ["", "WHY", ""]
    for entry in a.trace:
        if entry.rule.startswith(("category.", "level.")):
            out += [*_entry_lines(entry), ""]
    out += ["PROMPTS (advice, not decisions)"]
    if not a.prompts:
        out += ["  None."]
    for prompt in a.prompts:
        out += _wrap(f"{prompt.severity.upper()}: {prompt.text}", "  - ", "    ")
        if prompt.citations:
            sources = "; ".join(c.title for c in prompt.citations)
            out += _wrap(f"Sources: {sources}.", "      ", "        ")
    out += ["", "STILL NEEDED (answers that could change the outcome)"]
    if not a.missing:
        out += ["  Nothing: the outcome is settled by the answers given."]
    questions = a.missing_questions or a.missing
    for name, question in zip(a.missing, questions, strict=False):
        out += _wrap(f"{question} ({name})" if question != name else name, "  - ", "    ")
    out += ["", "SOURCES"]
    shown = [e for e in a.trace if e.rule.startswith(("category.", "level."))]
    seen: dict[str, object] = {}
    for cite in [c for e in shown for c in e.citations] + [c for p in a.prompts for c in p.citations]:
        seen.setdefault(cite.title, cite)
    for cite in seen.values():
        out += _wrap(f"{cite.title}.", "  - ", "    ")
        if cite.guidance:
            out += _wrap(f"In short: {cite.guidance}", "    ", "    ")
        out.append(f"    {cite.url}")
    return "\n".join(out) + "\n"
