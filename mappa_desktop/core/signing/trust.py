"""The coordinator's trusted senders (table ``trusted_senders``, migration m007).

A sender is trusted in one of two ways, each a deliberate act of the coordinator:

- by importing the sender's public key file (``key_file``): the whole key is kept;
- by the fingerprint the sender read out by phone: only the fingerprint is kept, and a package is from a
  trusted sender when its key has that fingerprint (100 bits: see ``fingerprint``).

The name shown for a trusted sender is the one the coordinator gave when trusting it, never the name a
package calls its signer. Adding and removing a sender are written to the audit log (under the pseudo
referral id ``TRUST_LOG_ID``), so who trusted whom, and when, is on record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from mappa_desktop.core.database_driver import sqlite3
from mappa_desktop.core.messages import Message
from mappa_desktop.core.signing.fingerprint import fingerprint, normalised
from mappa_desktop.core.signing.keys import display_name
from mappa_desktop.core.store import audit
from mappa_desktop.core.store.connection import transaction

TRUST_LOG_ID = audit.LOG_ROW  # not a referral: retention never lists or erases these rows
"""The audit log's referral id for changes to the trusted senders (no referral has this id)."""
How = Literal["key file", "fingerprint"]


class TrustError(ValueError):
    """A sender could not be trusted or removed; the message says why and what to do."""


@dataclass(frozen=True)
class TrustedSender:
    fingerprint: str
    name: str
    how: How
    added_at: dt.datetime
    added_by: str
    public_key: bytes | None = None
    """The whole key when trusted from a key file; None when trusted by fingerprint alone."""


_COLUMNS = "fingerprint, name, how, added_at, added_by, public_key"


def _sender(row) -> TrustedSender:
    return TrustedSender(
        row[0],
        row[1],
        row[2],
        dt.datetime.fromisoformat(row[3]),
        row[4],
        None if row[5] is None else bytes(row[5]),
    )


def trusted_senders(conn: sqlite3.Connection) -> list[TrustedSender]:
    """Every trusted sender, by name."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM trusted_senders ORDER BY lower(name), fingerprint")
    return [_sender(row) for row in rows]


def trusted_sender(conn: sqlite3.Connection, public_key: bytes) -> TrustedSender | None:
    """The trusted sender whose key this is, or None. A sender trusted from a key file matches only that
    exact key; one trusted by fingerprint matches any key with the fingerprint."""
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM trusted_senders "
        "WHERE fingerprint = ? AND (public_key IS NULL OR public_key = ?)",
        (fingerprint(public_key), public_key),
    ).fetchone()
    return None if row is None else _sender(row)


TRUSTED_NAME_SQL = (
    "(SELECT t.name FROM trusted_senders t WHERE t.fingerprint = {fp} "
    "AND (t.public_key IS NULL OR t.public_key = {key}))"
)
"""An SQL expression for the trusted name of a signer (NULL when not trusted), given the columns holding
its fingerprint and key: the queue reads it with each row, so trusting a sender shows at once."""


def _name(name: str) -> str:
    kept = display_name(name)
    if not kept:
        raise TrustError(
            Message("Give the sender's name (and agency), as you know them, to trust their key.")
        )
    return kept


def _log(conn, actor: str, action: str, record: dict) -> None:
    at = dt.datetime.now(dt.UTC).isoformat()
    audit.append(conn, TRUST_LOG_ID, at, actor, action, [(None, None, record)])


def trust_key(store, public_key: bytes, name: str, *, actor: str, how: How = "key file") -> TrustedSender:
    """Trust a sender's whole public key under ``name`` (replacing an earlier entry with its fingerprint).
    ``how`` it came: a key file, or a package's key whose fingerprint the sender confirmed by phone."""
    if len(public_key) != 32:
        raise TrustError(Message("That is not an Ed25519 public key (it must be 32 bytes)."))
    return _add(store, fingerprint(public_key), _name(name), how, public_key, actor)


def trust_fingerprint(store, typed: str, name: str, *, actor: str) -> TrustedSender:
    """Trust the sender whose key has the fingerprint ``typed`` (as read out by phone) under ``name``."""
    value = normalised(typed)
    if value is None:
        raise TrustError(
            Message(
                "“{typed}” is not a fingerprint: a fingerprint is 20 letters and digits in five groups of "
                "four, such as 7KQ2 M9XD 3F8H PW1T C6RA. Ask the sender to read it again.",
                typed=typed[:60],
            )
        )
    return _add(store, value, _name(name), "fingerprint", None, actor)


def _add(store, value: str, name: str, how: How, public_key: bytes | None, actor: str) -> TrustedSender:
    at = dt.datetime.now(dt.UTC).isoformat()
    with transaction(store.db, store.path, "trusting of a sender") as conn:
        conn.execute(
            "INSERT OR REPLACE INTO trusted_senders (fingerprint, name, how, added_at, added_by, public_key) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (value, name, how, at, actor, public_key),
        )
        _log(conn, actor, "sender trusted", {"fingerprint": value, "name": name, "how": how})
        return _sender(
            conn.execute(f"SELECT {_COLUMNS} FROM trusted_senders WHERE fingerprint = ?", (value,)).fetchone()
        )


def remove_sender(store, typed: str, *, actor: str) -> TrustedSender:
    """Stop trusting the sender with fingerprint ``typed``; returns who was removed. Referrals already
    received from them are then shown as signed by an unknown key."""
    value = normalised(typed)
    with transaction(store.db, store.path, "removal of a trusted sender") as conn:
        row = None
        if value is not None:
            row = conn.execute(
                f"SELECT {_COLUMNS} FROM trusted_senders WHERE fingerprint = ?", (value,)
            ).fetchone()
        if row is None:
            raise TrustError(
                Message(
                    "No trusted sender has the fingerprint “{typed}”; nothing was changed. List the trusted "
                    "senders to see their fingerprints.",
                    typed=typed[:60],
                )
            )
        conn.execute("DELETE FROM trusted_senders WHERE fingerprint = ?", (value,))
        sender = _sender(row)
        _log(conn, actor, "sender removed", {"fingerprint": value, "name": sender.name, "how": sender.how})
    return sender
