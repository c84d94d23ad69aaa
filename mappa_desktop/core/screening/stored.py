"""How a received package is kept in the database: once, compressed, with the earlier version of a
replaced package kept compressed in the audit log.

A package is stored as its canonical JSON (so its digest can be checked again at any time), compressed
with zlib: package JSON is repetitive (field names, dates, booleans) and shrinks to about a quarter. The
queue reads only the denormalised columns of ``received_referrals``, never this data, so the compression
costs one decompression when a referral is opened. Databases written before this kept the JSON as text;
both forms are read.

When a package is replaced, the earlier version goes into the (append-only) audit log entry, compressed
the same way and written as base64 text inside the entry's JSON, so the entry stays JSON that any reader
can decode with the standard library: ``{"encoding": "zlib+base64", "data": "..."}``.
"""

from __future__ import annotations

import base64
import json
import zlib
from typing import Any

from mappa_desktop.core.package import ReferralPackage, canonical_json, package_document

ENCODING = "zlib+base64"
LEVEL = 9


def package_json(package: ReferralPackage) -> str:
    """The package's canonical JSON, whose digest is the package's own."""
    return canonical_json(package_document(package)).decode()


def stored_package(package: ReferralPackage, document: dict[str, Any] | None = None) -> bytes:
    """What ``received_packages.data`` holds for ``package``: its canonical JSON, compressed. Given the
    ``document`` it was read from (an earlier version's package reads into today's model differently), that
    document is kept, so its digest still checks."""
    text = canonical_json(document).decode() if document is not None else package_json(package)
    return zlib.compress(text.encode(), LEVEL)


def stored_document(data: bytes | str) -> dict[str, Any]:
    """The package document held in ``received_packages.data`` (compressed, or text from before)."""
    if isinstance(data, bytes):
        data = zlib.decompress(data).decode()
    return json.loads(data)


def earlier_version(data: bytes | str) -> dict[str, str]:
    """The audit log's copy of a replaced package, from its stored form: compressed, as base64 text."""
    packed = data if isinstance(data, bytes) else zlib.compress(data.encode(), LEVEL)
    return {"encoding": ENCODING, "data": base64.b64encode(packed).decode("ascii")}


def earlier_document(old: dict[str, Any]) -> dict[str, Any]:
    """The earlier package document kept by a "package replaced" audit entry (either form)."""
    kept = old["package"]
    if isinstance(kept, dict) and kept.get("encoding") == ENCODING:
        return json.loads(zlib.decompress(base64.b64decode(kept["data"])).decode())
    return kept
