"""What a coordinator's screening records hold: statuses, decision reasons, queue rows, import results.

Person-readable wording here is English source text; the window translates it (``QCoreApplication``
context ``screening``) and the CLI prints it as is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from mappa_desktop.core.messages import Message


class ScreeningStatus(StrEnum):
    """Where a received referral stands with the MAPPA co-ordinator."""

    received = "received"
    more_information = "more_information"
    accepted_level_2 = "accepted_level_2"
    accepted_level_3 = "accepted_level_3"
    not_accepted = "not_accepted"
    withdrawn = "withdrawn"


STATUS_LABELS: dict[ScreeningStatus, Message] = {
    ScreeningStatus.received: Message("Received"),
    ScreeningStatus.more_information: Message("More information requested"),
    ScreeningStatus.accepted_level_2: Message("Accepted at Level 2"),
    ScreeningStatus.accepted_level_3: Message("Accepted at Level 3"),
    ScreeningStatus.not_accepted: Message("Not accepted — managed at Level 1"),
    ScreeningStatus.withdrawn: Message("Withdrawn"),
}

OPEN_STATUSES = frozenset({ScreeningStatus.received, ScreeningStatus.more_information})
ACCEPTED_STATUSES = frozenset({ScreeningStatus.accepted_level_2, ScreeningStatus.accepted_level_3})

DECIDED_LEVEL: dict[ScreeningStatus, int | None] = {
    ScreeningStatus.received: None,
    ScreeningStatus.more_information: None,
    ScreeningStatus.accepted_level_2: 2,
    ScreeningStatus.accepted_level_3: 3,
    ScreeningStatus.not_accepted: 1,
    ScreeningStatus.withdrawn: None,
}

DECISIONS = (
    ScreeningStatus.accepted_level_2,
    ScreeningStatus.accepted_level_3,
    ScreeningStatus.not_accepted,
    ScreeningStatus.more_information,
    ScreeningStatus.withdrawn,
)
"""The decisions a co-ordinator can record (``received`` is where every referral starts)."""


@dataclass(frozen=True)
class DecisionReason:
    """One reason a co-ordinator can give; ``applies_to`` the decisions it can support."""

    id: str
    text: Message
    applies_to: frozenset[ScreeningStatus]


_L23 = frozenset({ScreeningStatus.accepted_level_2, ScreeningStatus.accepted_level_3})

REASONS: tuple[DecisionReason, ...] = (
    DecisionReason(
        "meets_level_2",
        Message(
            "Formal multi-agency meetings would add value and the risk of serious harm is high or very high"
        ),
        _L23,
    ),
    DecisionReason(
        "multi_agency_oversight",
        Message("Multi-agency oversight of a complex case (valid for Level 2/3 per the 2022 inspection)"),
        _L23,
    ),
    DecisionReason(
        "lower_risk_coordination",
        Message(
            "Exceptionally, a lower risk, but the case needs other agencies' active involvement "
            "and co-ordination"
        ),
        _L23,
    ),
    DecisionReason(
        "senior_representation",
        Message(
            "Needs senior representation from the agencies, or resources committed at short notice (Level 3)"
        ),
        frozenset({ScreeningStatus.accepted_level_3}),
    ),
    DecisionReason(
        "stepping_down_from_3",
        Message("The case is stepping down from Level 3"),
        frozenset({ScreeningStatus.accepted_level_2}),
    ),
    DecisionReason(
        "lead_agency_plan_robust",
        Message(
            "The lead agency's risk management plan is robust; no formal multi-agency meetings are needed"
        ),
        frozenset({ScreeningStatus.not_accepted}),
    ),
    DecisionReason(
        "not_eligible",
        Message("Not eligible for MAPPA on the information given"),
        frozenset({ScreeningStatus.not_accepted}),
    ),
    DecisionReason(
        "information_missing",
        Message("Information is missing that the decision needs"),
        frozenset({ScreeningStatus.more_information}),
    ),
    DecisionReason(
        "level_3_case_not_made",
        Message("A Level 3 referral must say what of the plan cannot be delivered at Level 2"),
        frozenset({ScreeningStatus.more_information, ScreeningStatus.accepted_level_2}),
    ),
    DecisionReason(
        "referrer_withdrew",
        Message("The referrer withdrew the referral"),
        frozenset({ScreeningStatus.withdrawn}),
    ),
    DecisionReason(
        "no_longer_relevant",
        Message("No longer relevant (for example, the person died, moved area or the order ended)"),
        frozenset({ScreeningStatus.withdrawn}),
    ),
    DecisionReason("other", Message("Other (explain in the note)"), frozenset(DECISIONS)),
)

REASONS_BY_ID: dict[str, DecisionReason] = {reason.id: reason for reason in REASONS}


def reasons_for(status: ScreeningStatus | str) -> list[DecisionReason]:
    """The reasons offered for a decision, in the order shown."""
    status = ScreeningStatus(status)
    return [reason for reason in REASONS if status in reason.applies_to]


class DeadlineKind(StrEnum):
    level_setting = "level_setting"
    review = "review"
    step_down = "step_down"


DEADLINE_LABELS: dict[DeadlineKind, Message] = {
    DeadlineKind.level_setting: Message("Level to be set"),
    DeadlineKind.review: Message("Review due"),
    DeadlineKind.step_down: Message("Step-down review"),
}


class ImportOutcome(StrEnum):
    imported = "imported"
    replaced = "replaced"
    kept_existing = "kept existing"
    refused = "refused"


@dataclass(frozen=True)
class ImportResult:
    """What happened to one file of an import. ``reason`` says why it was refused (or kept); ``signature``
    (a ``signatures.SenderSignature``) who signed a package that was imported or replaced."""

    path: str
    outcome: ImportOutcome
    referral_id: str | None = None
    subject_name: str = ""
    reason: str = ""
    signature: object | None = None


@dataclass(frozen=True)
class QueueRow:
    """One line of the screening queue."""

    key: int
    id: str
    subject_name: str
    status: ScreeningStatus
    category: int | None
    level_sought: int | None
    aid_level: int | None
    aid_category: int | None
    aid_eligible: bool | None
    da_flag: bool
    release_date: dt.date | None
    next_due: dt.date | None
    next_due_kind: DeadlineKind | None
    referring_agency: str
    pnc_id: str | None
    received_at: dt.datetime
    signature: object | None = None
    """Who signed the package (a ``signatures.SenderSignature``)."""

    def days_to_release(self, today: dt.date) -> int | None:
        return None if self.release_date is None else (self.release_date - today).days

    def days_to_due(self, today: dt.date) -> int | None:
        return None if self.next_due is None else (self.next_due - today).days

    def overdue(self, today: dt.date) -> bool:
        return self.next_due is not None and self.next_due < today


@dataclass(frozen=True)
class ScreeningDecision:
    """One recorded decision (the table is append-only: the latest is the current one)."""

    referral_id: str
    status: ScreeningStatus
    previous_status: ScreeningStatus
    reasons: tuple[str, ...]
    note: str
    request_note: str
    actor: str
    decided_at: dt.datetime


class ScreeningError(Exception):
    """A screening action could not be done; the message says why and what to do."""
