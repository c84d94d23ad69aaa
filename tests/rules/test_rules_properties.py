"""Property tests over random facts: the engine never crashes and its outcomes stay coherent."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from mappa_desktop.core.facts import FACT_NAMES, Case, Facts
from mappa_desktop.core.rules import evaluate, explain_text, load_pack
from mappa_desktop.core.rules.pack import fact_kind

PACK = load_pack()
DAYS = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31))


def _value(name: str) -> st.SearchStrategy:
    kind, allowed = fact_kind(name)
    if kind == "bool":
        return st.booleans()
    if kind == "enum":
        return st.sampled_from(allowed)
    if kind == "list_enum":
        return st.lists(st.sampled_from(allowed), unique=True, max_size=4)
    if kind == "date":
        return DAYS
    if name == "dash_score":
        return st.integers(0, 24)
    if name == "age":
        return st.integers(10, 90)
    if kind == "number":
        return st.sampled_from([0.0, 6.0, 11.0, 11.9, 12.0, 18.0, 48.0])
    return st.integers(0, 8)


VICTIM = st.fixed_dictionaries(
    {},
    optional={
        "label": st.sampled_from(["V1", "V-B", "partner"]),
        "dash_score": st.integers(0, 24),
        "incidents_12m": st.integers(0, 6),
        "risk_indicators": st.lists(
            st.sampled_from(["stalking", "threats_to_kill", "separation"]), unique=True
        ),
        "assessed_high_risk": st.booleans(),
        "heard_at_marac": st.booleans(),
        "marac_last_referred": DAYS,
        "incident_since_marac": st.booleans(),
    },
)
COMPLETE = st.fixed_dictionaries({name: _value(name) for name in FACT_NAMES})


@settings(max_examples=150, deadline=None)
@given(st.lists(VICTIM, max_size=4), DAYS)
def test_victims_are_evaluated_one_by_one(victims, as_of):
    out = evaluate(PACK, Case(as_of=as_of, facts=Facts(domestic_abuse=True, victims=victims)))
    for prompt in out.model_dump(mode="json")["prompts"]:
        if prompt["id"] in ("marac_referral", "marac_repeat"):
            assert prompt["victims"] and set(prompt["victims"]) <= set(range(1, len(victims) + 1))
            for position in prompt["victims"]:
                assert f"Victim {position}" in prompt["text"]
    explain_text(out)


@st.composite
def partial_cases(draw):
    """A complete case, a random subset of it answered, and one more fact answered on top."""
    facts = draw(COMPLETE)
    known = draw(st.sets(st.sampled_from(FACT_NAMES)))
    extra = draw(st.sampled_from(FACT_NAMES))
    as_of = draw(DAYS)
    before = {k: v for k, v in facts.items() if k in known}
    after = {**before, extra: facts[extra]}
    return Case(as_of=as_of, facts=Facts(**before)), Case(as_of=as_of, facts=Facts(**after))


@settings(max_examples=300, deadline=None)
@given(partial_cases())
def test_outcomes_are_coherent_and_answers_never_unsettle_them(cases):
    before_case, after_case = cases
    before = evaluate(PACK, before_case)
    after = evaluate(PACK, after_case)
    for a_case, a in ((before_case, before), (after_case, after)):
        assert isinstance(explain_text(a), str)
        out = a.model_dump(mode="json")
        assert out["category"] is None or out["category"] in out["categories_met"]
        assert out["categories_met"] == sorted(set(out["categories_met"]))
        assert not (out["category"] == 3 and out["level"] == 1)
        assert not (3 in out["categories_met"] and out["level"] == 1)
        if out["categories_met"]:
            assert out["mappa_eligible"] is True
        if out["mappa_eligible"] is not True:
            assert out["level"] is None
        if out["level"] is not None:
            assert out["mappa_eligible"] is True
        if not out["missing"]:
            # Nothing still needed means every outcome is settled.
            assert out["mappa_eligible"] is not None
            assert out["category"] is not None or out["mappa_eligible"] is False
            assert out["level"] is not None or out["mappa_eligible"] is False
        assert len(out["missing"]) == len(set(out["missing"]))
        assert not set(out["missing"]) & set(a_case.facts.known())
        ids = [p["id"] for p in out["prompts"]]
        assert len(ids) == len(set(ids))
    # Answering one more fact never turns a decided outcome back to unknown, nor changes it.
    for key in ("mappa_eligible", "category", "level"):
        if getattr(before, key) is not None:
            assert getattr(after, key) == getattr(before, key), key
    assert set(before.categories_met) <= set(after.categories_met)


@settings(max_examples=150, deadline=None)
@given(COMPLETE, DAYS)
def test_complete_cases_are_always_decided(facts, as_of):
    out = evaluate(PACK, Case(as_of=as_of, facts=Facts(**facts)))
    assert out.mappa_eligible is not None
    assert out.missing == []
    assert out.category is not None or out.mappa_eligible is False
    assert out.level is not None or out.mappa_eligible is False
