"""A sender's public key file (``NAME.mappa-key.json``), what a sender gives a coordinator to be trusted.

``{"format": "mappa-sender-key", "version": 1, "algorithm": "ed25519", "public_key": "<base64 of the raw
32-byte key>", "name": "<the sender's name and agency>", "fingerprint": "<20 characters>"}``

It holds nothing secret. Reading one never trusts it: the coordinator still confirms the fingerprint it
shows with the sender (by phone) before trusting the key. The fingerprint in the file is checked against
the key, so a file whose fingerprint was edited to look like someone else's is refused.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path

from mappa_desktop.core.safe_files import write_atomic
from mappa_desktop.core.safe_input import UntrustedInput, loads_json, read_regular_file
from mappa_desktop.core.signing.fingerprint import fingerprint, public_key_from_text
from mappa_desktop.core.signing.keys import Signer, display_name

FORMAT = "mappa-sender-key"
SUFFIX = ".mappa-key.json"
MAX_KEY_FILE_BYTES = 16 * 1024


class KeyFileError(ValueError):
    """A key file was refused; the message says why and what to do."""


@dataclass(frozen=True)
class SenderKey:
    """A public key with the name its file gives (the sender's own claim, until the coordinator confirms)."""

    public_key: bytes
    name: str

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
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode()


def write_key_file(signer: Signer, path: str | os.PathLike[str], *, overwrite: bool) -> Path:
    """Save this installation's public key file atomically (``FileExistsError`` unless ``overwrite``)."""
    return write_atomic(path, key_file_bytes(signer), overwrite=overwrite)


def read_key_file(path: str | os.PathLike[str]) -> SenderKey:
    """Read a sender's public key file, or ``KeyFileError`` saying why it is refused."""
    file = Path(path)
    refused = f"{file.name} is not a MAPPA Desktop public key file"
    try:
        document = loads_json(read_regular_file(file, MAX_KEY_FILE_BYTES))
    except UntrustedInput as error:
        raise KeyFileError(f"{refused}: {error} Ask the sender to export their public key again.") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise KeyFileError(f'{refused} (it has no "format": "{FORMAT}"). Choose the *{SUFFIX} file.')
    if document.get("version") != 1 or document.get("algorithm") != "ed25519":
        raise KeyFileError(
            f"{refused} this version can read (version 1, algorithm ed25519). Update the application, or ask "
            "the sender to export their key from the same version."
        )
    key = public_key_from_text(document.get("public_key"))
    if key is None:
        raise KeyFileError(f"{refused}: its public key is not a 32-byte Ed25519 key in base64.")
    if document.get("fingerprint") != fingerprint(key):
        raise KeyFileError(
            f"{file.name} has been changed: the fingerprint it shows is not its key's. Nothing was trusted. "
            "Ask the sender for their key file again through a secure route."
        )
    name = document.get("name")
    return SenderKey(key, display_name(name) if isinstance(name, str) else "")
