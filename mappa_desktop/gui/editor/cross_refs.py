"""How the other forums that know this person relate to MAPPA: MARAC, MATAC and IOM (research brief §4.4).

Sentences built from the referral's own records, for the decision panel. The relationship between the
forums is local protocol, not law ([S]): MARAC is about the victim's safety, MATAC and IOM manage
perpetrators, MAPPA is the statutory arrangement.
"""

from __future__ import annotations

from mappa_desktop.core.referral import Referral, VictimRecord
from mappa_desktop.gui.editor.subject_page import format_date
from mappa_desktop.gui.i18n import tr


def _marac_facts(victim: VictimRecord) -> list[str]:
    """What the referral records about one victim's DASH and MARAC history, in a few words each."""
    facts = []
    if victim.dash_score is not None:
        dash = tr("DASH score {score}").format(score=victim.dash_score)
        if victim.dash_date:
            dash += " " + tr("on {date}").format(date=format_date(victim.dash_date))
        facts.append(dash)
    if victim.marac_last_referred:
        facts.append(tr("referred {date}").format(date=format_date(victim.marac_last_referred)))
    if victim.marac_last_heard:
        facts.append(tr("heard {date}").format(date=format_date(victim.marac_last_heard)))
    elif victim.heard_at_marac is not None:
        facts.append(tr("heard at MARAC") if victim.heard_at_marac else tr("not heard at MARAC"))
    return facts


def cross_references(referral: Referral, mappa_nominal: bool | None) -> list[str]:
    """One sentence per forum the referral records (nothing for a forum it does not mention)."""
    d = referral.domestic_abuse
    lines: list[str] = []
    lead = (
        tr("MAPPA leads offender management")
        if mappa_nominal
        else tr("If MAPPA manages this person, MAPPA leads offender management")
    )
    victims = [(n, v) for n, v in enumerate(d.victims, start=1) if _marac_facts(v)]
    if d.marac_cases or victims:
        facts = []
        for case in d.marac_cases:
            text = tr("case {ref}").format(ref=case.reference or tr("without a reference"))
            if case.hearing_date:
                text += " " + tr("heard {date}").format(date=format_date(case.hearing_date))
            if case.repeat:
                text += " " + tr("(repeat)")
            facts.append(text)
        for position, victim in victims:
            name = tr("victim {n}").format(n=position)
            if victim.label:
                name += f" ({victim.label})"
            facts.append(f"{name}: {', '.join(_marac_facts(victim))}")
        lines.append(
            tr(
                "MARAC: {facts}. {lead}; MARAC keeps the victim's safety plan: share the risk plan "
                "with the MARAC."
            ).format(facts="; ".join(facts), lead=lead)
        )
    if d.matac_reference or d.matac_adopted is not None or d.rfg_score is not None:
        facts = []
        if d.matac_adopted is not None:
            facts.append(tr("adopted as a nominal") if d.matac_adopted else tr("not adopted"))
        if d.matac_reference:
            facts.append(tr("reference {ref}").format(ref=d.matac_reference))
        if d.rfg_score is not None:
            score = d.rfg_score
            value = int(score.value) if float(score.value).is_integer() else score.value
            text = tr("local RFG/RFGV score {value}").format(value=value)
            if score.source:
                text += " " + tr("from {source}").format(source=score.source)
            if score.date:
                text += " " + tr("on {date}").format(date=format_date(score.date))
            facts.append(text + " " + tr("(a local score; no bands are assumed)"))
        lines.append(
            tr(
                "MATAC: {facts}. MATAC tasks partners against serial domestic abuse perpetrators; agree with "
                "MAPPA who leads each action so the plans do not pull apart."
            ).format(facts="; ".join(facts))
        )
    if d.iom_cohort is not None and d.iom_cohort != "none":
        ref = f" ({d.iom_reference})" if d.iom_reference else ""
        lines.append(
            tr(
                "IOM: {cohort} cohort{ref}. IOM manages prolific offending; align the IOM and MAPPA plans, "
                "with MAPPA leading on the risk of serious harm."
            ).format(cohort=str(d.iom_cohort).capitalize(), ref=ref)
        )
    return lines
