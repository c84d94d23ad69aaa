"""Issue 12: the assessment is worded once (``core.wording``). The same assessments (the spec's examples
and a rule case for every distinct outcome) rendered through every surface say the same outcome sentences,
in English and in Welsh: the decision panel, the summary (its PDF parts, HTML and text), the CLI text (its
outcome and its criterion rows), the screening detail (its comparison with a sender's claim), the screening
queue's level column and training; and the aid's outcome beside an officer's decision."""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QLabel

from mappa_desktop.core.facts import Case
from mappa_desktop.core.referral import Referral
from mappa_desktop.core.rules import evaluate, explain_text, load_pack
from mappa_desktop.core.summary import build_summary
from mappa_desktop.core.training.reasons import deciding_reasons
from mappa_desktop.core.wording import AssessmentWords
from mappa_desktop.export.templates import render_html, render_text
from mappa_desktop.gui.editor.decision_panel import DecisionPanel
from mappa_desktop.gui.screening import detail as screening_detail
from mappa_desktop.gui.training.render import outcome_rows
from tests.rules.rule_cases import rule_cases

PACK = load_pack()
EXAMPLES = sorted((Path(__file__).parents[1] / "rules" / "fixtures" / "examples").glob("*.json"))


def _cases() -> list[tuple[str, Case]]:
    """The spec's examples with a case, and the first rule case of every distinct outcome."""
    found: list[tuple[str, Case]] = []
    for path in EXAMPLES:
        data = json.loads(path.read_text(encoding="utf-8"))
        try:
            found.append((path.stem, Case.model_validate(data["case"])))
        except (KeyError, ValueError):
            continue  # the example of a refused case has no assessment
    outcomes = set()
    for spec in rule_cases():
        try:
            case = Case.model_validate({"as_of": spec["as_of"], "facts": spec["facts"]})
        except ValueError:
            continue
        a = evaluate(PACK, case, explain=False)
        key = (a.mappa_eligible, a.category, tuple(a.categories_met), a.level)
        if key not in outcomes:
            outcomes.add(key)
            found.append((spec["id"], case))
    return found


CASES = _cases()


def test_the_cases_cover_every_kind_of_outcome():
    outcomes = [evaluate(PACK, case, explain=False) for _, case in CASES]
    assert {a.mappa_eligible for a in outcomes} == {True, False, None}
    # The case the PDF and the panel once worded differently: a category met, an earlier one open.
    assert any(a.category is None and a.categories_met for a in outcomes)
    assert any(a.level is None and a.mappa_eligible for a in outcomes)


def _screening_words(a, monkeypatch, lang: str) -> tuple[str, str]:
    monkeypatch.setattr(screening_detail.i18n, "language", lambda: lang)
    fake = SimpleNamespace(tr=lambda text: text)
    return screening_detail.ScreeningDetail._outcome_text(fake, a)


@pytest.mark.parametrize("lang", ["en", "cy"])
@pytest.mark.parametrize("name,case", CASES, ids=[name for name, _ in CASES])
def test_every_surface_says_the_same_outcome(qtbot, monkeypatch, lang, name, case):
    a = evaluate(PACK, case, lang)
    said = AssessmentWords(lang).outcome(a)
    # The decision panel: the three outcome buttons.
    panel = DecisionPanel()
    qtbot.addWidget(panel)
    panel.show_assessment(a, PACK, lang=lang)
    assert panel.summary == {"eligibility": said.eligibility, "category": said.category, "level": said.level}
    for key, sentence in zip(("eligibility", "category", "level"), said, strict=True):
        assert panel.outcome_buttons[key].label_text().endswith(": " + sentence)
    # The summary: the rows its PDF draws, and its HTML and text.
    summary = build_summary(Referral(), a, language=lang)
    aid = next(s for s in summary.sections if s.key == "assessment")
    rows = [(row.label, row.value) for row in aid.parts[0].rows]
    assert [value for _, value in rows if value in said] == list(said)
    text, page = render_text(summary), render_html(summary)
    for sentence in said:
        assert _wrapped_in(sentence, text)
        assert sentence in html.unescape(page)
    # The CLI's --format text.
    cli = explain_text(a, lang)
    for sentence in said:
        assert _wrapped_in(sentence, cli)
    assert not any(mark in cli for mark in ("[met]", "[not met]", "[unknown]", "[bodlonwyd]"))
    # The screening detail: (level, category), and its comparison with a sender's claim that differs.
    assert _screening_words(a, monkeypatch, lang) == (said.level, said.category)
    comparison = _screening_comparison(a, monkeypatch, lang)
    for sentence in (said.level, said.category):
        assert sentence in comparison  # this application's column
        assert _said_with_stop(sentence) in comparison  # and the line saying how the claim differs
    # The screening queue's "Aid recommends" column.
    assert _queue_level(a, monkeypatch, lang) == said.level
    # Training: the outcome rows of a scenario's answer and of a what-if.
    rows = {key: value for key, _label, value in outcome_rows(a, lambda t: t, lang)}
    assert (rows["mappa_eligible"], rows["category"], rows["level"]) == tuple(said)
    # Why: the summary's reasons for each category and level are the ones training points at.
    why = next(p for p in aid.parts if getattr(p, "caption", "") == AssessmentWords(lang).t("Why"))
    for entry in a.trace:
        if entry.rule.startswith(("category.", "level.")):
            reasons = [AssessmentWords(lang).statement(r.met, r.text) for r in deciding_reasons(entry)]
            assert any(item.split("\n")[1:] == reasons for item in why.items), entry.rule
            for reason in reasons:  # the CLI's rows say each criterion as the summary's Why does
                assert _wrapped_in(reason, cli), (entry.rule, reason)


def _said_with_stop(sentence: str) -> str:
    return sentence if sentence.endswith((".", "!", "?")) else sentence + "."


def _differing_claim(a):
    """A sender's claimed outcome that differs from ``a`` in category and level."""
    from mappa_desktop.core.screening.claims import Outcome

    return Outcome(True, 4 if a.category != 4 else 1, 3 if a.level != 3 else 1)


def _screening_comparison(a, monkeypatch, lang: str) -> str:
    """The screening detail's comparison of the referrer's request, this application's assessment ``a``
    and a sender's claim that differs, as plain text."""
    monkeypatch.setattr(screening_detail.i18n, "language", lambda: lang)
    fake = SimpleNamespace(tr=lambda text: text)
    fake._outcome_text = lambda x: screening_detail.ScreeningDetail._outcome_text(fake, x)
    shown = screening_detail.ScreeningDetail._comparison_html(fake, Referral(), a, _differing_claim(a))
    return html.unescape(shown)


def _queue_level(a, monkeypatch, lang: str) -> str:
    """The queue's "Aid recommends" cell for a referral the aid assessed as ``a`` (the queue keeps only
    its eligibility, category and level)."""
    from mappa_desktop.gui.screening import queue_model

    monkeypatch.setattr(queue_model.i18n, "language", lambda: lang)
    model = queue_model.ScreeningQueueModel
    item = SimpleNamespace(aid_eligible=a.mappa_eligible, aid_category=a.category, aid_level=a.level)
    fake = SimpleNamespace(tr=lambda text: text, aid_outcome=model.aid_outcome)
    return model._text(fake, item, "aid_level", dt.date(2026, 6, 1))


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_the_aids_outcome_beside_an_officers_decision_reads_the_same_in_the_summary_and_the_panel(
    qtbot, lang
):
    """The summary's header ("the aid said Category 3, Level 2") and the decision panel's override box
    say the aid's outcome in the same words."""
    from mappa_desktop.core.referral import Decision, Override

    case = Case(
        as_of=dt.date(2026, 6, 1),
        facts={"offence_class": "specified_violent", "finding": "convicted", "outcome": "custody"},
    )
    a = evaluate(PACK, case, lang)
    override = Override(
        aid_category=3,
        aid_level=2,
        category=3,
        level=3,
        rationale="Escalating risk to a named victim since release.",
        actor="Sam Patel (spatel)",
        at=dt.datetime(2026, 6, 1, 10, 0),
        rule_pack_version="2026.12.1",
    )
    words = AssessmentWords(lang)
    summary = build_summary(Referral(decision=Decision(override=override)), a, language=lang)
    header = next(s for s in summary.sections if s.key == "header")
    basis = dict((row.label, row.value) for row in header.parts[0].rows)[words.t("Decided by")]
    assert "; " + words.aid_said(3, 2) in basis
    assert words.aid_outcome(3, 2) == words.t("Category {number}").format(number=3) + ", " + words.t(
        "Level {number}"
    ).format(number=2)
    panel = DecisionPanel()
    qtbot.addWidget(panel)
    panel.show_assessment(a, PACK, lang=lang, override=override)
    box_text = " ".join(label.text() for label in panel.findChildren(QLabel))
    assert words.aid_outcome(3, 2) in box_text


def _wrapped_in(sentence: str, text: str) -> bool:
    """The sentence in a text whose lines wrap (a summary's table cells, the CLI's paragraphs)."""
    return " ".join(sentence.split()) in " ".join(text.split())


def test_the_pdf_and_the_panel_no_longer_disagree_on_an_open_category(qtbot):
    """The case of the issue: Category 2 met while Category 1, earlier in precedence, is unknown."""
    case = Case(
        as_of=dt.date(2026, 6, 1),
        facts={
            "offence_class": "specified_violent",
            "finding": "convicted",
            "outcome": "custody",
            "custody_months": 30,
            "licence_or_order_active": True,
        },
    )
    a = evaluate(PACK, case)
    assert a.category is None and a.categories_met == [2]
    panel = DecisionPanel()
    qtbot.addWidget(panel)
    panel.show_assessment(a, PACK)
    summary = build_summary(Referral(), a)
    aid = next(s for s in summary.sections if s.key == "assessment")
    category = dict((row.label, row.value) for row in aid.parts[0].rows)["Category"]
    assert category == panel.summary["category"]
    assert category.startswith("Not yet known. Category 2 is met")
    assert "None met, or not yet known" not in render_text(summary)


def test_the_panel_follows_the_engine_when_it_labels_groups_differently(qtbot, monkeypatch):
    """The panel shows the engine's rows as they come: a new group heading appears, indented as the
    engine indents it, with no flat fallback."""
    from mappa_desktop.core.rules import sentences

    def labelled(n, depth, lang):
        return n.text.get(lang) if n.text else f"GROUP {'ALL' if n.all_ is not None else 'ANY'} AT {depth}:"

    monkeypatch.setattr(sentences, "group_label", labelled)
    a = evaluate(PACK, Case(as_of=dt.date(2026, 6, 1), facts={"offence_class": "specified_violent"}))
    panel = DecisionPanel()
    qtbot.addWidget(panel)
    panel.expanded.update({"category"})
    panel.show_assessment(a, PACK)
    shown = panel.explanations["category"].text()
    rows = [row for e in a.trace if e.rule.startswith("category.") for row in e.lines]
    headings = [row for row in rows if row.text.startswith("GROUP ")]
    assert headings and headings[0].depth == 0  # the top of a rule is now headed too
    marks = {True: "✓", False: "✗", None: "?"}
    for row in headings:
        assert f"{'&nbsp;' * 4 * row.depth}{marks[row.met]} {row.text}" in shown
