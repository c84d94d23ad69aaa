"""Issue 12: the decision is computed in one place. The engine returns a result tree per rule; one
``assess_referral`` gives every surface its facts, assessment, questions, blockers and section states; no
module outside the engine walks a condition tree."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from mappa_desktop.core.assessment import assess_referral
from mappa_desktop.core.facts import Case, Facts
from mappa_desktop.core.referral import Referral, VictimRecord
from mappa_desktop.core.rules import evaluate, explain_text, load_pack
from mappa_desktop.core.rules import sentences as engine_sentences
from mappa_desktop.core.rules.relevance import open_facts
from mappa_desktop.core.rules.tree import CRITERION, EACH, GROUP, RECORD
from mappa_desktop.core.training.reasons import deciding_reasons

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "mappa_desktop"
ENGINE = {
    f"core/rules/{name}.py"
    for name in ("model", "compile", "run", "sentences", "engine", "tree", "pack", "checks", "lint", "schema")
}
"""The engine: the pack's model, its loading and checks, the evaluation and its result tree."""
CONDITION_PARTS = {"all_", "any_", "not_", "for_each", "when", "children"}
"""Attributes only a condition (or a result tree node) has: reading them is walking a condition tree."""
NOT_A_CONDITION = {("core/summary/build.py", "g.children")}
"""Same-named attributes of other things: the RoSH to children (``RoshByGroup.children``)."""
PACK = load_pack()
DAY = dt.date(2026, 6, 1)


def tree_walks(source: str, relative: str) -> list[str]:
    """Where ``source`` reads a condition's parts, or imports the condition model, outside the engine."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in CONDITION_PARTS:
            text = ast.unparse(node)
            if (relative, text) not in NOT_A_CONDITION:
                found.append(f"{relative}:{node.lineno}: {text}")
        elif isinstance(node, ast.ImportFrom) and node.module == "mappa_desktop.core.rules.model":
            names = {alias.name for alias in node.names}
            if names & {"Condition", "ForEach"}:
                found.append(f"{relative}:{node.lineno}: imports {', '.join(sorted(names))}")
    return found


def test_nothing_outside_the_engine_walks_a_condition_tree():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative in ENGINE or relative.startswith("gui/forms/"):
            continue
        offenders += tree_walks(path.read_text(encoding="utf-8"), relative)
    assert offenders == []


def test_the_walk_check_finds_a_re_walk_of_the_tree():
    rewalk = (
        "from mappa_desktop.core.rules.model import Condition\n"
        "def value(n):\n"
        "    if n.all_ is not None:\n"
        "        return all(value(c) for c in n.children)\n"
    )
    found = tree_walks(rewalk, "gui/editor/somewhere.py")
    assert [f.split(": ", 1)[1] for f in found] == ["imports Condition", "n.all_", "n.children"]


def _case(**facts) -> Case:
    return Case(as_of=DAY, facts=Facts(**facts))


def test_each_rule_comes_with_its_result_tree():
    a = evaluate(PACK, _case(domestic_abuse=True, victims=[{"dash_score": 15}, {"incidents_12m": 1}]))
    entries = {e.rule: e for e in a.trace}
    for entry in a.trace:
        assert entry.tree is not None and entry.tree.value is entry.outcome, entry.rule
    # Every criterion of the contract's list is a leaf of the tree, in the same order, with the same answer.
    for entry in a.trace:
        leaves = [r for r in entry.tree.rows() if r.leaf]
        assert [(r.fact, r.answer, r.met, r.text) for r in leaves] == [
            (c.fact, c.value, c.met, c.text) for c in entry.criteria
        ]
    marac = entries["prompt.marac_referral"].tree
    kinds = {node.kind for node in _nodes(marac)}
    assert {GROUP, EACH, RECORD, CRITERION} <= kinds
    records = [r for r in marac.records() if r.position]
    assert [r.position for r in records] == [1, 2] and records[0].text.startswith("victim 1")
    # The tree is explanation only: never in the contract's JSON.
    assert "tree" not in a.model_dump(mode="json")["trace"][0]


def _nodes(node):
    yield node
    for child in node.children:
        yield from _nodes(child)


def test_a_batch_run_builds_no_trees():
    a = evaluate(PACK, _case(domestic_abuse=True), explain=False)
    assert all(entry.tree is None and entry.lines == [] for entry in a.trace)


def test_an_unknown_answer_is_said_as_not_yet_answered():
    a = evaluate(PACK, _case(marac_heard=True))
    texts = [row.text for entry in a.trace for row in entry.lines]
    assert any("not yet answered" in t for t in texts)
    assert not any("not yet known incidents" in t or " on not yet known" in t for t in texts)


def _labelled_everywhere(n, depth, lang):
    """A different labelling: every group the pack leaves unlabelled headed, the top of a rule included."""
    if n.text:
        return n.text.get(lang)
    return f"GROUP {'ALL' if n.all_ is not None else 'ANY'}:"


@pytest.mark.parametrize(
    "facts",
    [
        {},
        {"sex_offender_notification": False, "offence_class": "specified_violent", "finding": "convicted"},
        {
            "domestic_abuse": True,
            "serious_harm_offence": True,
            "rosh": "high",
            "victims": [{"dash_score": 9}],
        },
    ],
)
def test_a_change_in_how_the_engine_labels_groups_reaches_every_reader(monkeypatch, facts):
    """Surfaces read the engine's tree, never a walk of their own beside its lines: relabelling groups
    changes the rows every surface shows and nothing else (what is asked, what decided)."""
    before = evaluate(PACK, _case(**facts))
    monkeypatch.setattr(engine_sentences, "group_label", _labelled_everywhere)
    after = evaluate(PACK, _case(**facts))
    assert any(row.text.startswith("GROUP ") for e in after.trace for row in e.lines)
    text = explain_text(after)
    assert "GROUP ALL:" in text or "GROUP ANY:" in text
    for old, new in zip(before.trace, after.trace, strict=True):
        assert deciding_reasons(new) == deciding_reasons(old), new.rule
        shown = [r.text for r in new.lines if not r.text.startswith("GROUP ")]
        assert shown == [r.text for r in old.lines if r.text not in _ENGINE_HEADINGS], new.rule
    assert open_facts(PACK, after) == open_facts(PACK, before)


_ENGINE_HEADINGS = {"All of the following:", "At least one of the following:"}


def _referral() -> Referral:
    r = Referral()
    r.subject.given_names, r.subject.family_name = "Alex", "Example"
    r.offence.offence_class, r.offence.finding, r.offence.outcome = (
        "specified_violent",
        "convicted",
        "custody",
    )
    r.offence.serious_harm_offence = True
    r.risk.rosh = "high"
    r.domestic_abuse.domestic_abuse = True
    r.domestic_abuse.victims = [VictimRecord(label="V1", dash_score=16), VictimRecord(label="V2")]
    return r


def test_assess_referral_gives_every_surface_the_same_answers():
    referral = _referral()
    assessed = assess_referral(referral, DAY, PACK)
    assert assessed.facts.rosh == "high" and assessed.as_of == DAY
    a = assessed.assessment
    assert a.model_dump(mode="json") == evaluate(PACK, Case(as_of=DAY, facts=assessed.facts)).model_dump(
        mode="json"
    )
    # The questions worth showing: every answer given, and the unknowns that could change an outcome.
    relevant = assessed.relevant_questions
    assert {"rosh", "serious_harm_offence", "domestic_abuse"} <= relevant
    assert set(a.missing) <= relevant
    assert any(q.startswith("victims[2].") for q in relevant)  # the second victim's open fields
    # What blocks "ready", worded in the language asked, and the task list's states from the same answers.
    assert any(b.message.startswith("Not answered yet:") for b in assessed.blockers)
    welsh = assess_referral(referral, DAY, PACK, language="cy")
    assert welsh.assessment.missing == a.missing
    assert not any(b.message.startswith("Not answered yet:") for b in welsh.blockers)
    assert assessed.section_states["check"].value != "complete"
    assert assessed.assessment_in("cy").model_dump(mode="json")["category"] == a.category


def test_answers_refused_by_the_form_block_and_mark_their_section():
    assessed = assess_referral(
        _referral(), DAY, PACK, field_errors=[("offence.custody_months", "Enter a number of months")]
    )
    assert ("offence.custody_months", "Enter a number of months") in [
        (b.field, b.message) for b in assessed.blockers
    ]
    assert assessed.section_states["offence"].value == "has_problems"
