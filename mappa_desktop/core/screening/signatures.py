"""Who signed a received referral, as the coordinator sees it: a trusted sender, an unknown key, or nobody.

What the signature showed is recorded with the referral at import (``received_referrals.signature`` and
``signer_*``, migration m007); whether the key is trusted is read from the trusted senders each time it is
shown, so trusting (or removing) a sender changes how their referrals are shown at once. The name shown
for a trusted sender is the coordinator's own record of them, never the name the package gives.

Person-readable wording here is English source text; the window translates it (context ``screening``)
and the CLI through ``words``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mappa_desktop.core.package import SignatureCheck
from mappa_desktop.core.signing.fingerprint import spoken
from mappa_desktop.core.signing.keys import display_name
from mappa_desktop.core.signing.trust import trusted_sender


class SignatureState(StrEnum):
    trusted = "trusted"
    unknown_key = "unknown key"
    unsigned = "unsigned"


@dataclass(frozen=True)
class SenderSignature:
    """How a received referral's signature is shown. ``name``: the trusted sender's name as the
    coordinator recorded it (``trusted``), or the name the package gives (``unknown_key``: a claim)."""

    state: SignatureState
    fingerprint: str | None = None
    name: str = ""

    def short(self) -> tuple[str, dict[str, str]]:
        """The queue's words and their values: ("Signed by {name}", {...}), ("Unsigned", {})."""
        if self.state is SignatureState.trusted:
            return "Signed by {name}", {"name": self.name}
        if self.state is SignatureState.unknown_key:
            return "Signed by an unknown key", {}
        return "Unsigned", {}

    def short_text(self, t=lambda english: english) -> str:
        """The queue's words, translated by ``t`` (English without one)."""
        words, values = self.short()
        return t(words).format(**values)

    def sentence_text(self, t=lambda english: english) -> str:
        """The detail's sentence, translated by ``t`` (English without one)."""
        words, values = self.sentence()
        return t(words).format(**values)

    def sentence(self) -> tuple[str, dict[str, str]]:
        """The detail's sentence and its values, for translation then ``format``."""
        fp = spoken(self.fingerprint or "")
        if self.state is SignatureState.trusted:
            return "Signed by {name} (fingerprint {fingerprint}), a trusted sender.", {
                "name": self.name,
                "fingerprint": fp,
            }
        if self.state is SignatureState.unknown_key:
            return (
                "Signed by an unknown key (fingerprint {fingerprint}). The package says it is from "
                "“{name}”, but nobody has confirmed that this key is theirs. Phone the sender on a number "
                "you already know, ask them to read out their fingerprint, and trust the key only if it "
                "matches.",
                {"name": self.name or "?", "fingerprint": fp},
            )
        return (
            "Unsigned: this package carries no signature (made by an earlier version, or the signature was "
            "removed), so nothing shows who made it. Check with the sender before relying on it.",
            {},
        )


def sender_signature(
    recorded: str | None, fingerprint: str | None, claimed: str | None, trusted_name: str | None
) -> SenderSignature:
    """From the recorded columns and the trusted name (``TRUSTED_NAME_SQL``; None when not trusted)."""
    if recorded != "signed" or not fingerprint:
        return SenderSignature(SignatureState.unsigned)
    if trusted_name is not None:
        return SenderSignature(SignatureState.trusted, fingerprint, trusted_name)
    # The package's claim is someone else's text: one line, no control or direction-changing characters,
    # so it cannot reorder or break the sentence it is quoted in.
    return SenderSignature(SignatureState.unknown_key, fingerprint, display_name(claimed or ""))


def signature_columns(check: SignatureCheck) -> dict[str, object]:
    """The ``received_referrals`` columns recording what a package's signature showed."""
    if not check.signed:
        return {"signature": "unsigned", "signer_fingerprint": None, "signer_key": None, "signer_name": None}
    return {
        "signature": "signed",
        "signer_fingerprint": check.fingerprint,
        "signer_key": check.public_key,
        "signer_name": check.signer,
    }


def judged(conn, check: SignatureCheck) -> SenderSignature:
    """How a package's signature is shown now, against the trusted senders in ``conn``."""
    if not check.signed or check.public_key is None:
        return SenderSignature(SignatureState.unsigned)
    sender = trusted_sender(conn, check.public_key)
    return sender_signature("signed", check.fingerprint, check.signer, sender.name if sender else None)


def recorded_signature(conn, referral_id: str) -> SenderSignature:
    """How the received referral's signature is shown now."""
    from mappa_desktop.core.signing.trust import TRUSTED_NAME_SQL

    row = conn.execute(
        "SELECT signature, signer_fingerprint, signer_name, "
        f"{TRUSTED_NAME_SQL.format(fp='signer_fingerprint', key='signer_key')} "
        "FROM received_referrals WHERE id = ?",
        (referral_id,),
    ).fetchone()
    return SenderSignature(SignatureState.unsigned) if row is None else sender_signature(*row)
