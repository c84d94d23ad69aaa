"""The referral package: a versioned, self-checking JSON document a coordinator can import.

``{"format": "mappa-referral-package", "schema_version": 3, "created_at", "app_version",
"rule_pack": {id, version}, "referral", "facts", "assessment",
"signature": {"algorithm": "ed25519", "public_key", "signer", "value"}, "digest": {"algorithm": "sha256",
"value"}}``

The digest is SHA-256 over the canonical JSON (sorted keys, no whitespace, UTF-8) of everything except
``digest``: it catches accidental damage (a file cut short or altered in copying). It is not proof of who
made the package: anyone can edit a package and recompute it.

The signature (version 3) is that proof: an Ed25519 signature by the sending installation's key over
``SIGNED_PREFIX`` followed by the canonical JSON of everything except ``digest`` and ``signature.value``
(so the signer's public key and name are signed too). See ``core/package/signing.py`` and
docs/PACKAGE-SIGNING.md. Versions 1 and 2, and a version 3 package without ``signature``, are unsigned.
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
SCHEMA_VERSION = 3
"""3: signed (``signature``). 2: the referral records its domestic-abuse victims one by one. A version-1
package (one victim's answers) is still read: its answers open as victim 1 (``DomesticAbuse``'s
migration). Versions 1 and 2 are read as unsigned."""
SIGNED_PREFIX = b"mappa-referral-package/ed25519/v1\n"
"""The bytes the signed message starts with, so a package signature can never be taken for a signature
over anything else this key might sign."""
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


class Signature(BaseModel):
    """Who signed the package: their public key, the name they gave, and the Ed25519 signature."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    algorithm: Literal["ed25519"] = "ed25519"
    public_key: str = Field(
        pattern=r"^[A-Za-z0-9+/]{43}=$", description="base64 of the signer's raw 32-byte Ed25519 public key"
    )
    signer: str = Field(
        max_length=NAME_MAX,
        description="the name the sender gave; shown only as their claim unless the key is trusted",
    )
    value: str = Field(
        pattern=r"^[A-Za-z0-9+/]{86}==$",
        description="base64 of the 64-byte Ed25519 signature over SIGNED_PREFIX + the canonical JSON of "
        "the package without digest and without signature.value",
    )


class ReferralPackage(BaseModel):
    """One exported referral with its facts and the aid's assessment, as read or written."""

    model_config = ConfigDict(
        extra="forbid",
        title="MAPPA referral package",
        json_schema_extra={
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://mappa-desktop.invalid/schema/referral-package/3",
        },
    )

    format: Literal["mappa-referral-package"]
    schema_version: Literal[1, 2, 3]
    created_at: dt.datetime
    app_version: str = Field(max_length=NAME_MAX)
    rule_pack: RulePackRef
    referral: Referral
    facts: Facts
    assessment: Assessment
    signature: Signature | None = None
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


class PackageSignatureInvalid(PackageTampered):
    """The package carries a signature that does not verify: changed after it was signed."""
