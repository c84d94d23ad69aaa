"""Fictional referrals for the export tests: one with every section filled, one empty."""

import datetime as dt

import pytest

from mappa_desktop.core.referral import Referral

AS_OF = dt.date(2026, 6, 1)
GENERATED = dt.datetime(2026, 6, 1, 14, 30, tzinfo=dt.UTC)


def complete_referral() -> Referral:
    """Every MAPPA A section filled in, with made-up people and places."""
    return Referral.model_validate(
        {
            "id": "0123456789abcdef0123456789abcdef",
            "status": "ready",
            "subject": {
                "given_names": "Jordan Alex",
                "family_name": "Testperson",
                "aliases": ["JT", "Jay"],
                "date_of_birth": "1990-04-12",
                "gender": "Male",
                "ethnicity": "White British",
                "preferred_language": "Welsh",
                "visor_ref": "VIS-0000-FICTION",
                "ndelius_crn": "X123456",
                "address": "1 Example Street, Exampletown",
                "no_fixed_abode": False,
            },
            "offence": {
                "description": "Wounding with intent (s.18 OAPA 1861)",
                "offence_class": "specified_violent",
                "finding": "convicted",
                "outcome": "custody",
                "is_caution": False,
                "sentence_description": "30 months' imprisonment",
                "custody_months": 30,
                "offence_date": "2024-01-10",
                "conviction_date": "2024-05-02",
                "sentence_date": "2024-06-14",
                "serious_harm_offence": True,
                "previous_related_offences": "Common assault (2019), ABH (2021)",
                "brief_details": [
                    "Attacked a former partner's new partner with a bottle",
                    "Injuries needed surgery",
                ],
            },
            "custody": {
                "in_custody": True,
                "establishment": "HMP Exampleton",
                "release_date": "2026-08-20",
                "release_type": "Conditional release on licence",
                "sentence_expiry_date": "2026-12-13",
                "licence_end_date": "2026-12-13",
                "proposed_release_address": "Approved Premises, Example Road",
                "release_address_approved": True,
                "level_set": False,
            },
            "risk": {
                "rosh": "high",
                "rosh_by_group": {"children": "low", "public": "medium", "known_adult": "high"},
                "rosh_date": "2026-04-01",
                "tools": [
                    {"tool": "OASys", "band": "High", "date": "2026-04-01"},
                    {"tool": "RSR", "score": "4.1%"},
                ],
                "risk_to_whom": "Former partners and their new partners",
                "victim_issues": "Victim lives 2 miles from the release address",
                "sex_offender_notification": False,
                "ct_notification": False,
                "terrorism_risk": False,
            },
            "domestic_abuse": {
                "domestic_abuse": True,
                # A serial perpetrator: the earlier victim was heard at MARAC; the new partner never was.
                "victims": [
                    {
                        "label": "V-A",
                        "dash_score": 16,
                        "dash_date": "2024-01-11",
                        "risk_indicators": ["stalking", "threats_to_kill"],
                        "incidents_12m": 1,
                        "heard_at_marac": True,
                        "marac_last_referred": "2024-01-15",
                        "marac_last_heard": "2024-02-01",
                        "incident_since_marac": True,
                    },
                    {"label": "V-B", "incidents_12m": 2, "assessed_high_risk": True},
                ],
                "da_incidents_3y": 5,
                "da_victims_3y": 2,
                "marac_cases": [{"reference": "MARAC-EX-0042", "hearing_date": "2024-02-01", "repeat": True}],
                "matac_reference": "MATAC-EX-7",
                "matac_adopted": True,
                "rfg_score": {"value": 87.5, "source": "Force MATAC analyst", "date": "2026-03-01"},
                "iom_cohort": "flex",
                "iom_reference": "IOM-EX-9",
            },
            "agencies": [
                {"agency": "Probation Service", "role": "Lead agency", "contact": "A. Officer, 01234 567890"},
                {"agency": "Example Police", "role": "Offender manager", "lawful_basis": "DPA 2018 Part 3"},
            ],
            "reason": {
                "mappa_area": "Exampleshire",
                "category": 2,
                "level_sought": 2,
                "reason": "Escalating domestic abuse against successive partners; release in August.",
                "what_higher_level_adds": "Joint plan with housing and police for victim safety on release.",
                "multi_agency_management_needed": True,
                "senior_oversight_needed": False,
                "police_offender_manager_allocated": True,
            },
            "subject_views": "Says he wants to live near his mother and will work with probation.",
            "diversity": {"ethnicity": "White British", "religion": "declined", "needs": "Dyslexia"},
            "referrer": {
                "name": "Sam Referrer",
                "role": "Probation officer",
                "agency": "Probation Service",
                "area": "Exampleshire",
                "email": "sam.referrer@example.org",
                "date_referred": "2026-05-28",
            },
        }
    )


@pytest.fixture
def referral() -> Referral:
    return complete_referral()


@pytest.fixture
def empty_referral() -> Referral:
    return Referral(id="fedcba9876543210fedcba9876543210")


@pytest.fixture(scope="session")
def prepared():
    """The complete referral, assessed with the bundled rule pack on AS_OF."""
    from mappa_desktop.export.service import prepare

    return prepare(complete_referral(), as_of=AS_OF)


@pytest.fixture(autouse=True)
def _qt_application(qapp):
    """A QApplication before any PDF code can make a bare QGuiApplication (the dialog needs widgets)."""
    return qapp
