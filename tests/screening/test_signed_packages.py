"""Issue 14: signed packages against an attacker who holds the file and can recompute any SHA-256.

An edited package is refused or shown as unsigned or from an unknown key, never as from the trusted
sender; every refusal leaves the store exactly as it was."""

from __future__ import annotations

import base64
import datetime as dt
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from mappa_desktop.core.package import (
    PackageSignatureInvalid,
    build_package,
    digest_of,
    package_bytes,
    read_package,
    signature_of,
    signed_message,
)
from mappa_desktop.core.package.signing import sign_document
from mappa_desktop.core.screening import ImportOutcome, import_packages, queue_keys, queue_rows
from mappa_desktop.core.screening.queue import QueueQuery
from mappa_desktop.core.screening.signatures import SignatureState, recorded_signature
from mappa_desktop.core.signing.keys import Signer, installation_signer
from mappa_desktop.core.signing.trust import TRUST_LOG_ID, remove_sender, trust_fingerprint, trust_key
from tests.screening.conftest import ACTOR, snapshot

FIXTURES = Path(__file__).parents[1] / "fixtures" / "v1"


def _signer(name: str) -> Signer:
    return Signer(Ed25519PrivateKey.generate(), name, dt.datetime.now(dt.UTC))


@pytest.fixture
def jane():
    return _signer("Jane Smith, Probation Service")


@pytest.fixture
def signed_file(tmp_path, packages, jane):
    """A package Jane signed, as she would send it."""
    p = packages[3]
    path = tmp_path / "from-jane.mappa.json"
    path.write_bytes(package_bytes(build_package(p.referral, p.facts, p.assessment, signer=jane)))
    return path


def _document(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _rewrite(path: Path, document: dict) -> Path:
    """What an attacker writes: the edited document with a freshly computed (so matching) SHA-256."""
    document = {k: v for k, v in document.items() if k != "digest"}
    document["digest"] = {"algorithm": "sha256", "value": digest_of(document)}
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return path


def _refused(store, path: Path, words: str) -> None:
    before = snapshot(store)
    [result] = import_packages(store, [path], actor=ACTOR)
    assert result.outcome is ImportOutcome.refused
    assert words in result.reason
    assert "Nothing from it was imported and the file is untouched" in result.reason
    assert "ask the sender to export the referral again" in result.reason
    assert snapshot(store) == before


def test_a_signed_package_reads_back_with_its_key_and_the_name_it_gives(signed_file, jane):
    package = read_package(signed_file)
    assert package.schema_version == 3
    check = signature_of(package)
    assert check.public_key == jane.public_key and check.signer == "Jane Smith, Probation Service"
    assert check.fingerprint == jane.fingerprint


def test_the_signed_bytes_are_the_prefix_and_canonical_json_without_digest_and_signature_value(signed_file):
    document = _document(signed_file)
    message = signed_message(document)
    assert message.startswith(b"mappa-referral-package/ed25519/v1\n")
    body = json.loads(message.split(b"\n", 1)[1])
    assert "digest" not in body and "value" not in body["signature"]
    assert body["signature"]["public_key"] == document["signature"]["public_key"]
    assert body["referral"] == document["referral"]
    # Layout does not matter: the same document re-indented verifies the same.
    assert message == signed_message(json.loads(json.dumps(document)))


def test_one_character_of_content_edited_and_the_sha256_recomputed_is_refused(store, signed_file):
    document = _document(signed_file)
    name = document["referral"]["subject"]["family_name"]
    document["referral"]["subject"]["family_name"] = name[:-1] + ("X" if name[-1] != "X" else "Y")
    _rewrite(signed_file, document)
    with pytest.raises(PackageSignatureInvalid):
        read_package(signed_file)
    _refused(store, signed_file, "its signature does not match its content")


def test_an_edit_without_recomputing_the_sha256_is_still_caught_as_damage(store, signed_file):
    document = _document(signed_file)
    document["referral"]["reason"]["reason"] = "edited"
    signed_file.write_text(json.dumps(document))  # the old digest kept
    [result] = import_packages(store, [signed_file], actor=ACTOR)
    assert result.outcome is ImportOutcome.refused and "damaged or changed" in result.reason


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (lambda s: s.update(signer="Chief Constable"), "does not match its content"),
        (lambda s: s.update(public_key=base64.b64encode(b"\x01" * 32).decode()), "does not match"),
        (lambda s: s.update(value=s["value"][:40]), "cut short or damaged"),
        (lambda s: s.update(value=s["value"][:-4] + "AAA="), "cut short or damaged"),
        (lambda s: s.update(value="A" * 86 + "=="), "does not match its content"),
        (lambda s: s.update(algorithm="rsa-sha256"), "only Ed25519 signatures are accepted"),
        (lambda s: s.update(algorithm="none"), "only Ed25519 signatures are accepted"),
        (lambda s: s.update(extra="x"), "not one this application writes"),
        (lambda s: s.pop("value"), "not one this application writes"),
        (lambda s: s.update(public_key="not base64 at all"), "is not an Ed25519 key"),
        (lambda s: s.update(signer="N" * 1_000), "at most 200 characters"),
        (lambda s: s.update(value="A" * 10_000), "cut short or damaged"),
    ],
    ids=[
        "signer-name-edited",
        "key-swapped-not-resigned",
        "signature-truncated",
        "signature-edited",
        "signature-zeroed",
        "algorithm-rsa",
        "algorithm-none",
        "extra-field",
        "value-missing",
        "key-not-base64",
        "huge-signer-name",
        "huge-signature",
    ],
)
def test_a_signature_that_fails_or_cannot_be_read_is_refused(store, signed_file, edit, words):
    document = _document(signed_file)
    edit(document["signature"])
    _refused(store, _rewrite(signed_file, document), words)


def test_a_signature_that_is_not_an_object_is_refused(store, signed_file):
    document = _document(signed_file)
    document["signature"] = "trust me"
    _refused(store, _rewrite(signed_file, document), "not one this application writes")


@pytest.mark.parametrize(
    ("field", "size", "words"),
    [
        ("signer", 1_000_000, "signature.signer is 1,000,000 characters long"),
        ("value", 9_000_000, "signature.value is 9,000,000 characters long"),
        ("public_key", 11_000_000, "never more than 10 MB"),
    ],
)
def test_the_size_limits_still_stand_before_any_signature_is_checked(store, signed_file, field, size, words):
    document = _document(signed_file)
    document["signature"][field] = "N" * size
    _rewrite(signed_file, document)
    before = snapshot(store)
    [result] = import_packages(store, [signed_file], actor=ACTOR)
    assert result.outcome is ImportOutcome.refused and words in result.reason
    assert snapshot(store) == before


def test_an_attackers_key_re_signing_an_edited_package_is_an_unknown_key_never_the_trusted_sender(
    store, signed_file, jane
):
    trust_key(store, jane.public_key, "Jane Smith (probation, Cardiff)", actor=ACTOR)
    mallory = _signer("Jane Smith, Probation Service")  # claims Jane's name
    document = _document(signed_file)
    document["referral"]["reason"]["reason"] = "Edited by someone else"
    document = sign_document({k: v for k, v in document.items() if k != "digest"}, mallory)
    [result] = import_packages(store, [_rewrite(signed_file, document)], actor=ACTOR)
    assert result.outcome is ImportOutcome.imported
    assert result.signature.state is SignatureState.unknown_key
    assert result.signature.fingerprint == mallory.fingerprint != jane.fingerprint
    shown = result.signature.sentence_text()
    assert shown.startswith("Signed by an unknown key") and "nobody has confirmed" in shown
    assert "Jane Smith (probation, Cardiff)" not in shown  # the trusted name is never lent to another key
    [row] = queue_rows(store.db.conn, queue_keys(store.db.conn, QueueQuery()))
    assert row.signature.state is SignatureState.unknown_key
    assert row.signature.short_text() == "Signed by an unknown key"


def test_a_stripped_signature_is_shown_as_unsigned(store, signed_file, jane):
    trust_key(store, jane.public_key, "Jane Smith", actor=ACTOR)
    document = _document(signed_file)
    del document["signature"]
    [result] = import_packages(store, [_rewrite(signed_file, document)], actor=ACTOR)
    assert result.outcome is ImportOutcome.imported
    assert result.signature.state is SignatureState.unsigned
    assert result.signature.short_text() == "Unsigned"


def test_a_stripped_signature_downgraded_to_version_2_is_unsigned_too(store, signed_file):
    document = _document(signed_file)
    del document["signature"]
    document["schema_version"] = 2
    [result] = import_packages(store, [_rewrite(signed_file, document)], actor=ACTOR)
    assert result.outcome is ImportOutcome.imported
    assert result.signature.state is SignatureState.unsigned


def test_a_version_1_package_is_read_as_unsigned(store):
    [result] = import_packages(store, [FIXTURES / "referral-v1.mappa.json"], actor=ACTOR)
    assert result.outcome is ImportOutcome.imported
    assert result.signature.state is SignatureState.unsigned


def test_trusted_key_file_shows_the_coordinators_name_not_the_packages(store, signed_file, jane):
    trust_key(store, jane.public_key, "Jane Smith (probation, Cardiff)", actor=ACTOR)
    [result] = import_packages(store, [signed_file], actor=ACTOR)
    assert result.signature.state is SignatureState.trusted
    assert result.signature.short_text() == "Signed by Jane Smith (probation, Cardiff)"
    sentence = result.signature.sentence_text()
    assert "Jane Smith (probation, Cardiff)" in sentence and jane.fingerprint[:4] in sentence


def test_trusting_later_or_removing_changes_how_a_received_referral_is_shown(store, signed_file, jane):
    [result] = import_packages(store, [signed_file], actor=ACTOR)
    assert result.signature.state is SignatureState.unknown_key
    spoken = " ".join(jane.fingerprint[i : i + 4] for i in range(0, 20, 4)).lower()
    trust_fingerprint(store, spoken, "Jane Smith", actor=ACTOR)  # as read out by phone, typed in lower case
    assert recorded_signature(store.db.conn, result.referral_id).state is SignatureState.trusted
    remove_sender(store, jane.fingerprint, actor=ACTOR)
    assert recorded_signature(store.db.conn, result.referral_id).state is SignatureState.unknown_key
    actions = [e.action for e in store.audit_log(TRUST_LOG_ID)]
    assert actions == ["sender trusted", "sender removed"]


def test_a_key_trusted_from_a_file_matches_only_that_key(store, jane):
    from mappa_desktop.core.signing.trust import trusted_sender

    trust_key(store, jane.public_key, "Jane", actor=ACTOR)
    assert trusted_sender(store.db.conn, jane.public_key).name == "Jane"
    assert trusted_sender(store.db.conn, _signer("Jane").public_key) is None


def test_an_unsigned_copy_replacing_a_trusted_senders_says_who_signed_changed(
    store, signed_file, jane, tmp_path
):
    trust_key(store, jane.public_key, "Jane Smith", actor=ACTOR)
    import_packages(store, [signed_file], actor=ACTOR)
    document = _document(signed_file)
    del document["signature"]
    document["referral"]["reason"]["reason"] = "A newer reason"
    copy = _rewrite(tmp_path / "copy.mappa.json", document)
    [result] = import_packages(store, [copy], actor=ACTOR, on_duplicate="replace")
    assert result.outcome is ImportOutcome.replaced
    assert "the earlier copy was “Signed by Jane Smith”, this one is “Unsigned”" in result.reason
    assert recorded_signature(store.db.conn, result.referral_id).state is SignatureState.unsigned


def test_the_installation_key_is_made_once_kept_in_the_database_and_renamed(tmp_path):
    from mappa_desktop.core.store import Store

    with Store.open(tmp_path / "officer.db") as store:
        first = installation_signer(store, name="Jane Smith,\n Probation Service")
        again = installation_signer(store)
        renamed = installation_signer(store, name="Jane Jones, Probation Service")
        row = store.db.conn.execute("SELECT private_key, public_key FROM signing_key").fetchone()
    assert first.public_key == again.public_key == renamed.public_key == bytes(row[1])
    assert len(bytes(row[0])) == 32
    assert first.name == "Jane Smith, Probation Service" and renamed.name == "Jane Jones, Probation Service"
    with Store.open(tmp_path / "officer.db") as store:
        assert installation_signer(store).fingerprint == first.fingerprint
    with Store.open(tmp_path / "other.db") as store:
        assert installation_signer(store).fingerprint != first.fingerprint


def test_a_signed_package_edited_in_the_database_after_import_is_caught_when_opened(store, signed_file):
    import zlib

    from mappa_desktop.core.screening import ScreeningError, received_package
    from mappa_desktop.core.screening.stored import stored_package

    [result] = import_packages(store, [signed_file], actor=ACTOR)
    conn = store.db.conn
    n, data = conn.execute(
        "SELECT n, data FROM received_packages JOIN received_referrals USING (n) WHERE id = ?",
        (result.referral_id,),
    ).fetchone()
    document = json.loads(zlib.decompress(data))
    document["referral"]["reason"]["reason"] = "Rewritten in the database"
    digest = digest_of(document)
    document["digest"]["value"] = digest
    package = read_package(signed_file)
    conn.execute("UPDATE received_packages SET data = ? WHERE n = ?", (stored_package(package, document), n))
    conn.execute("UPDATE received_referrals SET digest = ? WHERE n = ?", (digest, n))
    with pytest.raises(ScreeningError, match="no longer matches its signature"):
        received_package(conn, result.referral_id)


def test_the_shared_serialisation_gives_exactly_the_digest_and_message_computed_whole(signed_file):
    from mappa_desktop.core.package.io import digest_and_signed_message

    document = _document(signed_file)
    assert digest_and_signed_message(document) == (digest_of(document), signed_message(document))
    document["zzz"] = 1  # a member sorting after "signature": the shortcut steps aside
    assert digest_and_signed_message(document) == (digest_of(document), None)


def test_a_claimed_name_cannot_reorder_or_break_the_sentence_it_is_quoted_in(store, packages, tmp_path):
    mallory = _signer("Jane\u202e yek nwonknu na yb dengiS\nSigned by Jane\x1b[2J")
    p = packages[5]
    path = tmp_path / "m.mappa.json"
    path.write_bytes(package_bytes(build_package(p.referral, p.facts, p.assessment, signer=mallory)))
    [result] = import_packages(store, [path], actor=ACTOR)
    shown = result.signature.sentence_text()
    assert result.signature.state is SignatureState.unknown_key
    assert not any(ch in shown for ch in "\u202e\n\x1b")
    assert "“Jane yek nwonknu na yb dengiS Signed by Jane [2J”" in shown
