"""Every training scenario is a rule test: its expected outcome must match the rule pack."""

from __future__ import annotations

import pytest

from mappa_desktop.core.rules import load_pack
from mappa_desktop.core.training import (
    Scenario,
    ScenarioError,
    expectation_problems,
    load_scenario,
    load_scenarios,
    scenarios_dir,
)

SCENARIOS = load_scenarios()
BY_ID = {s.id: s for s in SCENARIOS}


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.id for s in SCENARIOS])
def test_scenario_outcome_matches_the_pack(scenario: Scenario):
    assessment = scenario.assess(load_pack())
    assert expectation_problems(assessment, scenario.expect) == [], scenario.where
    # Each scenario states what it teaches in full: category and level are always pinned down.
    assert {"mappa_eligible", "category", "level"} <= scenario.expect.model_fields_set


def test_library_has_at_least_fifteen_fictional_scenarios():
    assert len(SCENARIOS) >= 15
    assert all("(fictional)" in s.narrative.en for s in SCENARIOS)
    assert len({s.id for s in SCENARIOS}) == len(SCENARIOS)


def _outcomes():
    pack = load_pack()
    return {s.id: s.assess(pack) for s in SCENARIOS}


def test_library_covers_every_category_level_and_prompt_the_issue_names():
    outcomes = _outcomes()
    assert {a.category for a in outcomes.values()} >= {1, 2, 3, 4, None}
    assert {a.level for a in outcomes.values()} >= {1, 2, 3, None}
    fired = {p.id for a in outcomes.values() for p in a.prompts}
    wanted = {"cat3_domestic_abuse", "marac_referral", "marac_repeat", "matac_consider", "ct_mappa"}
    wanted |= {"level_setting_due", "cppc_consider", "iom_link", "marac_link"}
    assert wanted <= fired


def test_library_covers_each_marac_criterion():
    texts = [p.text for a in _outcomes().values() for p in a.prompts if p.id == "marac_referral"]
    for criterion in ("visible high risk", "potential escalation", "professional judgement"):
        assert any(criterion in t for t in texts), criterion
    assert any(p.id == "marac_repeat" for a in _outcomes().values() for p in a.prompts)


def test_library_covers_the_edges_people_get_wrong():
    by_id = {s.id: s for s in SCENARIOS}
    outcomes = _outcomes()
    assert by_id["cat2_eleven_months"].facts.custody_months == 11
    assert outcomes["cat2_eleven_months"].mappa_eligible is False
    assert by_id["cat2_licence_ended"].facts.licence_or_order_active is False
    assert by_id["cat3_caution_trigger"].facts.outcome == "caution"
    assert outcomes["cat3_caution_trigger"].category == 3
    public = outcomes["level3_public_interest"]
    assert public.level == 3 and by_id["level3_public_interest"].facts.rosh == "medium"
    assert outcomes["unknown_answers"].category is None and outcomes["unknown_answers"].missing


def test_library_teaches_victim_by_victim_marac():
    outcomes = _outcomes()
    serial = outcomes["marac_serial_new_victim"].model_dump(mode="json")
    earlier_victim_heard = BY_ID["marac_serial_new_victim"].facts.victims[0]
    assert earlier_victim_heard.heard_at_marac is True
    assert [p["victims"] for p in serial["prompts"] if p["id"] == "marac_referral"] == [[2]]
    repeat = outcomes["marac_repeat_referred_not_heard"].model_dump(mode="json")
    victim = BY_ID["marac_repeat_referred_not_heard"].facts.victims[0]
    assert victim.heard_at_marac is False and victim.marac_last_referred is not None
    assert [p["victims"] for p in repeat["prompts"] if p["id"] == "marac_repeat"] == [[1]]


def test_training_says_nothing_the_guidance_does_not():
    # The review of pack version 1 (research brief addendum): words that state contested rules as fact.
    from mappa_desktop.paths import resources_dir

    texts = [p.read_text(encoding="utf-8") for p in sorted(scenarios_dir().glob("*.yaml"))]
    texts.append((resources_dir() / "training" / "forums.yaml").read_text(encoding="utf-8"))
    for phrase in ("Prevent panel", "resettlement service", "truncated in the source"):
        assert not any(phrase.lower() in t.lower() for t in texts), phrase
    caution = BY_ID["cat3_caution_trigger"].facts
    assert caution.outcome == "caution" and caution.finding is None  # no conviction recorded
    public = BY_ID["level3_public_interest"]
    assert public.expect.rules["level.2"] is True  # Level 3 only with the Level 2 test (guidance 7.5)


def test_every_tag_used_for_filtering_is_present():
    tags = {t for s in SCENARIOS for t in s.tags}
    assert {"category-1", "category-2", "category-3", "category-4", "level-1", "level-2", "level-3"} <= tags
    assert {"marac", "matac", "domestic-abuse", "edge-case", "unknowns", "release"} <= tags


def test_a_wrong_expectation_is_reported(tmp_path):
    text = (scenarios_dir() / "cat1_registered_level1.yaml").read_text(encoding="utf-8")
    path = tmp_path / "cat1_registered_level1.yaml"
    path.write_text(text.replace("level: 1,", "level: 2,"), encoding="utf-8")
    scenario = load_scenario(path)
    problems = expectation_problems(scenario.assess(load_pack()), scenario.expect)
    assert problems == ["level: expected 2, got 1"]


# Lines of resources/scenarios/cat1_registered_level1.yaml (with its Welsh texts).
@pytest.mark.parametrize(
    ("change", "message", "line"),
    [
        (("  visor_record: true\n", "  visor_recrod: true\n"), "unknown key 'visor_recrod'", 22),
        (("as_of: 2026-06-01\n", "as_of: 2026-06-01\nas_of: 2026-06-02\n"), "appears twice", 17),
        (("tags: [category-1, level-1, basics]", "tags: [Category One]"), "tags must be lower-case", 40),
        (("expect: {", "expect: {levle: 1, "), "unknown key 'levle'", 23),
    ],
)
def test_broken_scenario_errors_name_file_and_line(tmp_path, change, message, line):
    text = (scenarios_dir() / "cat1_registered_level1.yaml").read_text(encoding="utf-8")
    assert change[0] in text
    path = tmp_path / "cat1_registered_level1.yaml"
    path.write_text(text.replace(change[0], change[1], 1), encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    assert message in str(caught.value)
    assert caught.value.file == str(path)
    assert caught.value.line == line


def test_file_name_must_match_id(tmp_path):
    text = (scenarios_dir() / "cat1_registered_level1.yaml").read_text(encoding="utf-8")
    path = tmp_path / "renamed.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ScenarioError, match="must match the file name"):
        load_scenario(path)
