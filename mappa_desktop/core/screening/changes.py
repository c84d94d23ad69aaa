"""What replacing a received package changes, said with the words the referral summary uses.

The summary (``core.summary``) is the one place that names every part of a referral for a reader
("Offender information › Name", "Relevant dates › Earliest release date"). Rather than keep a second table
of labels, the two versions' summaries are built and compared line by line: a line whose value differs, or
that one version has and the other lacks, is a change, named by its section heading and label. The dotted
paths (``subject.family_name``) stay in the audit log for machines; people read these words.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import ValidationError

from mappa_desktop.core.referral import Referral
from mappa_desktop.core.screening.claims import changed_fields
from mappa_desktop.core.summary import Bullets, Paragraph, Table, build_summary

_FIXED = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)  # both summaries "generated" at once: only content differs
SEPARATOR = " › "


def _lines(referral: Referral) -> dict[tuple[str, ...], str]:
    """Every line the summary shows for ``referral``, keyed by where it is (heading, caption, label)."""
    lines: dict[tuple[str, ...], str] = {}
    for section in build_summary(referral, None, generated_at=_FIXED).sections:
        for part in section.parts:
            if isinstance(part, Table):
                for row in part.rows:
                    key = (section.heading, part.caption, row.label)
                    while key in lines:  # the same label twice in a section (two agencies): count them
                        key = (*key, "")
                    lines[key] = row.value
            elif isinstance(part, Bullets):
                lines[(section.heading, part.caption)] = "\n".join(part.items)
            elif isinstance(part, Paragraph):
                lines[(section.heading, part.caption)] = part.text
    return lines


def _words(key: tuple[str, ...]) -> str:
    return SEPARATOR.join(dict.fromkeys(p for p in key if p))


def path_words(path: str) -> str:
    """A dotted path as words, for a change the summary does not show (``subject.family_name`` →
    "subject › family name")."""
    return SEPARATOR.join(part.replace("_", " ") for part in path.split("."))


def changed_labels(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """What differs between two package documents' referrals, in the summary's words, in its order."""
    paths = changed_fields(old, new)
    if not paths:
        return []
    try:
        before = _lines(Referral.model_validate(old.get("referral", {})))
        after = _lines(Referral.model_validate(new.get("referral", {})))
    except ValidationError:  # an earlier version held from before a check was added: say the paths
        return [path_words(path) for path in paths]
    keys = list(dict.fromkeys([*after, *before]))
    words = list(dict.fromkeys(_words(k) for k in keys if before.get(k) != after.get(k)))
    # A change the summary does not show (an internal reference) is still named, never hidden.
    return words or [path_words(path) for path in paths]
