"""The facts vocabulary of the evaluation contract (shared/spec/evaluate-contract.md).

These names and meanings are fixed: the referral editor derives them from a draft, a referral
package carries them, and training scenarios and rule tests use them. Every fact is optional;
an absent fact (or ``null``) is unknown.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, ValidationError


class OffenceClass(StrEnum):
    murder = "murder"
    specified_violent = "specified_violent"
    specified_sexual = "specified_sexual"
    s327_4a = "s327_4a"
    terrorism = "terrorism"
    other = "other"


class Finding(StrEnum):
    convicted = "convicted"
    not_guilty_by_insanity = "not_guilty_by_insanity"
    unfit_to_plead_did_act = "unfit_to_plead_did_act"


class Outcome(StrEnum):
    custody = "custody"
    life_or_indeterminate = "life_or_indeterminate"
    hospital_or_guardianship_order = "hospital_or_guardianship_order"
    suspended_sentence = "suspended_sentence"
    community_order = "community_order"
    caution = "caution"
    fine_or_discharge = "fine_or_discharge"
    other = "other"


class Rosh(StrEnum):
    low = "low"
    medium = "medium"
    high = "high"
    very_high = "very_high"


class DaRiskIndicator(StrEnum):
    non_fatal_strangulation = "non_fatal_strangulation"
    stalking = "stalking"
    threats_to_kill = "threats_to_kill"
    coercive_control = "coercive_control"
    separation = "separation"
    escalation = "escalation"
    weapon_use = "weapon_use"
    honour_based_abuse = "honour_based_abuse"
    pregnancy_or_new_baby = "pregnancy_or_new_baby"
    child_contact_dispute = "child_contact_dispute"
    sexual_abuse = "sexual_abuse"


class IomCohort(StrEnum):
    none = "none"
    fixed = "fixed"
    flex = "flex"
    free = "free"


Count = Annotated[int, Field(ge=0, strict=True)]


class Facts(BaseModel):
    """One case's facts. Unknown keys are errors: a typo must never be read as "unknown"."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True, frozen=True)

    sex_offender_notification: StrictBool | None = None
    offence_class: OffenceClass | None = None
    finding: Finding | None = None
    outcome: Outcome | None = None
    custody_months: Annotated[float, Field(ge=0, strict=True)] | None = None
    licence_or_order_active: StrictBool | None = None
    ct_notification: StrictBool | None = None
    terrorism_risk: StrictBool | None = None
    serious_harm_offence: StrictBool | None = None
    rosh: Rosh | None = None
    multi_agency_management_needed: StrictBool | None = None
    lower_risk_needs_coordination: StrictBool | None = None
    stepping_down_from_level_3: StrictBool | None = None
    senior_oversight_needed: StrictBool | None = None
    high_public_interest: StrictBool | None = None
    domestic_abuse: StrictBool | None = None
    dash_score: Annotated[int, Field(ge=0, le=24, strict=True)] | None = None
    da_risk_indicators: list[DaRiskIndicator] | None = None
    da_incidents_12m: Count | None = None
    da_incidents_3y: Count | None = None
    da_victims_3y: Count | None = None
    age: Annotated[int, Field(ge=10, strict=True)] | None = None
    marac_heard: StrictBool | None = None
    marac_last_heard: dt.date | None = None
    da_incident_since_marac: StrictBool | None = None
    matac_adopted: StrictBool | None = None
    iom_cohort: IomCohort | None = None
    in_custody: StrictBool | None = None
    release_date: dt.date | None = None
    level_set: StrictBool | None = None
    visor_record: StrictBool | None = None
    police_offender_manager_allocated: StrictBool | None = None

    def known(self) -> dict[str, Any]:
        """The answered facts only, JSON-ready (dates as ISO strings)."""
        return self.model_dump(mode="json", exclude_none=True)


FACT_NAMES: tuple[str, ...] = tuple(Facts.model_fields)


class Case(BaseModel):
    """The input of ``mappa-desktop evaluate``: the assessment date and the facts."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    as_of: dt.date = Field(default_factory=dt.date.today)
    facts: Facts = Field(default_factory=Facts)


def error_details(error: ValidationError) -> list[dict[str, str]]:
    """Turn a pydantic error into ``[{"field", "message"}]``, naming each bad field by its fact name."""
    details = []
    for item in error.errors():
        loc = [str(part) for part in item["loc"]]
        if loc and loc[0] == "facts":
            loc = loc[1:]
        details.append({"field": ".".join(loc) or "(case)", "message": item["msg"]})
    return details
