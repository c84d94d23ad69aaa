"""A mutation test of the rule pack: every small wrong edit is caught by the rule cases (rules/tests), or
is listed, with the reason it cannot change an outcome, in pack_mutation_survivors.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pack_mutations import RULES, Result, run

SURVIVORS = Path(__file__).with_name("pack_mutation_survivors.yaml")


@pytest.fixture(scope="module")
def result() -> Result:
    return run(RULES)  # about 12 seconds: every mutant against every rule case


def test_the_rule_cases_catch_every_edit_that_can_change_an_outcome(result):
    listed = yaml.safe_load(SURVIVORS.read_text(encoding="utf-8"))
    assert result.total > 150  # the edits are really generated (every group, threshold, list and setting)
    assert len(result.killed) > 0.9 * result.total
    unexplained = {m: where for m, where in result.survivors.items() if m not in listed}
    assert unexplained == {}, "add rule cases that catch these, or list them with a reason"
    caught_now = sorted(set(listed) - set(result.survivors))
    assert caught_now == [], "these are caught now: remove them from pack_mutation_survivors.yaml"
    assert all(len(reason) > 40 for reason in listed.values())


def test_a_mutant_that_changes_an_outcome_is_reported_as_killed(result):
    assert "level.3.when.all[0]: dropped" in result.killed  # Level 3 without the Level 2 test (version 1)
    assert "prompt.marac_referral.when.for_each: quantifier any -> all" in result.killed
    # Dropping a condition a message quotes ({signals:ID}) is refused by the loader itself.
    assert "prompt.iom_link.when.all[1]: dropped" in result.refused
