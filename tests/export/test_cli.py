"""mappa-desktop export: every format, --force, and clear errors."""

import json
import stat

import pytest

from mappa_desktop.cli import main
from mappa_desktop.core.package import read_package
from mappa_desktop.core.store import Store

from .conftest import complete_referral


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "referrals.sqlite3"
    with Store.open(path) as store:
        store.new_referral(complete_referral(), actor="test")
    return path


REFERRAL_ID = complete_referral().id


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        ("pdf", lambda data: data.startswith(b"%PDF-")),
        ("json", lambda data: json.loads(data)["format"] == "mappa-referral-package"),
        ("html", lambda data: b"<html" in data and b"Jordan Alex Testperson" in data),
        ("text", lambda data: data.startswith(b"OFFICIAL-SENSITIVE\n") and b"Jordan Alex Testperson" in data),
    ],
)
def test_each_format(tmp_path, db, capsys, fmt, check):
    out = tmp_path / f"out.{fmt}"
    assert main(["export", REFERRAL_ID, "--db", str(db), "--format", fmt, "--out", str(out)]) == 0
    assert check(out.read_bytes())
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "Saved" in capsys.readouterr().out


def test_package_from_the_cli_imports_back(tmp_path, db):
    out = tmp_path / "referral.mappa.json"
    assert main(["export", REFERRAL_ID, "--db", str(db), "--format", "json", "--out", str(out)]) == 0
    assert read_package(out).referral.model_dump(exclude={"revision"}) == complete_referral().model_dump(
        exclude={"revision"}
    )


def test_marking_option(tmp_path, db):
    out = tmp_path / "out.txt"
    args = [
        "export",
        REFERRAL_ID,
        "--db",
        str(db),
        "--format",
        "text",
        "--out",
        str(out),
        "--marking",
        "OFFICIAL",
    ]
    assert main(args) == 0
    assert out.read_text(encoding="utf-8").startswith("OFFICIAL\n")


def test_existing_file_needs_force(tmp_path, db, capsys):
    out = tmp_path / "out.txt"
    out.write_text("keep", encoding="utf-8")
    args = ["export", REFERRAL_ID, "--db", str(db), "--format", "text", "--out", str(out)]
    assert main(args) == 1
    assert "--force" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "keep"
    assert main([*args, "--force"]) == 0
    assert out.read_text(encoding="utf-8").startswith("OFFICIAL-SENSITIVE")


def test_missing_id_is_a_clear_error(tmp_path, db, capsys):
    out = tmp_path / "out.pdf"
    assert main(["export", "0" * 32, "--db", str(db), "--format", "pdf", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "No referral with id" in err and "mappa-desktop list" in err
    assert not out.exists()


def test_missing_database_is_a_clear_error(tmp_path, capsys):
    missing = tmp_path / "nope.sqlite3"
    assert main(["export", REFERRAL_ID, "--db", str(missing), "--format", "text", "--out", "x.txt"]) == 1
    assert "no referrals database" in capsys.readouterr().err
    assert not missing.exists()


def test_missing_folder_is_a_clear_error(tmp_path, db, capsys):
    out = tmp_path / "no-such-folder" / "out.txt"
    assert main(["export", REFERRAL_ID, "--db", str(db), "--format", "text", "--out", str(out)]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_an_export_from_the_cli_is_recorded_and_a_later_change_shows(tmp_path, db):
    """The referrals list says "Changed since export" after a CLI export too (issue 10, defect 5)."""
    out = tmp_path / "referral.pdf"
    assert main(["export", REFERRAL_ID, "--db", str(db), "--format", "pdf", "--out", str(out)]) == 0
    with Store.open(db) as store:
        (row,) = store.list_referrals()
        assert row.exported_at is not None and not row.changed_since_export
        (entry,) = [e for e in store.audit_log(REFERRAL_ID) if e.action == "exported"]
        assert entry.new["what"] == "PDF"
        referral = store.load(REFERRAL_ID)
        referral.subject.preferred_language = "English"  # it was Welsh
        store.save(referral, actor="test")
        assert store.list_referrals()[0].changed_since_export


def test_an_export_the_database_cannot_record_still_saves_the_file_and_says_so(
    tmp_path, db, capsys, monkeypatch
):
    from mappa_desktop.core.store import StoreError

    def busy(*args, **kwargs):
        raise StoreError("The database is busy: another copy of the application is writing to it.")

    monkeypatch.setattr(Store, "record_export", busy)
    out = tmp_path / "out.txt"
    code = main(["export", REFERRAL_ID, "--db", str(db), "--format", "text", "--out", str(out)])
    assert code == 1 and out.read_bytes().startswith(b"OFFICIAL-SENSITIVE")  # saved; only its record failed
    err = capsys.readouterr().err
    assert f"Saved {out}, but recording the export failed" in err and "busy" in err
