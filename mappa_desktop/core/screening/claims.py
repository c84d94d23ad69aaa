"""The co-ordinator's own assessment of a received referral, and how the sender's claim differs from it.

A package carries the assessment the sender's copy of the aid made. That is the sender's claim, not a
fact: the file may come from an older rule pack, another version, or have been written by hand with a
matching digest (a digest is not a signature). So the co-ordinator's queue, detail and summary use this
application's own rule pack on the facts the referral itself supports, and show the sender's claim only
as a claim, with any difference said plainly.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from mappa_desktop.core.assessment import assess_referral
from mappa_desktop.core.database_driver import sqlite3
from mappa_desktop.core.package import ReferralPackage
from mappa_desktop.core.rules import Assessment, RulePack
from mappa_desktop.core.store.audit import diff
from mappa_desktop.core.wording import AssessmentWords


def coordinator_assessment(
    package: ReferralPackage, on: dt.date, *, pack: RulePack | None = None, lang: str = "en"
) -> Assessment:
    """This application's rule pack on the facts ``package``'s referral supports on ``on`` (its sentences
    in ``lang``)."""
    return assess_referral(package.referral, on, pack, language=lang).assessment


def assessed_on(conn: sqlite3.Connection, referral_id: str) -> dt.date:
    """The day the package now held arrived (imported, or last replaced): the day the queue's
    assessment was made on, so the detail assesses as of the same day."""
    row = conn.execute(
        "SELECT max(at) FROM audit_log WHERE referral_id = ? AND action IN ('received', 'package replaced')",
        (referral_id,),
    ).fetchone()
    if row and row[0]:
        return dt.datetime.fromisoformat(row[0]).date()
    row = conn.execute("SELECT received_at FROM received_referrals WHERE id = ?", (referral_id,)).fetchone()
    return dt.datetime.fromisoformat(row[0]).date() if row else dt.date.today()


@dataclass(frozen=True)
class ClaimDifference:
    """One way the sender's claimed outcome differs from the co-ordinator's assessment: ``field`` is
    "mappa_eligible", "category" or "level"; ``claimed`` and ``assessed`` are the two assessments (or
    their outcomes). Put into words by ``core.wording`` as every other surface words an assessment."""

    field: str
    claimed: Any
    assessed: Any

    def sentence(self, words: AssessmentWords) -> str:
        """ "Recommended level: the sender's copy of the aid says: Level 3. This application's rule
        pack says: Level 2." """
        return words.claim_difference(self.field, self.claimed, self.assessed)

    def claimed_words(self, words: AssessmentWords) -> str:
        """What the sender's copy says of this part: "Level 3"."""
        return words.part(self.field, self.claimed)


def claim_differences(claimed: Assessment | Outcome, assessed: Assessment | Outcome) -> list[ClaimDifference]:
    """How the sender's ``claimed`` outcome differs from the co-ordinator's ``assessed`` one (or none)."""
    return [
        ClaimDifference(field, claimed, assessed)
        for field in ("mappa_eligible", "category", "level")
        if getattr(claimed, field) != getattr(assessed, field)
    ]


def changed_fields(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """The dotted paths of the referral that differ between two package documents (digest aside)."""
    return [path for path, _, _ in diff(old.get("referral", {}), new.get("referral", {}))]


@dataclass(frozen=True)
class Outcome:
    """The three things an assessment settles that the queue compares: eligibility, category, level."""

    mappa_eligible: bool | None
    category: int | None
    level: int | None


def _claimed(data: bytes | str) -> Outcome:
    """The sender's claimed outcome in a stored package, reading only its ``assessment`` object (canonical
    JSON sorts its keys, so it comes second, after a string and before the referral and facts)."""
    if isinstance(data, str):  # held as text from before packages were compressed: parsed whole
        claimed = json.loads(data)["assessment"]
    else:
        text = zlib.decompress(data).decode()
        start = text.index('"assessment":') + len('"assessment":')
        claimed, _ = json.JSONDecoder().raw_decode(text, start)
    return Outcome(claimed.get("mappa_eligible"), claimed.get("category"), claimed.get("level"))


def sender_claims(conn: sqlite3.Connection, keys: Sequence[int]) -> dict[int, Outcome]:
    """The sender's claimed outcome of each received referral in ``keys`` (``received_referrals.n``)."""
    found: dict[int, Outcome] = {}
    for start in range(0, len(keys), 500):  # stay under SQLite's bound-parameter limit
        chunk = list(keys[start : start + 500])
        marks = ", ".join("?" for _ in chunk)
        for n, data in conn.execute(f"SELECT n, data FROM received_packages WHERE n IN ({marks})", chunk):
            with contextlib.suppress(ValueError, KeyError, TypeError, zlib.error):  # the detail says why
                found[n] = _claimed(data)
    return found
