"""The summary's content: MAPPA A order, empty sections said, one source for text and HTML."""

import datetime as dt
import json

import pytest

from mappa_desktop.core.referral import Referral
from mappa_desktop.core.sample_data import sample_referrals
from mappa_desktop.core.summary import Wording, build_summary, section_keys
from mappa_desktop.export.service import prepare, summary_of
from mappa_desktop.export.templates import TemplateError, load_template, render_html, render_text

from .conftest import AS_OF, GENERATED


def test_sections_follow_the_mappa_a_order(prepared):
    summary = summary_of(prepared, generated_at=GENERATED)
    assert tuple(s.key for s in summary.sections) == section_keys()
    assert section_keys()[:5] == ("header", "subject", "offence", "dates", "reason")


def test_key_fields_reach_text_and_html(prepared):
    summary = summary_of(prepared, generated_at=GENERATED)
    text, html = render_text(summary), render_html(summary)
    for expected in (
        "Exampleshire",
        "Level 2",
        "Jordan Alex Testperson",
        "X123456",
        "Wounding with intent",
        "20 August 2026",
        "Joint plan with housing",
        "MARAC-EX-0042",
        "Victim 1 (V-A)",
        "Last referred to MARAC",
        "15 January 2024",
        "Victim 2 (V-B)",
        "Graded high risk by their risk assessor",
        "MARAC criteria met",
        "Consider a MARAC referral:",
        "Assessed on 1 June 2026 under rules in force from",
        "MATAC-EX-7",
        "Flex",
        "Probation Service",
        "wants to live near his mother",
        "Dyslexia",
        "Sam Referrer",
        "Category 2: violent and other sexual offenders: met",
        "Criminal Justice Act 2003, s.327(3)-(4A)",
        prepared.assessment.rule_pack.version,
        "OFFICIAL-SENSITIVE",
        "Generated 1 June 2026 at 14:30",
    ):
        assert expected in text, expected
        assert expected.replace("'", "&#x27;") in html, expected


def test_empty_sections_say_so_instead_of_vanishing():
    summary = build_summary(Referral(), None, generated_at=GENERATED)
    assert tuple(s.key for s in summary.sections) == section_keys()
    text = render_text(summary)
    for key in section_keys():
        section = summary.section(key)
        assert section.heading in text
        if key not in ("header", "rule_pack"):
            assert section.is_empty, key
            assert section.empty_note and section.empty_note in text, key
    assert "The aid has not assessed this referral." in text
    assert "The subject's views have not been recorded." in text
    assert "No agencies have been recorded." in render_html(summary)


def test_html_escapes_what_people_typed():
    referral = Referral(subject={"given_names": "<script>alert(1)</script>", "family_name": "O'Neil & Co"})
    html = render_html(build_summary(referral, None, generated_at=GENERATED))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html and "O&#x27;Neil &amp; Co" in html


def test_marking_is_a_setting():
    summary = build_summary(Referral(), None, marking="OFFICIAL", generated_at=GENERATED)
    text = render_text(summary)
    assert text.startswith("OFFICIAL\n") and text.rstrip().endswith("OFFICIAL")
    assert "SENSITIVE" not in text


def test_missing_welsh_falls_back_to_english_and_given_welsh_is_used(tmp_path):
    table = tmp_path / "headings.json"
    table.write_text(json.dumps({"cy": {"Risk": "Risg", "Diversity": ""}}), encoding="utf-8")
    wording = Wording("cy", path=table)
    summary = build_summary(Referral(), None, generated_at=GENERATED, wording=wording)
    assert summary.section("risk").heading == "Risg"
    assert summary.section("diversity").heading == "Diversity"
    assert summary.language == "cy"
    assert build_summary(Referral(), None, language="cy", generated_at=GENERATED).section("risk").heading
    with pytest.raises(ValueError, match="unknown language"):
        Wording("fr")


def test_a_template_missing_a_block_is_refused(tmp_path):
    (tmp_path / "bad.txt").write_text("{% block document %}$sections{% endblock %}", encoding="utf-8")
    with pytest.raises(TemplateError, match="missing block"):
        load_template("bad.txt", tmp_path)


def test_override_and_acknowledged_prompts_render_from_a_decision():
    from types import SimpleNamespace

    from mappa_desktop.core.summary.aid_sections import AidSections

    override = SimpleNamespace(
        aid_category=2,
        aid_level=1,
        category=2,
        level=2,
        rationale="Victim safety needs a joint plan.",
        actor="Jane Smith, MAPPA coordinator, Probation Service (jsmith)",
        at=dt.datetime(2026, 6, 2, 9, 15),
        rule_pack_version="2026.06.1",
    )
    ack = SimpleNamespace(prompt_id="marac_referral", note="Referred to MARAC.", actor="sam", at=None)
    decision = SimpleNamespace(override=override, acknowledged_prompts=[ack])
    builder = AidSections(Wording("en"))
    rows = {r.label: r.value for r in builder.override(decision).parts[0].rows}
    assert rows["The aid's level"] == "Level 1" and rows["Level decided"] == "Level 2"
    assert builder.override(decision).parts[1].text == "Victim safety needs a joint plan."
    # The officer's name, never their computer login; a login alone is said to be one.
    assert rows["Decided by"] == "Jane Smith, MAPPA coordinator, Probation Service"
    # A prompt by its title (from the assessment's trace), never its id.
    trace = [{"rule": "prompt.marac_referral", "title": "Consider a MARAC referral"}]
    acknowledged = builder.acknowledged(decision, trace).parts[0].rows[0]
    assert acknowledged.label == "Consider a MARAC referral"
    assert (
        acknowledged.value
        == "Referred to MARAC.\n(Acknowledged by the officer signed in as sam (no name was recorded))"
    )
    assert builder.acknowledged(decision).parts[0].rows[0].label == "A prompt of the rule pack"
    assert builder.override(None).empty_note == "The aid's assessment has not been overridden."


def test_every_sample_referral_summarises():
    for referral in sample_referrals(25, seed=7, as_of=AS_OF):
        summary = summary_of(prepare(referral, as_of=AS_OF), generated_at=GENERATED)
        assert referral.subject.full_name in render_text(summary)


def test_each_victim_is_listed_with_the_marac_criteria_met_for_them(prepared):
    section = summary_of(prepared, generated_at=GENERATED).section("domestic_abuse")
    victims = {part.caption: {row.label: row.value for row in part.rows} for part in section.parts[1:3]}
    assert list(victims) == ["Victim 1 (V-A)", "Victim 2 (V-B)"]
    # V-A's last referral was over 12 months ago: she meets the criteria again (no repeat is counted).
    earlier = victims["Victim 1 (V-A)"]["MARAC criteria met"]
    assert earlier.startswith("Consider a MARAC referral: visible high risk: the DASH score is 16")
    assert "more than 12 months ago" in earlier and "repeat" not in earlier
    # The new victim is never covered by the earlier victim's MARAC.
    new = victims["Victim 2 (V-B)"]["MARAC criteria met"]
    assert new.startswith("Consider a MARAC referral: professional judgement: the risk assessor graded")
    assert "check whether a referral was made in the last 12 months" in new
    assert "Victim 1" not in new


def test_a_victim_with_no_answers_yet_is_still_listed():
    referral = Referral.model_validate({"domestic_abuse": {"victims": [{"label": "V1"}, {}]}})
    summary = build_summary(referral, prepare(referral, as_of=AS_OF).assessment, generated_at=GENERATED)
    text = render_text(summary)
    assert "Victim 1 (V1)" in text and "Victim 2" in text
    assert text.count("None met on the answers given") == 2
