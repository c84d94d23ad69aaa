"""Rich text for the Training area: scenarios, what-if comparisons, quiz feedback and the forums page.

``tr`` is the calling widget's translate function, so every fixed phrase stays translatable; domain
text (narratives, criteria, sources) comes from the scenario files and the rule pack in their language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from mappa_desktop.core.dates import date_in_words
from mappa_desktop.core.rules import Assessment, RulePack
from mappa_desktop.core.training import Comparison, Feedback, Forums, Scenario
from mappa_desktop.core.training.reasons import Reason, deciding_reasons
from mappa_desktop.core.wording import AssessmentWords
from mappa_desktop.gui.i18n import fill
from mappa_desktop.gui.training.results_pdf import choice_text

Tr = Callable[[str], str]
CHANGED_BG = "#fff2a8"
MARK = {True: ("\u2713", "#00703c"), False: ("\u2717", "#b3261e"), None: ("?", "#505a5f")}
CONFIDENCE = {"C": "confirmed", "S": "secondary source", "U": "unconfirmed"}


def _mark(met: bool | None) -> str:
    symbol, colour = MARK[met]
    return f"<b style='color:{colour}'>{symbol}</b>"


def _reasons(reasons: tuple[Reason, ...] | list[Reason]) -> str:
    if not reasons:
        return ""
    items = "".join(f"<li>{_mark(r.met)} {escape(r.text)}</li>" for r in reasons)
    return f"<ul style='margin-top:2px'>{items}</ul>"


def scenario_html(scenario: Scenario, lang: str, tr: Tr, *, learning: bool, heading: bool = True) -> str:
    about = f"{tr('Fictional case')} \u00b7 {tr('assessed on')} {date_in_words(scenario.as_of, lang)}"
    about += f" \u00b7 {', '.join(scenario.tags)}"
    out = [
        f"<h2>{escape(scenario.title.get(lang))}</h2>" if heading else "",
        f"<p><i>{escape(about)}</i></p>",
        f"<p>{escape(scenario.narrative.get(lang))}</p>",
    ]
    if learning:
        out.append(f"<h3>{escape(tr('Learning points'))}</h3><ul>")
        out += [f"<li>{escape(p.get(lang))}</li>" for p in scenario.learning_points]
        out.append("</ul>")
    return "".join(out)


def outcome_rows(a: Assessment, tr: Tr, lang: str = "en") -> list[tuple[str, str, str]]:
    """(key, label, value) for the headline outcomes, in ``core.wording``'s words (as the decision panel,
    the summary and the screening detail say them)."""
    words = AssessmentWords(lang)
    eligible, category, level = words.outcome(a)
    met = words.categories_met(a)
    return [
        ("mappa_eligible", tr("Eligible for MAPPA"), eligible),
        ("category", tr("Category"), category),
        ("categories_met", tr("Categories met"), met),
        ("level", tr("Recommended level"), level),
    ]


def explanation_html(
    a: Assessment, pack: RulePack, tr: Tr, changed: set[str], flipped: set[str], lang: str = "en"
) -> str:
    """An assessment as a readable explanation; changed outcomes and flipped rules are highlighted."""
    rows = []
    words = AssessmentWords(lang)
    for key, label, value in outcome_rows(a, tr, lang):
        style = f" style='background:{CHANGED_BG}'" if key in changed else ""
        rows.append(f"<tr{style}><th align='left'>{escape(label)}</th><td>{escape(value)}</td></tr>")
    out = [f"<table cellpadding='3'>{''.join(rows)}</table>"]
    prompts = [p for p in a.prompts]
    out.append(f"<h4>{escape(tr('Prompts (advice, not decisions)'))}</h4>")
    if not prompts:
        out.append(f"<p>{escape(tr('None.'))}</p>")
    for p in prompts:
        style = f" style='background:{CHANGED_BG}'" if f"prompt.{p.id}" in flipped else ""
        out.append(f"<p{style}><b>{escape(words.severity(p.severity))}</b>: {escape(p.text)}</p>")
    out.append(f"<h4>{escape(tr('Why'))}</h4>")
    for entry in a.trace:
        if not entry.rule.startswith(("category.", "level.")) and entry.rule not in flipped:
            continue
        style = f" style='background:{CHANGED_BG}'" if entry.rule in flipped else ""
        out.append(f"<p{style}>{_mark(entry.outcome)} <b>{escape(entry.title or entry.rule)}</b></p>")
        out.append(_reasons(deciding_reasons(entry)))
    if a.missing:
        out.append(f"<h4>{escape(tr('Still needed'))}</h4><ul>")
        out += [f"<li>{escape(q)}</li>" for q in (a.missing_questions or a.missing)]
        out.append("</ul>")
    return "".join(out)


@dataclass(frozen=True)
class ComparisonHtml:
    changes: str
    before: str
    after: str


def _value_text(kind: str, assessment: Assessment, fired: object, tr: Tr, words: AssessmentWords) -> str:
    """One side of a change, as every surface words that outcome (``core.wording``)."""
    if kind.startswith("prompt_"):
        return tr("fires") if fired else tr("does not fire")
    if kind == "mappa_eligible":
        return words.eligibility(assessment)
    if kind == "categories_met":
        return words.categories_met(assessment)
    return words.category(assessment) if kind == "category" else words.level(assessment)


def _deciding_texts(c: Comparison, pack: RulePack, rule: str) -> set[str]:
    """The sentences that decide ``rule`` after the change: the lines worth pointing at."""
    for side in (c.after, c.before):
        entry = next((e for e in side.trace if e.rule == rule), None)
        reasons = {r.text for r in deciding_reasons(entry)} if entry is not None else set()
        if reasons:
            return reasons
    return set()


def comparison_html(
    c: Comparison, pack: RulePack, tr: Tr, question: str, old: str, new: str, lang: str = "en"
) -> ComparisonHtml:
    labels = {
        "mappa_eligible": tr("Eligible for MAPPA"),
        "category": tr("Category"),
        "categories_met": tr("Categories met"),
        "level": tr("Recommended level"),
        "prompt_added": tr("Prompt now fires"),
        "prompt_removed": tr("Prompt no longer fires"),
    }
    words = AssessmentWords(lang)
    head = (
        f"<p><b>{escape(tr('What if'))}</b> {escape(question)} <b>{escape(old)} \u2192 {escape(new)}</b></p>"
    )
    if not c.changes:
        body = f"<p>{escape(tr('No outcome changes: this fact does not decide anything in this case.'))}</p>"
    else:
        items = []
        for change in c.changes:
            label = labels[change.kind]
            if change.prompt in pack.prompts:
                label += ": " + pack.prompts[change.prompt].title.get(lang)
            because = ""
            if change.rules:
                lines = []
                for flip in change.rules:
                    deciding = _deciding_texts(c, pack, flip.rule)
                    moved = "".join(
                        f"<li>{_mark(line.met_before)}\u2192{_mark(line.met_after)} "
                        f"{escape(line.text_after)}</li>"
                        for line in flip.lines
                        if line.text_after in deciding or line.text_before in deciding
                    )
                    arrow = f"{_mark(flip.before)}\u2192{_mark(flip.after)}"
                    lines.append(f"<li>{escape(flip.title)}: {arrow}<ul>{moved}</ul></li>")
                because = f"<ul>{''.join(lines)}</ul>"
            before = _value_text(change.kind, c.before, change.before, tr, words)
            after = _value_text(change.kind, c.after, change.after, tr, words)
            items.append(
                f"<li style='background:{CHANGED_BG}'><b>{escape(label)}</b>: {escape(before)} \u2192 "
                f"<b>{escape(after)}</b>{because}</li>"
            )
        body = f"<ul>{''.join(items)}</ul>"
    changed = {ch.kind for ch in c.changes}
    flipped = {f.rule for f in c.flips}
    before = f"<h3>{escape(tr('As written'))}</h3>" + explanation_html(
        c.before, pack, tr, changed, flipped, lang
    )
    after = f"<h3>{escape(tr('What if'))}: {escape(new)}</h3>" + explanation_html(
        c.after, pack, tr, changed, flipped, lang
    )
    return ComparisonHtml(head + body, before, after)


def feedback_html(
    feedback: Feedback | None,
    scenario: Scenario,
    lang: str,
    tr: Tr,
    prompt_titles: dict[str, str],
    *,
    assessment: Assessment | None = None,
) -> str:
    out = []
    if feedback is not None:
        out.append(f"<h2>{escape(tr('Your score'))}: {feedback.score} / {feedback.total}</h2>")
        for point in feedback.points:
            ok = point.correct
            colour = "#00703c" if ok else "#b3261e"
            verdict = tr("Right") if ok else tr("Not right")
            if point.topic == "prompt":
                if not point.prompt:
                    title, said = tr("Prompts"), tr("You chose none and none apply.")
                else:
                    title = tr("Prompt") + ": " + prompt_titles.get(point.prompt, point.prompt)
                    said = (tr("You chose it") if point.chosen else tr("You did not choose it")) + "; "
                    said += tr("it applies.") if point.expected else tr("it does not apply.")
            else:
                title = tr("Category") if point.topic == "category" else tr("Level")
                said = fill(
                    tr("You chose {chosen}; the answer is {expected}."),
                    chosen=choice_text(point.chosen, point.topic),
                    expected=choice_text(point.expected, point.topic),
                )
            out.append(
                f"<h3 style='color:{colour}'>{_mark(ok)} {escape(title)}: {escape(verdict)}</h3>"
                f"<p>{escape(said)}</p>{_reasons(point.reasons)}"
            )
            if point.counter:
                out.append(
                    f"<p><i>{escape(tr('Why your choice does not hold:'))}</i></p>{_reasons(point.counter)}"
                )
    elif assessment is not None:
        rows = "".join(
            f"<li><b>{escape(label)}</b>: {escape(value)}</li>"
            for _k, label, value in outcome_rows(assessment, tr, lang)
        )
        prompts = "".join(f"<li>{escape(prompt_titles.get(p.id, p.id))}</li>" for p in assessment.prompts)
        out.append(f"<h2>{escape(tr('The answer'))}</h2><ul>{rows}</ul>")
        prompts = prompts or f"<li>{escape(tr('None'))}</li>"
        out.append(f"<p><b>{escape(tr('Prompts'))}</b></p><ul>{prompts}</ul>")
    out.append(f"<h3>{escape(tr('Debrief'))}</h3><p>{escape(scenario.debrief.get(lang))}</p>")
    out.append(f"<h3>{escape(tr('Learning points'))}</h3><ul>")
    out += [f"<li>{escape(p.get(lang))}</li>" for p in scenario.learning_points]
    out.append("</ul>")
    return "".join(out)


def _sources(sources: list, tr: Tr) -> str:
    items = "".join(
        f"<li><a href='{escape(s.url)}'>{escape(s.title)}</a> [{s.confidence}] "
        f"<i>{escape(tr(CONFIDENCE[s.confidence]))}</i></li>"
        for s in sources
    )
    return f"<p><small>{escape(tr('Sources'))}:</small></p><ul><small>{items}</small></ul>"


def forums_html(forums: Forums, lang: str, tr: Tr) -> str:
    out = [f"<h2>{escape(forums.title.get(lang))}</h2><p>{escape(forums.intro.get(lang))}</p>"]
    header = "".join(
        f"<th align='left' bgcolor='#1d3a5c'><font color='#ffffff'>{escape(h)}</font></th>"
        for h in (tr("Forum"), tr("Whose focus"), tr("Who is managed or heard"), tr("Who leads"))
    )
    rows = "".join(
        f"<tr><td><b>{escape(f.name.get(lang))}</b></td><td>{escape(f.focus.get(lang))}</td>"
        f"<td>{escape(f.who_is_managed.get(lang))}</td><td>{escape(f.who_leads.get(lang))}</td></tr>"
        for f in forums.forums
    )
    out.append(
        f"<table border='1' cellspacing='0' cellpadding='5' width='100%'><tr>{header}</tr>{rows}</table>"
    )
    for forum in forums.forums:
        out.append(f"<h3>{escape(forum.name.get(lang))}</h3><p>{escape(forum.how_it_works.get(lang))}</p>")
        out.append(_sources(forum.sources, tr))
    out.append(f"<h3>{escape(tr('How referrals and plans pass between them'))}</h3>")
    names = {f.id: f.id.upper() for f in forums.forums}
    for link in [*forums.links, *forums.caveats]:
        pair = " \u2194 ".join(names.get(x, tr("All forums")) for x in link.between)
        out.append(f"<p><b>{escape(pair)}</b>: {escape(link.text.get(lang))}</p>{_sources(link.sources, tr)}")
    return "".join(out)
