"""Fictional referral packages, as officers would send them, for demonstrations, tests and benchmarks."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from mappa_desktop.core.assessment import assess_referral
from mappa_desktop.core.package import ReferralPackage, build_package
from mappa_desktop.core.referral import ReferralStatus
from mappa_desktop.core.rules import RulePack, load_pack
from mappa_desktop.core.sample_data import sample_referral


def sample_packages(
    count: int, *, seed: int = 0, as_of: dt.date | None = None, pack: RulePack | None = None
) -> Iterator[ReferralPackage]:
    """``count`` packages of fictional referrals (``core.sample_data``) sent for Level 2 or 3, each with
    the aid's assessment, the same ones for the same ``seed``."""
    rng = random.Random(seed)
    day = as_of or dt.date.today()
    pack = pack or load_pack()
    for _ in range(count):
        referral = sample_referral(rng, day)
        referral.status = ReferralStatus.sent
        if referral.reason.level_sought is None:  # a referral to the co-ordinator seeks Level 2 or 3
            referral.reason.level_sought = 3 if rng.random() < 0.15 else 2
        referral.reason.level = referral.reason.level_sought  # the level the officer referred under
        assessed = assess_referral(referral, day, pack)
        yield build_package(referral, assessed.facts, assessed.assessment)


def decide_some(store, *, seed: int = 0, share: float = 0.6, actor: str = "sample-coordinator") -> int:
    """Record plausible decisions (with reasons) on a share of the undecided received referrals, for
    demonstrations: accepted where the aid recommends Level 2/3 or by oversight, otherwise not accepted,
    a few asking for more information or withdrawn. Returns how many were decided."""
    from mappa_desktop.core.screening.decisions import record_decision
    from mappa_desktop.core.screening.model import ScreeningStatus as S

    rng = random.Random(seed)
    rows = store.db.conn.execute(
        "SELECT id, aid_level, level_sought FROM received_referrals WHERE status = 'received' ORDER BY n"
    ).fetchall()
    decided = 0
    for referral_id, aid_level, sought in rows:
        if rng.random() > share:
            continue
        roll = rng.random()
        if roll < 0.06:
            status, reasons, request = (
                S.more_information,
                ["information_missing"],
                "Please send the RoSH date.",
            )
        elif roll < 0.09:
            status, reasons, request = S.withdrawn, ["referrer_withdrew"], ""
        elif (aid_level or 1) >= 2 or roll < 0.35:
            level3 = sought == 3 and rng.random() < 0.5
            status = S.accepted_level_3 if level3 else S.accepted_level_2
            reasons = (
                ["senior_representation"]
                if level3
                else [rng.choice(["meets_level_2", "multi_agency_oversight"])]
            )
            request = ""
        else:
            status, reasons, request = (
                S.not_accepted,
                [rng.choice(["lead_agency_plan_robust", "not_eligible"])],
                "",
            )
        record_decision(store, referral_id, status, reasons=reasons, actor=actor, request_note=request)
        decided += 1
    return decided
