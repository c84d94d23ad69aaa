"""Fictional sample referrals for tests, benchmarks, training and demos.

Every person here is invented. Names are drawn at random from short lists of common given names and
surnames, combined independently; addresses use invented street names; references are random. Any
resemblance to a real person or case is coincidence.

Proportions follow the national shape (research brief §7): about 75% Category 1 (registered sexual
offenders), 23% Category 2 (violent and other sexual offenders), a small Category 3 (many of them domestic
abuse) and a handful of Category 4 (terrorism). About 98% are Level 1 style cases (no formal
multi-agency meetings needed); a few seek Level 2, fewer Level 3. Dates agree with each other (offence
before conviction before sentence before release, ages 18 to 80 on ``as_of``).

Output is deterministic for a given ``seed`` and ``as_of``. The invented lists are in ``vocabulary``;
the drawing of one referral in ``referrals``.
"""

from mappa_desktop.core.sample_data.referrals import sample_referral, sample_referrals
from mappa_desktop.core.sample_data.vocabulary import MALE_NAMES, NICKNAMES, SURNAMES

__all__ = ["MALE_NAMES", "NICKNAMES", "SURNAMES", "sample_referral", "sample_referrals"]
