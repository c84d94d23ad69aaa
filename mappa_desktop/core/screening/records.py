"""One received referral whole: its verified package, and the request note for more information."""

from __future__ import annotations

import datetime as dt

from pydantic import ValidationError

from mappa_desktop.core.assessment import assess_referral
from mappa_desktop.core.database_driver import sqlite3
from mappa_desktop.core.messages import Message
from mappa_desktop.core.package import (
    PackageError,
    ReferralPackage,
    check_signature,
    digest_and_signed_message,
)
from mappa_desktop.core.referral.referred_under import referrer_request
from mappa_desktop.core.rules import RulePack
from mappa_desktop.core.screening.model import ScreeningError
from mappa_desktop.core.screening.stored import stored_document


def received_package(conn: sqlite3.Connection, referral_id: str) -> ReferralPackage:
    """The stored package of a received referral, its digest checked again (the file's, as imported)."""
    row = conn.execute(
        "SELECT p.data, r.digest FROM received_referrals r JOIN received_packages p USING (n) WHERE r.id = ?",
        (referral_id,),
    ).fetchone()
    if row is None:
        raise ScreeningError(Message("No received referral with id {id}.", id=referral_id))
    document = stored_document(row[0])
    digest, signed = digest_and_signed_message(document)  # the package serialised once for both checks
    if digest != row[1]:
        raise ScreeningError(
            Message(
                "The stored package of referral {id} no longer matches its digest; import it again.",
                id=referral_id,
            )
        )
    try:  # the package is kept as signed: a change made in the database since is caught here too
        check_signature(
            document, name=Message("The stored package of referral {id}", id=referral_id), message=signed
        )
    except PackageError as error:
        raise ScreeningError(
            Message(
                "The stored package of referral {id} no longer matches its signature: it was changed in the "
                "database after it was imported. Do not rely on it; ask the sender for a fresh package, "
                "import it, and tell your information security contact.",
                id=referral_id,
            )
        ) from error
    try:
        return ReferralPackage.model_validate(document)
    except ValidationError as error:  # held from before a limit was added (or the rules changed)
        first = error.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(p) for p in first["loc"])[:120]
        raise ScreeningError(
            Message(
                "The stored package of referral {id} no longer meets this version's checks ({where}: "
                "{problem}). It is kept as it was; ask the sender for a fresh package and import it, "
                "replacing this one.",
                id=referral_id,
                where=where,
                problem=first["msg"][:200],
            )
        ) from error


def request_note(
    package: ReferralPackage, *, pack: RulePack | None = None, today: dt.date | None = None
) -> str:
    """A note to send back to the referrer asking for what the decision still needs.

    It lists the questions the aid could not answer (the rule pack's own wording for each missing fact,
    re-evaluated today with the current pack) and the MAPPA A parts the screening needs that are empty."""
    r = package.referral
    day = today or dt.date.today()
    assessment = assess_referral(r, day, pack).assessment
    asks = list(dict.fromkeys(q for q in assessment.missing_questions if q))
    if not r.reason.reason:
        asks.append("Why is the referral made, and what would multi-agency management add?")
    _, asked_level = referrer_request(r)
    if 3 in (asked_level, r.reason.level_sought) and not r.reason.what_higher_level_adds:
        asks.append("Which parts of the risk management plan cannot be delivered at Level 2?")
    if r.custody.in_custody and r.custody.release_date is None:
        asks.append("What is the earliest release date, temporary release included?")
    if r.risk.rosh is None and r.risk.highest_rosh() is None:
        asks.append("What is the current OASys risk of serious harm, and when was it assessed?")
    name = r.subject.full_name or "the person referred"
    who = ", ".join(p for p in (r.referrer.name, r.referrer.role, r.referrer.agency) if p) or "the referrer"
    sought = f"Level {asked_level}" if asked_level else "a level not stated"
    lines = [
        "OFFICIAL-SENSITIVE",
        "",
        "Request for more information: MAPPA referral",
        "",
        f"To: {who}",
        f"Referral: {name}" + (f" (PNC {r.subject.pnc_id})" if r.subject.pnc_id else ""),
        f"Reference: {r.id[:8]}; referral to {sought}"
        + (f", made on {r.referrer.date_referred:%d %B %Y}" if r.referrer.date_referred else ""),
        "",
        "Before the MAPPA co-ordinator can decide on this referral, please send:",
        "",
    ]
    lines += [f"- {ask}" for ask in asks] or ["- (write here what is needed)"]
    lines += ["", "Please reply with an updated referral package exported from the referral aid.", ""]
    return "\n".join(lines)
