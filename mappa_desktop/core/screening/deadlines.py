"""Screening deadlines from the rule pack's parameters, never hard-coded.

- level-setting due: ``level_setting_window_months`` before the earliest release date;
- review due: ``review_weeks_level_N`` after the level was set (or last reviewed);
- step-down review: ``step_down_review_months`` after a case leaves Level 2/3 (Staffordshire's practice).

The pack flags each parameter's confidence; ``DeadlinePolicy.unconfirmed`` names those marked [U] so the
window can say so beside the date.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from mappa_desktop.core.rules import RulePack, load_pack
from mappa_desktop.core.screening.model import (
    ACCEPTED_STATUSES,
    DECIDED_LEVEL,
    OPEN_STATUSES,
    DeadlineKind,
    ScreeningStatus,
)

PARAMETERS = {
    DeadlineKind.level_setting: ("level_setting_window_months",),
    DeadlineKind.review: ("review_weeks_level_1", "review_weeks_level_2", "review_weeks_level_3"),
    DeadlineKind.step_down: ("step_down_review_months",),
}


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole calendar months (negative goes back), clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


@dataclass(frozen=True)
class DeadlinePolicy:
    """The deadline parameters in force on ``as_of``, with which of them are unconfirmed."""

    window_months: int
    review_weeks: dict[int, int]
    step_down_months: int
    unconfirmed: frozenset[str]

    @classmethod
    def from_pack(cls, pack: RulePack | None = None, as_of: dt.date | None = None) -> DeadlinePolicy:
        pack = pack or load_pack()
        day = as_of or dt.date.today()
        names = [name for group in PARAMETERS.values() for name in group]
        return cls(
            window_months=int(pack.parameter("level_setting_window_months", day)),
            review_weeks={n: int(pack.parameter(f"review_weeks_level_{n}", day)) for n in (1, 2, 3)},
            step_down_months=int(pack.parameter("step_down_review_months", day)),
            unconfirmed=frozenset(n for n in names if pack.parameters[n].confidence == "U"),
        )

    def is_unconfirmed(self, kind: DeadlineKind) -> bool:
        return any(name in self.unconfirmed for name in PARAMETERS[kind])

    def level_setting_due(
        self, release_date: dt.date | None, received_on: dt.date | None = None
    ) -> dt.date | None:
        """When the level should be set: the window before release. None without a release date, or
        when the person was already released when the referral was received (a community case)."""
        if release_date is None or (received_on is not None and release_date <= received_on):
            return None
        return add_months(release_date, -self.window_months)

    def review_due(self, level: int | None, since: dt.date | None) -> dt.date | None:
        if level not in self.review_weeks or since is None:
            return None
        return since + dt.timedelta(weeks=self.review_weeks[level])

    def step_down_due(self, left_on: dt.date | None) -> dt.date | None:
        return None if left_on is None else add_months(left_on, self.step_down_months)

    def next_deadline(
        self,
        status: ScreeningStatus,
        *,
        release_date: dt.date | None,
        decided_on: dt.date | None,
        left_level_on: dt.date | None,
        received_on: dt.date | None = None,
    ) -> tuple[dt.date | None, DeadlineKind | None]:
        """The one deadline a referral is waiting on in ``status``, and its kind.

        Open referrals wait on the level-setting date; accepted ones on their next review; a case that
        left Level 2/3 on its step-down review; the rest (Level 1 from the start, withdrawn) on nothing
        the co-ordinator tracks.
        """
        if status in OPEN_STATUSES:
            due = self.level_setting_due(release_date, received_on)
            return due, DeadlineKind.level_setting if due else None
        if status in ACCEPTED_STATUSES:
            due = self.review_due(DECIDED_LEVEL[status], decided_on)
            return due, DeadlineKind.review if due else None
        if status is ScreeningStatus.not_accepted and left_level_on is not None:
            return self.step_down_due(left_level_on), DeadlineKind.step_down
        return None, None
