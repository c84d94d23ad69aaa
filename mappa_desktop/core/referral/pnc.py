"""Police National Computer (PNC) ID: format and check character.

A PNC ID is written ``YY/NNNNNNNA``: the year the record was created (two digits; four are accepted), a
slash, a serial number of one to seven digits, and a check letter. The check letter is found by reading
the two-digit year and the serial zero-padded to seven digits as one nine-digit number, taking it modulo
23, and indexing into ``CHECK_LETTERS`` (I, O and S are left out, as they look like digits).
"""

from __future__ import annotations

import re

CHECK_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY"

_PATTERN = re.compile(r"^(\d{2}|\d{4})/(\d{1,7})([A-Z])$")


def pnc_check_letter(year: int, serial: int) -> str:
    """The check letter for a PNC ID with this year (any number of digits; the last two count) and serial."""
    if not 0 <= serial <= 9_999_999:
        raise ValueError("the PNC serial number has one to seven digits")
    number = int(f"{year % 100:02d}{serial:07d}")
    return CHECK_LETTERS[number % 23]


def format_pnc_id(year: int, serial: int) -> str:
    """A well-formed PNC ID in the normal form ``YY/NNNNNNNA`` (serial zero-padded to seven digits)."""
    return f"{year % 100:02d}/{serial:07d}{pnc_check_letter(year, serial)}"


def check_pnc_id(value: str) -> str:
    """Check a PNC ID and return it in the normal form ``YY/NNNNNNNA``.

    Spaces are ignored and the letter may be lower case. Raises ``ValueError`` with a message a person can
    act on when the format or the check letter is wrong.
    """
    if not isinstance(value, str):
        raise ValueError("Enter the PNC ID in the correct format, like 04/0123456B")
    text = "".join(value.split()).upper()
    match = _PATTERN.match(text)
    if match is None:
        raise ValueError(
            "Enter the PNC ID in the correct format: the year, a slash, the serial number (up to 7 digits) "
            "and the check letter, like 04/0123456B"
        )
    year_text, serial_text, letter = match.groups()
    year, serial = int(year_text), int(serial_text)
    expected = pnc_check_letter(year, serial)
    if letter != expected:
        # Never say which letter would pass: that would make a mistyped serial number look right.
        raise ValueError(
            "Check the PNC number: the check letter does not match the rest of the number. Copy the ID "
            "again from the Police National Computer record"
        )
    return format_pnc_id(year, serial)
