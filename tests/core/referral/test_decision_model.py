"""Overrides and acknowledged prompts: validated, stored, audited, and read by the summary."""

import datetime as dt

import pytest
from pydantic import ValidationError

from mappa_desktop.core.referral import AcknowledgedPrompt, Override, Referral
from mappa_desktop.core.store import Store
from mappa_desktop.core.summary.build import build_summary

AT = dt.datetime(2026, 11, 22, 10, 30, tzinfo=dt.UTC)


def override(**changes) -> Override:
    values = dict(
        aid_category=3,
        aid_level=1,
        category=3,
        level=2,
        rationale="Escalating strangulation; MARAC alone cannot manage the perpetrator",
        actor="pc.jones",
        at=AT,
        rule_pack_version="2026.1",
    )
    values.update(changes)
    return Override(**values)


@pytest.mark.parametrize("rationale", ["", "   ", "Disagree.", "x" * 19])
def test_an_override_needs_a_written_rationale(rationale):
    with pytest.raises(ValidationError, match="rationale"):
        override(rationale=rationale)


def test_an_override_needs_who_and_the_rule_pack_version():
    with pytest.raises(ValidationError):
        override(actor="")
    with pytest.raises(ValidationError):
        override(rule_pack_version="")


def test_latest_acknowledgement_of_a_prompt():
    r = Referral()
    r.decision.acknowledged_prompts = [
        AcknowledgedPrompt(prompt_id="visor_record", note="first", actor="a", at=AT),
        AcknowledgedPrompt(prompt_id="visor_record", note="second", actor="a", at=AT),
    ]
    assert r.decision.acknowledgement("visor_record").note == "second"
    assert r.decision.acknowledgement("marac_link") is None


def test_override_and_acknowledgement_are_stored_and_audited(tmp_path):
    with Store.open(tmp_path / "db.sqlite3") as store:
        r = store.new_referral(Referral(), actor="pc.jones")
        r.decision.override = override()
        r.decision.acknowledged_prompts = [
            AcknowledgedPrompt(prompt_id="cat3_domestic_abuse", note="Referring", actor="pc.jones", at=AT)
        ]
        store.save(r, actor="pc.jones")
        again = store.load(r.id)
        assert again.decision == r.decision
        fields = {e.field: e for e in store.audit_log(r.id) if e.action == "changed"}
        assert fields["decision.override.level"].new == 2
        assert fields["decision.override.aid_level"].new == 1
        assert fields["decision.override.rationale"].new.startswith("Escalating")
        assert fields["decision.override.rule_pack_version"].new == "2026.1"
        assert fields["decision.acknowledged_prompts"].new[0]["prompt_id"] == "cat3_domestic_abuse"


def test_the_summary_shows_the_override_and_acknowledgement():
    r = Referral()
    r.decision.override = override()
    r.decision.acknowledged_prompts = [
        AcknowledgedPrompt(prompt_id="visor_record", note="Record requested", actor="pc.jones", at=AT)
    ]
    from mappa_desktop.core.facts import Case
    from mappa_desktop.core.referral import derive_facts
    from mappa_desktop.core.rules import evaluate, load_pack

    assessment = evaluate(load_pack(), Case(as_of=AT.date(), facts=derive_facts(r, AT.date())))
    summary = build_summary(r, assessment)
    sections = {s.key: s for s in summary.sections}
    text = repr(sections["override"])
    assert "Escalating strangulation" in text and "pc.jones" in text
    assert "Record requested" in repr(sections["acknowledged_prompts"])
