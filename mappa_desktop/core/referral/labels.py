"""What each field of a referral is called in a message a person reads ("date of birth", never
"subject.date_of_birth"), and, for number fields, how to ask for the number.

Keyed by the field's dotted path in the referral; a field not listed is named from its own name with the
underscores taken out. Qt-free; used by the model's own checks and by ``messages``.
"""

from __future__ import annotations

FIELD_LABELS: dict[str, str] = {
    "subject.given_names": "given names",
    "subject.family_name": "family name",
    "subject.aliases": "nicknames and aliases",
    "subject.pnc_id": "PNC ID",
    "subject.visor_ref": "ViSOR reference",
    "subject.ndelius_crn": "nDelius CRN",
    "offence.description": "description of the index offence",
    "offence.sentence_description": "sentence",
    "offence.custody_months": "custodial term",
    "offence.offence_date": "date of the offence",
    "offence.conviction_date": "date of conviction",
    "offence.sentence_date": "date of sentence or caution",
    "offence.brief_details": "brief offence details",
    "custody.release_date": "earliest release date",
    "custody.sentence_expiry_date": "sentence expiry date",
    "custody.licence_end_date": "date the licence ends",
    "custody.order_end_date": "date the order ends",
    "custody.mental_health_review_date": "mental health review date",
    "risk.rosh": "risk of serious harm",
    "risk.rosh_date": "date of the RoSH assessment",
    "risk.tools.date": "date of the assessment",
    "risk.notification_end_date": "date notification ends",
    "domestic_abuse.victims": "victims",
    "domestic_abuse.victims.label": "victim's label",
    "domestic_abuse.victims.dash_score": "DASH score",
    "domestic_abuse.victims.dash_date": "date of the DASH assessment",
    "domestic_abuse.victims.incidents_12m": "number of incidents against the victim in the last 12 months",
    "domestic_abuse.victims.risk_indicators": "risk indicators",
    "domestic_abuse.victims.assessed_high_risk": "high-risk grading",
    "domestic_abuse.victims.heard_at_marac": "answer to heard at MARAC",
    "domestic_abuse.victims.marac_last_referred": "date of the last MARAC referral",
    "domestic_abuse.victims.marac_last_heard": "date of the last MARAC hearing",
    "domestic_abuse.victims.incident_since_marac": "answer to a further incident since MARAC",
    "domestic_abuse.da_incidents_3y": "number of incidents in the last 3 years",
    "domestic_abuse.da_victims_3y": "number of victims in the last 3 years",
    "domestic_abuse.marac_cases.hearing_date": "date of the MARAC hearing",
    "domestic_abuse.rfg_score.value": "RFG score",
    "domestic_abuse.matac_reference": "MATAC reference",
    "domestic_abuse.iom_reference": "IOM reference",
    "domestic_abuse.iom_cohort": "IOM cohort",
    "reason.mappa_area": "MAPPA area",
    "reason.level_sought": "level you are referring to",
    "reason.what_higher_level_adds": "what a higher level would add",
    "referrer.email": "email address",
    "referrer.phone": "telephone number",
    "referrer.date_referred": "date referred",
    "decision.override.rationale": "rationale",
    "subject_views": "the person's views",
}

NUMBER_HINTS: dict[str, str] = {
    "offence.custody_months": "Enter the custodial term in months, like 18",
    "domestic_abuse.victims.dash_score": "Enter the DASH score as a whole number from 0 to 24, like 14",
    "domestic_abuse.victims.incidents_12m": "Enter the number of incidents against the victim in the last 12 "
    "months, like 2",
    "domestic_abuse.da_incidents_3y": "Enter the number of incidents in the last 3 years, like 5",
    "domestic_abuse.da_victims_3y": "Enter the number of victims in the last 3 years, like 1",
    "domestic_abuse.rfg_score.value": "Enter the RFG score as a number, like 42.5",
}
"""How to ask again for a number that could not be read (GOV.UK: say what to enter, with an example)."""


def field_label(path: str) -> str:
    """The name of the field at ``path`` in a message (list positions in the path are ignored)."""
    parts = [p for p in path.split(".") if not p.isdigit()]
    key = ".".join(parts)
    if key in FIELD_LABELS:
        return FIELD_LABELS[key]
    # A page that names a field within its own section ("pnc_id" on Subject details).
    ends = [label for path, label in FIELD_LABELS.items() if path.endswith(f".{key}")]
    if len(ends) == 1:
        return ends[0]
    return parts[-1].replace("_", " ") if parts else "answer"


__all__ = ["FIELD_LABELS", "NUMBER_HINTS", "field_label"]
