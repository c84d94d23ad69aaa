"""Signing a referral package on export, and checking its signature on import.

What is signed, exactly (``signed_message``): the bytes ``SIGNED_PREFIX`` followed by the canonical JSON
(``canonical_json``: keys sorted, no whitespace, UTF-8, no NaN) of the package document with ``digest``
removed and ``value`` removed from ``signature``. So the content, the format and version, the time, the
rule pack, and the signer's public key and name are all covered: changing any of them, or swapping in
another key, makes the signature fail. The digest is left out because it is computed after signing (over
the signed package, signature included).

A package is judged (``check_signature``) as one of:

- no ``signature`` (versions 1 and 2, or a version 3 made without a key): unsigned;
- a signature that verifies: signed by that key (trusted or not is for the coordinator's list to say);
- a signature that is present but does not verify, or cannot be read: refused
  (``PackageSignatureInvalid``), since the package was changed after it was signed.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any, Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from mappa_desktop.core.limits import NAME_MAX
from mappa_desktop.core.messages import Message
from mappa_desktop.core.package.canonical import canonical_json
from mappa_desktop.core.package.model import SIGNED_PREFIX, PackageSignatureInvalid
from mappa_desktop.core.signing.fingerprint import fingerprint, public_key_from_text


class PackageSigner(Protocol):
    """What signs a package (``core.signing.keys.Signer``)."""

    @property
    def public_key(self) -> bytes: ...

    name: str

    def sign(self, message: bytes) -> bytes: ...


@dataclass(frozen=True)
class SignatureCheck:
    """What a package's signature showed: unsigned (no key), or a valid signature by ``public_key``."""

    public_key: bytes | None = None
    signer: str = ""
    """The name the package gives its signer: the sender's own claim, never proof of who they are."""

    @property
    def signed(self) -> bool:
        return self.public_key is not None

    @property
    def fingerprint(self) -> str | None:
        return fingerprint(self.public_key) if self.public_key is not None else None


UNSIGNED = SignatureCheck()


def signed_message(document: dict[str, Any]) -> bytes:
    """The exact bytes a package's signature is over (see the module's docstring)."""
    body = {key: value for key, value in document.items() if key != "digest"}
    block = body.get("signature")
    if isinstance(block, dict):
        body["signature"] = {key: value for key, value in block.items() if key != "value"}
    return SIGNED_PREFIX + canonical_json(body)


def sign_document(document: dict[str, Any], signer: PackageSigner) -> dict[str, Any]:
    """``document`` (without its digest) with a ``signature`` block by ``signer``."""
    signed = {key: value for key, value in document.items() if key not in ("digest", "signature")}
    signed["signature"] = {
        "algorithm": "ed25519",
        "public_key": base64.b64encode(signer.public_key).decode("ascii"),
        "signer": " ".join(signer.name.split())[:NAME_MAX],
    }
    value = signer.sign(signed_message(signed))
    signed["signature"]["value"] = base64.b64encode(value).decode("ascii")
    return signed


def _refused(name: str, why: Message) -> PackageSignatureInvalid:
    return PackageSignatureInvalid(
        Message(
            "{name} was refused: {why}. Nothing from it was imported and the file is untouched. Do not act "
            "on a copy of it: ask the sender to export the referral again and send it through a secure "
            "route, and tell your information security contact if you did not expect it.",
            name=name,
            why=why,
        )
    )


def check_signature(
    document: dict[str, Any], *, name: str = Message("the package"), message: bytes | None = None
) -> SignatureCheck:
    """Judge the signature of a package document as read (its digest already checked): ``UNSIGNED``, a
    ``SignatureCheck`` of a valid signature, or ``PackageSignatureInvalid`` saying what is wrong.
    ``message``: ``signed_message(document)`` when the caller has already made it."""
    if "signature" not in document:
        return UNSIGNED
    block = document["signature"]
    if not isinstance(block, dict) or set(block) != {"algorithm", "public_key", "signer", "value"}:
        raise _refused(
            name, Message("its signature block is not one this application writes (damaged or edited)")
        )
    if block["algorithm"] != "ed25519":
        raise _refused(
            name,
            Message(
                "it says it is signed with “{algorithm}”, and only Ed25519 signatures are accepted",
                algorithm=str(block["algorithm"])[:40],
            ),
        )
    signer = block["signer"]
    if not isinstance(signer, str) or len(signer) > NAME_MAX:
        raise _refused(
            name,
            Message(
                "the signer's name in its signature is not a name of at most {most} characters", most=NAME_MAX
            ),
        )
    key = public_key_from_text(block["public_key"])
    if key is None:
        raise _refused(name, Message("the public key in its signature is not an Ed25519 key"))
    value = block["value"]
    signature = None
    if isinstance(value, str) and len(value) == 88:
        try:
            signature = base64.b64decode(value, validate=True)
        except ValueError:
            signature = None
    if signature is None or len(signature) != 64:
        raise _refused(name, Message("its signature is cut short or damaged (it is not 64 bytes of base64)"))
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(signature, message or signed_message(document))
    except InvalidSignature:
        raise _refused(
            name,
            Message(
                "its signature does not match its content: the referral, the signer's key or the signature "
                "was changed after it was signed"
            ),
        ) from None
    return SignatureCheck(key, signer)
