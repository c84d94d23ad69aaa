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


def with_last_member(head: bytes, key: str, value: Any) -> bytes:
    """``head``, the canonical JSON of an object, with the member ``key: value`` added at its end: the
    canonical JSON of the object with that member, provided ``key`` sorts after every key it already has.

    A package's ``signature`` sorts after every other member, so the digest (over the package with its whole
    signature) and the signed message (over the package with the signature but its value) share the long
    head: serialised once, not twice, when a package is read."""
    member = canonical_json(key) + b":" + canonical_json(value)
    return head[:-1] + (b"," if head != b"{}" else b"") + member + b"}"
