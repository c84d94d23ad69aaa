"""Issue 14: fingerprints a person can read aloud, public key files, and the keys command."""

from __future__ import annotations

import json
import re

import pytest

from mappa_desktop.cli import main
from mappa_desktop.core.signing.fingerprint import ALPHABET, fingerprint, normalised, spoken
from mappa_desktop.core.signing.key_file import KeyFileError, read_key_file, write_key_file
from mappa_desktop.core.signing.keys import installation_signer
from mappa_desktop.core.store import Store
from tests.conftest import key_of_test_database


def test_a_fingerprint_is_twenty_unambiguous_characters_read_in_groups_of_four():
    value = fingerprint(b"\x07" * 32)
    assert len(value) == 20 and set(value) <= set(ALPHABET)
    assert not set("ILOU") & set(ALPHABET)
    assert re.fullmatch(r"([0-9A-Z]{4} ){4}[0-9A-Z]{4}", spoken(value))
    assert fingerprint(b"\x07" * 31 + b"\x08") != value


def test_a_fingerprint_as_typed_after_a_phone_call_is_understood():
    value = fingerprint(b"\x01" * 32)
    typed = "-".join(value[i : i + 4] for i in range(0, 20, 4)).lower()
    assert normalised(typed) == value
    assert normalised(value.replace("0", "O").replace("1", "I")) == value
    assert normalised(value[:-1]) is None
    assert normalised(value[:-1] + "U") is None
    assert normalised("") is None


def test_a_public_key_file_round_trips_and_holds_nothing_secret(tmp_path):
    with Store.open(tmp_path / "a.db") as store:
        signer = installation_signer(store, name="Jane Smith, Probation Service")
        private = bytes(store.db.conn.execute("SELECT private_key FROM signing_key").fetchone()[0])
    path = write_key_file(signer, tmp_path / "jane.mappa-key.json", overwrite=False)
    data = path.read_bytes()
    assert private not in data and private.hex() not in data.decode()
    key = read_key_file(path)
    assert key.public_key == signer.public_key and key.name == "Jane Smith, Probation Service"
    assert key.fingerprint == signer.fingerprint
    assert (path.stat().st_mode & 0o777) == 0o600


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (lambda d: d.update(fingerprint="0" * 20), "has been changed"),
        (lambda d: d.update(public_key="AAAA"), "not a 32-byte Ed25519 key"),
        (lambda d: d.update(algorithm="rsa"), "this version can read"),
        (lambda d: d.update(format="other"), "not a MAPPA Desktop public key file"),
    ],
)
def test_an_edited_key_file_is_refused(tmp_path, edit, words):
    with Store.open(tmp_path / "a.db") as store:
        path = write_key_file(installation_signer(store), tmp_path / "k.mappa-key.json", overwrite=False)
    document = json.loads(path.read_text())
    edit(document)
    path.write_text(json.dumps(document))
    with pytest.raises(KeyFileError, match=words):
        read_key_file(path)


def test_a_huge_key_file_is_not_read(tmp_path):
    path = tmp_path / "big.mappa-key.json"
    path.write_bytes(b" " * 100_000)
    with pytest.raises(KeyFileError, match="larger than"):
        read_key_file(path)


def test_the_keys_command_from_sender_to_coordinator(tmp_path, capsys, passphrase_fd):
    sender, coordinator = str(tmp_path / "sender.db"), str(tmp_path / "coordinator.db")
    key_file = str(tmp_path / "jane.mappa-key.json")
    assert main([*passphrase_fd(), "keys", "name", "Jane Smith, Probation Service", "--db", sender]) == 0
    assert main([*passphrase_fd(), "keys", "show", "--db", sender]) == 0
    shown = capsys.readouterr().out
    spoken_fp = re.search(r"Your fingerprint: ((?:[0-9A-Z]{4} ?){5})", shown).group(1).strip()
    assert main([*passphrase_fd(), "keys", "export-public", key_file, "--db", sender]) == 0
    assert (
        main([*passphrase_fd(), "keys", "export-public", key_file, "--db", sender]) == 1
    )  # never replaced without --force
    capsys.readouterr()
    assert main([*passphrase_fd(), "keys", "trust", key_file, "--db", coordinator]) == 0
    assert f"Trusted Jane Smith, Probation Service (fingerprint {spoken_fp})" in capsys.readouterr().out
    assert (
        main(
            [
                *passphrase_fd(),
                "keys",
                "trust",
                "--fingerprint",
                "ABCD EFGH JKMN PQRS TVWX",
                "--name",
                "Bob",
                "--db",
                coordinator,
            ]
        )
        == 0
    )
    assert main([*passphrase_fd(), "keys", "list", "--db", coordinator, "--lang", "cy"]) == 0
    listed = capsys.readouterr().out
    assert "ABCD EFGH JKMN PQRS TVWX  Bob  (ôl bys dros y ffôn" in listed
    assert f"{spoken_fp}  Jane Smith, Probation Service  (ffeil allwedd" in listed
    assert main([*passphrase_fd(), "keys", "remove", "ABCD-EFGH-JKMN-PQRS-TVWX", "--db", coordinator]) == 0
    assert main([*passphrase_fd(), "keys", "remove", "ABCD-EFGH-JKMN-PQRS-TVWX", "--db", coordinator]) == 1
    assert "No trusted sender has the fingerprint" in capsys.readouterr().err
    assert (
        main(
            [
                *passphrase_fd(),
                "keys",
                "trust",
                "--fingerprint",
                "ABCD",
                "--name",
                "Bob",
                "--db",
                coordinator,
            ]
        )
        == 1
    )
    assert "is not a fingerprint" in capsys.readouterr().err
    assert (
        main([*passphrase_fd(), "keys", "list", "--db", str(tmp_path / "none.db")]) == 1
    )  # a mistyped path is not created
    assert not (tmp_path / "none.db").exists()


def test_export_signs_and_import_says_who_signed(tmp_path, capsys, passphrase_fd):
    sender, coordinator = str(tmp_path / "sender.db"), str(tmp_path / "coordinator.db")
    assert main([*passphrase_fd(), "sample-data", "--db", sender, "--count", "1"]) == 0
    with Store.open(sender, key_of_test_database(sender)) as store:
        referral_id = store.list_referrals()[0].id
    package = str(tmp_path / "r.mappa.json")
    assert (
        main([*passphrase_fd(), "export", referral_id, "--db", sender, "--format", "json", "--out", package])
        == 0
    )
    assert "Signed by this installation's key, fingerprint" in capsys.readouterr().out
    assert (
        main([*passphrase_fd(), "--lang", "cy", "import", package, "--db", coordinator, "--format", "json"])
        == 0
    )
    [result] = json.loads(capsys.readouterr().out)
    assert result["signature"] == "unknown key" and len(result["signer_fingerprint"]) == 20
    with Store.open(sender, key_of_test_database(sender)) as store:
        assert result["signer_fingerprint"] == installation_signer(store).fingerprint
