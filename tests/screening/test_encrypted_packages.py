"""Issue 14 (optional part): a package encrypted to one coordinator's key opens only there, and any change
to the envelope is refused; what is inside is then checked like any package (digest, signature, schema)."""

from __future__ import annotations

import base64
import json

import pytest

from mappa_desktop.core.package import build_package, package_bytes
from mappa_desktop.core.package.sealed import MAX_SEALED_BYTES, seal
from mappa_desktop.core.screening import ImportOutcome, import_packages
from mappa_desktop.core.screening.signatures import SignatureState
from mappa_desktop.core.signing.key_file import KeyFileError, read_key_file, write_key_file
from mappa_desktop.core.signing.keys import installation_signer
from mappa_desktop.core.signing.trust import trust_key
from mappa_desktop.core.store import Store
from tests.conftest import key_of_test_database
from tests.screening.conftest import ACTOR, snapshot


@pytest.fixture
def sender(tmp_path):
    with Store.open(tmp_path / "sender.db") as opened:
        yield installation_signer(opened, name="Jane Smith, Probation Service")


@pytest.fixture
def coordinator_key(store, tmp_path):
    """The coordinator's public key file, as the sender received it, read back."""
    path = write_key_file(
        installation_signer(store, name="Cath, MAPPA"), tmp_path / "c.mappa-key.json", overwrite=False
    )
    return read_key_file(path)


def _sealed(tmp_path, packages, sender, coordinator_key, name="sealed.mappa.json"):
    p = packages[4]
    plain = package_bytes(build_package(p.referral, p.facts, p.assessment, signer=sender))
    path = tmp_path / name
    path.write_bytes(seal(plain, coordinator_key.encryption_key, coordinator_key.fingerprint))
    return path, p


def test_a_package_encrypted_for_the_coordinator_opens_there_and_names_nobody_on_the_way(
    store, tmp_path, packages, sender, coordinator_key
):
    path, p = _sealed(tmp_path, packages, sender, coordinator_key)
    data = path.read_bytes()
    for secret in (p.referral.subject.family_name, p.referral.id, "referral", "Jane Smith"):
        assert secret.encode() not in data
    trust_key(store, sender.public_key, "Jane Smith", actor=ACTOR)
    [result] = import_packages(store, [path], actor=ACTOR)
    assert result.outcome is ImportOutcome.imported and result.referral_id == p.referral.id
    assert result.signature.state is SignatureState.trusted


def test_a_package_encrypted_for_another_coordinator_is_refused_here(
    tmp_path, packages, sender, coordinator_key
):
    path, _ = _sealed(tmp_path, packages, sender, coordinator_key)
    with Store.open(tmp_path / "someone-else.db") as other:
        installation_signer(other)
        [result] = import_packages(other, [path], actor=ACTOR)
    assert result.outcome is ImportOutcome.refused
    assert "encrypted for another coordinator's key" in result.reason
    assert " ".join(coordinator_key.fingerprint[i : i + 4] for i in range(0, 20, 4)) in result.reason


def _edit(path, **changes):
    envelope = json.loads(path.read_bytes())
    envelope.update(changes)
    path.write_bytes(json.dumps(envelope, separators=(",", ":")).encode())


def _flip(text: str, at: int) -> str:
    raw = bytearray(base64.b64decode(text))
    raw[at] ^= 1
    return base64.b64encode(bytes(raw)).decode()


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda e: {"ciphertext": _flip(e["ciphertext"], 10)}, "changed or damaged after it was encrypted"),
        (lambda e: {"ciphertext": _flip(e["ciphertext"], -1)}, "changed or damaged after it was encrypted"),
        (lambda e: {"nonce": _flip(e["nonce"], 0)}, "changed or damaged after it was encrypted"),
        (
            lambda e: {"ephemeral_key": _flip(e["ephemeral_key"], 3)},
            "changed or damaged after it was encrypted",
        ),
        (lambda e: {"ciphertext": e["ciphertext"][:100]}, "changed or damaged after it was encrypted"),
        (lambda e: {"ciphertext": e["ciphertext"][:101]}, "ciphertext cannot be read"),
        (lambda e: {"nonce": "AAAA"}, "nonce cannot be read"),
        (lambda e: {"algorithm": "x25519-aes-ctr"}, "encrypted in a way this version cannot read"),
        (lambda e: {"extra": 1}, "fields it should not have"),
    ],
    ids=[
        "ciphertext",
        "tag",
        "nonce",
        "ephemeral-key",
        "truncated",
        "truncated-mid-character",
        "short-nonce",
        "algorithm",
        "extra-field",
    ],
)
def test_any_change_to_the_envelope_is_refused_and_nothing_kept(
    store, tmp_path, packages, sender, coordinator_key, change, words
):
    path, _ = _sealed(tmp_path, packages, sender, coordinator_key)
    _edit(path, **change(json.loads(path.read_bytes())))
    before = snapshot(store)
    [result] = import_packages(store, [path], actor=ACTOR)
    assert result.outcome is ImportOutcome.refused and words in result.reason
    assert snapshot(store) == before


def test_an_oversized_envelope_is_not_read(store, tmp_path, packages, sender, coordinator_key):
    path, _ = _sealed(tmp_path, packages, sender, coordinator_key)
    with path.open("ab") as handle:
        handle.write(b" " * MAX_SEALED_BYTES)
    [result] = import_packages(store, [path], actor=ACTOR)
    assert result.outcome is ImportOutcome.refused and "never more than 10 MB" in result.reason


def test_a_key_file_whose_encryption_key_was_swapped_is_refused(tmp_path, sender):
    path = write_key_file(sender, tmp_path / "k.mappa-key.json", overwrite=False)
    document = json.loads(path.read_text())
    document["encryption_key"] = base64.b64encode(b"\x05" * 32).decode()
    path.write_text(json.dumps(document))
    with pytest.raises(KeyFileError, match="its encryption key is not signed by its own key"):
        read_key_file(path)


def test_the_export_command_encrypts_for_a_coordinators_key_file(tmp_path, capsys, passphrase_fd):
    from mappa_desktop.cli import main

    coordinator = str(tmp_path / "coordinator.db")
    key_file = str(tmp_path / "cath.mappa-key.json")
    assert main([*passphrase_fd(), "keys", "name", "Cath, MAPPA Wales", "--db", coordinator]) == 0
    assert main([*passphrase_fd(), "keys", "export-public", key_file, "--db", coordinator]) == 0
    sender = str(tmp_path / "sender.db")
    assert main([*passphrase_fd(), "sample-data", "--db", sender, "--count", "1"]) == 0
    with Store.open(sender, key_of_test_database(sender)) as opened:
        referral_id = opened.list_referrals()[0].id
    out = str(tmp_path / "r.mappa.json")
    assert (
        main(
            [
                *passphrase_fd(),
                "export",
                referral_id,
                "--db",
                sender,
                "--format",
                "json",
                "--out",
                out,
                "--encrypt-to",
                key_file,
            ]
        )
        == 0
    )
    assert "Encrypted for Cath, MAPPA Wales (fingerprint" in capsys.readouterr().out
    assert (
        main(
            [
                *passphrase_fd(),
                "export",
                referral_id,
                "--db",
                sender,
                "--format",
                "pdf",
                "--out",
                out + ".pdf",
                "--encrypt-to",
                key_file,
            ]
        )
        == 2
    )
    capsys.readouterr()
    assert main([*passphrase_fd(), "import", out, "--db", coordinator]) == 0
    assert main([*passphrase_fd(), "import", out, "--db", sender]) == 1
    assert "encrypted for another coordinator's key" in capsys.readouterr().out
