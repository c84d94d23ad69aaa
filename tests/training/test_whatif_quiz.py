"""What-if comparisons, quiz marking, the forums content and the training record's isolation."""

from __future__ import annotations

import datetime as dt

import pytest

from mappa_desktop.core.rules import load_pack
from mappa_desktop.core.store import Store
from mappa_desktop.core.training import (
    NOT_ELIGIBLE,
    NOT_KNOWN,
    NotATrainingDatabase,
    TrainingRecord,
    WhatIfError,
    load_forums,
    load_scenarios,
    mark_answer,
    what_if,
)

PACK = load_pack()
BY_ID = {s.id: s for s in load_scenarios()}


def test_what_if_twelve_months_turns_on_category_2_and_says_which_line_flipped():
    comparison = what_if(PACK, BY_ID["cat2_eleven_months"], "custody_months", 12)
    assert comparison.old_value == 11 and comparison.new_value == 12
    assert comparison.before.mappa_eligible is False and comparison.after.category == 2
    assert {"mappa_eligible", "category", "categories_met", "level"} <= comparison.changed_kinds
    category = next(c for c in comparison.changes if c.kind == "category")
    flip = next(f for f in category.rules if f.rule == "category.2")
    assert (flip.before, flip.after) == (False, True)
    changed = [line for line in flip.lines if line.text_after == "The custodial term is 12 months or more."]
    assert changed and (changed[0].met_before, changed[0].met_after) == (False, True)
    # The level appears because the category does: the change names the category rule behind it.
    level = next(c for c in comparison.changes if c.kind == "level")
    assert (level.before, level.after) == (None, 1)
    assert any(f.rule == "category.2" for f in level.rules)


def test_what_if_licence_back_on_moves_category_3_to_2_and_keeps_the_level():
    comparison = what_if(PACK, BY_ID["cat2_licence_ended"], "licence_or_order_active", True)
    assert (comparison.before.category, comparison.after.category) == (3, 2)
    assert "level" not in comparison.changed_kinds
    assert {f.rule for f in comparison.flips} >= {"category.2", "category.3"}


def test_what_if_reports_prompts_added_and_removed():
    gone = what_if(PACK, BY_ID["marac_visible_high_risk"], "dash_score", 13)
    assert [(c.kind, c.prompt) for c in gone.changes] == [("prompt_removed", "marac_referral")]
    assert gone.changes[0].rules[0].rule == "prompt.marac_referral"
    added = what_if(PACK, BY_ID["category_precedence"], "sex_offender_notification", False)
    assert ("prompt_added", "cat3_domestic_abuse") in [(c.kind, c.prompt) for c in added.changes]
    assert (added.before.category, added.after.category) == (1, 3)


def test_what_if_to_unknown_and_with_no_change():
    unknown = what_if(PACK, BY_ID["cat1_registered_level1"], "multi_agency_management_needed", None)
    assert (unknown.before.level, unknown.after.level) == (1, None)
    same = what_if(PACK, BY_ID["cat1_registered_level1"], "rosh", "medium")
    assert not same.changed and same.changes == ()


def test_what_if_refuses_bad_values_and_unknown_facts():
    with pytest.raises(WhatIfError) as caught:
        what_if(PACK, BY_ID["cat1_registered_level1"], "dash_score", 30)
    assert caught.value.details[0]["field"] == "dash_score"
    with pytest.raises(WhatIfError, match="not a fact"):
        what_if(PACK, BY_ID["cat1_registered_level1"], "shoe_size", 9)


def test_what_if_on_a_date_moves_the_release_warning():
    comparison = what_if(PACK, BY_ID["release_level_setting_due"], "release_date", dt.date(2027, 1, 10))
    assert [(c.kind, c.prompt) for c in comparison.changes] == [("prompt_removed", "level_setting_due")]


def test_quiz_all_correct_scores_full_marks():
    assessment = BY_ID["cat3_domestic_abuse"].assess(PACK)
    feedback = mark_answer(assessment, 3, 2, {"cat3_domestic_abuse", "marac_link"}, pack=PACK)
    assert feedback.score == feedback.total == 4
    category = feedback.points[0]
    assert category.topic == "category" and category.correct and category.counter == ()
    assert category.reasons[0].text.startswith("Category 3")
    assert all(r.met for r in category.reasons)


def test_quiz_wrong_category_explains_the_line_that_fails():
    assessment = BY_ID["cat2_licence_ended"].assess(PACK)
    feedback = mark_answer(assessment, 2, 2, set(), pack=PACK)
    category = feedback.points[0]
    assert not category.correct and category.expected == 3 and category.chosen == 2
    assert [r.text for r in category.counter][1:] == [
        "The person is still in custody, on licence, within a suspended sentence order's supervision or "
        "operational period, or under the hospital or guardianship order (Category 2 ends when these end)."
    ]
    assert category.counter[1].met is False
    # Only the deciding line: the unused sentence alternatives are not listed as reasons.
    assert not any("sentence was a suspended sentence" in r.text for r in category.counter)
    assert feedback.points[1].correct
    assert feedback.score == 2 and feedback.total == 3  # the third point: "no prompts", correct


def test_quiz_prompt_points_for_missed_and_extra_prompts():
    assessment = BY_ID["cat3_caution_trigger"].assess(PACK)
    feedback = mark_answer(assessment, 3, 2, {"visor_record", "cppc_consider"}, pack=PACK)
    prompts = {p.prompt: p for p in feedback.points if p.topic == "prompt"}
    assert set(prompts) == {"visor_record", "cppc_consider", "police_offender_manager"}
    assert prompts["visor_record"].correct
    assert not prompts["police_offender_manager"].correct and prompts["police_offender_manager"].expected
    extra = prompts["cppc_consider"]
    assert not extra.correct and extra.chosen and not extra.expected
    assert any(r.met is False and "level is 3" in r.text.lower() for r in extra.reasons), extra.reasons


def test_quiz_not_eligible_and_not_yet_known_answers():
    none = mark_answer(
        BY_ID["marac_repeat"].assess(PACK), NOT_ELIGIBLE, NOT_ELIGIBLE, {"marac_repeat"}, pack=PACK
    )
    assert none.score == none.total == 3
    titles = [r for r in none.points[0].reasons if r.text[:11] in {f"Category {n}:" for n in range(1, 5)}]
    assert len(titles) == 4
    unknown = BY_ID["unknown_answers"].assess(PACK)
    wrong = mark_answer(unknown, 2, NOT_KNOWN, set(), pack=PACK)
    assert not wrong.points[0].correct and wrong.points[0].expected == NOT_KNOWN
    assert wrong.points[1].correct
    assert any(
        "register" in r.text.lower() or "notification" in r.text.lower() for r in wrong.points[0].reasons
    )


def test_forums_content_covers_four_forums_with_sources_and_tags():
    forums = load_forums()
    assert [f.id for f in forums.forums] == ["mappa", "marac", "matac", "iom"]
    for forum in forums.forums:
        assert forum.sources and all(s.url.startswith("http") for s in forum.sources)
    assert {tuple(sorted(link.between)) for link in forums.links} >= {("mappa", "marac"), ("iom", "mappa")}
    assert {s.confidence for f in forums.forums for s in f.sources} >= {"C", "S"}
    assert forums.caveats and forums.caveats[0].sources[0].confidence == "U"


def test_training_record_keeps_attempts_in_its_own_file(tmp_path):
    record = TrainingRecord.open(tmp_path / "training.sqlite3")
    feedback = mark_answer(BY_ID["cat1_registered_level1"].assess(PACK), 1, 1, set(), pack=PACK)
    record.add_attempt("s1", "cat1_registered_level1", "trainee", feedback, {"category": 1})
    record.close()
    again = TrainingRecord.open(tmp_path / "training.sqlite3")
    attempts = again.attempts("s1")
    assert [(a.scenario_id, a.score, a.total) for a in attempts] == [("cat1_registered_level1", 3, 3)]
    again.close()


def test_training_record_refuses_the_referrals_database(tmp_path):
    path = tmp_path / "referrals.sqlite3"
    with Store.open(path):
        pass
    before = path.read_bytes()
    with pytest.raises(NotATrainingDatabase, match="not a training database"):
        TrainingRecord.open(path)
    assert path.read_bytes() == before


def test_default_training_database_is_not_the_referrals_database():
    from mappa_desktop.core.training import default_training_database
    from mappa_desktop.paths import default_database

    assert default_training_database() != default_database()
    assert default_training_database().name == "training.sqlite3"
