"""Which questions the editor shows: answered ones, and unknown facts that could still change something."""

import datetime as dt

from mappa_desktop.core.facts import Case, Facts
from mappa_desktop.core.rules import evaluate, load_pack
from mappa_desktop.core.rules.relevance import affected_titles, open_facts, relevant_facts

AS_OF = dt.date(2026, 11, 22)
NOT_1_2_4 = dict(sex_offender_notification=False, ct_notification=False, terrorism_risk=False)


def relevant(**facts):
    pack = load_pack()
    f = Facts(**facts)
    return relevant_facts(pack, evaluate(pack, Case(as_of=AS_OF, facts=f)), f)


def test_a_blank_case_asks_everything_in_the_packs_order():
    assert relevant() == list(load_pack().questions)


def test_an_offence_outside_category_2_hides_the_sentence_questions():
    shown = relevant(offence_class="other", **NOT_1_2_4)
    for hidden in ("finding", "outcome", "custody_months", "licence_or_order_active"):
        assert hidden not in shown
    assert "serious_harm_offence" in shown and "rosh" in shown


def test_answered_questions_stay_shown_even_when_they_no_longer_matter():
    shown = relevant(offence_class="other", outcome="custody", **NOT_1_2_4)
    assert "outcome" in shown
    assert "custody_months" not in shown


def test_a_settled_prompt_stops_asking_its_other_signals():
    # RoSH high settles the high-risk signal of the domestic-abuse prompt: the DASH score and MATAC status
    # only matter now through the prompts that still read them.
    pack = load_pack()
    facts = Facts(
        domestic_abuse=False, serious_harm_offence=True, rosh="high", offence_class="other", **NOT_1_2_4
    )
    found = open_facts(pack, evaluate(pack, Case(as_of=AS_OF, facts=facts)))
    assert "matac_adopted" not in found  # domestic_abuse = no rules out both prompts that read it
    assert "dash_score" in found  # the MARAC referral prompt still reads it


def test_no_domestic_abuse_hides_the_serial_perpetrator_questions():
    shown = relevant(domestic_abuse=False)
    for hidden in ("da_victims_3y", "da_incidents_3y", "age"):
        assert hidden not in shown


def test_why_we_ask_names_outcomes_not_helper_tests():
    titles = affected_titles(load_pack(), "dash_score")
    assert titles and all(not t.startswith("test.") for t in titles)
    assert any("MARAC" in t for t in titles)


def test_the_editor_may_count_only_the_answers_given():
    pack = load_pack()
    facts = Facts(offence_class="other", licence_or_order_active=True, **NOT_1_2_4)
    assessment = evaluate(pack, Case(as_of=AS_OF, facts=facts))
    assert "licence_or_order_active" in relevant_facts(pack, assessment, facts)
    given = {"offence_class", *NOT_1_2_4}
    assert "licence_or_order_active" not in relevant_facts(pack, assessment, facts, answered=given)
