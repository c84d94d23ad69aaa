"""What the commands print: values from data never reach the terminal as control characters.

A name in a referral or a package file comes from someone else. Printed raw, an escape sequence could
recolour, move the cursor, retitle the window or hide text, and a newline could forge a row of a table.
``cell`` shows every control character (C0, DEL, C1, and the bidirectional overrides that reorder text)
as a visible escape such as ``\\n`` or ``\\x1b``, so one value stays one line of plain text.
``json_text`` does the same inside JSON strings with JSON's own ``\\uXXXX`` escapes.
"""

from __future__ import annotations

import json
import re
from typing import Any

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# json.dumps already escapes C0 inside strings; these are the rest (and never structural).
_UNESCAPED_BY_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def cell(value: object) -> str:
    """``value`` as one line of plain text for a terminal: every control character shown escaped."""
    return _CONTROL.sub(_visible, str(value))


def json_text(data: Any, *, indent: int | None = 2) -> str:
    """``data`` as JSON whose strings hold no raw control character (C1 and bidi marks escaped too)."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _UNESCAPED_BY_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
