"""Draw one fictional referral: category and level first, then dates, offence, custody, risk and the rest.

Dates agree with each other (offence before conviction before sentence before release, ages 18 to 80 on
``as_of``). Output is deterministic for a given generator state and ``as_of``: keep the order of draws.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterator

from mappa_desktop.core.facts import DaRiskIndicator, Finding, IomCohort, OffenceClass, Outcome, Rosh
from mappa_desktop.core.referral import (
    DECLINED,
    UNKNOWN,
    AgencyInvolvement,
    CustodyRelease,
    Diversity,
    DomesticAbuse,
    IndexOffence,
    MaracCase,
    ReasonForReferral,
    Referral,
    ReferralStatus,
    Referrer,
    RfgScore,
    RiskAssessment,
    RiskToolResult,
    RoshByGroup,
    Subject,
    VictimRecord,
    format_pnc_id,
)
from mappa_desktop.core.sample_data.vocabulary import (
    AGENCIES,
    AREAS,
    CAT3_OFFENCES,
    DISABILITY,
    ESTABLISHMENTS,
    ETHNICITIES,
    FEMALE_NAMES,
    MALE_NAMES,
    NICKNAMES,
    ORIENTATION,
    OTHER_LANGUAGES,
    REFERRER_ROLES,
    RELEASE_TYPES,
    RELIGIONS,
    SEXUAL_OFFENCES,
    STREETS,
    SURNAMES,
    TERRORISM_OFFENCES,
    VIOLENT_OFFENCES,
)


def _weighted(rng: random.Random, pairs: list[tuple[str, int]]) -> str:
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights)[0]


def _date_between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    if end <= start:
        return start
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def _years(day: dt.date, years: float) -> dt.date:
    return day + dt.timedelta(days=round(years * 365.25))


def _rosh(rng: random.Random, level: int) -> Rosh:
    if level == 3:
        return Rosh.very_high
    if level == 2:
        return rng.choice([Rosh.high, Rosh.high, Rosh.very_high])
    return _weighted(rng, [(Rosh.low, 30), (Rosh.medium, 52), (Rosh.high, 17), (Rosh.very_high, 1)])


def sample_referral(rng: random.Random, as_of: dt.date) -> Referral:
    """One fictional referral drawn from ``rng``, consistent on ``as_of``."""
    category = _weighted(rng, [("1", 750), ("2", 230), ("3", 17), ("4", 3)])
    level = int(_weighted(rng, [("1", 980), ("2", 17), ("3", 3)]))
    male = rng.random() < (0.97 if category == "1" else 0.9)
    age = rng.randint(18, 80) if rng.random() < 0.2 else rng.randint(22, 60)
    # Measured in the same 365.25-day years as ``_years``, so the 18th birthday is never after as_of.
    dob = _years(as_of, -age) - dt.timedelta(days=rng.randrange(1, 360))
    town, area = rng.choice(AREAS)
    welsh_area = area == "Wales"
    language = (
        "Welsh"
        if welsh_area and rng.random() < 0.2
        else rng.choice(OTHER_LANGUAGES)
        if rng.random() < 0.04
        else "English"
    )
    given = rng.choice(MALE_NAMES if male else FEMALE_NAMES)
    if rng.random() < 0.3:
        given += " " + rng.choice(MALE_NAMES if male else FEMALE_NAMES)
    family = rng.choice(SURNAMES)
    ethnicity = _weighted(rng, ETHNICITIES)
    subject_ethnicity = ethnicity if ethnicity not in (UNKNOWN, DECLINED) else None
    nfa = rng.random() < 0.04

    # Dates: offence, then conviction, then sentence, all after the 18th birthday and before as_of.
    adult = _years(dob, 18)
    offence_date = _date_between(rng, max(adult, _years(as_of, -12)), as_of - dt.timedelta(days=120))
    conviction_date = offence_date + dt.timedelta(days=rng.randint(30, 400))
    sentence_date = min(conviction_date + dt.timedelta(days=rng.randint(0, 60)), as_of)
    conviction_date = min(conviction_date, sentence_date)

    domestic = False
    custody_months: float | None = None
    if category == "1":
        description, offence_class = rng.choice(SEXUAL_OFFENCES)
        outcome = _weighted(
            rng,
            [
                (Outcome.custody, 55),
                (Outcome.suspended_sentence, 20),
                (Outcome.community_order, 15),
                (Outcome.life_or_indeterminate, 2),
                (Outcome.hospital_or_guardianship_order, 2),
                (Outcome.caution, 6),
            ],
        )
        domestic = rng.random() < 0.1
    elif category == "2":
        description, offence_class = rng.choice(VIOLENT_OFFENCES)
        outcome = _weighted(
            rng,
            [
                (Outcome.custody, 85),
                (Outcome.life_or_indeterminate, 8),
                (Outcome.hospital_or_guardianship_order, 7),
            ],
        )
        if offence_class is OffenceClass.murder:
            outcome = Outcome.life_or_indeterminate
        domestic = rng.random() < 0.35
    elif category == "3":
        description, offence_class = rng.choice(CAT3_OFFENCES)
        outcome = _weighted(
            rng,
            [
                (Outcome.custody, 40),
                (Outcome.community_order, 35),
                (Outcome.suspended_sentence, 15),
                (Outcome.caution, 10),
            ],
        )
        domestic = rng.random() < 0.7 and not description.startswith("Arson")
    else:
        description, offence_class = rng.choice(TERRORISM_OFFENCES)
        outcome = Outcome.custody
    if outcome is Outcome.custody:
        custody_months = float(
            rng.choice([12, 18, 24, 30, 36, 48, 60, 72, 96])
            if category == "2"
            else rng.choice([4, 6, 8, 10, 12, 16, 18, 24, 36, 48, 60])
        )
    sentence_text = {
        Outcome.custody: f"{int(custody_months or 0)} months' imprisonment",
        Outcome.life_or_indeterminate: "Life imprisonment, minimum term 15 years",
        Outcome.hospital_or_guardianship_order: "Hospital order with restrictions (MHA 1983 s.37/41)",
        Outcome.suspended_sentence: "12 months' imprisonment suspended for 2 years",
        Outcome.community_order: "Community order, 24 months, with rehabilitation activity requirement",
        Outcome.caution: "Adult caution",
    }[outcome]
    is_caution = outcome is Outcome.caution

    # Custody and release.
    in_custody = False
    release_date = None
    licence_end = order_end = None
    if outcome is Outcome.custody and custody_months:
        release_date = _years(sentence_date, custody_months / 12 / 2)
        licence_end = _years(sentence_date, custody_months / 12)
        in_custody = release_date > as_of
    elif outcome is Outcome.life_or_indeterminate:
        release_date = _years(sentence_date, rng.choice([4, 8, 12, 15]))
        in_custody = release_date > as_of
    elif outcome is Outcome.hospital_or_guardianship_order:
        in_custody = rng.random() < 0.6
    elif outcome in (Outcome.suspended_sentence, Outcome.community_order):
        order_end = _years(sentence_date, 2)
    active = (
        in_custody
        or outcome in (Outcome.life_or_indeterminate, Outcome.hospital_or_guardianship_order)
        or any(day is not None and day >= as_of for day in (licence_end, order_end))
    )
    rosh = _rosh(rng, level)
    groups = RoshByGroup(
        children=rosh if category == "1" and rng.random() < 0.6 else rng.choice([Rosh.low, Rosh.medium]),
        public=rng.choice([Rosh.low, Rosh.medium]) if rosh != Rosh.low else Rosh.low,
        known_adult=rosh if domestic else rng.choice([Rosh.low, Rosh.medium]),
        staff=Rosh.low,
        prisoners=Rosh.low,
    )
    assessed = _date_between(rng, max(sentence_date, _years(as_of, -1)), as_of)
    tools = [RiskToolResult(tool="OASys", band=str(rosh).replace("_", " "), date=assessed)]
    if category == "1" and male:
        tools.append(
            RiskToolResult(
                tool="OSP/C", band=rng.choice(["low", "medium", "high", "very high"]), date=assessed
            )
        )
    if domestic:
        tools.append(RiskToolResult(tool="SARA", band=rng.choice(["low", "medium", "high"]), date=assessed))

    da = DomesticAbuse(domestic_abuse=domestic if category in ("2", "3") or domestic else None)
    if domestic:
        dash = rng.randint(6, 24)
        incidents_3y = rng.randint(1, 12)
        victims = rng.randint(1, min(3, incidents_3y))
        indicators = rng.sample(list(DaRiskIndicator), rng.randint(0, 4))
        marac = []
        if dash >= 14 or rng.random() < 0.3:
            for n in range(rng.choice([1, 1, 2, 3])):
                hearing = _date_between(rng, offence_date, as_of)
                marac.append(
                    MaracCase(
                        reference=f"MARAC-{hearing.year}-{rng.randint(1, 999):03d}",
                        hearing_date=hearing,
                        repeat=n > 0,
                    )
                )
        matac = victims >= 2 and incidents_3y >= 2 and rng.random() < 0.5
        heard = [case.hearing_date for case in marac if case.hearing_date <= as_of]
        first = VictimRecord(
            label="V1",
            dash_score=dash,
            dash_date=_date_between(rng, offence_date, as_of),
            risk_indicators=indicators,
            incidents_12m=rng.randint(0, min(incidents_3y, 5)),
            heard_at_marac=bool(heard),
            marac_last_heard=max(heard) if heard else None,
            incident_since_marac=(rng.random() < 0.3) if marac else None,
        )
        # The other victims are recorded by label only: their answers are left for the officer to give.
        others = [VictimRecord(label=f"V{n}") for n in range(2, victims + 1)]
        da = DomesticAbuse(
            domestic_abuse=True,
            victims=[first, *others],
            da_incidents_3y=incidents_3y,
            da_victims_3y=victims,
            marac_cases=marac,
            matac_reference=f"MATAC/{town[:3].upper()}/{rng.randint(100, 9999)}" if matac else None,
            matac_adopted=matac,
            rfg_score=RfgScore(value=round(rng.uniform(5, 95), 1), source=f"{area} MATAC analyst")
            if matac
            else None,
            iom_cohort=_weighted(
                rng, [(IomCohort.none, 70), (IomCohort.fixed, 10), (IomCohort.flex, 12), (IomCohort.free, 8)]
            ),
        )

    pnc = format_pnc_id(
        offence_date.year if rng.random() < 0.5 else max(adult.year, 1990), rng.randint(1, 999_999)
    )
    visor = (
        f"VIS/{rng.randint(10, 99)}/{rng.randint(100000, 999999)}"
        if category in ("1", "4") or (level > 1)
        else None
    )
    roles = rng.sample(AGENCIES, rng.randint(2, 5))
    referrer_role, referrer_agency = rng.choice(REFERRER_ROLES)

    reason = ReasonForReferral(
        mappa_area=area,
        category=int(category),
        level=level,
        level_sought=level if level > 1 else None,
        multi_agency_management_needed=level > 1,
        senior_oversight_needed=level == 3,
        high_public_interest=level == 3 and rng.random() < 0.6,
        stepping_down_from_level_3=False if level < 3 else None,
        lower_risk_needs_coordination=False,
        visor_record=visor is not None,
        police_offender_manager_allocated=(category == "1") or rng.random() < 0.3,
    )
    if level > 1:
        reason.reason = (
            f"Assessed as {str(rosh).replace('_', ' ')} risk of serious harm to "
            f"{'known adults' if domestic else 'the public'}; release address and victim safety planning "
            "need several agencies acting together."
        )
    else:  # recorded for level setting: why no formal multi-agency meetings are sought
        reason.reason = (
            "Level setting for the MAPPA record: the lead agency's risk management plan is robust and other "
            "agencies share information, so formal multi-agency meetings would not add value (Level 1)."
        )
        reason.what_higher_level_adds = (
            "Formal multi-agency meetings to agree licence conditions, exclusion zones and a joint plan "
            "with housing and children's services"
            + ("; senior sign-off of resources." if level == 3 else ".")
        )

    status = _weighted(
        rng, [(ReferralStatus.draft, 45), (ReferralStatus.ready, 20), (ReferralStatus.sent, 35)]
    )
    return Referral(
        id=uuid.UUID(int=rng.getrandbits(128), version=4).hex,
        status=status,
        subject=Subject(
            given_names=given,
            family_name=family,
            aliases=[rng.choice(NICKNAMES)] if rng.random() < 0.25 else [],
            date_of_birth=dob,
            gender="Male" if male else "Female",
            ethnicity=subject_ethnicity,
            preferred_language=language,
            pnc_id=pnc,
            visor_ref=visor,
            ndelius_crn=f"{rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')}{rng.randint(0, 999999):06d}",
            address=None if nfa else f"{rng.randint(1, 120)} {rng.choice(STREETS)}, {town}",
            area_of_closest_links=town,
            no_fixed_abode=nfa,
        ),
        offence=IndexOffence(
            description=description,
            offence_class=offence_class,
            finding=Finding.convicted if not is_caution else None,
            outcome=outcome,
            is_caution=is_caution,
            sentence_description=sentence_text,
            custody_months=custody_months,
            offence_date=offence_date,
            conviction_date=None if is_caution else conviction_date,
            sentence_date=sentence_date,
            serious_harm_offence=True if category == "3" else None,
            previous_related_offences=rng.choice([None, "None recorded", "Two previous related convictions"]),
            brief_details=[
                f"Offence committed in {town} in {offence_date:%B %Y}.",
                "Victim known to the subject." if domestic else "Victim not previously known to the subject.",
            ],
        ),
        custody=CustodyRelease(
            in_custody=in_custody,
            establishment=rng.choice(ESTABLISHMENTS) if in_custody else None,
            detained_in_hospital=outcome is Outcome.hospital_or_guardianship_order and in_custody,
            release_date=release_date,
            release_type=rng.choice(RELEASE_TYPES) if release_date else None,
            licence_end_date=licence_end,
            order_end_date=order_end,
            licence_or_order_active=active,
            proposed_release_address=f"Approved premises, {town}"
            if in_custody and rng.random() < 0.4
            else None,
            level_set=(not in_custody) or rng.random() < 0.5,
        ),
        risk=RiskAssessment(
            rosh=rosh,
            rosh_by_group=groups,
            rosh_date=assessed,
            tools=tools,
            sex_offender_notification=category == "1",
            ct_notification=category == "4" and rng.random() < 0.8,
            # Unknown only in drafts: a referral marked ready or sent has every eligibility answer.
            terrorism_risk=True if category == "4" else (None if status is ReferralStatus.draft else False),
        ),
        domestic_abuse=da,
        agencies=[
            AgencyInvolvement(agency=name, lawful_basis=basis, contact=f"{rng.choice(SURNAMES)} ({name})")
            for name, basis in roles
        ],
        reason=reason,
        subject_views=rng.choice(
            [
                None,
                None,
                "Says he wants to stay away from trouble and keep his tenancy.",
                "Disputes the risk assessment; agrees to attend appointments.",
                "Declined to give views.",
            ]
        ),
        diversity=Diversity(
            ethnicity=ethnicity,
            gender="Male" if male else "Female",
            gender_same_as_at_birth=_weighted(rng, [("Yes", 85), (UNKNOWN, 10), (DECLINED, 5)]),
            age_band=f"{age // 10 * 10}-{age // 10 * 10 + 9}",
            disability=_weighted(rng, DISABILITY),
            religion=_weighted(rng, RELIGIONS),
            sexual_orientation=_weighted(rng, ORIENTATION),
            needs="Welsh-speaking interpreter for meetings"
            if language == "Welsh" and rng.random() < 0.3
            else (f"{language} interpreter" if language not in ("English", "Welsh") else None),
        ),
        referrer=Referrer(
            name=f"{rng.choice(MALE_NAMES + FEMALE_NAMES)} {rng.choice(SURNAMES)}",
            role=referrer_role,
            agency=referrer_agency,
            area=area,
            phone=f"01{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
            email=f"referrer{rng.randint(1, 9999)}@example.org",
            date_referred=_date_between(rng, _years(as_of, -1), as_of),
        ),
    )


def sample_referrals(count: int, *, seed: int = 0, as_of: dt.date | None = None) -> Iterator[Referral]:
    """``count`` fictional referrals, the same ones for the same ``seed`` and ``as_of`` (default today)."""
    rng = random.Random(seed)
    day = as_of or dt.date.today()
    for _ in range(count):
        yield sample_referral(rng, day)
