"""This installation's signing key: an Ed25519 key made the first time a package is signed, kept in the
database (table ``signing_key``, migration m007) with the name the sender is shown by, and beside it an
X25519 key for packages encrypted to this installation (a coordinator's; ``core.package.sealed``).

The private key never leaves the database: only the public key is exported (``key_file``). The database
is the one place the application keeps secrets, so the key is as well protected as the referrals are
(encrypted with them once the database is).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from mappa_desktop.core.limits import NAME_MAX
from mappa_desktop.core.signing.fingerprint import fingerprint
from mappa_desktop.core.store.connection import transaction


@dataclass(frozen=True)
class Signer:
    """Who signs this installation's packages: its private key and the name it is shown by."""

    private_key: Ed25519PrivateKey
    name: str
    created_at: dt.datetime
    encryption_key: X25519PrivateKey | None = None
    """The key packages encrypted to this installation are opened with."""

    @property
    def public_key(self) -> bytes:
        """The raw 32-byte public key."""
        return self.private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def sign(self, message: bytes) -> bytes:
        return self.private_key.sign(message)

    @property
    def encryption_public_key(self) -> bytes | None:
        if self.encryption_key is None:
            return None
        return self.encryption_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def display_name(name: str) -> str:
    """A signer's name as kept: one line of printable text, at most ``NAME_MAX`` characters."""
    printable = "".join(ch if ch.isprintable() else " " for ch in name)
    return " ".join(printable.split())[:NAME_MAX]


def _raw(private_key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return private_key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _read(conn) -> Signer | None:
    row = conn.execute(
        "SELECT private_key, signer_name, created_at, encryption_private_key FROM signing_key WHERE id = 1"
    ).fetchone()
    if row is None:
        return None
    key = Ed25519PrivateKey.from_private_bytes(bytes(row[0]))
    sealing = X25519PrivateKey.from_private_bytes(bytes(row[3]))
    return Signer(key, row[1], dt.datetime.fromisoformat(row[2]), sealing)


def own_signer(store) -> Signer | None:
    """The installation's signing key, or None while none has been made (nothing signed yet)."""
    return _read(store.db.conn)


def installation_signer(store, *, name: str | None = None) -> Signer:
    """The installation's signing key, made now (and kept) if there is none yet.

    ``name`` (the officer's name and agency from Settings) replaces the name kept with the key when given
    and different, so a package is signed under the name the officer goes by today."""
    found = _read(store.db.conn)
    wanted = display_name(name) if name is not None else None
    if found is not None and (wanted is None or wanted == found.name):
        return found
    with transaction(store.db, store.path, "making of the signing key") as conn:
        found = _read(conn)  # again, under the write lock: another window may have just made it
        if found is None:
            key = Ed25519PrivateKey.generate()
            public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
            conn.execute(
                "INSERT INTO signing_key (id, private_key, public_key, signer_name, created_at, "
                "encryption_private_key) VALUES (1, ?, ?, ?, ?, ?)",
                (
                    _raw(key),
                    public,
                    wanted or "",
                    dt.datetime.now(dt.UTC).isoformat(),
                    _raw(X25519PrivateKey.generate()),
                ),
            )
        elif wanted is not None and wanted != found.name:
            conn.execute("UPDATE signing_key SET signer_name = ? WHERE id = 1", (wanted,))
        found = _read(conn)
    assert found is not None
    return found
