"""A simple, honest estimate of how hard a passphrase is to guess: length, kinds of character, and whether
it is (or is built on) a commonly used password. It is an estimate, not a promise: it cannot know a
passphrase is the name of the person's dog.

The guess count is worked out as an attacker would try: a phrase of several words as words (about 11 bits
a word, as if drawn from a 2,000-word list of everyday words), anything else character by character over
the kinds of character it uses, less for repeats and runs (aaaa, 1234, qwerty). A common password, or one
with only digits and symbols added to one, is "very weak" whatever its length.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

VERDICTS = ("very weak", "weak", "fair", "strong", "very strong")
THRESHOLDS = (28, 40, 56, 72)
"""Bits of guessing work that separate the verdicts. Each guess costs PBKDF2 with 256,000 rounds, so 40 bits
(about a million million guesses) is centuries of work for one graphics card: "fair"."""
MINIMUM_LENGTH = 10
MINIMUM_VERDICT = "fair"

COMMON = frozenset(
    """
    password passw0rd p@ssw0rd password1 password123 123456 1234567 12345678 123456789 1234567890 qwerty
    qwertyuiop qwerty123 asdfgh asdfghjkl zxcvbnm abc123 abcdef 111111 000000 123123 654321 iloveyou
    letmein welcome welcome1 monkey dragon football baseball sunshine princess shadow master superman
    trustno1 whatever starwars freedom secret admin administrator login changeme default summer winter
    spring autumn london england wales cymru liverpool chelsea arsenal manchester mappa probation police
    officer referral offender prison justice passphrase mypassword test testing hello hello123 charlie
    michael jennifer thomas daniel jessica ashley matthew andrew joshua george oliver harry jack qazwsx
    1qaz2wsx zaq12wsx letmein1 computer internet samsung killer pepper ginger cookie flower hunter ranger
    """.split()
)
KEYBOARD_RUNS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True)
class Strength:
    bits: float
    verdict: str  # one of VERDICTS
    advice: str  # one sentence saying how to make it stronger (or that it is good)

    @property
    def score(self) -> int:
        """0 (very weak) to 4 (very strong)."""
        return VERDICTS.index(self.verdict)


def estimate(passphrase: str) -> Strength:
    """How hard ``passphrase`` is to guess, in words a person can act on."""
    text = passphrase.strip()
    if not text:
        return Strength(0.0, "very weak", "Type a passphrase.")
    if _is_common(text):
        return Strength(min(10.0, _character_bits(text)), "very weak", "That is a commonly used password.")
    words = [w for w in re.split(r"[\s\-_.,]+", text) if w]
    bits = _character_bits(text)
    if len(words) >= 3:  # a phrase is tried word by word, not letter by letter
        bits = min(bits, _word_bits(words))
    verdict = VERDICTS[sum(bits >= limit for limit in THRESHOLDS)]
    if len(text) < MINIMUM_LENGTH and VERDICTS.index(verdict) >= VERDICTS.index(MINIMUM_VERDICT):
        verdict = "weak"  # short passphrases are cheap to try whatever characters they use
    return Strength(bits, verdict, _advice(text, verdict, words))


def acceptable(strength: Strength) -> bool:
    """Whether a passphrase this strong may protect the database ("fair" or better)."""
    return strength.score >= VERDICTS.index(MINIMUM_VERDICT)


def _is_common(text: str) -> bool:
    lowered = text.lower()
    core = re.sub(r"[^a-z]", "", lowered)
    return lowered in COMMON or (core in COMMON and len(core) >= len(lowered) // 2) or len(set(lowered)) <= 2


def _character_bits(text: str) -> float:
    pool = 0
    pool += 26 if re.search(r"[a-z]", text) else 0
    pool += 26 if re.search(r"[A-Z]", text) else 0
    pool += 10 if re.search(r"[0-9]", text) else 0
    pool += 33 if re.search(r"[ -/:-@\[-`{-~]", text) else 0
    pool += 100 if re.search(r"[^\x00-\x7f]", text) else 0
    effective = len(text) - _predictable_characters(text.lower())
    return max(effective, 1) * math.log2(max(pool, 2))


def _predictable_characters(text: str) -> int:
    """Characters that add little: each repeat of the one before, and each step of a keyboard or
    alphabet run (the 2 in "12", the w in "qw")."""
    count = 0
    for before, after in zip(text, text[1:], strict=False):
        if before == after or any(before + after in run for run in KEYBOARD_RUNS):
            count += 1
    return count


def _word_bits(words: list[str]) -> float:
    """A phrase guessed word by word: about 11 bits for each different everyday word, and a word that is
    not all letters (a number, a made-up string) as its characters."""
    distinct = {w.lower(): w for w in words}.values()
    return sum(11.0 if w.isalpha() else _character_bits(w) for w in distinct)


def _advice(text: str, verdict: str, words: list[str]) -> str:
    if verdict in ("strong", "very strong"):
        return "A good passphrase: keep it to yourself and do not write it down near the laptop."
    if len(text) < MINIMUM_LENGTH:
        return "Make it longer: at least 10 characters; four or more unrelated words are best."
    if len(words) < 4:
        return "Add more unrelated words: four or more make a passphrase hard to guess and easy to remember."
    return "Add another unrelated word or two."
