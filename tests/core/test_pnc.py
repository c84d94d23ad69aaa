"""PNC ID format and check character."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mappa_desktop.core.referral import check_pnc_id, format_pnc_id, pnc_check_letter
from mappa_desktop.core.referral.pnc import CHECK_LETTERS


@pytest.mark.parametrize(
    ("value", "normal"),
    [
        # 040123456 mod 23 = 2 -> B; 920123456 mod 23 = 15 -> Q (worked by hand).
        ("04/123456B", "04/0123456B"),
        ("04/0123456B", "04/0123456B"),
        ("2004/0123456B", "04/0123456B"),
        (" 04 / 123456b ", "04/0123456B"),
        ("92/123456Q", "92/0123456Q"),
        ("00/0Z", "00/0000000Z"),  # 0 mod 23 = 0 -> Z
        ("00/1A", "00/0000001A"),
        ("00/22Y", "00/0000022Y"),
    ],
)
def test_valid_ids_are_normalised(value, normal):
    assert check_pnc_id(value) == normal


@pytest.mark.parametrize("value", ["04/123456A", "92/123456B", "2004/0123456C", "00/1Z"])
def test_a_wrong_check_letter_asks_to_check_the_number_without_giving_the_letter(value):
    # Naming the letter that would pass lets a mistyped serial number through with that letter.
    year, rest = value.split("/")
    expected = pnc_check_letter(int(year), int(rest[:-1]))
    with pytest.raises(ValueError, match="Check the PNC number: the check letter does not match") as excinfo:
        check_pnc_id(value)
    message = str(excinfo.value)
    assert re.search(rf"\b{expected}\b", message) is None
    assert value not in message and format_pnc_id(int(year), int(rest[:-1])) not in message


@pytest.mark.parametrize(
    "value",
    ["", "04-123456B", "4/123456B", "004/123456B", "04/12345678B", "04/123456", "04/B", "04/12345I6B"],
)
def test_malformed_ids_are_refused_with_an_example(value):
    with pytest.raises(ValueError, match="Enter the PNC ID in the correct format.*like 04/0123456B"):
        check_pnc_id(value)


def test_check_letters_skip_lookalikes():
    assert len(CHECK_LETTERS) == 23
    assert not set("IOS") & set(CHECK_LETTERS)


@settings(deadline=None)  # no timing limit: CI machines are busy
@given(st.integers(0, 99), st.integers(0, 9_999_999))
def test_every_formatted_id_checks_and_one_changed_letter_fails(year, serial):
    formatted = format_pnc_id(year, serial)
    assert check_pnc_id(formatted) == formatted
    wrong = next(letter for letter in CHECK_LETTERS if letter != pnc_check_letter(year, serial))
    with pytest.raises(ValueError):
        check_pnc_id(formatted[:-1] + wrong)
