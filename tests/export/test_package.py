"""Referral packages: round trip, and every kind of bad file refused with a reason."""

import json
import os
import stat
import subprocess
import sys

import pytest

from mappa_desktop.core.package import (
    MAX_PACKAGE_BYTES,
    SCHEMA_VERSION,
    PackageMalformed,
    PackageNewerVersion,
    PackageTampered,
    PackageTooLarge,
    PackageWrongFormat,
    build_package,
    digest_of,
    package_bytes,
    package_filename,
    read_package,
    write_package,
)
from mappa_desktop.core.package.schema import schema_path, schema_text

from .conftest import GENERATED


@pytest.fixture
def package(prepared):
    return build_package(prepared.referral, prepared.facts, prepared.assessment, created_at=GENERATED)


def _write_document(path, document):
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _resealed(document):
    document["digest"]["value"] = digest_of(document)
    return document


def test_export_then_import_gives_back_the_same_referral(tmp_path, prepared, package):
    path = write_package(package, tmp_path / package_filename(prepared.referral), overwrite=False)
    assert path.name.endswith(".mappa.json") and "Testperson" not in path.name
    back = read_package(path)
    assert back.referral == prepared.referral
    assert back.facts == prepared.facts
    assert back.assessment.model_dump(mode="json") == prepared.assessment.model_dump(mode="json")
    assert back.rule_pack.version == prepared.assessment.rule_pack.version
    document = json.loads(path.read_bytes())
    assert document["format"] == "mappa-referral-package" and document["schema_version"] == SCHEMA_VERSION
    assert document["digest"] == {"algorithm": "sha256", "value": digest_of(document)}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_changed_field_is_refused_as_tampered(tmp_path, package):
    document = json.loads(package_bytes(package))
    document["referral"]["reason"]["level_sought"] = 3
    with pytest.raises(PackageTampered, match="changed since it was exported"):
        read_package(_write_document(tmp_path / "x.mappa.json", document))


def test_layout_changes_do_not_count_as_tampering(tmp_path, package):
    document = json.loads(package_bytes(package))
    path = tmp_path / "x.mappa.json"
    path.write_text(json.dumps(document, indent=None, sort_keys=True), encoding="utf-8")
    assert read_package(path).referral == package.referral


def test_too_large_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.mappa.json"
    with open(path, "wb") as handle:
        handle.truncate(MAX_PACKAGE_BYTES + 1)

    def no_reading(*args, **kwargs):
        raise AssertionError("a file over the limit must not be read")

    monkeypatch.setattr(type(path), "read_bytes", no_reading)
    with pytest.raises(PackageTooLarge, match="10 MB"):
        read_package(path)


def test_newer_version_is_refused(tmp_path, package):
    document = json.loads(package_bytes(package))
    document["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(PackageNewerVersion, match="newer version"):
        read_package(_write_document(tmp_path / "x.mappa.json", _resealed(document)))


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"\xff\xfe garbage", b""],
    ids=["broken-json", "not-utf8", "empty"],
)
def test_unreadable_files_are_malformed(tmp_path, content):
    path = tmp_path / "x.mappa.json"
    path.write_bytes(content)
    with pytest.raises(PackageMalformed, match="not a readable referral package"):
        read_package(path)


def test_schema_invalid_but_sealed_is_malformed(tmp_path, package):
    document = json.loads(package_bytes(package))
    document["referral"]["subject"]["pnc_id"] = "not a pnc"
    document["referral"]["unexpected"] = 1
    with pytest.raises(PackageMalformed, match="does not match the referral package schema") as caught:
        read_package(_write_document(tmp_path / "x.mappa.json", _resealed(document)))
    assert "referral.subject.pnc_id" in str(caught.value)


def test_missing_digest_is_malformed(tmp_path, package):
    document = json.loads(package_bytes(package))
    del document["digest"]
    with pytest.raises(PackageMalformed, match="digest"):
        read_package(_write_document(tmp_path / "x.mappa.json", document))


@pytest.mark.parametrize("document", [{"format": "something-else"}, [1, 2], {"referral": {}}])
def test_other_json_is_the_wrong_format(tmp_path, document):
    with pytest.raises(PackageWrongFormat, match="not a MAPPA referral package"):
        read_package(_write_document(tmp_path / "x.json", document))


def test_write_refuses_to_overwrite_without_being_told(tmp_path, package):
    path = tmp_path / "x.mappa.json"
    path.write_text("keep me", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_package(package, path, overwrite=False)
    assert path.read_text(encoding="utf-8") == "keep me"


def test_committed_json_schema_is_up_to_date():
    assert schema_path().read_text(encoding="utf-8") == schema_text(), (
        "run: python -m mappa_desktop.core.package.schema"
    )
    result = subprocess.run(
        [sys.executable, "-m", "mappa_desktop.core.package.schema", "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_schema_describes_the_package():
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    assert schema["title"] == "MAPPA referral package"
    assert {"format", "schema_version", "referral", "facts", "assessment", "digest"} <= set(
        schema["required"]
    )
    assert os.path.basename(schema_path()) == "referral-package.schema.json"
