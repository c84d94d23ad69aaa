"""A referral package encrypted to one coordinator's key, so a copy sent to the wrong person is unreadable.

Sealed-box style, with the ``cryptography`` library: a fresh (ephemeral) X25519 key pair for each package;
its shared secret with the coordinator's X25519 key, through HKDF-SHA256 (salt: the ephemeral then the
coordinator's public key; info: ``INFO``), gives a 32-byte key for ChaCha20-Poly1305 with a random 12-byte
nonce. The envelope's header (everything but ``ciphertext``) is the associated data, so no field of it can be
changed without decryption failing. Inside is the signed package file, byte for byte: opened, it is checked
exactly as a package that came unencrypted (digest, signature, schema).

``{"format": "mappa-encrypted-package", "version": 1, "algorithm": ALGORITHM, "recipient": "<the fingerprint
of the coordinator's signing key, the one a person reads out>", "ephemeral_key", "nonce", "ciphertext"}``
(base64), written compactly with ``format`` first, so a reader can tell an envelope from a package by its
first bytes. The coordinator's X25519 key comes from their public key file, signed there by their signing
key (``core.signing.key_file``).
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
from typing import Any, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from mappa_desktop.core.messages import Message
from mappa_desktop.core.package.canonical import canonical_json
from mappa_desktop.core.package.model import MAX_PACKAGE_BYTES, PackageMalformed, PackageTampered
from mappa_desktop.core.safe_input import UntrustedInput, loads_json
from mappa_desktop.core.signing.fingerprint import spoken

FORMAT = "mappa-encrypted-package"
ALGORITHM = "x25519-hkdf-sha256-chacha20poly1305"
INFO = b"mappa-encrypted-package/v1"
MAX_SEALED_BYTES = MAX_PACKAGE_BYTES * 4 // 3 + 64 * 1024
"""A 10 MB package in base64, and room for the header."""
FIELDS = {"format", "version", "algorithm", "recipient", "ephemeral_key", "nonce", "ciphertext"}
_START = re.compile(rb'\A\s*\{\s*"format"\s*:\s*"mappa-encrypted-package"')


class PackageNotForThisKey(PackageMalformed):
    """The package is encrypted to another coordinator's key (or this installation has none)."""


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=INFO).derive(shared)


def _header_bytes(header: dict[str, Any]) -> bytes:
    return canonical_json(header)


class Recipient(Protocol):
    """Who can open an envelope: this installation's keys (``core.signing.keys.Signer``)."""

    @property
    def fingerprint(self) -> str: ...

    encryption_key: X25519PrivateKey | None


def seal(package_file: bytes, recipient_key: bytes, recipient: str) -> bytes:
    """The package file's bytes encrypted to the coordinator's raw X25519 public key ``recipient_key``; the
    envelope names them by ``recipient``, the fingerprint of their signing key. The envelope's bytes."""
    their_key = X25519PublicKey.from_public_bytes(recipient_key)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw(ephemeral.public_key())
    nonce = os.urandom(12)
    header = {
        "format": FORMAT,
        "version": 1,
        "algorithm": ALGORITHM,
        "recipient": recipient,
        "ephemeral_key": base64.b64encode(ephemeral_public).decode("ascii"),
        "nonce": base64.b64encode(nonce).decode("ascii"),
    }
    key = _key(ephemeral.exchange(their_key), ephemeral_public, recipient_key)
    ciphertext = ChaCha20Poly1305(key).encrypt(nonce, package_file, _header_bytes(header))
    envelope = {**header, "ciphertext": base64.b64encode(ciphertext).decode("ascii")}
    return json.dumps(envelope, separators=(",", ":")).encode()


def is_sealed(data: bytes) -> bool:
    """Whether the bytes are an encrypted package's envelope (judged by how it starts)."""
    return bool(_START.match(data[:200]))


def _field(envelope: dict[str, Any], name: str, size: int | None, file: str) -> bytes:
    value = envelope.get(name)
    try:
        raw = base64.b64decode(value, validate=True) if isinstance(value, str) else None
    except (binascii.Error, ValueError):
        raw = None
    if raw is None or (size is not None and len(raw) != size):
        raise PackageMalformed(
            Message(
                "{file} is an encrypted referral package whose {field} cannot be read: it is damaged. "
                "Nothing was imported from it; ask the sender to export it again.",
                file=file,
                field=name,
            )
        )
    return raw


def open_sealed(data: bytes, recipient: Recipient | None, *, name: str = Message("the package")) -> bytes:
    """The package file inside an envelope, or a ``PackageError`` saying why it cannot be opened here."""
    try:
        envelope = loads_json(data, max_text=MAX_SEALED_BYTES)
    except UntrustedInput as error:
        raise PackageMalformed(
            Message(
                "{name} is an encrypted referral package that cannot be read: {reason}",
                name=name,
                reason=error.args[0] if error.args else error,
            )
        ) from error
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise PackageMalformed(
            Message("{name} is not an encrypted referral package this application can read.", name=name)
        )
    if envelope.get("version") != 1 or envelope.get("algorithm") != ALGORITHM:
        version, algorithm = str(envelope.get("version"))[:20], str(envelope.get("algorithm"))[:60]
        raise PackageMalformed(
            Message(
                "{name} is encrypted in a way this version cannot read (version {version}, {algorithm}). "
                "Update the application, or ask the sender to export it again.",
                name=name,
                version=version,
                algorithm=algorithm,
            )
        )
    header = {key: value for key, value in envelope.items() if key != "ciphertext"}
    if set(envelope) != FIELDS:
        raise PackageMalformed(
            Message("{name} is an encrypted referral package with fields it should not have.", name=name)
        )
    private_key = recipient.encryption_key if recipient is not None else None
    if private_key is None or envelope.get("recipient") != recipient.fingerprint:
        meant_for = spoken(str(envelope.get("recipient"))[:20])
        raise PackageNotForThisKey(
            Message(
                "{name} is encrypted for another coordinator's key (fingerprint {fingerprint}), not this "
                "installation's, so it cannot be opened here. Nothing was imported. If it was meant for you, "
                "ask the sender to encrypt it with your public key file; if not, delete it and tell the "
                "sender.",
                name=name,
                fingerprint=meant_for,
            )
        )
    ephemeral = _field(envelope, "ephemeral_key", 32, name)
    nonce = _field(envelope, "nonce", 12, name)
    ciphertext = _field(envelope, "ciphertext", None, name)
    own = _raw(private_key.public_key())
    try:
        shared = private_key.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        cipher = ChaCha20Poly1305(_key(shared, ephemeral, own))
        inner = cipher.decrypt(nonce, ciphertext, _header_bytes(header))
    except (InvalidTag, ValueError):
        raise PackageTampered(
            Message(
                "{name} was changed or damaged after it was encrypted (it does not decrypt), so it was not "
                "imported and the file is untouched. Ask the sender to export it again.",
                name=name,
            )
        ) from None
    if len(inner) > MAX_PACKAGE_BYTES:
        raise PackageMalformed(
            Message(
                "{name} holds more than {most} MB and was refused.",
                name=name,
                most=MAX_PACKAGE_BYTES // 1_048_576,
            )
        )
    return inner
