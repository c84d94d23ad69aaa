"""Build, write, read and verify referral packages (see ``model`` for the format)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from mappa_desktop.core.facts import Facts
from mappa_desktop.core.messages import Message
from mappa_desktop.core.package.canonical import canonical_json, with_last_member
from mappa_desktop.core.package.model import (
    FORMAT,
    MAX_PACKAGE_BYTES,
    SCHEMA_VERSION,
    SIGNED_PREFIX,
    SUFFIX,
    PackageMalformed,
    PackageNewerVersion,
    PackageTampered,
    PackageTooLarge,
    PackageWrongFormat,
    ReferralPackage,
)
from mappa_desktop.core.package.sealed import MAX_SEALED_BYTES, Recipient, is_sealed, open_sealed
from mappa_desktop.core.package.signing import (
    UNSIGNED,
    PackageSigner,
    SignatureCheck,
    check_signature,
    sign_document,
)
from mappa_desktop.core.referral import Referral
from mappa_desktop.core.rules import Assessment
from mappa_desktop.core.safe_files import write_atomic
from mappa_desktop.core.safe_input import (
    FileTooLarge,
    NotJson,
    UntrustedInput,
    loads_json,
    read_regular_file,
)

THE_PACKAGE = Message("the package")
"""How a package read from bytes (not a named file) is called in a refusal."""


def digest_of(document: dict[str, Any]) -> str:
    """Hex SHA-256 of the canonical JSON of ``document`` without its ``digest``."""
    body = {key: value for key, value in document.items() if key != "digest"}
    return hashlib.sha256(canonical_json(body)).hexdigest()


def digest_and_signed_message(document: dict[str, Any]) -> tuple[str, bytes | None]:
    """The document's digest and, for a signed package, its signed message, serialising the long part
    once (``with_last_member``); the message is None when nothing is signed or the shortcut cannot hold."""
    block = document.get("signature")
    body = {key: value for key, value in document.items() if key not in ("digest", "signature")}
    if not isinstance(block, dict) or any(key >= "signature" for key in body):
        return digest_of(document), None
    head = canonical_json(body)
    digest = hashlib.sha256(with_last_member(head, "signature", block)).hexdigest()
    unsigned = {key: value for key, value in block.items() if key != "value"}
    return digest, SIGNED_PREFIX + with_last_member(head, "signature", unsigned)


def signature_of(package: ReferralPackage) -> SignatureCheck:
    """Who signed a package that was read (its signature verified then) or built here: ``UNSIGNED``, or the
    signing key and the name the package gives its signer."""
    block = package.signature
    if block is None:
        return UNSIGNED
    return SignatureCheck(base64.b64decode(block.public_key), block.signer)


def build_package(
    referral: Referral,
    facts: Facts,
    assessment: Assessment,
    *,
    created_at: dt.datetime | None = None,
    signer: PackageSigner | None = None,
) -> ReferralPackage:
    """A package of ``referral`` with its ``facts`` and ``assessment``, signed by ``signer`` (this
    installation's key, ``core.signing.keys.installation_signer``; unsigned without one), digest computed."""
    from mappa_desktop import __version__

    document: dict[str, Any] = {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "created_at": (created_at or dt.datetime.now(dt.UTC)).isoformat(),
        "app_version": __version__,
        "rule_pack": {"id": assessment.rule_pack.id, "version": assessment.rule_pack.version},
        "referral": referral.model_dump(mode="json"),
        "facts": facts.model_dump(mode="json"),
        "assessment": assessment.model_dump(mode="json"),
    }
    # Sign and digest the JSON exactly as it will be written (pydantic's own rendering of dates and numbers).
    document["digest"] = {"algorithm": "sha256", "value": "0" * 64}
    document = package_document(ReferralPackage.model_validate(document))
    if signer is not None:
        document = sign_document(document, signer)
    document["digest"] = {"algorithm": "sha256", "value": digest_of(document)}
    return ReferralPackage.model_validate(document)


def package_document(package: ReferralPackage) -> dict[str, Any]:
    """The package as JSON data, exactly as written to the file (an unsigned one has no ``signature``)."""
    document = package.model_dump(mode="json")
    if document.get("signature") is None:
        document.pop("signature", None)
    return document


def package_bytes(package: ReferralPackage) -> bytes:
    """The file's bytes: indented UTF-8 JSON (the digest does not depend on the layout)."""
    return (json.dumps(package_document(package), indent=2, ensure_ascii=False) + "\n").encode()


def package_filename(referral: Referral) -> str:
    """A file name that names no person: ``referral-<first 8 of id>.mappa.json``."""
    return f"referral-{referral.id[:8]}{SUFFIX}"


def write_package(package: ReferralPackage, path: str | os.PathLike[str], *, overwrite: bool) -> Path:
    """Save the package atomically, owner-only; ``FileExistsError``/``ExportError`` as ``write_atomic``."""
    return write_atomic(path, package_bytes(package), overwrite=overwrite)


def read_package(path: str | os.PathLike[str], *, key: Recipient | None = None) -> ReferralPackage:
    """Read and verify a package file (see ``read_package_document``)."""
    return read_package_document(path, key=key)[0]


def read_package_document(
    path: str | os.PathLike[str], *, key: Recipient | None = None
) -> tuple[ReferralPackage, dict[str, Any]]:
    """Read and verify a package file; raise a ``PackageError`` subclass saying why it is refused.

    Checks, in order: a regular file (never a pipe, device or folder: opened without blocking and judged
    by ``fstat``), size (over 10 MB is refused before reading, and never more is read), JSON within every
    limit (nesting, number size, text and list lengths), format, schema version (a newer one needs a newer
    app), digest (accidental damage since export), signature when there is one (a package changed after it
    was signed is refused: ``PackageSignatureInvalid``), then every field against the schema and its
    length caps. Who signed it is ``signature_of(package)``. A package encrypted to this installation
    (``sealed``) is opened with ``key`` first, then checked the same way.

    Also returns the document exactly as read: the one its digest is of. (A package of an earlier version
    is read into today's model, e.g. its one victim's answers as victim 1, so the model's own JSON can
    differ from the file's; whoever keeps the package keeps the document.)
    """
    file = Path(path)
    try:
        data = read_regular_file(file, MAX_SEALED_BYTES)
    except FileTooLarge as error:
        raise _too_large(file.name, error.size) from error
    except UntrustedInput as error:
        raise PackageMalformed(error.args[0]) from error
    if is_sealed(data):
        data = open_sealed(data, key, name=file.name)
    elif len(data) > MAX_PACKAGE_BYTES:
        raise _too_large(file.name, len(data))
    return loads_package_document(data, name=file.name)


def _too_large(name: str, size: int) -> PackageTooLarge:
    return PackageTooLarge(
        Message(
            "{name} is {size} MB or more; a referral package is never more than {most} MB, so it was not "
            "opened. Ask the sender to export it again.",
            name=name,
            size=f"{size / 1_048_576:.1f}",
            most=MAX_PACKAGE_BYTES // 1_048_576,
        )
    )


def loads_package(data: bytes, *, name: str = THE_PACKAGE) -> ReferralPackage:
    """Verify and parse a package from its bytes (see ``read_package``)."""
    return loads_package_document(data, name=name)[0]


def loads_package_document(data: bytes, *, name: str = THE_PACKAGE) -> tuple[ReferralPackage, dict[str, Any]]:
    """Verify and parse a package from its bytes, with the document as read (``read_package_document``)."""
    if len(data) > MAX_PACKAGE_BYTES:
        raise PackageTooLarge(
            Message(
                "{name} is larger than {most} MB and was refused.",
                name=name,
                most=MAX_PACKAGE_BYTES // 1_048_576,
            )
        )
    if not data.strip():
        raise PackageMalformed(
            Message(
                "{name} is not a readable referral package: it is empty ({size} bytes), probably cut short "
                "while being copied or saved. Nothing was imported from it; ask the sender to export it "
                "again.",
                name=name,
                size=len(data),
            )
        )
    try:
        document = loads_json(data)
    except NotJson as error:
        raise PackageMalformed(
            Message(
                "{name} is not a readable referral package (not valid UTF-8 JSON: {detail}). It may be "
                "damaged or incomplete; ask the sender to export it again.",
                name=name,
                detail=error.detail,
            )
        ) from error
    except UntrustedInput as error:
        raise PackageMalformed(
            Message(
                "{name} is not a readable referral package: {reason}. Nothing was imported from it. It may "
                "be damaged, incomplete or not from this application; ask the sender to export it again.",
                name=name,
                reason=error.args[0],
            )
        ) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise PackageWrongFormat(
            Message(
                '{name} is not a MAPPA referral package (it has no "format": "{format}"). Choose a file '
                "ending in .mappa.json that was exported from this application.",
                name=name,
                format=FORMAT,
            )
        )
    version = document.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackageMalformed(
            Message(
                "{name} has no valid schema_version, so it cannot be read. Ask the sender to export it "
                "again.",
                name=name,
            )
        )
    if version > SCHEMA_VERSION:
        raise PackageNewerVersion(
            Message(
                "{name} was made by a newer version of the application (package version {version}; this "
                "version reads up to {newest}). Update the application to import it.",
                name=name,
                version=version,
                newest=SCHEMA_VERSION,
            )
        )
    digest = document.get("digest")
    if (
        not isinstance(digest, dict)
        or digest.get("algorithm") != "sha256"
        or not isinstance(digest.get("value"), str)
        or not re.fullmatch(r"[0-9a-f]{64}", digest["value"])
    ):
        raise PackageMalformed(
            Message(
                "{name} has no valid SHA-256 digest, so it cannot be checked or imported. Ask the sender to "
                "export it again.",
                name=name,
            )
        )
    try:
        actual, message = digest_and_signed_message(document)
    except (ValueError, RecursionError) as error:  # loads_json refuses what canonical JSON cannot write
        raise PackageMalformed(
            Message("{name} holds values JSON does not allow: {error}.", name=name, error=error)
        ) from error
    if actual != digest["value"]:
        raise PackageTampered(
            Message(
                "{name} has been damaged or changed since it was exported (its SHA-256 digest does not "
                "match), so it was not imported. Ask the sender for a fresh copy through a secure route.",
                name=name,
            )
        )
    check_signature(document, name=name, message=message)
    try:
        return ReferralPackage.model_validate(document), document
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])[:120] or '(package)'}: {e['msg'][:200]}"
            for e in error.errors(include_url=False, include_input=False)[:10]
        )
        raise PackageMalformed(
            Message(
                "{name} does not match the referral package schema: {problems}.", name=name, problems=problems
            )
        ) from error
