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
from pydantic_core import PydanticCustomError


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
DashScore = Annotated[int, Field(ge=0, le=24, strict=True)]


class Victim(BaseModel):
    """One victim of this person's domestic abuse (contract version 2). Every field optional; no name."""

    model_config = ConfigDict(extra="forbid", use_enum_values=True, frozen=True)

    label: Annotated[str, Field(max_length=40, strict=True)] | None = None
    dash_score: DashScore | None = None
    incidents_12m: Count | None = None
    risk_indicators: list[DaRiskIndicator] | None = None
    assessed_high_risk: StrictBool | None = None
    heard_at_marac: StrictBool | None = None
    marac_last_referred: dt.date | None = None
    incident_since_marac: StrictBool | None = None


VICTIM_FIELDS: tuple[str, ...] = tuple(Victim.model_fields)

SHORTHAND: dict[str, str] = {
    "dash_score": "dash_score",
    "da_incidents_12m": "incidents_12m",
    "da_risk_indicators": "risk_indicators",
    "marac_heard": "heard_at_marac",
    "marac_last_heard": "marac_last_referred",
    "da_incident_since_marac": "incident_since_marac",
}
"""The version-1 single-victim facts, each with the field of victim 1 it stands for."""


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
    dash_score: DashScore | None = None
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
    victims: list[Victim] | None = None

    def known(self) -> dict[str, Any]:
        """The answered facts only, JSON-ready (dates as ISO strings)."""
        return self.model_dump(mode="json", exclude_none=True)

    def victim_list(self) -> list[Victim] | None:
        """The victims as the rules read them: ``victims`` when given, else the version-1 single-victim
        facts as victim 1 when any of them is answered, else unknown (None)."""
        if self.victims is not None:
            return self.victims
        given = {
            field: getattr(self, fact) for fact, field in SHORTHAND.items() if getattr(self, fact) is not None
        }
        return [Victim(**given)] if given else None


LIST_ITEMS: dict[str, type[BaseModel]] = {"victims": Victim}
"""Facts that hold a list of records (asked record by record, not as one question), with the record."""
LIST_FACTS: tuple[str, ...] = tuple(LIST_ITEMS)


def shorthand_fact(list_fact: str, field: str) -> str | None:
    """The version-1 fact that stands for ``field`` of the first record of ``list_fact``, if any."""
    if list_fact != "victims":
        return None
    return next((fact for fact, name in SHORTHAND.items() if name == field), None)


FACT_NAMES: tuple[str, ...] = tuple(name for name in Facts.model_fields if name not in LIST_FACTS)
"""The facts asked one question each (every fact of the contract except the list facts)."""


class Case(BaseModel):
    """The input of ``mappa-desktop evaluate``: the assessment date and the facts."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    as_of: dt.date = Field(default_factory=dt.date.today)
    facts: Facts = Field(default_factory=Facts)


def _refusal(field: str, message: str, value: Any) -> dict[str, Any]:
    loc = ("facts", *(int(p) if p.isdigit() else p for p in field.split(".")))
    return {"type": PydanticCustomError("contradiction", message), "loc": loc, "input": value}


def contradictions(case: Case) -> list[dict[str, Any]]:
    """Answers that contradict each other (contract version 2), one entry per field named."""
    f, out = case.facts, []
    given = [fact for fact in SHORTHAND if getattr(f, fact) is not None]
    if f.victims is not None and given:
        message = "give the victims as 'victims' or as the single-victim facts, not both"
        out += [_refusal(name, message, getattr(f, name)) for name in ("victims", *given)]
    if f.marac_heard is False and f.marac_last_heard is not None:
        message = "a MARAC date is given but MARAC is answered 'no'"
        out += [
            _refusal("marac_heard", message, False),
            _refusal("marac_last_heard", message, str(f.marac_last_heard)),
        ]
    later = f"is after the assessment date {case.as_of.isoformat()}"
    if f.marac_last_heard is not None and f.marac_last_heard > case.as_of:
        out.append(_refusal("marac_last_heard", f"the MARAC date {later}", str(f.marac_last_heard)))
    for index, victim in enumerate(f.victims or []):
        day = victim.marac_last_referred
        if day is not None and day > case.as_of:
            field = f"victims.{index}.marac_last_referred"
            out.append(_refusal(field, f"victim {index + 1}'s MARAC referral date {later}", str(day)))
    for small, large, what in (
        ("da_victims_3y", "da_incidents_3y", "more victims than incidents in the last 3 years"),
        (
            "da_incidents_12m",
            "da_incidents_3y",
            "more incidents in the last 12 months than in the last 3 years",
        ),
    ):
        a, b = getattr(f, small), getattr(f, large)
        if a is not None and b is not None and a > b:
            out += [_refusal(small, what, a), _refusal(large, what, b)]
    return out


def read_case(data: Any) -> Case:
    """A case from the contract's JSON: validated, and refused when answers contradict each other.

    Raises ``ValidationError`` naming every bad field (``error_details`` turns it into the contract's list).
    """
    case = Case.model_validate(data)
    problems = contradictions(case)
    if problems:
        raise ValidationError.from_exception_data("Case", problems)
    return case


def error_details(error: ValidationError) -> list[dict[str, str]]:
    """Turn a pydantic error into ``[{"field", "message"}]``, naming each bad field by its fact name."""
    details = []
    for item in error.errors():
        loc = [str(part) for part in item["loc"]]
        if loc and loc[0] == "facts":
            loc = loc[1:]
        details.append({"field": ".".join(loc) or "(case)", "message": item["msg"]})
    return details
