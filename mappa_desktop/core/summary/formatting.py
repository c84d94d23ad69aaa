"""How a summary writes values: dates in words, yes/no, the labels of coded answers, rows and sections.

Shared by the referral's sections (``build``) and the aid's sections (``aid_sections``), so the same value
reads the same everywhere in a summary. Every word goes through the summary's ``Wording``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from mappa_desktop.core.dates import date_in_words, read_date, read_datetime
from mappa_desktop.core.summary.headings import Wording
from mappa_desktop.core.summary.model import Bullets, Paragraph, Part, Row, Section, Table

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


class Formatter:
    """Values as a summary shows them, in the wording's language."""

    def __init__(self, wording: Wording) -> None:
        self.w = wording

    def t(self, text: str) -> str:
        return self.w.t(text)

    def date(self, value: dt.date | str | None) -> str:
        day = read_date(value)
        if day is None:
            return value or ""  # text that is not a date is shown as it was
        return date_in_words(day, self.w.language)

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
