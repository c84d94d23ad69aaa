"""The referral model: partial drafts are valid, wrong values are errors naming the field."""

import datetime as dt

import pytest
from pydantic import ValidationError

from mappa_desktop.core.referral import (
    DECLINED,
    UNKNOWN,
    Diversity,
    MaracCase,
    Referral,
    ReferralStatus,
    RfgScore,
)


def error_fields(excinfo) -> list[str]:
    return [".".join(map(str, e["loc"])) for e in excinfo.value.errors()]


def test_an_empty_referral_is_a_valid_draft():
    referral = Referral()
    assert referral.status is ReferralStatus.draft
    assert len(referral.id) == 32 and referral.id != Referral().id
    assert referral.revision == 0
    assert referral.subject.full_name == ""
    assert referral.problems() == []


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"subject": {"pnc_id": "04/123456A"}}, "subject.pnc_id"),
        ({"subject": {"date_of_birth": "2999-01-01"}}, "subject.date_of_birth"),
        ({"subject": {"date_of_birth": "1980-02-30"}}, "subject.date_of_birth"),
        ({"subject": {"date_of_birth": dt.date.today().isoformat()}}, "subject.date_of_birth"),
        ({"subject": {"ndelius_crn": "123"}}, "subject.ndelius_crn"),
        ({"subject": {"ethnicity": "W1"}}, "subject.ethnicity"),
        ({"offence": {"sentence_date": "2999-01-01"}}, "offence.sentence_date"),
        ({"offence": {"custody_months": -1}}, "offence.custody_months"),
        ({"offence": {"offence_class": "burglary"}}, "offence.offence_class"),
        ({"domestic_abuse": {"victims": [{"dash_score": 25}]}}, "domestic_abuse.victims.0.dash_score"),
        (
            {"domestic_abuse": {"victims": [{}, {"risk_indicators": ["shouting"]}]}},
            "domestic_abuse.victims.1.risk_indicators.0",
        ),
        ({"domestic_abuse": {"victims": [{"name": "Jane"}]}}, "domestic_abuse.victims.0.name"),
        ({"domestic_abuse": {"victims": [{}] * 101}}, "domestic_abuse.victims"),
        (
            {"domestic_abuse": {"marac_cases": [{"hearing_date": "1066-10-14"}]}},
            "domestic_abuse.marac_cases.0.hearing_date",
        ),
        ({"reason": {"level_sought": 1}}, "reason.level_sought"),
        ({"referrer": {"email": "nobody"}}, "referrer.email"),
        ({"status": "archived"}, "status"),
        ({"subject": {"nickname": "x"}}, "subject.nickname"),
    ],
)
def test_bad_values_are_errors_naming_the_field(data, field):
    with pytest.raises(ValidationError) as excinfo:
        Referral.model_validate(data)
    assert field in error_fields(excinfo)


def test_assignment_is_checked_too():
    referral = Referral()
    with pytest.raises(ValidationError) as excinfo:
        referral.subject.pnc_id = "04/123456A"
    assert error_fields(excinfo) == ["pnc_id"]
    assert "check letter" in str(excinfo.value)
    referral.subject.pnc_id = "2004/123456b"
    assert referral.subject.pnc_id == "04/0123456B"


def test_welsh_language_and_unknown_declined_diversity_answers():
    referral = Referral.model_validate(
        {
            "subject": {"preferred_language": "Welsh", "aliases": ["  Taff ", ""]},
            "diversity": {"religion": DECLINED, "disability": UNKNOWN},
        }
    )
    assert referral.subject.preferred_language == "Welsh"
    assert referral.subject.aliases == ["Taff"]
    assert referral.diversity == Diversity(religion="declined", disability="unknown")


def test_rfg_score_is_a_number_with_its_source_and_no_band():
    score = RfgScore(value=42.5, source="Northumbria MATAC analyst")
    assert "band" not in RfgScore.model_fields
    assert score.value == 42.5


def test_problems_name_the_field_that_disagrees():
    referral = Referral.model_validate(
        {
            "subject": {"date_of_birth": "1990-01-01"},
            "offence": {
                "offence_date": "1995-01-01",
                "conviction_date": "2020-02-01",
                "sentence_date": "2020-01-01",
            },
            "custody": {"release_date": "2019-01-01", "licence_end_date": "2018-01-01"},
            "domestic_abuse": {"victims": [{"incidents_12m": 5}], "da_incidents_3y": 2},
        }
    )
    fields = [p.field for p in referral.problems()]
    assert fields == [
        "offence.offence_date",
        "offence.sentence_date",
        "custody.release_date",
        "custody.licence_end_date",
        "domestic_abuse.victims.0.incidents_12m",
    ]


def test_json_round_trip_keeps_everything():
    referral = Referral.model_validate(
        {
            "subject": {"given_names": "Rhys", "family_name": "Pryce", "pnc_id": "04/123456B"},
            "domestic_abuse": {
                "marac_cases": [{"reference": "M-1", "hearing_date": "2024-03-01", "repeat": True}]
            },
            "agencies": [{"agency": "Housing", "lawful_basis": "UK GDPR Art 6(1)(e)"}],
        }
    )
    again = Referral.model_validate_json(referral.model_dump_json())
    assert again == referral
    assert again.domestic_abuse.marac_cases == [
        MaracCase(reference="M-1", hearing_date=dt.date(2024, 3, 1), repeat=True)
    ]
