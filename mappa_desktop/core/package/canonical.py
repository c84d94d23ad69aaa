"""The canonical JSON of a package: the bytes its digest and its signature are computed over."""

from __future__ import annotations

import json
from typing import Any


def canonical_json(data: Any) -> bytes:
    """Keys sorted (by code point), no whitespace, UTF-8 (not escaped), NaN and infinities refused: Python's
    ``json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)``."""
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode()
