"""What a person reads when the referral model refuses an answer (GOV.UK style), and the length caps."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from pydantic import ValidationError

from mappa_desktop.core.limits import LIST_MAX, NAME_MAX, TEXT_MAX
from mappa_desktop.core.referral import Referral, VictimRecord, contradicting_answers
from mappa_desktop.core.referral.bindings import set_path
from mappa_desktop.core.referral.messages import error_path, person_message

NEXT_YEAR = dt.date.today().year + 1


def _refusal(path: str, value) -> ValidationError:
    with pytest.raises(ValidationError) as excinfo:
        set_path(Referral(), path, value)
    return excinfo.value


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("subject.date_of_birth", dt.date(NEXT_YEAR, 1, 1), "Enter a date of birth in the past"),
        ("offence.custody_months", "ten", "Enter the custodial term in months, like 18"),
        ("offence.custody_months", -1, "Enter the custodial term in months, like 18"),
        ("offence.custody_months", float("inf"), "Enter the custodial term in months, like 18"),
        ("referrer.email", "nobody", "Enter an email address in the correct format, like name@example.com"),
        ("domestic_abuse.da_incidents_3y", -1, "Enter the number of incidents in the last 3 years, like 5"),
        (
            "subject.pnc_id",
            "04/123456A",
            "Check the PNC number: the check letter does not match the rest of the number. "
            "Copy the ID again from the Police National Computer record",
        ),
        ("subject.family_name", "x" * (NAME_MAX + 1), "The family name must be 200 characters or fewer"),
        ("reason.reason", "x" * (TEXT_MAX + 1), "The reason must be 20,000 characters or fewer"),
        ("subject.aliases", ["Taff"] * (LIST_MAX + 1), "Enter no more than 100 nicknames and aliases"),
        (
            "offence.brief_details",
            ["x" * (TEXT_MAX + 1)],
            "The brief offence details must be 20,000 characters or fewer",
        ),
        (
            "custody.release_date",
            dt.date(3000, 1, 1),
            "Enter an earliest release date between 1900 and 2200; check the year",
        ),
        ("offence.conviction_date", dt.date(NEXT_YEAR, 5, 1), "Enter a date of conviction in the past"),
        (
            "subject.ndelius_crn",
            "123",
            "Enter the nDelius CRN in the correct format: one letter then six digits, like X123456",
        ),
    ],
)  # fmt: skip
def test_refusals_say_what_to_enter(path, value, message):
    error = _refusal(path, value)
    assert person_message(error) == message
    assert error_path(error).startswith(path.split(".")[0])


def test_no_message_names_an_internal_field_or_an_iso_date():
    born = dt.date.today().replace(year=dt.date.today().year - 5)
    message = person_message(_refusal("subject.date_of_birth", born))
    assert message.startswith("Enter a date of birth for someone aged 10 or over")
    assert re.search(r"\d{4}-\d{2}-\d{2}", message) is None
    assert f"{born.day} " in message and str(born.year) in message
    for path, value in (("referrer.email", "x"), ("offence.sentence_date", dt.date(NEXT_YEAR, 1, 1))):
        text = person_message(_refusal(path, value))
        assert path not in text and "_" not in text and "Value error" not in text


def test_disagreements_between_fields_are_worded_for_a_person():
    r = Referral()
    r.offence.offence_date, r.offence.conviction_date = dt.date(2024, 5, 1), dt.date(2024, 1, 1)
    r.domestic_abuse.victims = [VictimRecord(label="V1"), VictimRecord(incidents_12m=4)]
    r.domestic_abuse.da_incidents_3y = 2
    assert [p.message for p in r.problems()] == [
        "The date of conviction must be the same as or after the date of the offence",
        "Victim 2 has more incidents in the last 12 months than this person has in the last 3 years: check "
        "both numbers",
    ]
    assert r.problems()[1].field == "domestic_abuse.victims.1.incidents_12m"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("dash_score", 30, "Enter the DASH score as a whole number from 0 to 24, like 14"),
        (
            "incidents_12m",
            "two",
            "Enter the number of incidents against the victim in the last 12 months, like 2",
        ),
        ("label", "x" * 41, "The victim's label must be 40 characters or fewer"),
        ("risk_indicators", ["shouting"], "Choose one of the answers offered for the risk indicators"),
        ("risk_indicators", ["stalking"] * (LIST_MAX + 1), "Enter no more than 100 risk indicators"),
        ("dash_date", dt.date(NEXT_YEAR, 1, 1), "Enter a date of the DASH assessment in the past"),
        (
            "marac_last_referred",
            dt.date(1066, 10, 14),
            "Enter a date of the last MARAC referral between 1900 and 2200; check the year",
        ),
    ],
)  # fmt: skip
def test_a_victims_refused_answer_is_worded_for_a_person(field, value, message):
    with pytest.raises(ValidationError) as excinfo:
        VictimRecord.model_validate({field: value})
    assert person_message(excinfo.value) == message
    assert error_path(excinfo.value).startswith(f"domestic_abuse.victims.{field}")


def test_contradicting_answers_are_named_at_the_field_that_answers_them():
    r = Referral()
    r.domestic_abuse.da_incidents_3y, r.domestic_abuse.da_victims_3y = 1, 3
    r.domestic_abuse.victims = [VictimRecord(), VictimRecord(marac_last_referred=dt.date(2026, 12, 2))]
    problems = contradicting_answers(r, dt.date(2026, 11, 30))
    assert [(p.field, p.message) for p in problems] == [
        (
            "domestic_abuse.victims.1.marac_last_referred",
            "Check the date of the last MARAC referral: victim 2's MARAC referral date is after the "
            "assessment date 30 November 2026",
        ),
        (
            "domestic_abuse.da_victims_3y",
            "Check the number of victims in the last 3 years: more victims than incidents in the last 3 "
            "years",
        ),
        (
            "domestic_abuse.da_incidents_3y",
            "Check the number of incidents in the last 3 years: more victims than incidents in the last 3 "
            "years",
        ),
    ]
    assert contradicting_answers(r, dt.date(2026, 12, 2))[0].field == "domestic_abuse.da_victims_3y"


def _uncapped(node, path: str = "") -> list[str]:
    """Paths in a JSON schema of strings without maxLength and arrays without maxItems."""
    found: list[str] = []
    if isinstance(node, dict):
        kind = node.get("type")
        fixed = "enum" in node or "const" in node or "format" in node or "pattern" in node
        if kind == "string" and not fixed and node.get("maxLength", TEXT_MAX + 1) > TEXT_MAX:
            found.append(path)
        if kind == "array" and "maxItems" not in node:
            found.append(path)
        for key, value in node.items():
            found += _uncapped(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _uncapped(value, f"{path}/{i}")
    return found


def test_every_text_field_and_list_of_a_referral_and_its_package_has_a_cap():
    from mappa_desktop.core.package.schema import schema_text

    assert _uncapped(Referral.model_json_schema()) == []
    package = json.loads(schema_text())
    assert _uncapped(package["$defs"]["Referral"]) == []
    assert package["$defs"]["Subject"]["properties"]["family_name"]["anyOf"][0]["maxLength"] == NAME_MAX


def test_a_hostile_package_sized_name_is_refused_at_once():
    with pytest.raises(ValidationError) as excinfo:
        Referral.model_validate({"subject": {"family_name": "x" * 300_000}})
    assert person_message(excinfo.value) == "The family name must be 200 characters or fewer"


def test_the_limits_module_is_the_shared_one():
    import mappa_desktop.core.limits as limits

    assert (limits.NAME_MAX, limits.TEXT_MAX, limits.LIST_MAX) == (200, 20000, 100)
