"""The task-list sections after Subject details: what each page holds, in MAPPA A order.

Record fields (the referral's own details) are listed here by model path; the questions of each section
are whatever the rule pack asks about the facts bound to it (``core.referral.bindings``), so no page
names a MAPPA criterion.
"""

from __future__ import annotations

from mappa_desktop.core.referral import AgencyInvolvement, MaracCase, RiskToolResult
from mappa_desktop.core.rules import RulePack
from mappa_desktop.gui.editor.guided_page import Group, GuidedSectionPage, Questions, Table, Victims
from mappa_desktop.gui.editor.records import Column, Field, RecordTable
from mappa_desktop.gui.i18n import tr


def _rosh_choices(pack: RulePack, lang: str) -> tuple[tuple[str, str], ...]:
    # The RoSH bands' wording is the pack's (the same labels as the overall RoSH question).
    question = pack.questions.get("rosh")
    return tuple((c.value, c.label.get(lang)) for c in question.choices) if question else ()


def offence_page(pack: RulePack, lang: str = "en") -> GuidedSectionPage:
    return GuidedSectionPage(
        "offence",
        tr("Offence and sentence"),
        tr(
            "The index offence, or for Category 3 the relevant caution. Give brief details as bullet points; "
            "do not paste from the pre-sentence report or other documents."
        ),
        [
            Group(
                tr("The offence"),
                [
                    Field("offence.description", tr("&Index offence"), "multiline", tr("Name the offence.")),
                    Field("offence.is_caution", tr("Was it a caution?"), "tribool"),
                    Field("offence.offence_date", tr("Offence date"), "date"),
                    Field("offence.conviction_date", tr("Conviction date"), "date"),
                    Field("offence.sentence_date", tr("Sentence or caution date"), "date"),
                    Field("offence.sentence_description", tr("Sentence (length and type)")),
                ],
            ),
            Questions(tr("Questions for the decision aid")),
            Group(
                tr("Details"),
                [
                    Field(
                        "offence.brief_details", tr("Brief offence details"), "lines", tr("One point a line.")
                    ),
                    Field("offence.previous_related_offences", tr("Previous related offences"), "multiline"),
                    Field("offence.other_information", tr("Other information"), "multiline"),
                ],
            ),
        ],
        pack,
        lang,
    )


def custody_page(pack: RulePack, lang: str = "en") -> GuidedSectionPage:
    return GuidedSectionPage(
        "custody",
        tr("Custody and release"),
        tr(
            "Where the person is now and the dates that matter for the current sentence or order. "
            "The earliest release date includes temporary release."
        ),
        [
            Questions(tr("Questions for the decision aid")),
            Group(
                tr("Custody, hospital and release"),
                [
                    Field("custody.establishment", tr("Prison or hospital")),
                    Field("custody.detained_in_hospital", tr("Detained in hospital?"), "tribool"),
                    Field("custody.release_type", tr("Type of release")),
                    Field(
                        "custody.proposed_release_address",
                        tr("Proposed release address"),
                        "multiline",
                        tr("Must be the approved address."),
                    ),
                    Field("custody.release_address_approved", tr("Release address approved?"), "tribool"),
                ],
            ),
            Group(
                tr("Relevant dates"),
                [
                    Field("custody.sentence_expiry_date", tr("Sentence expiry date"), "date"),
                    Field("custody.licence_end_date", tr("Licence end date"), "date"),
                    Field("custody.order_end_date", tr("Order end date"), "date"),
                    Field("custody.mental_health_review_date", tr("Mental health review date"), "date"),
                ],
            ),
        ],
        pack,
        lang,
    )


def risk_page(pack: RulePack, lang: str = "en") -> GuidedSectionPage:
    rosh = _rosh_choices(pack, lang)
    tools = RecordTable(
        "risk.tools",
        RiskToolResult,
        [
            Column("tool", tr("Tool")),
            Column("score", tr("Score")),
            Column("band", tr("Band")),
            Column("date", tr("Date"), "date"),
        ],
        tr("Risk assessment tools"),
    )
    return GuidedSectionPage(
        "risk",
        tr("Risk"),
        tr("The current risk assessment: OASys risk of serious harm, other tools, and to whom."),
        [
            Questions(tr("Questions for the decision aid")),
            Group(
                tr("Risk of serious harm by group"),
                [
                    Field("risk.rosh_by_group.children", tr("Children"), "choice", choices=rosh),
                    Field("risk.rosh_by_group.public", tr("Public"), "choice", choices=rosh),
                    Field("risk.rosh_by_group.known_adult", tr("Known adult"), "choice", choices=rosh),
                    Field("risk.rosh_by_group.staff", tr("Staff"), "choice", choices=rosh),
                    Field("risk.rosh_by_group.prisoners", tr("Prisoners"), "choice", choices=rosh),
                    Field("risk.rosh_date", tr("Date of the RoSH assessment"), "date"),
                ],
                tr("When no overall RoSH is given, the highest of these is used."),
            ),
            Table(tr("Other risk tools"), tools, tr("For example RM2000, ARMS, OSP, RSR or SARA.")),
            Group(
                tr("Risk to whom"),
                [
                    Field("risk.risk_to_whom", tr("Risk to whom"), "multiline"),
                    Field("risk.victim_issues", tr("Victim issues"), "multiline"),
                    Field("risk.notification_end_date", tr("Notification ends"), "date"),
                ],
            ),
        ],
        pack,
        lang,
    )


def domestic_abuse_page(pack: RulePack, lang: str = "en") -> GuidedSectionPage:
    marac = RecordTable(
        "domestic_abuse.marac_cases",
        MaracCase,
        [
            Column("reference", tr("MARAC reference")),
            Column("hearing_date", tr("Hearing date"), "date"),
            Column("repeat", tr("Repeat?"), "tribool"),
        ],
        tr("MARAC case references"),
    )
    return GuidedSectionPage(
        "domestic_abuse",
        tr("Domestic abuse, MARAC, MATAC and IOM"),
        tr(
            "Domestic abuse by this person and the other forums that know them. MARAC is about the victim's "
            "safety; MATAC and IOM manage perpetrators; MAPPA is the statutory arrangement."
        ),
        [
            Questions(tr("Questions for the decision aid")),
            Victims(),
            Table(
                tr("MARAC case references"),
                marac,
                tr(
                    "Each MARAC case reference with its hearing date and the repeat flag, to "
                    "cross-reference. Each victim's own MARAC answers are asked with the victim."
                ),
            ),
            Group(
                tr("MATAC"),
                [
                    Field("domestic_abuse.matac_reference", tr("MATAC reference")),
                    Field(
                        "domestic_abuse.rfg_score.value",
                        tr("Local RFG/RFGV score"),
                        "number",
                        tr("A number from your force, with its source. No bands are assumed."),
                    ),
                    Field("domestic_abuse.rfg_score.source", tr("Source of the score")),
                    Field("domestic_abuse.rfg_score.date", tr("Date of the score"), "date"),
                ],
            ),
            Group(tr("IOM"), [Field("domestic_abuse.iom_reference", tr("IOM reference"))]),
        ],
        pack,
        lang,
    )


def agencies_page(pack: RulePack, lang: str = "en") -> GuidedSectionPage:
    agencies = RecordTable(
        "agencies",
        AgencyInvolvement,
        [
            Column("agency", tr("Agency")),
            Column("contact", tr("Contact")),
            Column("role", tr("Role")),
            Column("lawful_basis", tr("Lawful basis for sharing")),
        ],
        tr("Agencies involved"),
    )
    return GuidedSectionPage(
        "agencies",
        tr("Agencies and information sharing"),
        tr(
            "Who else is involved, on what basis information is shared, and the shared records. Confirm "
            "records against nDelius and ViSOR: this tool is not the system of record."
        ),
        [
            Questions(tr("Questions for the decision aid")),
            Table(tr("Agencies involved"), agencies),
            Group(
                tr("You, the referrer"),
                [
                    Field("referrer.name", tr("Your &name")),
                    Field("referrer.role", tr("Role")),
                    Field("referrer.agency", tr("Agency")),
                    Field("referrer.area", tr("MAPPA area")),
                    Field("referrer.phone", tr("Telephone")),
                    Field("referrer.email", tr("Email")),
                    Field("referrer.date_referred", tr("Date referred"), "date"),
                ],
            ),
        ],
        pack,
        lang,
    )


def reason_page(pack: RulePack, lang: str = "en") -> GuidedSectionPage:
    return GuidedSectionPage(
        "reason",
        tr("Reason for referral"),
        tr(
            "Why does this person need multi-agency management? Say what the agencies will do together that "
            "one agency cannot do alone. Use short bullet points; do not paste from reports."
        ),
        [
            Group(
                tr("Why now"),
                [
                    Field(
                        "reason.reason",
                        tr("&Reason for referral"),
                        "multiline",
                        tr("Risk to whom, and why now."),
                    ),
                    Field("reason.what_higher_level_adds", tr("What a higher level would add"), "multiline"),
                    Field(
                        "reason.level_sought",
                        tr("Level you are referring to"),
                        "choice",
                        choices=((2, tr("Level 2")), (3, tr("Level 3"))),
                    ),
                ],
            ),
            Questions(tr("Questions for the decision aid")),
            Group(
                tr("The person's own views"),
                [
                    Field(
                        "subject_views",
                        tr("Their views"),
                        "multiline",
                        tr("What the person says about the referral, in their words where possible."),
                    )
                ],
            ),
        ],
        pack,
        lang,
    )


def build_pages(pack: RulePack, lang: str = "en") -> list[GuidedSectionPage]:
    """The guided pages after Subject details, in task-list order."""
    return [
        offence_page(pack, lang),
        custody_page(pack, lang),
        risk_page(pack, lang),
        domestic_abuse_page(pack, lang),
        agencies_page(pack, lang),
        reason_page(pack, lang),
    ]
