"""Length caps for every value that comes from a person or a file.

One place so the referral model, the package model and its schema agree: a name about a line long,
free text a few pages, a list far beyond any real referral. A value over its cap is refused with a
message rather than stored, shown or evaluated (DESIGN principle 10).
"""

from __future__ import annotations

NAME_MAX = 200
"""Characters in a name, a title, an identifier or any other one-line value."""

TEXT_MAX = 20_000
"""Characters in a free-text answer (a risk narrative, a reason, a note)."""

LIST_MAX = 100
"""Items in any list (offences, agencies, conditions, notes)."""
