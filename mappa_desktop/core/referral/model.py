"""The referral (MAPPA A) as a pydantic model, section by section (research brief §3.2).

Every content field is optional, so a half-written draft is a valid ``Referral``. A value that is wrong
on its own (a PNC ID with the wrong check letter, a date of birth in the future, a DASH score of 30) is a
validation error naming the field, also when assigned to an existing model. Disagreements *between*
fields (a release before the sentence) are not errors, so a draft can pass through them while being
typed; ``Referral.problems()`` lists them, each naming its field.

``revision`` is the store's optimistic-concurrency counter: it is not content, never audited, and
``Store.save`` updates it in place.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from mappa_desktop.core.facts import DaRiskIndicator, Finding, IomCohort, OffenceClass, Outcome, Rosh
from mappa_desktop.core.limits import LIST_MAX, NAME_MAX, TEXT_MAX
from mappa_desktop.core.messages import Message
from mappa_desktop.core.referral.labels import field_label
from mappa_desktop.core.referral.pnc import check_pnc_id

UNKNOWN = "unknown"
DECLINED = "declined"
"""Answers any diversity question accepts: the person was asked and it is not known, or they declined."""

MIN_AGE = 10  # the age of criminal responsibility in England and Wales
EARLIEST_DATE = dt.date(1900, 1, 1)

Name = Annotated[str, Field(max_length=NAME_MAX)]
"""A short value on one line: a name, a reference, a role, a telephone number."""
Text = Annotated[str, Field(max_length=TEXT_MAX)]
"""Free text a person writes: a description, a reason, a note."""
Count = Annotated[int, Field(ge=0, le=10_000)]


class ReferralStatus(StrEnum):
    draft = "draft"
    ready = "ready"
    sent = "sent"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=True)


def _date_refusal(sentence: str, label: str) -> Message:
    """``sentence`` ("Enter a {label} in the past") with the article English needs before ``label``."""
    if label[:1] in "aeiou":
        sentence = sentence.replace("Enter a {label}", "Enter an {label}")
    return Message(sentence, label=Message(label))


def _not_future(value: dt.date | None, path: str) -> dt.date | None:
    """A date that cannot be in the future (a birth, an offence, an assessment): refused with a message
    naming it as a person would, never by its field name or in ISO form."""
    if value is None:
        return None
    label = field_label(path)
    if value > dt.date.today():
        raise ValueError(_date_refusal(_IN_THE_PAST, label))
    if value < EARLIEST_DATE:
        raise ValueError(_date_refusal(_FROM_1900, label))
    return value


def _plausible(value: dt.date | None, path: str) -> dt.date | None:
    if value is not None and not EARLIEST_DATE <= value <= dt.date(2200, 1, 1):
        raise ValueError(_date_refusal(_BETWEEN, field_label(path)))
    return value


# The refusals' sentences, each with its "an" form: both are keys of the wording table (headings.json).
_IN_THE_PAST = "Enter a {label} in the past"
_FROM_1900 = "Enter a {label} from 1900 onwards; check the year"
_BETWEEN = "Enter a {label} between 1900 and 2200; check the year"


_ETHNICITY_CODE = re.compile(r"^[A-Z]\d$", re.IGNORECASE)
_CRN = re.compile(r"^[A-Z]\d{6}$")


class Subject(_Section):
    """Section 2, offender information."""

    given_names: Name | None = None
    family_name: Name | None = None
    aliases: list[Name] = Field(
        default_factory=list, max_length=LIST_MAX, description="nicknames and aliases"
    )
    date_of_birth: dt.date | None = None
    gender: Name | None = None
    ethnicity: Name | None = Field(None, description="written out in words, not as a code")
    preferred_language: Name | None = Field(None, description='"English", "Welsh" or another language')
    pnc_id: Name | None = None
    visor_ref: Name | None = Field(None, description="ViSOR/MAPPS reference, where a record exists")
    ndelius_crn: Name | None = None
    address: Text | None = None
    area_of_closest_links: Name | None = None
    no_fixed_abode: bool | None = None

    @field_validator("date_of_birth")
    @classmethod
    def _dob(cls, value: dt.date | None) -> dt.date | None:
        value = _not_future(value, "subject.date_of_birth")
        if value is not None:
            today = dt.date.today()
            age = today.year - value.year - ((today.month, today.day) < (value.month, value.day))
            if age < MIN_AGE:
                raise ValueError(
                    Message(
                        "Enter a date of birth for someone aged {minimum} or over: the date given, {date}, "
                        "makes the person {age}, and no one under {minimum} can be managed under MAPPA",
                        minimum=MIN_AGE,
                        date=value,
                        age=age,
                    )
                )
        return value

    @field_validator("pnc_id")
    @classmethod
    def _pnc(cls, value: str | None) -> str | None:
        return check_pnc_id(value) if value else None

    @field_validator("ndelius_crn")
    @classmethod
    def _crn(cls, value: str | None) -> str | None:
        if not value:
            return None
        text = value.replace(" ", "").upper()
        if not _CRN.match(text):
            raise ValueError(
                "Enter the nDelius CRN in the correct format: one letter then six digits, like X123456"
            )
        return text

    @field_validator("ethnicity")
    @classmethod
    def _ethnicity_in_words(cls, value: str | None) -> str | None:
        if value and _ETHNICITY_CODE.match(value):
            raise ValueError("Enter the ethnicity in words, like White British, not as a code")
        return value or None

    @field_validator("aliases")
    @classmethod
    def _aliases(cls, value: list[str]) -> list[str]:
        return [alias.strip() for alias in value if alias.strip()]

    @property
    def full_name(self) -> str:
        """Given names then family name, as written; empty when neither is known."""
        return " ".join(part for part in (self.given_names, self.family_name) if part)


class IndexOffence(_Section):
    """Section 3, the index offence (or, for Category 3, the relevant caution) and sentence."""

    description: Text | None = None
    offence_class: OffenceClass | None = None
    finding: Finding | None = None
    outcome: Outcome | None = None
    is_caution: bool | None = None
    sentence_description: Name | None = Field(None, description="length and type of sentence")
    custody_months: Annotated[float, Field(ge=0, le=1200, allow_inf_nan=False)] | None = None
    offence_date: dt.date | None = None
    conviction_date: dt.date | None = None
    sentence_date: dt.date | None = Field(None, description="date of sentence or caution")
    serious_harm_offence: bool | None = None
    previous_related_offences: Text | None = None
    brief_details: list[Text] = Field(
        default_factory=list, max_length=LIST_MAX, description="brief offence details, as bullets"
    )
    other_information: Text | None = None

    @field_validator("offence_date", "conviction_date", "sentence_date")
    @classmethod
    def _past(cls, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        return _not_future(value, f"offence.{info.field_name}")


class CustodyRelease(_Section):
    """Sections 4 and 5: relevant dates, custody and release, hospital."""

    in_custody: bool | None = None
    establishment: Name | None = None
    detained_in_hospital: bool | None = None
    release_date: dt.date | None = Field(None, description="earliest release, temporary release included")
    release_type: Name | None = None
    sentence_expiry_date: dt.date | None = None
    licence_end_date: dt.date | None = None
    order_end_date: dt.date | None = None
    licence_or_order_active: bool | None = None
    proposed_release_address: Text | None = None
    release_address_approved: bool | None = None
    level_set: bool | None = None
    mental_health_review_date: dt.date | None = None

    @field_validator("release_date", "sentence_expiry_date", "licence_end_date", "order_end_date")
    @classmethod
    def _range(cls, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        return _plausible(value, f"custody.{info.field_name}")

    @field_validator("mental_health_review_date")
    @classmethod
    def _review_range(cls, value: dt.date | None) -> dt.date | None:
        return _plausible(value, "custody.mental_health_review_date")


class RoshByGroup(_Section):
    children: Rosh | None = None
    public: Rosh | None = None
    known_adult: Rosh | None = None
    staff: Rosh | None = None
    prisoners: Rosh | None = None


class RiskToolResult(_Section):
    """One risk tool's result, e.g. OASys, RM2000, ARMS, OSP, RSR, SARA, with its date."""

    tool: Name
    score: Name | None = None
    band: Name | None = None
    date: dt.date | None = None

    @field_validator("date")
    @classmethod
    def _past(cls, value: dt.date | None) -> dt.date | None:
        return _not_future(value, "risk.tools.date")


_ROSH_ORDER = {Rosh.low: 0, Rosh.medium: 1, Rosh.high: 2, Rosh.very_high: 3}


class RiskAssessment(_Section):
    rosh: Rosh | None = Field(None, description="overall risk of serious harm")
    rosh_by_group: RoshByGroup = Field(default_factory=RoshByGroup)
    rosh_date: dt.date | None = None
    tools: list[RiskToolResult] = Field(default_factory=list, max_length=LIST_MAX)
    risk_to_whom: Text | None = None
    victim_issues: Text | None = None
    sex_offender_notification: bool | None = None
    notification_end_date: dt.date | None = None
    ct_notification: bool | None = None
    terrorism_risk: bool | None = None

    @field_validator("rosh_date")
    @classmethod
    def _past(cls, value: dt.date | None) -> dt.date | None:
        return _not_future(value, "risk.rosh_date")

    @field_validator("notification_end_date")
    @classmethod
    def _range(cls, value: dt.date | None) -> dt.date | None:
        return _plausible(value, "risk.notification_end_date")

    def highest_rosh(self) -> Rosh | None:
        """The overall RoSH if given, else the highest of the groups (OASys reports the highest)."""
        if self.rosh is not None:
            return Rosh(self.rosh)
        groups = [Rosh(v) for v in self.rosh_by_group.model_dump().values() if v is not None]
        return max(groups, key=_ROSH_ORDER.__getitem__) if groups else None


class MaracCase(_Section):
    reference: Name | None = None
    hearing_date: dt.date | None = None
    repeat: bool | None = None

    @field_validator("hearing_date")
    @classmethod
    def _range(cls, value: dt.date | None) -> dt.date | None:
        return _plausible(value, "domestic_abuse.marac_cases.hearing_date")


class RfgScore(_Section):
    """A MATAC Recency-Frequency-Gravity score with its source. No bands: forces do not publish them."""

    value: Annotated[float, Field(ge=0, le=10_000, allow_inf_nan=False)]
    source: Name | None = Field(None, description="who calculated it, e.g. the force's MATAC analyst")
    date: dt.date | None = None


VICTIM_LABEL_MAX = 40
"""Characters in a victim's label (the evaluation contract's cap): "V1", never a name."""


class VictimRecord(_Section):
    """One victim of this person's domestic abuse (decision policy version 2: MARAC is about each victim).

    No name is needed: ``label`` is how the referral refers to them ("V1") at most. MARAC: whether they
    have been heard, the date of their last *referral* (a repeat is counted from it) and of their last
    hearing, and whether there has been a further incident against them since.
    """

    label: Annotated[str, Field(max_length=VICTIM_LABEL_MAX)] | None = None
    dash_score: Annotated[int, Field(ge=0, le=24)] | None = None
    dash_date: dt.date | None = None
    incidents_12m: Count | None = Field(None, description="incidents against this victim, last 12 months")
    risk_indicators: list[DaRiskIndicator] | None = Field(
        None, max_length=LIST_MAX, description="None unknown, [] none"
    )
    assessed_high_risk: bool | None = Field(
        None, description="the victim's risk assessor graded them high risk"
    )
    heard_at_marac: bool | None = None
    marac_last_referred: dt.date | None = None
    marac_last_heard: dt.date | None = None
    incident_since_marac: bool | None = Field(None, description="a further incident since that referral")

    @field_validator("label")
    @classmethod
    def _label(cls, value: str | None) -> str | None:
        return value or None

    @field_validator("dash_date")
    @classmethod
    def _past(cls, value: dt.date | None) -> dt.date | None:
        return _not_future(value, "domestic_abuse.victims.dash_date")

    @field_validator("marac_last_referred", "marac_last_heard")
    @classmethod
    def _range(cls, value: dt.date | None, info: ValidationInfo) -> dt.date | None:
        # A date after the assessment date is refused with the other contradictions (facts.contradictions).
        return _plausible(value, f"domestic_abuse.victims.{info.field_name}")


SINGLE_VICTIM_FIELDS: dict[str, str] = {
    "dash_score": "dash_score",
    "dash_date": "dash_date",
    "da_risk_indicators": "risk_indicators",
    "da_incidents_12m": "incidents_12m",
    "da_incident_since_marac": "incident_since_marac",
}
"""The answers a draft stored before victims were recorded gave about its one victim, with the field of
victim 1 each now is. ``marac_checked`` and the MARAC hearing dates become victim 1's MARAC answers."""


def _day(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None  # refused with its own message when the MARAC case itself is validated


def single_victim_as_first(data: dict, today: dt.date) -> dict:
    """A stored version-1 domestic-abuse section with its single-victim answers moved into victim 1.

    Unchanged in meaning: the answers are victim 1's; MARAC heard is "yes" with the latest hearing on or
    before ``today`` as the last hearing, "no" when MARAC records were checked and there was none, else
    not known (as version 1 worked them out). The MARAC case references stay as they were."""
    data = dict(data)
    victim = {new: data.pop(old) for old, new in SINGLE_VICTIM_FIELDS.items() if old in data}
    checked = data.pop("marac_checked", None)
    hearings = [
        _day(case.get("hearing_date")) for case in data.get("marac_cases") or [] if isinstance(case, dict)
    ]
    past = [day for day in hearings if day is not None and day <= today]
    if past:
        victim.update(heard_at_marac=True, marac_last_heard=max(past))
    elif checked:
        victim["heard_at_marac"] = False
    victim = {key: value for key, value in victim.items() if value is not None}
    if victim:
        if data.get("victims"):
            raise ValueError(
                "Give the victims one by one or the single-victim answers, not both: this record has both"
            )
        data["victims"] = [victim]
    return data


class DomesticAbuse(_Section):
    domestic_abuse: bool | None = None
    victims: list[VictimRecord] = Field(default_factory=list, max_length=LIST_MAX)
    da_incidents_3y: Count | None = None
    da_victims_3y: Count | None = None
    marac_cases: list[MaracCase] = Field(
        default_factory=list, max_length=LIST_MAX, description="MARAC case references, to cross-reference"
    )
    matac_reference: Name | None = None
    matac_adopted: bool | None = None
    rfg_score: RfgScore | None = None
    iom_cohort: IomCohort | None = None
    iom_reference: Name | None = None

    @model_validator(mode="before")
    @classmethod
    def _stored_before_victims(cls, data: object) -> object:
        """A draft or package written before victims were recorded opens with its answers as victim 1."""
        if isinstance(data, dict) and ("marac_checked" in data or set(SINGLE_VICTIM_FIELDS) & set(data)):
            return single_victim_as_first(data, dt.date.today())
        return data


class AgencyInvolvement(_Section):
    agency: Name
    contact: Name | None = None
    role: Name | None = None
    lawful_basis: Name | None = Field(None, description="e.g. DPA 2018 Part 3, or UK GDPR Art 6(1)(e)")


class ReasonForReferral(_Section):
    """Section 6 and the header: the level sought and why."""

    mappa_area: Name | None = None
    category: Literal[1, 2, 3, 4] | None = Field(
        None, description="the category the officer refers under, recorded when they confirm their decision"
    )
    level: Literal[1, 2, 3] | None = Field(
        None, description="the level the officer refers under, recorded when they confirm their decision"
    )
    level_sought: Literal[2, 3] | None = Field(None, description="the level the form asks for")
    reason: Text | None = None
    what_higher_level_adds: Text | None = None
    multi_agency_management_needed: bool | None = None
    lower_risk_needs_coordination: bool | None = None
    stepping_down_from_level_3: bool | None = None
    senior_oversight_needed: bool | None = None
    high_public_interest: bool | None = None
    visor_record: bool | None = None
    police_offender_manager_allocated: bool | None = None


class Diversity(_Section):
    """Equality monitoring. Every answer may be ``"unknown"`` or ``"declined"``; ``None`` means not asked."""

    ethnicity: Name | None = None
    gender: Name | None = None
    gender_same_as_at_birth: Name | None = None
    age_band: Name | None = None
    disability: Name | None = None
    religion: Name | None = None
    sexual_orientation: Name | None = None
    needs: Text | None = Field(None, description="e.g. interpreter, learning disability, mobility")


class Referrer(_Section):
    name: Name | None = None
    role: Name | None = None
    agency: Name | None = None
    area: Name | None = None
    phone: Name | None = None
    email: Name | None = None
    date_referred: dt.date | None = None

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", value):
            raise ValueError("Enter an email address in the correct format, like name@example.com")
        return value or None

    @field_validator("date_referred")
    @classmethod
    def _past(cls, value: dt.date | None) -> dt.date | None:
        return _not_future(value, "referrer.date_referred")


MIN_RATIONALE = 20
"""Characters an override's rationale needs at least: a reason, not a word."""


class Override(_Section):
    """The officer's own category or level where they disagree with the aid (decision policy, Overrides).

    Keeps both outcomes, the rationale, the rule-pack version the aid used, and who decided and when.
    """

    aid_category: Literal[1, 2, 3, 4] | None = None
    aid_level: Literal[1, 2, 3] | None = None
    category: Literal[1, 2, 3, 4] | None = None
    level: Literal[1, 2, 3] | None = None
    rationale: Text
    actor: Name = Field(min_length=1)
    at: dt.datetime
    rule_pack_version: Name = Field(min_length=1)

    @field_validator("rationale")
    @classmethod
    def _rationale(cls, value: str) -> str:
        text = " ".join(value.split())
        if len(text) < MIN_RATIONALE:
            raise ValueError(
                Message(
                    "Enter a rationale of at least {count} characters: why the officer's decision differs "
                    "from the aid's",
                    count=MIN_RATIONALE,
                )
            )
        return value.strip()


class AcknowledgedPrompt(_Section):
    """A prompt the officer has read and answered with a note; it stays in the record."""

    prompt_id: Name = Field(min_length=1)
    note: Text | None = None
    actor: Name = Field(min_length=1)
    at: dt.datetime


class Decision(_Section):
    """What the officer decided about the aid's advice."""

    override: Override | None = None
    # Every acknowledgement is kept (a changed note is a new one), so the record allows more than a list.
    acknowledged_prompts: list[AcknowledgedPrompt] = Field(default_factory=list, max_length=10 * LIST_MAX)

    def acknowledgement(self, prompt_id: str) -> AcknowledgedPrompt | None:
        """The latest acknowledgement of a prompt, if any."""
        found = [a for a in self.acknowledged_prompts if a.prompt_id == prompt_id]
        return found[-1] if found else None


def _new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class FieldProblem:
    """A disagreement between fields, named by dotted path (e.g. ``custody.release_date``)."""

    field: str
    message: str


class Referral(BaseModel):
    """A MAPPA referral (MAPPA A), draft to sent."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    id: str = Field(default_factory=_new_id, pattern=r"^[0-9a-f]{32}$")
    status: ReferralStatus = ReferralStatus.draft
    revision: int = Field(0, ge=0, description="store revision; not content")
    subject: Subject = Field(default_factory=Subject)
    offence: IndexOffence = Field(default_factory=IndexOffence)
    custody: CustodyRelease = Field(default_factory=CustodyRelease)
    risk: RiskAssessment = Field(default_factory=RiskAssessment)
    domestic_abuse: DomesticAbuse = Field(default_factory=DomesticAbuse)
    agencies: list[AgencyInvolvement] = Field(default_factory=list, max_length=LIST_MAX)
    reason: ReasonForReferral = Field(default_factory=ReasonForReferral)
    subject_views: Text | None = Field(None, description="the subject's own views (inspection rec. 2)")
    diversity: Diversity = Field(default_factory=Diversity)
    referrer: Referrer = Field(default_factory=Referrer)
    decision: Decision = Field(default_factory=Decision)
    sections_completed: list[
        Literal["subject", "offence", "custody", "risk", "domestic_abuse", "agencies", "reason"]
    ] = Field(
        default_factory=list,
        max_length=LIST_MAX,
        description='sections the officer said they have completed ("Have you completed this section?")',
    )

    def content(self) -> dict:
        """The referral's content as JSON-ready data: everything but ``id`` and ``revision``."""
        return self.model_dump(mode="json", exclude={"id", "revision"})

    def problems(self) -> list[FieldProblem]:
        """Disagreements between dates and counts, each naming the later field. Empty when consistent."""
        found: list[FieldProblem] = []
        dob = self.subject.date_of_birth
        o, c, d = self.offence, self.custody, self.domestic_abuse

        def order(earlier: dt.date | None, later: dt.date | None, field: str, message: str) -> None:
            if earlier is not None and later is not None and later < earlier:
                found.append(FieldProblem(field, message))

        if dob is not None:
            for name in ("offence_date", "conviction_date", "sentence_date"):
                value = getattr(o, name)
                if value is not None and value.year - dob.year < MIN_AGE:
                    label = field_label(f"offence.{name}")
                    found.append(
                        FieldProblem(
                            f"offence.{name}",
                            f"The {label} is before the person was {MIN_AGE}: check it and the date of birth",
                        )
                    )
        order(
            o.offence_date,
            o.conviction_date,
            "offence.conviction_date",
            "The date of conviction must be the same as or after the date of the offence",
        )
        order(
            o.conviction_date,
            o.sentence_date,
            "offence.sentence_date",
            "The date of sentence must be the same as or after the date of conviction",
        )
        order(
            o.sentence_date,
            c.release_date,
            "custody.release_date",
            "The earliest release date must be the same as or after the date of sentence",
        )
        order(
            c.release_date,
            c.licence_end_date,
            "custody.licence_end_date",
            "The date the licence ends must be the same as or after the earliest release date",
        )
        for index, victim in enumerate(d.victims):
            path = f"domestic_abuse.victims.{index}"
            if (
                victim.incidents_12m is not None
                and d.da_incidents_3y is not None
                and victim.incidents_12m > d.da_incidents_3y
            ):
                found.append(
                    FieldProblem(
                        f"{path}.incidents_12m",
                        f"Victim {index + 1} has more incidents in the last 12 months than this person has "
                        "in the last 3 years: check both numbers",
                    )
                )
            if victim.heard_at_marac is False and victim.marac_last_heard is not None:
                found.append(
                    FieldProblem(
                        f"{path}.marac_last_heard",
                        f"Victim {index + 1} has a MARAC hearing date but is recorded as not heard at MARAC: "
                        "check both answers",
                    )
                )
        return found
