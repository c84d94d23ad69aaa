"""A public key's fingerprint, in a form one person can read to another over the phone.

The fingerprint is the first 100 bits of SHA-256 over the raw 32-byte Ed25519 public key, written as 20
characters of Crockford's base32 in five groups of four: ``7KQ2 M9XD 3F8H PW1T C6RA``.

Why this form (rather than hex or a word list):

- Crockford's alphabet (0-9 and A-Z without I, L, O and U) has no pair that looks or sounds alike when read
  aloud or copied by hand: no O/0, no I/1/L; a person typing what they heard may use either case, and an
  O, I or L they type is read as 0, 1 or 1, as Crockford specifies.
- Letters and digits read the same to an English and a Welsh speaker; a word list would have to be the
  same list in both languages, and a sender and coordinator may not share one.
- 100 bits: to make a key with the same fingerprint an attacker needs about 2^100 tries (far beyond any
  computer), while reading five groups of four takes about twenty seconds.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Crockford's base32: no I, L, O or U."""
CHARACTERS = 20
BITS = CHARACTERS * 5
GROUP = 4
_READ_AS = {"O": "0", "I": "1", "L": "1"}


def fingerprint(public_key: bytes) -> str:
    """The 20-character fingerprint of a raw public key (no spaces; ``spoken`` groups it)."""
    number = int.from_bytes(hashlib.sha256(public_key).digest(), "big") >> (256 - BITS)
    return "".join(ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(CHARACTERS)))


def spoken(value: str) -> str:
    """A fingerprint in groups of four, to read aloud: ``7KQ2 M9XD 3F8H PW1T C6RA``."""
    return " ".join(value[i : i + GROUP] for i in range(0, len(value), GROUP))


def normalised(text: str) -> str | None:
    """The fingerprint a person typed (any case, spaces or dashes between groups, O/I/L for 0/1/1), or
    None when it is not one (wrong length, or a character the alphabet does not have)."""
    compact = "".join(ch for ch in text.upper() if ch not in " -\t")
    compact = "".join(_READ_AS.get(ch, ch) for ch in compact)
    if len(compact) != CHARACTERS or any(ch not in ALPHABET for ch in compact):
        return None
    return compact


def public_key_from_text(text: object) -> bytes | None:
    """The raw key from its base64 text, or None when it is not exactly 32 bytes of strict base64."""
    if not isinstance(text, str) or len(text) != 44:
        return None
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    # Only the one canonical spelling of a key: its own encoding.
    return raw if len(raw) == 32 and base64.b64encode(raw).decode("ascii") == text else None
