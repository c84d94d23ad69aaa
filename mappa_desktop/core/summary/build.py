"""Build the summary of a referral (and the aid's assessment of it) in the order of the MAPPA A form.

Research brief §3.2: header (area, level, category), offender information, index offence or caution and
sentence, relevant dates, reason for referral, then risk, domestic abuse, agencies, the subject's views,
diversity; then what this aid adds: its assessment with explanation and citations, any override,
acknowledged prompts; and finally the referrer and the rule-pack version. Empty sections stay in with a
note saying so, because a reader must be able to tell "not recorded" from "left out of the copy".

The referral's own sections are built here; the aid's come from ``aid_sections`` and the way values are
written from ``formatting``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from mappa_desktop.core.marking import DEFAULT_MARKING  # noqa: F401 - re-exported by core.summary
from mappa_desktop.core.referral import Referral, VictimRecord
from mappa_desktop.core.referral.referred_under import (
    AidOutcome,
    ReferredUnder,
    decision_flags,
    referred_under,
)
from mappa_desktop.core.referral.victims import advice_by_victim, advice_line, victim_name
from mappa_desktop.core.summary.aid_sections import AidSections, assessment_contract, trace_view
from mappa_desktop.core.summary.formatting import Formatter
from mappa_desktop.core.summary.headings import Wording
from mappa_desktop.core.summary.model import Bullets, Paragraph, Row, Section, Summary, Table
from mappa_desktop.core.wording import AssessmentWords


class _ReferralSections(Formatter):
    """The referral's own sections, in MAPPA A order."""

    def header(self, r: Referral, aid: AidOutcome | None) -> Section:
        why = r.reason
        found = referred_under(r, aid)
        level = f"{self.t('Level')} {found.level}" if found.level else self.t("Not stated")
        category = f"{self.t('Category')} {found.category}" if found.category else self.t("Not stated")
        flags = decision_flags(r, aid, self.w.language) if aid else []
        to_check = [flag.message for flag in flags if flag.blocking]
        rows = (
            Row(self.t("MAPPA area"), why.mappa_area or r.referrer.area or self.t("Not stated")),
            Row(self.t("Level referred to"), level),
            Row(self.t("Category of offender"), category),
            Row(self.t("Decided by"), self._basis(found)),
            *self.rows([("To check before sending", "\n".join(to_check))]),
            *self.rows(
                [
                    ("Referral reference", r.id),
                    ("Status", self.enum(r.status)),
                    ("Date referred", r.referrer.date_referred),
                ]
            ),
        )
        return self.section("header", "Referral", [Table(rows)], "")

    def _basis(self, found: ReferredUnder) -> str:
        if found.by_officer:
            text = self.t("The officer's own decision (see Override)")
            if found.aid_category is not None or found.aid_level is not None:
                words = AssessmentWords(self.w.language)  # as the decision panel says the aid's outcome
                text += "; " + words.aid_said(found.aid_category, found.aid_level)
        else:
            text = self.t("The aid's outcome, confirmed by the officer")
        if not found.recorded:
            text = (
                self.t("The aid's outcome; not yet confirmed by the officer")
                if not found.by_officer
                else f"{text}; {self.t('not yet confirmed by the officer')}"
            )
        return text

    def subject(self, r: Referral) -> Section:
        s = r.subject
        nfa = s.no_fixed_abode
        rows = self.rows(
            [
                ("Name", s.full_name),
                ("Nicknames and aliases", ", ".join(s.aliases)),
                ("Date of birth", s.date_of_birth),
                ("Gender", s.gender),
                ("Ethnicity", s.ethnicity),
                ("Preferred language", _language_named(s.preferred_language, self.t)),
                ("PNC ID", s.pnc_id),
                ("ViSOR reference", s.visor_ref),
                ("nDelius CRN", s.ndelius_crn),
                ("Address", s.address),
                ("No fixed abode", nfa),
                ("Area of closest links", s.area_of_closest_links),
            ]
        )
        return self.section(
            "subject", "Offender information", [Table(rows)], "No details of the person have been recorded."
        )

    def offence(self, r: Referral) -> Section:
        o = r.offence
        months = o.custody_months
        rows = self.rows(
            [
                ("Index offence or relevant caution", o.description),
                ("Type of offence", self.enum(o.offence_class)),
                ("Finding", self.enum(o.finding)),
                ("Outcome", self.enum(o.outcome)),
                ("A caution (Category 3)", o.is_caution),
                ("Sentence (length and type)", o.sentence_description),
                ("Custodial term", f"{self.text(months)} {self.t('months')}" if months is not None else None),
                ("Date of offence", o.offence_date),
                ("Date of conviction", o.conviction_date),
                ("Date of sentence or caution", o.sentence_date),
                ("Shows capability of serious harm", o.serious_harm_offence),
            ]
        )
        tail = self.rows(
            [
                ("Previous related offences", o.previous_related_offences),
                ("Other information", o.other_information),
            ]
        )
        return self.section(
            "offence",
            "Index offence or caution and sentence",
            [
                Table(rows),
                Bullets(tuple(o.brief_details), self.t("Brief offence details")),
                Table(tail),
            ],
            "No index offence or caution has been recorded.",
        )

    def dates(self, r: Referral) -> Section:
        c = r.custody
        rows = self.rows(
            [
                ("In custody", c.in_custody),
                ("Establishment", c.establishment),
                ("Detained in hospital", c.detained_in_hospital),
                ("Earliest release date", c.release_date),
                ("Type of release", c.release_type),
                ("Sentence expiry date", c.sentence_expiry_date),
                ("Licence ends", c.licence_end_date),
                ("Order ends", c.order_end_date),
                ("In custody, on licence or under an order", c.licence_or_order_active),
                ("Proposed release address", c.proposed_release_address),
                ("Release address approved", c.release_address_approved),
                ("MAPPA level already set for this release", c.level_set),
                ("Mental health review date", c.mental_health_review_date),
            ]
        )
        return self.section("dates", "Relevant dates", [Table(rows)], "No relevant dates have been recorded.")

    def reason(self, r: Referral, aid: AidOutcome | None) -> Section:
        why = r.reason
        sought = why.level_sought or referred_under(r, aid).level
        level = f"{self.t('Level')} {sought}" if sought and sought > 1 else self.t("the higher level")
        flags = self.rows(
            [
                ("Formal multi-agency meetings would add value", why.multi_agency_management_needed),
                ("Lower risk but needs co-ordination", why.lower_risk_needs_coordination),
                ("Stepping down from Level 3", why.stepping_down_from_level_3),
                ("Senior oversight needed", why.senior_oversight_needed),
                ("Likely public or media interest", why.high_public_interest),
                ("ViSOR/MAPPS record exists", why.visor_record),
                ("Police offender manager allocated", why.police_offender_manager_allocated),
            ]
        )
        return self.section(
            "reason",
            "Reason for referral",
            [
                Paragraph(why.reason or ""),
                Paragraph(
                    why.what_higher_level_adds or "", f"{self.t('What')} {level} {self.t('would add')}"
                ),
                Table(flags),
            ],
            "No reason for referral has been recorded.",
        )

    def risk(self, r: Referral) -> Section:
        k = r.risk
        g = k.rosh_by_group
        overall = self.rows(
            [
                ("Risk of serious harm (overall)", self.enum(k.rosh)),
                ("RoSH assessed on", k.rosh_date),
                ("Risk to whom", k.risk_to_whom),
                ("Victim issues", k.victim_issues),
                ("Subject to sex offender notification", k.sex_offender_notification),
                ("Notification ends", k.notification_end_date),
                ("Subject to counter-terrorism notification", k.ct_notification),
                ("At risk of involvement in terrorism", k.terrorism_risk),
            ]
        )
        groups = self.rows(
            [
                ("Children", self.enum(g.children)),
                ("Public", self.enum(g.public)),
                ("Known adult", self.enum(g.known_adult)),
                ("Staff", self.enum(g.staff)),
                ("Prisoners", self.enum(g.prisoners)),
            ]
        )
        tools = tuple(
            Row(tool.tool, "; ".join(self._tool_parts(tool.score, tool.band, tool.date))) for tool in k.tools
        )
        return self.section(
            "risk",
            "Risk",
            [
                Table(overall),
                Table(groups, self.t("Risk of serious harm by group")),
                Table(tools, self.t("Risk assessment tools")),
            ],
            "No risk assessment has been recorded.",
        )

    def _tool_parts(self, score: Any, band: Any, date: Any) -> list[str]:
        parts = []
        if score:
            parts.append(f"{self.t('score')} {score}")
        if band:
            parts.append(f"{self.t('band')} {band}")
        if date:
            parts.append(self.date(date))
        return parts or [self.t("no result recorded")]

    def domestic_abuse(self, r: Referral, assessment: Any = None) -> Section:
        """Whether domestic abuse is involved, then each victim with their answers and the MARAC criteria
        the aid found met for them (decision policy version 2: MARAC is about each victim)."""
        d = r.domestic_abuse
        rows = self.rows(
            [
                ("Domestic abuse involved", d.domestic_abuse),
                ("Incidents in the last 3 years", d.da_incidents_3y),
                ("Victims in the last 3 years", d.da_victims_3y),
            ]
        )
        advice = advice_by_victim(assessment, [v.label for v in d.victims]) if assessment is not None else {}
        victims = [
            self._victim(position, victim, advice.get(position), assessed=assessment is not None)
            for position, victim in enumerate(d.victims, start=1)
        ]
        marac_rows: list[Row] = []
        for case in d.marac_cases:
            details = [self.date(case.hearing_date) or self.t("hearing date not recorded")]
            if case.repeat:
                details.append(self.t("repeat referral"))
            marac_rows.append(Row(case.reference or self.t("MARAC case"), ", ".join(details)))
        rfg = d.rfg_score
        rfg_text = None
        if rfg is not None:
            rfg_text = self.text(rfg.value)
            extra = [x for x in (rfg.source, self.date(rfg.date)) if x]
            if extra:
                rfg_text += f" ({', '.join(extra)})"
        cross = self.rows(
            [
                ("MATAC reference", d.matac_reference),
                ("Adopted as a MATAC nominal", d.matac_adopted),
                ("RFG score", rfg_text),
                ("IOM cohort", self.enum(d.iom_cohort)),
                ("IOM reference", d.iom_reference),
            ]
        )
        return self.section(
            "domestic_abuse",
            "Domestic abuse",
            [
                Table(rows),
                *victims,
                Table(tuple(marac_rows), self.t("MARAC case references")),
                Table(cross, self.t("MATAC and IOM")),
            ],
            "Nothing about domestic abuse has been recorded.",
        )

    def _victim(self, position: int, v: VictimRecord, advice: list | None, *, assessed: bool) -> Table:
        indicators = v.risk_indicators
        indicator_text = (
            None
            if indicators is None
            else (", ".join(self.enum(i) for i in indicators) if indicators else self.t("None"))
        )
        rows = self.rows(
            [
                ("DASH score (yes answers of 24)", v.dash_score),
                ("DASH completed on", v.dash_date),
                ("Incidents against them in the last 12 months", v.incidents_12m),
                ("Risk indicators", indicator_text),
                ("Graded high risk by their risk assessor", v.assessed_high_risk),
                ("Heard at MARAC", v.heard_at_marac),
                ("Last referred to MARAC", v.marac_last_referred),
                ("Last MARAC hearing", v.marac_last_heard),
                ("Further incident since the last referral", v.incident_since_marac),
            ]
        )
        if assessed:
            met = "\n".join(advice_line(a) for a in advice or ()) or self.t("None met on the answers given")
            rows = (*rows, Row(self.t("MARAC criteria met"), met))
        name = victim_name(position, v.label)
        return Table(rows or (Row(self.t("Answers"), self.t("None recorded yet")),), name)

    def agencies(self, r: Referral) -> Section:
        rows = []
        for a in r.agencies:
            details = [
                x
                for x in (
                    a.role,
                    a.contact,
                    f"{self.t('lawful basis')}: {a.lawful_basis}" if a.lawful_basis else "",
                )
                if x
            ]
            rows.append(Row(a.agency, "\n".join(details) or self.t("involved")))
        return self.section(
            "agencies", "Agencies involved", [Table(tuple(rows))], "No agencies have been recorded."
        )

    def views(self, r: Referral) -> Section:
        return self.section(
            "subject_views",
            "The subject's views",
            [Paragraph(r.subject_views or "")],
            "The subject's views have not been recorded.",
        )

    def diversity(self, r: Referral) -> Section:
        v = r.diversity

        def answer(value: str | None) -> str | None:
            return self.enum(value) if value in ("unknown", "declined") else value

        rows = self.rows(
            [
                ("Ethnicity", answer(v.ethnicity)),
                ("Gender", answer(v.gender)),
                ("Gender the same as at birth", answer(v.gender_same_as_at_birth)),
                ("Age band", answer(v.age_band)),
                ("Disability", answer(v.disability)),
                ("Religion or belief", answer(v.religion)),
                ("Sexual orientation", answer(v.sexual_orientation)),
                ("Needs", answer(v.needs)),
            ]
        )
        return self.section(
            "diversity", "Diversity", [Table(rows)], "No diversity information has been recorded."
        )

    def referrer(self, r: Referral) -> Section:
        p = r.referrer
        rows = self.rows(
            [
                ("Name", p.name),
                ("Role", p.role),
                ("Agency", p.agency),
                ("Area", p.area),
                ("Telephone", p.phone),
                ("Email", p.email),
                ("Date referred", p.date_referred),
            ]
        )
        return self.section("referrer", "Referrer", [Table(rows)], "No referrer details have been recorded.")


def victim_table(position: int, victim: VictimRecord, assessment: Any = None, language: str = "en") -> Table:
    """One victim as the summary lists them (Check your answers shows the same): their answers and, given
    the aid's ``assessment``, the MARAC criteria met for them."""
    sections = _ReferralSections(Wording(language))
    labels: list[str | None] = [None] * (position - 1) + [victim.label]
    advice = advice_by_victim(assessment, labels).get(position) if assessment is not None else None
    return sections._victim(position, victim, advice, assessed=assessment is not None)


def build_summary(
    referral: Referral,
    assessment: Any = None,
    *,
    marking: str = DEFAULT_MARKING,
    generated_at: dt.datetime | None = None,
    language: str = "en",
    app_version: str | None = None,
    wording: Wording | None = None,
) -> Summary:
    """The summary of ``referral`` and the aid's ``assessment`` (contract model or JSON), MAPPA A order.

    The explanation is built from the assessment's trace: each rule's verdict and its top-level criteria
    (the rules engine's ``Assessment`` also supplies rule titles and readable questions for unknown facts).
    ``generated_at`` defaults to now (local time).
    """
    if app_version is None:
        from mappa_desktop import __version__ as app_version
    wording = wording or Wording(language)
    b, aid = _ReferralSections(wording), AidSections(wording)
    contract = assessment_contract(assessment)
    decision = getattr(referral, "decision", None)
    aid_outcome = _aid_outcome(contract)
    when = generated_at or dt.datetime.now().astimezone()
    sections = (
        b.header(referral, aid_outcome),
        b.subject(referral),
        b.offence(referral),
        b.dates(referral),
        b.reason(referral, aid_outcome),
        b.risk(referral),
        b.domestic_abuse(
            referral, {**contract, "trace": trace_view(assessment, contract)} if contract else None
        ),
        b.agencies(referral),
        b.views(referral),
        b.diversity(referral),
        aid.assessment(contract, trace_view(assessment, contract)),
        aid.override(decision),
        aid.acknowledged(decision, trace_view(assessment, contract)),
        b.referrer(referral),
        aid.rule_pack(contract, app_version),
    )
    name = referral.subject.full_name or b.t("name not recorded")
    level = referred_under(referral, aid_outcome).level
    subtitle = f"{name} — {b.t('referral to Level')} {level}" if level else name
    return Summary(
        title=b.t("MAPPA referral summary"),
        subtitle=subtitle,
        marking=marking.strip() or DEFAULT_MARKING,
        generated_at=when,
        generated_text=f"{b.t('Generated')} {b.datetime(when)}",
        language=b.w.language,
        sections=sections,
        phrases=b.w.page_phrases(),
    )


@dataclass(frozen=True)
class _AidOutcome:
    category: int | None
    level: int | None


def _aid_outcome(contract: dict[str, Any] | None) -> AidOutcome | None:
    """The aid's category and level from the assessment's contract JSON (None: not assessed)."""
    if contract is None:
        return None
    return _AidOutcome(contract.get("category"), contract.get("level"))


def section_keys() -> tuple[str, ...]:
    """The keys of a summary's sections, in order."""
    return _SECTION_KEYS


_SECTION_KEYS = (
    "header",
    "subject",
    "offence",
    "dates",
    "reason",
    "risk",
    "domestic_abuse",
    "agencies",
    "subject_views",
    "diversity",
    "assessment",
    "override",
    "acknowledged_prompts",
    "referrer",
    "rule_pack",
)


def _language_named(language: str | None, t) -> str | None:
    """The person's preferred language as typed, except the two the tool is in, which are named in the
    summary's own language (``Welsh`` is ``Cymraeg`` in a Welsh summary)."""
    if language is not None and language.strip().lower() in ("english", "welsh"):
        return t(language.strip().capitalize())
    return language
