"""Build the summary of a referral (and the aid's assessment of it) in the order of the MAPPA A form.

Research brief §3.2: header (area, level, category), offender information, index offence or caution and
sentence, relevant dates, reason for referral, then risk, domestic abuse, agencies, the subject's views,
diversity; then what this aid adds: its assessment with explanation and citations, any override,
acknowledged prompts; and finally the referrer and the rule-pack version. Empty sections stay in with a
note saying so, because a reader must be able to tell "not recorded" from "left out of the copy".

The assessment is read as the evaluation contract's JSON (``shared/spec/evaluate-contract.md``), so this
module depends only on that contract, not on the rules engine's classes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from mappa_desktop.core.dates import read_date, read_datetime
from mappa_desktop.core.referral import Referral
from mappa_desktop.core.summary.headings import Wording
from mappa_desktop.core.summary.model import Bullets, Paragraph, Part, Row, Section, Summary, Table

DEFAULT_MARKING = "OFFICIAL-SENSITIVE"

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

ENUM_LABELS: dict[str, str] = {
    # offence class
    "murder": "Murder",
    "specified_violent": "Specified violent offence (CJA 2003 Sch 15 Part 1)",
    "specified_sexual": "Specified sexual offence (CJA 2003 Sch 15 Part 2)",
    "s327_4a": "Offence listed in CJA 2003 s.327(4A)",
    "terrorism": "Terrorism offence or offence with a terrorist connection",
    "other": "Other",
    # finding
    "convicted": "Convicted",
    "not_guilty_by_insanity": "Not guilty by reason of insanity",
    "unfit_to_plead_did_act": "Unfit to plead, found to have done the act",
    # outcome
    "custody": "Custody",
    "life_or_indeterminate": "Life or indeterminate sentence",
    "hospital_or_guardianship_order": "Hospital or guardianship order",
    "suspended_sentence": "Suspended sentence",
    "community_order": "Community order",
    "caution": "Caution",
    "fine_or_discharge": "Fine or discharge",
    # RoSH
    "low": "Low",
    "medium": "Medium",
    "high": "High",
    "very_high": "Very high",
    # IOM cohort
    "none": "None",
    "fixed": "Fixed",
    "flex": "Flex",
    "free": "Free",
    # domestic abuse risk indicators
    "non_fatal_strangulation": "Non-fatal strangulation",
    "stalking": "Stalking",
    "threats_to_kill": "Threats to kill",
    "coercive_control": "Coercive control",
    "separation": "Separation",
    "escalation": "Escalation",
    "weapon_use": "Weapon use",
    "honour_based_abuse": "Honour-based abuse",
    "pregnancy_or_new_baby": "Pregnancy or new baby",
    "child_contact_dispute": "Child contact dispute",
    "sexual_abuse": "Sexual abuse",
    # referral status
    "draft": "Draft",
    "ready": "Ready to send",
    "sent": "Sent",
    # diversity answers
    "unknown": "Not known",
    "declined": "Declined to say",
}

SEVERITY_LABELS = {"info": "Information", "consider": "Consider", "warning": "Warning"}


class _Builder:
    def __init__(self, wording: Wording) -> None:
        self.w = wording

    # -- formatting -------------------------------------------------------------------------------------
    def t(self, text: str) -> str:
        return self.w.t(text)

    def date(self, value: dt.date | str | None) -> str:
        day = read_date(value)
        if day is None:
            return value or ""  # text that is not a date is shown as it was
        return f"{day.day} {self.t(MONTHS[day.month - 1])} {day.year}"

    def datetime(self, value: dt.datetime | str | None) -> str:
        when = read_datetime(value)
        if when is None:
            return value or ""
        return f"{self.date(when.date())} {self.t('at')} {when:%H:%M}"

    def yes_no(self, value: bool | None) -> str:
        return "" if value is None else self.t("Yes" if value else "No")

    def enum(self, value: Any) -> str:
        if value is None:
            return ""
        key = str(getattr(value, "value", value))
        return self.t(ENUM_LABELS.get(key, key.replace("_", " ").capitalize()))

    def text(self, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return self.yes_no(value)
        if isinstance(value, dt.datetime):
            return self.datetime(value)
        if isinstance(value, dt.date):
            return self.date(value)
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value).strip()

    def rows(self, pairs: Iterable[tuple[str, Any]]) -> tuple[Row, ...]:
        """Label/value rows for the answered values only (an empty string or ``None`` is left out)."""
        return tuple(Row(self.t(label), text) for label, value in pairs if (text := self.text(value)))

    def section(self, key: str, heading: str, parts: Sequence[Part | None], empty_note: str) -> Section:
        kept = tuple(
            part
            for part in parts
            if part is not None
            and (
                (isinstance(part, Table) and part.rows)
                or (isinstance(part, Bullets) and part.items)
                or (isinstance(part, Paragraph) and part.text.strip())
            )
        )
        return Section(key, self.t(heading), kept, self.t(empty_note))

    # -- sections, MAPPA A order ---------------------------------------------------------------------------
    def header(self, r: Referral) -> Section:
        why = r.reason
        level = f"{self.t('Level')} {why.level_sought}" if why.level_sought else self.t("Not stated")
        category = f"{self.t('Category')} {why.category}" if why.category else self.t("Not stated")
        rows = (
            Row(self.t("MAPPA area"), why.mappa_area or r.referrer.area or self.t("Not stated")),
            Row(self.t("Level referred to"), level),
            Row(self.t("Category of offender"), category),
            *self.rows(
                [
                    ("Referral reference", r.id),
                    ("Status", self.enum(r.status)),
                    ("Date referred", r.referrer.date_referred),
                ]
            ),
        )
        return self.section("header", "Referral", [Table(rows)], "")

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
                ("Preferred language", s.preferred_language),
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

    def reason(self, r: Referral) -> Section:
        why = r.reason
        level = f"{self.t('Level')} {why.level_sought}" if why.level_sought else self.t("the higher level")
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

    def domestic_abuse(self, r: Referral) -> Section:
        d = r.domestic_abuse
        indicators = d.da_risk_indicators
        indicator_text = (
            None
            if indicators is None
            else (", ".join(self.enum(i) for i in indicators) if indicators else self.t("None"))
        )
        rows = self.rows(
            [
                ("Domestic abuse involved", d.domestic_abuse),
                ("DASH score (yes answers of 24)", d.dash_score),
                ("DASH completed on", d.dash_date),
                ("Risk indicators", indicator_text),
                ("Incidents in the last 12 months", d.da_incidents_12m),
                ("Incidents in the last 3 years", d.da_incidents_3y),
                ("Victims in the last 3 years", d.da_victims_3y),
            ]
        )
        marac_rows: list[Row] = []
        for case in d.marac_cases:
            details = [self.date(case.hearing_date) or self.t("hearing date not recorded")]
            if case.repeat:
                details.append(self.t("repeat referral"))
            marac_rows.append(Row(case.reference or self.t("MARAC case"), ", ".join(details)))
        if not marac_rows and d.marac_checked is not None:
            marac_rows.append(
                Row(
                    self.t("MARAC records checked"),
                    self.t("Yes, no case found") if d.marac_checked else self.t("No"),
                )
            )
        rfg = d.rfg_score
        rfg_text = None
        if rfg is not None:
            rfg_text = self.text(rfg.value)
            extra = [x for x in (rfg.source, self.date(rfg.date)) if x]
            if extra:
                rfg_text += f" ({', '.join(extra)})"
        cross = self.rows(
            [
                ("Further incident since MARAC", d.da_incident_since_marac),
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
                Table(tuple(marac_rows), self.t("MARAC")),
                Table(cross, self.t("MATAC and IOM")),
            ],
            "Nothing about domestic abuse has been recorded.",
        )

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

    def assessment(self, contract: Mapping[str, Any] | None, trace: Sequence[Mapping[str, Any]]) -> Section:
        if contract is None:
            return self.section(
                "assessment", "The aid's assessment", [], "The aid has not assessed this referral."
            )
        eligible = contract.get("mappa_eligible")
        category = contract.get("category")
        level = contract.get("level")
        met = contract.get("categories_met") or []
        pack = contract.get("rule_pack") or {}
        rows = (
            Row(
                self.t("MAPPA eligible"),
                self.yes_no(eligible) if eligible is not None else self.t("Not yet known"),
            ),
            Row(
                self.t("Category"),
                f"{self.t('Category')} {category}" if category else self.t("None met, or not yet known"),
            ),
            *self.rows([("Categories met", ", ".join(str(c) for c in met))]),
            Row(
                self.t("Recommended level"),
                f"{self.t('Level')} {level}" if level else self.t("Not yet known"),
            ),
            *self.rows([("Assessed as on", self.date(pack.get("as_of")))]),
        )
        prompts = tuple(
            f"{self._severity(p.get('severity', ''))}: {p.get('text', '')}"
            for p in contract.get("prompts") or []
        )
        questions = contract.get("missing_questions") or []
        missing = tuple(questions) or tuple(
            self.t(_fact_label(name)) for name in contract.get("missing") or []
        )
        return self.section(
            "assessment",
            "The aid's assessment",
            [
                Table(rows),
                Bullets(self._trace_lines(trace), self.t("Explanation")),
                Bullets(prompts, self.t("Prompts (advice, not decisions)")),
                Bullets(missing, self.t("Still unknown, and could change the outcome")),
                Bullets(self._citations(contract), self.t("Sources cited")),
            ],
            "",
        )

    def _severity(self, severity: str) -> str:
        return self.t(SEVERITY_LABELS.get(severity, severity))

    def _trace_lines(self, trace: Sequence[Mapping[str, Any]]) -> tuple[str, ...]:
        """One bullet per rule: its verdict, then (unless not met) its top-level criteria, each marked."""
        verdicts = {True: self.t("met"), False: self.t("not met"), None: self.t("not yet known")}
        marks = {True: self.t("[met]"), False: self.t("[not met]"), None: self.t("[unknown]")}
        lines = []
        for entry in trace:
            head = f"{entry.get('title') or entry.get('rule', '')}: {verdicts[entry.get('outcome')]}"
            tree = [line for line in entry.get("lines") or [] if line.get("depth", 0) == 0]
            # A rule that is not met is named only; met and undecided rules show their criteria.
            criteria = [] if entry.get("outcome") is False else tree or entry.get("criteria") or []
            body = [f"{marks.get(c.get('met'), '')} {c.get('text', '')}" for c in criteria]
            lines.append("\n".join([head, *body]))
        return tuple(lines)

    def _citations(self, contract: Mapping[str, Any]) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        sources = [e for e in contract.get("trace") or [] if e.get("outcome") is True]
        sources += list(contract.get("prompts") or [])
        for entry in sources:
            for citation in entry.get("citations") or []:
                title, url = citation.get("title", ""), citation.get("url", "")
                seen.setdefault(f"{title} ({url})" if title and url else title or url, None)
        return tuple(key for key in seen if key)

    def override(self, decision: Any) -> Section:
        override = getattr(decision, "override", None) if decision is not None else None
        if override is None:
            return self.section("override", "Override", [], "The aid's assessment has not been overridden.")
        g = getattr
        rows = self.rows(
            [
                ("The aid's category", _numbered(self.t("Category"), g(override, "aid_category", None))),
                ("The aid's level", _numbered(self.t("Level"), g(override, "aid_level", None))),
                ("Category decided", _numbered(self.t("Category"), g(override, "category", None))),
                ("Level decided", _numbered(self.t("Level"), g(override, "level", None))),
                ("Decided by", g(override, "actor", None)),
                ("Decided on", g(override, "at", None)),
                ("Rule pack at the time", g(override, "rule_pack_version", None)),
            ]
        )
        return self.section(
            "override",
            "Override",
            [Table(rows), Paragraph(g(override, "rationale", "") or "", self.t("Rationale"))],
            "The aid's assessment has not been overridden.",
        )

    def acknowledged(self, decision: Any) -> Section:
        items = list(getattr(decision, "acknowledged_prompts", None) or []) if decision is not None else []
        rows = []
        for ack in items:
            who = ", ".join(x for x in (getattr(ack, "actor", ""), self.text(getattr(ack, "at", None))) if x)
            note = getattr(ack, "note", "") or self.t("No note")
            rows.append(Row(str(getattr(ack, "prompt_id", "")), f"{note}\n({who})" if who else note))
        return self.section(
            "acknowledged_prompts",
            "Acknowledged prompts",
            [Table(tuple(rows))],
            "No prompts have been acknowledged.",
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

    def rule_pack(self, contract: Mapping[str, Any] | None, app_version: str) -> Section:
        pack = (contract or {}).get("rule_pack") or {}
        rows = self.rows(
            [
                ("Rule pack", pack.get("id")),
                ("Rule-pack version", pack.get("version")),
                ("Application version", app_version),
            ]
        )
        return self.section("rule_pack", "Rule-pack version", [Table(rows)], "")


def _numbered(word: str, value: Any) -> str | None:
    return f"{word} {value}" if value not in (None, "") else None


def _fact_label(name: str) -> str:
    return name.replace("_", " ").capitalize()


def assessment_contract(assessment: Any) -> dict[str, Any] | None:
    """The contract JSON of an assessment: a pydantic model is dumped, a mapping is taken as it is."""
    if assessment is None:
        return None
    if hasattr(assessment, "model_dump"):
        contract = assessment.model_dump(mode="json")
        # Readable questions for the missing facts, when the engine supplies them (not in the contract).
        contract["missing_questions"] = list(getattr(assessment, "missing_questions", None) or [])
        return contract
    return dict(assessment)


def _trace_view(assessment: Any, contract: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    """The trace as dicts, with the rule titles and criterion tree the engine keeps out of the contract."""
    if contract is None:
        return []
    trace = [dict(entry) for entry in contract.get("trace") or []]
    for view, entry in zip(trace, getattr(assessment, "trace", None) or [], strict=False):
        view.setdefault("title", getattr(entry, "title", "") or "")
        lines = getattr(entry, "lines", None) or []
        view["lines"] = [{"depth": x.depth, "met": x.met, "text": x.text} for x in lines]
    return trace


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
    b = _Builder(wording or Wording(language))
    contract = assessment_contract(assessment)
    decision = getattr(referral, "decision", None)
    when = generated_at or dt.datetime.now().astimezone()
    sections = (
        b.header(referral),
        b.subject(referral),
        b.offence(referral),
        b.dates(referral),
        b.reason(referral),
        b.risk(referral),
        b.domestic_abuse(referral),
        b.agencies(referral),
        b.views(referral),
        b.diversity(referral),
        b.assessment(contract, _trace_view(assessment, contract)),
        b.override(decision),
        b.acknowledged(decision),
        b.referrer(referral),
        b.rule_pack(contract, app_version),
    )
    name = referral.subject.full_name or b.t("name not recorded")
    level = referral.reason.level_sought
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
