"""The pack's [U] settings change the outcome both ways: each setting flipped in a copy of the pack."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from mappa_desktop.core.facts import Case, Facts
from mappa_desktop.core.rules import evaluate, load_pack
from mappa_desktop.core.rules.loader import load_pack_uncached

RULES = Path(__file__).resolve().parents[2] / "rules"
AS_OF = dt.date(2026, 6, 1)
SUSPENDED = Facts(
    sex_offender_notification=False,
    ct_notification=False,
    terrorism_risk=False,
    offence_class="specified_violent",
    finding="convicted",
    outcome="suspended_sentence",
    custody_months=12,
    licence_or_order_active=True,
    serious_harm_offence=False,
)


def _pack_with(tmp_path: Path, old: str, new: str):
    pack = tmp_path / "rules"
    shutil.copytree(RULES, pack, ignore=shutil.ignore_patterns("tests", "schema"))
    path = pack / "parameters.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return load_pack_uncached(pack)


def test_suspended_sentence_of_12_months_counts_by_default():
    out = evaluate(load_pack(), Case(as_of=AS_OF, facts=SUSPENDED))
    assert (out.mappa_eligible, out.category, out.categories_met) == (True, 2, [2])


@pytest.mark.parametrize("months", [12, 24])
def test_suspended_sentence_does_not_count_when_the_setting_is_no(tmp_path, months):
    pack = _pack_with(tmp_path, "- {from: 2004-04-05, value: true}", "- {from: 2004-04-05, value: false}")
    assert pack.parameter("suspended_sentence_counts", AS_OF) is False
    out = evaluate(pack, Case(as_of=AS_OF, facts=SUSPENDED.model_copy(update={"custody_months": months})))
    assert (out.mappa_eligible, out.category, out.categories_met) == (False, None, [])
    cat2 = next(e for e in out.trace if e.rule == "category.2")
    assert cat2.outcome is False
    setting = [c for c in cat2.criteria if c.fact == "param:suspended_sentence_counts"]
    assert setting and setting[0].met is False and "unconfirmed [U]" in setting[0].text


def test_custody_still_counts_when_the_suspended_setting_is_no(tmp_path):
    pack = _pack_with(tmp_path, "- {from: 2004-04-05, value: true}", "- {from: 2004-04-05, value: false}")
    facts = SUSPENDED.model_copy(update={"outcome": "custody"})
    assert evaluate(pack, Case(as_of=AS_OF, facts=facts)).category == 2


@pytest.mark.parametrize(("order", "category"), [([1, 2, 4, 3], 2), ([1, 4, 2, 3], 4)])
def test_category_precedence_setting_places_category_4(tmp_path, order, category):
    pack = _pack_with(
        tmp_path, "- {from: 2024-01-01, value: [1, 2, 4, 3]}", f"- {{from: 2024-01-01, value: {order}}}"
    )
    facts = SUSPENDED.model_copy(update={"outcome": "custody", "ct_notification": True})
    out = evaluate(pack, Case(as_of=AS_OF, facts=facts))
    assert out.categories_met == [2, 4] and out.category == category


@pytest.mark.parametrize(("months", "fires"), [(6, False), (7, True)])
def test_level_setting_window_setting(tmp_path, months, fires):
    pack = _pack_with(tmp_path, "- {from: 2019-07-01, value: 6}", f"- {{from: 2019-07-01, value: {months}}}")
    facts = Facts(
        sex_offender_notification=True, in_custody=True, level_set=False, release_date=dt.date(2027, 1, 1)
    )
    fired = {p.id for p in evaluate(pack, Case(as_of=AS_OF, facts=facts)).prompts}
    assert ("level_setting_due" in fired) is fires
