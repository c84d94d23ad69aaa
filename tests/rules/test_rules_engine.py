"""Engine unit tests: Kleene logic, dates, explanations, the pack API the editor uses, the schema."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from mappa_desktop.core.facts import FACT_NAMES, Case, Facts, read_case
from mappa_desktop.core.rules import Assessment, evaluate, explain_text, load_pack
from mappa_desktop.core.rules.compile import add_months
from mappa_desktop.core.rules.model import Condition
from mappa_desktop.core.rules.run import _Run
from mappa_desktop.core.rules.schema import schema_path, schema_text
from mappa_desktop.core.rules.source import read_yaml

PACK = load_pack()
RULE_TESTS = Path(__file__).resolve().parents[2] / "rules" / "tests"


def _value(condition: dict, facts: dict) -> bool | None:
    run = _Run(PACK, Case(as_of=dt.date(2026, 6, 1), facts=Facts(**facts)), "en")
    return run.node(Condition.model_validate(condition))


T = {"fact_true": "domestic_abuse", "text": {"en": "t"}}
F = {"fact_true": "marac_heard", "text": {"en": "f"}}
U = {"fact_true": "matac_adopted", "text": {"en": "u"}}
KNOWN = {"domestic_abuse": True, "marac_heard": False}


@pytest.mark.parametrize(
    ("parts", "all_", "any_"),
    [
        ([T, T], True, True),
        ([T, F], False, True),
        ([F, F], False, False),
        ([T, U], None, True),
        ([F, U], False, None),
        ([U, U], None, None),
    ],
)
def test_kleene_all_and_any(parts, all_, any_):
    assert _value({"all": parts}, KNOWN) is all_
    assert _value({"any": parts}, KNOWN) is any_


def test_not_keeps_unknown_unknown():
    assert _value({"not": U, "text": {"en": "n"}}, KNOWN) is None
    assert _value({"not": F, "text": {"en": "n"}}, KNOWN) is True


def test_fact_known_is_never_false():
    leaf = {"fact_known": "release_date", "text": {"en": "k"}}
    assert _value(leaf, {}) is None
    assert _value(leaf, {"release_date": dt.date(2027, 1, 1)}) is True


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 8, 31), -6, dt.date(2026, 2, 28)),
        (dt.date(2028, 8, 31), -6, dt.date(2028, 2, 29)),
        (dt.date(2026, 1, 15), -1, dt.date(2025, 12, 15)),
        (dt.date(2026, 6, 1), -12, dt.date(2025, 6, 1)),
        (dt.date(2026, 11, 30), 3, dt.date(2027, 2, 28)),
    ],
)
def test_add_months_clamps_to_month_end(day, months, expected):
    assert add_months(day, months) == expected


def test_assessment_dump_is_exactly_the_contract():
    out = evaluate(PACK, Case(as_of=dt.date(2026, 6, 1), facts=Facts(sex_offender_notification=True)))
    assert isinstance(out, Assessment)
    dumped = out.model_dump(mode="json")
    assert list(dumped) == [
        "rule_pack",
        "mappa_eligible",
        "category",
        "categories_met",
        "level",
        "prompts",
        "missing",
        "trace",
        "notes",
    ]
    assert dumped["rule_pack"] == {
        "id": "mappa-england-wales",
        "version": PACK.version,
        "as_of": "2026-06-01",
    }
    json.dumps(dumped)  # JSON-ready


def test_missing_follows_question_order_and_names_only_unknown_facts():
    out = evaluate(PACK, Case(facts=Facts(sex_offender_notification=True)))
    order = list(PACK.questions)
    assert out.missing == sorted(out.missing, key=order.index)
    assert "sex_offender_notification" not in out.missing
    assert out.missing[0] == "rosh"


def test_unconfirmed_parameters_are_flagged_in_the_explanation():
    facts = Facts(
        sex_offender_notification=False,
        offence_class="specified_violent",
        finding="convicted",
        outcome="suspended_sentence",
        custody_months=12,
        licence_or_order_active=True,
    )
    out = evaluate(PACK, Case(facts=facts))
    cat2 = next(e for e in out.trace if e.rule == "category.2")
    texts = [c.text for c in cat2.criteria if c.fact == "param:suspended_sentence_counts"]
    assert texts and "unconfirmed [U]" in texts[0]
    assert "category_precedence" in explain_text(out)


def test_every_rule_is_exercised_both_ways_by_the_rule_tests():
    outcomes: dict[str, set] = {rule: set() for rule in PACK.rules}
    for path in RULE_TESTS.glob("*.yaml"):
        for spec in read_yaml(path, str(path))["cases"]:
            try:
                case = read_case(
                    {"as_of": spec.get("as_of", dt.date(2026, 6, 1)), "facts": spec.get("facts") or {}}
                )
            except ValidationError:
                continue  # a contradictory case, refused (tested by the rule cases)
            for entry in evaluate(PACK, case).trace:
                outcomes[entry.rule].add(entry.outcome)
    untested = {rule: seen for rule, seen in outcomes.items() if not {True, False} <= seen}
    assert untested == {}


def test_pack_api_for_the_editor():
    assert list(PACK.questions) == [n for n in PACK.questions if n in FACT_NAMES]
    assert set(PACK.questions) == set(FACT_NAMES)
    rosh = PACK.questions["rosh"]
    assert rosh.type == "enum" and [c.value for c in rosh.choices] == ["low", "medium", "high", "very_high"]
    assert rosh.choices[0].label.en == "Low" and rosh.question.en
    assert "category.3" in PACK.affects["rosh"] and "level.2" in PACK.affects["rosh"]
    assert PACK.affects["visor_record"] == ("prompt.visor_record",)
    assert PACK.parameters["category_precedence"].confidence == "U"
    assert PACK.parameter("marac_escalation_threshold", dt.date(2026, 1, 1)) == 3
    for name in ("review_weeks_level_1", "review_weeks_level_2", "review_weeks_level_3"):
        assert PACK.parameters[name].confidence == "U"
    assert PACK.id == "mappa-england-wales" and PACK.effective == dt.date(2026, 12, 1)
    assert len(PACK.prompts) == 11


def test_schema_file_is_up_to_date():
    assert schema_path().read_text(encoding="utf-8") == schema_text(), (
        "rules/schema/rule-pack.schema.json is stale: run python -m mappa_desktop.core.rules.schema"
    )


def test_unknown_and_empty_values_read_aloud_plainly_in_the_trace():
    out = evaluate(PACK, Case(as_of=dt.date(2026, 6, 1), facts=Facts(dash_score=20, da_risk_indicators=[])))
    referral = next(e for e in out.trace if e.rule == "prompt.marac_referral")
    texts = {c.fact: c.text for c in referral.criteria}
    assert texts["victims[1].incidents_12m"].startswith("potential escalation: not yet answered incidents")
    assert texts["victims[1].risk_indicators"] == "professional judgement: the risk indicators include none"
    assert not any("None" in c.text for e in out.trace for c in e.criteria)
