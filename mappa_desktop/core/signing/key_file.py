"""A sender's public key file (``NAME.mappa-key.json``), what a sender gives a coordinator to be trusted.

``{"format": "mappa-sender-key", "version": 1, "algorithm": "ed25519", "public_key": "<base64 of the raw
32-byte key>", "name": "<the sender's name and agency>", "fingerprint": "<20 characters>",
"encryption_key": "<base64 of the raw 32-byte X25519 key packages can be encrypted to>",
"encryption_key_signature": "<base64 Ed25519 signature by public_key over ENCRYPTION_KEY_PREFIX +
encryption_key>"}``

It holds nothing secret. Reading one never trusts it: the coordinator still confirms the fingerprint it
shows with the sender (by phone) before trusting the key. The fingerprint in the file is checked against
the key, so a file whose fingerprint was edited to look like someone else's is refused. The encryption key
is signed by the signing key, so a fingerprint confirmed by phone vouches for both: nobody can swap in their
own encryption key without that signature failing.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from mappa_desktop.core.messages import Message
from mappa_desktop.core.safe_files import write_atomic
from mappa_desktop.core.safe_input import UntrustedInput, loads_json, read_regular_file
from mappa_desktop.core.signing.fingerprint import fingerprint, public_key_from_text
from mappa_desktop.core.signing.keys import Signer, display_name

FORMAT = "mappa-sender-key"
ENCRYPTION_KEY_PREFIX = b"mappa-sender-key/x25519/v1\n"
SUFFIX = ".mappa-key.json"
MAX_KEY_FILE_BYTES = 16 * 1024


class KeyFileError(ValueError):
    """A key file was refused; the message says why and what to do."""


@dataclass(frozen=True)
class SenderKey:
    """A public key with the name its file gives (the sender's own claim, until the coordinator confirms)."""

    public_key: bytes
    name: str
    encryption_key: bytes | None = None
    """The X25519 key to encrypt packages to this installation with (signed by ``public_key``)."""

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def key_file_bytes(signer: Signer) -> bytes:
    document = {
        "format": FORMAT,
        "version": 1,
        "algorithm": "ed25519",
        "public_key": base64.b64encode(signer.public_key).decode("ascii"),
        "name": signer.name,
        "fingerprint": signer.fingerprint,
    }
    sealing = signer.encryption_public_key
    if sealing is not None:
        document["encryption_key"] = base64.b64encode(sealing).decode("ascii")
        signature = signer.sign(ENCRYPTION_KEY_PREFIX + sealing)
        document["encryption_key_signature"] = base64.b64encode(signature).decode("ascii")
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode()


def write_key_file(signer: Signer, path: str | os.PathLike[str], *, overwrite: bool) -> Path:
    """Save this installation's public key file atomically (``FileExistsError`` unless ``overwrite``)."""
    return write_atomic(path, key_file_bytes(signer), overwrite=overwrite)


def read_key_file(path: str | os.PathLike[str]) -> SenderKey:
    """Read a sender's public key file, or ``KeyFileError`` saying why it is refused."""
    file = Path(path)
    try:
        document = loads_json(read_regular_file(file, MAX_KEY_FILE_BYTES))
    except UntrustedInput as error:
        raise KeyFileError(
            Message(
                "{file} is not a MAPPA Desktop public key file: {reason} Ask the sender to export their "
                "public key again.",
                file=file.name,
                reason=error.args[0] if error.args else error,
            )
        ) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise KeyFileError(
            Message(
                '{file} is not a MAPPA Desktop public key file (it has no "format": "{format}"). Choose the '
                "*{suffix} file.",
                file=file.name,
                format=FORMAT,
                suffix=SUFFIX,
            )
        )
    if document.get("version") != 1 or document.get("algorithm") != "ed25519":
        raise KeyFileError(
            Message(
                "{file} is not a MAPPA Desktop public key file this version can read (version 1, algorithm "
                "ed25519). Update the application, or ask the sender to export their key from the same "
                "version.",
                file=file.name,
            )
        )
    key = public_key_from_text(document.get("public_key"))
    if key is None:
        raise KeyFileError(
            Message(
                "{file} is not a MAPPA Desktop public key file: its public key is not a 32-byte Ed25519 key "
                "in base64.",
                file=file.name,
            )
        )
    if document.get("fingerprint") != fingerprint(key):
        raise KeyFileError(
            Message(
                "{file} has been changed: the fingerprint it shows is not its key's. Nothing was trusted. "
                "Ask the sender for their key file again through a secure route.",
                file=file.name,
            )
        )
    name = document.get("name")
    shown = display_name(name) if isinstance(name, str) else ""
    return SenderKey(key, shown, _encryption_key(file, document, key))


def _encryption_key(file: Path, document: dict, key: bytes) -> bytes | None:
    """The file's encryption key, its signature by ``key`` checked (None when the file has none)."""
    if "encryption_key" not in document and "encryption_key_signature" not in document:
        return None
    sealing = public_key_from_text(document.get("encryption_key"))
    signature = document.get("encryption_key_signature")
    try:
        raw = base64.b64decode(signature, validate=True) if isinstance(signature, str) else b""
        if sealing is None:
            raise InvalidSignature
        Ed25519PublicKey.from_public_bytes(key).verify(raw, ENCRYPTION_KEY_PREFIX + sealing)
    except (InvalidSignature, ValueError):
        raise KeyFileError(
            Message(
                "{file} has been changed: its encryption key is not signed by its own key. Nothing was "
                "trusted. Ask the sender for their key file again through a secure route.",
                file=file.name,
            )
        ) from None
    return sealing
