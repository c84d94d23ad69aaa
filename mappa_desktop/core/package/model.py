"""The referral package: a versioned, self-checking JSON document a coordinator can import.

``{"format": "mappa-referral-package", "schema_version": 2, "created_at", "app_version",
"rule_pack": {id, version}, "referral", "facts", "assessment", "digest": {"algorithm": "sha256", "value"}}``

The digest is SHA-256 over the canonical JSON (sorted keys, no whitespace, UTF-8) of everything except
``digest``: it detects accidental or deliberate changes after export. (It is not a signature: anyone can
recompute it. Authenticity comes from the secure channel the file travels through.)
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from mappa_desktop.core.facts import Facts
from mappa_desktop.core.limits import NAME_MAX
from mappa_desktop.core.referral import Referral
from mappa_desktop.core.rules import Assessment

FORMAT = "mappa-referral-package"
SCHEMA_VERSION = 2
"""2: the referral records its domestic-abuse victims one by one. A version-1 package (one victim's answers)
is still read: its answers open as victim 1 (``DomesticAbuse``'s migration)."""
MAX_PACKAGE_BYTES = 10 * 1024 * 1024
SUFFIX = ".mappa.json"


class RulePackRef(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, max_length=NAME_MAX)
    version: str = Field(min_length=1, max_length=NAME_MAX)


class Digest(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    algorithm: Literal["sha256"] = "sha256"
    value: str = Field(pattern=r"^[0-9a-f]{64}$", description="hex SHA-256 of the canonical JSON")


class ReferralPackage(BaseModel):
    """One exported referral with its facts and the aid's assessment, as read or written."""

    model_config = ConfigDict(
        extra="forbid",
        title="MAPPA referral package",
        json_schema_extra={
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://mappa-desktop.invalid/schema/referral-package/2",
        },
    )

    format: Literal["mappa-referral-package"]
    schema_version: Literal[1, 2]
    created_at: dt.datetime
    app_version: str = Field(max_length=NAME_MAX)
    rule_pack: RulePackRef
    referral: Referral
    facts: Facts
    assessment: Assessment
    digest: Digest


class PackageError(Exception):
    """A referral package was refused. The message says why, for the person importing it."""


class PackageTooLarge(PackageError):
    pass


class PackageMalformed(PackageError):
    pass


class PackageWrongFormat(PackageError):
    pass


class PackageNewerVersion(PackageError):
    pass


class PackageTampered(PackageError):
    pass
