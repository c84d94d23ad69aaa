"""Issue 15: the command line speaks Welsh with --lang cy — its own sentences, and the store's, the
package reader's and the rule linter's that reach it — in error and success paths alike.

Each command is run with ``--lang cy``, where it succeeds and where it refuses; the output must hold no
English sentence the code can say: for every message key (tests/i18n/message_keys.py) whose Welsh
differs, no stretch of its English words may appear. Argparse's own help (``--help``) and usage lines stay
English: they are printed by argparse before ``--lang`` is read, they document the flags, which are
English words themselves, and scripts that parse ``--help`` rely on them. The values a command checks
(``--limit``, dates) are refused in Welsh.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from mappa_desktop.cli import main
from mappa_desktop.core.summary.headings import headings_file

from .message_keys import PACKAGE, message_keys

WELSH = json.loads(headings_file().read_text(encoding="utf-8"))["cy"]
KEYS = message_keys()


def english_stretches() -> dict[str, str]:
    """Runs of four or more English words from each sentence whose Welsh differs (placeholders cut out),
    each mapped to the key it comes from."""
    found = {}
    for key in KEYS:
        if WELSH.get(key, key) == key:
            continue
        for part in re.split(r"\{\w+\}", key):
            part = part.strip(" .,;:()'\"")
            if len(part.split()) >= 4:
                found[part] = key
    return found


STRETCHES = english_stretches()


def english_in(text: str) -> list[str]:
    return sorted({key for stretch, key in STRETCHES.items() if stretch in text})


def test_every_message_the_code_can_say_has_welsh():
    assert len(KEYS) > 150, "the key reader finds core's and the commands' messages"
    missing = sorted(k for k in KEYS if not str(WELSH.get(k, "")).strip())
    assert missing == [], f"{len(missing)} message(s) have no Welsh in headings.json, e.g. {missing[:5]}"


def test_the_commands_print_no_sentence_written_in_place():
    """A sentence printed straight from an f-string or literal would escape --lang: every sentence a
    command prints goes through ``say``/``complain`` with a ``Message`` (or ``words(args)``)."""
    offenders = []
    for path in [PACKAGE / "cli.py", *sorted((PACKAGE / "commands").glob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "print":
                for arg in node.args:
                    literal = isinstance(arg, ast.JoinedStr) or (
                        isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                    )
                    if literal:
                        offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def test_the_english_detector_finds_an_english_sentence():
    # Guards the check below: an English refusal is caught, its Welsh is not.
    english = "There is no referrals database at /x. Nothing was read or changed. Check the --db path"
    assert english_in(english)
    assert not english_in(WELSH[next(k for k in KEYS if k.startswith("There is no referrals database"))])


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-cy")
    db = folder / "referrals.db"
    plain_database(db)
    assert main(["--lang", "cy", "sample-data", "--db", str(db), "--count", "3", "--seed", "7"]) == 0
    return folder, db


def plain_database(path) -> None:
    """An empty plain (unencrypted) database at ``path``: these tests are about the words the commands
    say, not the passphrase (tests/core/test_passphrase_cli.py), so no command asks for one."""
    from mappa_desktop.core.store import Store

    Store.open(path).close()


def _run(capsys, *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    try:
        status = main(["--lang", "cy", *argv])
    except SystemExit as exit_:  # argparse refusing a value
        status = exit_.code
    out = capsys.readouterr()
    return status, out.out + out.err


def _first_id(capsys, db: Path) -> str:
    status, text = _run(capsys, "list", "--db", str(db), "--format", "json")
    assert status == 0
    return json.loads(text)[0]["id"]


def _packages(folder: Path, capsys, db: Path) -> Path:
    """A folder of packages: one good, one changed after export, one not JSON, one empty."""
    inbox = folder / "inbox"
    inbox.mkdir(exist_ok=True)
    good = inbox / "good.mappa.json"
    assert (
        _run(
            capsys, "export", _first_id(capsys, db), "--db", str(db), "--format", "json", "--out", str(good)
        )[0]
        == 0
    )
    document = json.loads(good.read_text(encoding="utf-8"))
    document["referral"]["subject"]["family_name"] = "Changed"
    (inbox / "changed.mappa.json").write_text(json.dumps(document), encoding="utf-8")
    (inbox / "broken.mappa.json").write_text("{not json", encoding="utf-8")
    (inbox / "empty.mappa.json").write_text("", encoding="utf-8")
    return inbox


def _cases(folder: Path) -> tuple[Path, Path, Path]:
    good = folder / "case.json"
    good.write_text(json.dumps({"as_of": "2026-06-01", "facts": {}}), encoding="utf-8")
    empty = folder / "empty.json"
    empty.write_text("  ", encoding="utf-8")
    lines = folder / "cases.jsonl"
    lines.write_text(
        '{"as_of": "2026-06-01", "facts": {}}\n[1]\n\n{"as_of": "2026-06-01"}\n', encoding="utf-8"
    )
    return good, empty, lines


def test_every_command_speaks_welsh_when_it_succeeds_and_when_it_refuses(data, capsys, tmp_path):
    folder, db = data
    good_case, empty_case, lines = _cases(tmp_path)
    inbox = _packages(tmp_path, capsys, db)
    ref = _first_id(capsys, db)
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"this is not a database at all" * 10)
    bad_pack = tmp_path / "no-pack"
    bad_pack.mkdir()
    summary = tmp_path / "summary.txt"
    runs = {
        # command: (argv, expected exit status)
        "list": (["list", "--db", str(db)], 0),
        "list, long search": (["list", "--db", str(db), "--search", " ".join(["x"] * 25)], 0),
        "list, no database": (["list", "--db", str(tmp_path / "none.db")], 1),
        "list, a folder": (["list", "--db", str(tmp_path)], 1),
        "list, damaged": (["list", "--db", str(damaged)], 1),
        "list, bad limit": (["list", "--db", str(db), "--limit", "-3"], 2),
        "sample-data": (["sample-data", "--db", str(db), "--count", "3", "--seed", "7"], 0),
        "sample-data, future": (["sample-data", "--db", str(db), "--as-of", "2999-01-01"], 2),
        "sample-data, too many": (["sample-data", "--db", str(db), "--count", "2000000"], 2),
        "evaluate": (["evaluate", str(good_case), "--format", "text"], 0),
        "evaluate, no case": (["evaluate"], 2),
        "evaluate, empty": (["evaluate", str(empty_case)], 2),
        "evaluate, missing": (["evaluate", str(tmp_path / "none.json")], 2),
        "evaluate, batch": (["evaluate", "--batch", str(lines)], 2),
        "evaluate, batch and text": (["evaluate", str(good_case), "--batch", str(lines)], 2),
        "evaluate, bad pack": (["evaluate", str(good_case), "--rules", str(bad_pack)], 2),
        "export": (["export", ref, "--db", str(db), "--format", "text", "--out", str(summary)], 0),
        "export, exists": (["export", ref, "--db", str(db), "--format", "text", "--out", str(summary)], 1),
        "export, no referral": (
            ["export", "nope", "--db", str(db), "--format", "text", "--out", str(summary)],
            1,
        ),
        "export, folder": (["export", ref, "--db", str(db), "--format", "text", "--out", str(tmp_path)], 1),
        "export, bad date": (
            ["export", ref, "--db", str(db), "--format", "text", "--out", "x", "--as-of", "1066-10-14"],
            2,
        ),
        "figures": (["figures", "--db", str(db), "--out", str(tmp_path / "f.csv")], 0),
        "figures, exists": (["figures", "--db", str(db), "--out", str(tmp_path / "f.csv")], 1),
        "figures, bad date": (["figures", "--db", str(db), "--out", "f.csv", "--from", "yesterday"], 2),
        "import": (["import", str(inbox), "--db", str(db)], 1),
        "import, again": (["import", str(inbox / "good.mappa.json"), "--db", str(db)], 0),
        "import, nothing": (["import", str(bad_pack), "--db", str(db)], 1),
        "rules check": (["rules", "check"], 0),
        "rules diff": (
            [
                "rules",
                "diff",
                str(PACKAGE.parent / "rules"),
                str(PACKAGE.parent / "rules"),
                "--cases",
                str(lines),
            ],
            2,
        ),
        "rules diff, bad pack": (["rules", "diff", str(bad_pack), str(bad_pack), "--cases", str(lines)], 2),
        "rules diff, no cases": (
            [
                "rules",
                "diff",
                str(PACKAGE.parent / "rules"),
                str(PACKAGE.parent / "rules"),
                "--cases",
                "none.jsonl",
            ],
            2,
        ),
    }
    english = {}
    for name, (argv, expected) in runs.items():
        status, text = _run(capsys, *argv)
        assert status == expected, f"{name}: exit {status}\n{text}"
        assert text.strip(), f"{name} said nothing"
        if found := english_in(text):
            english[name] = (found, text[:400])
    assert english == {}


def test_the_welsh_refusals_are_the_ones_expected(data, capsys, tmp_path):
    folder, db = data
    status, text = _run(capsys, "list", "--db", str(tmp_path / "none.db"))
    assert "Nid oes cronfa ddata atgyfeiriadau yn" in text
    inbox = _packages(tmp_path, capsys, db)
    status, text = _run(capsys, "import", str(inbox), "--db", str(db))
    assert "nid yw ei grynhoad SHA-256 yn cyfateb" in text  # the changed package, refused in Welsh
    assert "nid yw'n JSON UTF-8 dilys" in text
    status, text = _run(capsys, "list", "--db", str(db), "--limit", "-3")
    assert "Mae -3 yn llai na 0" in text
    # The same commands in English still say it in English.
    capsys.readouterr()
    assert main(["list", "--db", str(tmp_path / "none.db")]) == 1
    assert "There is no referrals database at" in capsys.readouterr().err


def _without_audit_triggers(db: Path, sql: str) -> None:
    """Change the audit log as an attacker with the file would: triggers dropped, put back afterwards."""
    from mappa_desktop.core.database_driver import sqlite3

    conn = sqlite3.connect(db, isolation_level=None)
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
    ).fetchall()
    for name, _sql in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute(sql)
    for _name, trigger in triggers:
        conn.execute(trigger)
    conn.close()


def _forged_signature(capsys, db: Path, ref: str, folder: Path) -> Path:
    """A signed package whose signature was replaced (its digest made to match again): refused on import."""
    import base64

    from mappa_desktop.core.package.io import digest_of

    package = folder / "forged.mappa.json"
    argv = ["export", ref, "--db", str(db), "--format", "json", "--out", str(package)]
    assert _run(capsys, *argv)[0] == 0
    document = json.loads(package.read_text(encoding="utf-8"))
    document["signature"]["value"] = base64.b64encode(bytes(64)).decode("ascii")
    document["digest"]["value"] = digest_of(document)
    package.write_text(json.dumps(document), encoding="utf-8")
    return package


def test_the_signing_audit_and_retention_commands_speak_welsh(capsys, tmp_path):
    """keys, audit and retention, where they succeed and where they refuse (a bad key file, a failing
    signature, a package for someone else, a broken audit chain, a held referral), all in Welsh."""
    db, other, broken = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "broken.db"
    for path in (db, other, broken):
        plain_database(path)
        assert main(["--lang", "cy", "sample-data", "--db", str(path), "--count", "3", "--seed", "7"]) == 0
    _without_audit_triggers(broken, "DELETE FROM audit_log WHERE id = 2")
    ref = _first_id(capsys, db)
    own_key, their_key = tmp_path / "own.mappa-key.json", tmp_path / "their.mappa-key.json"
    assert _run(capsys, "keys", "export-public", str(their_key), "--db", str(other))[0] == 0
    not_a_key = tmp_path / "not-a-key.mappa-key.json"
    not_a_key.write_text('{"format": "something else"}', encoding="utf-8")
    edited_key = tmp_path / "edited.mappa-key.json"
    old_key = tmp_path / "old.mappa-key.json"  # made by a version without encryption keys
    forged = _forged_signature(capsys, db, ref, tmp_path)
    for_them = tmp_path / "for-them.mappa.json"
    to_them = ["export", ref, "--db", str(db), "--format", "json", "--out", str(for_them)]
    assert _run(capsys, *to_them, "--encrypt-to", str(their_key))[0] == 0
    runs = [
        ("keys show", ["keys", "show", "--db", str(db)], 0),
        ("keys name", ["keys", "name", "Jane Smith, Probation Service Wales", "--db", str(db)], 0),
        ("keys export-public", ["keys", "export-public", str(own_key), "--db", str(db)], 0),
        ("keys export-public, exists", ["keys", "export-public", str(own_key), "--db", str(db)], 1),
        ("keys trust, not a key file", ["keys", "trust", str(not_a_key), "--db", str(db)], 1),
        ("keys trust, edited key file", ["keys", "trust", str(edited_key), "--db", str(db)], 1),
        ("keys trust, both", ["keys", "trust", str(their_key), "--fingerprint", "x", "--db", str(db)], 2),
        (
            "keys trust, bad fingerprint",
            ["keys", "trust", "--fingerprint", "nope", "--name", "X", "--db", str(db)],
            1,
        ),
        (
            "keys trust, no name",
            ["keys", "trust", "--fingerprint", "7KQ2 M9XD 3F8H PW1T C6RA", "--db", str(db)],
            1,
        ),
        ("keys list, none", ["keys", "list", "--db", str(db)], 0),
        ("keys trust", ["keys", "trust", str(their_key), "--name", "Cydlynydd MAPPA", "--db", str(db)], 0),
        ("keys list", ["keys", "list", "--db", str(db)], 0),
        ("keys remove, unknown", ["keys", "remove", "AAAA BBBB CCCC DDDD EEEE", "--db", str(db)], 1),
        ("import, forged signature", ["import", str(forged), "--db", str(other)], 1),
        ("import, for another key", ["import", str(for_them), "--db", str(db)], 1),
        ("export, encrypt to a bad key", [*to_them, "--force", "--encrypt-to", str(not_a_key)], 1),
        ("export, encrypt to an old key", [*to_them, "--force", "--encrypt-to", str(old_key)], 1),
        ("audit verify", ["audit", "verify", "--db", str(db)], 0),
        ("audit export", ["audit", "export", str(tmp_path / "audit.jsonl"), "--db", str(db)], 0),
        ("audit export, exists", ["audit", "export", str(tmp_path / "audit.jsonl"), "--db", str(db)], 1),
        ("audit verify, broken", ["audit", "verify", "--db", str(broken)], 3),
        ("audit verify, rewritten", ["audit", "verify", "--db", str(db), "--expect-head", "f" * 64], 3),
        ("retention list", ["retention", "list", "--db", str(db), "--days", "0"], 0),
        ("retention hold", ["retention", "hold", ref, "--db", str(db), "--reason", "an inquiry"], 0),
        ("retention erase, held", ["retention", "erase", ref, "--db", str(db)], 1),
        ("retention erase, nothing", ["retention", "erase", "--db", str(db)], 2),
        ("retention hold, unknown", ["retention", "hold", "nope", "--db", str(db)], 1),
        ("retention lift", ["retention", "lift", ref, "--db", str(db)], 0),
        ("retention erase", ["retention", "erase", ref, "--db", str(db)], 0),
    ]
    english, said = {}, {}
    for name, argv, expected in runs:
        if name == "keys trust, edited key file":
            document = json.loads(own_key.read_text(encoding="utf-8"))
            old_key.write_text(
                json.dumps({k: v for k, v in document.items() if not k.startswith("encryption_key")}),
                encoding="utf-8",
            )
            document["fingerprint"] = "AAAABBBBCCCCDDDDEEEE"
            edited_key.write_text(json.dumps(document), encoding="utf-8")
        status, text = _run(capsys, *argv)
        assert status == expected, f"{name}: exit {status}\n{text}"
        assert text.strip(), f"{name} said nothing"
        said[name] = text
        if found := english_in(text):
            english[name] = (found, text[:400])
    assert english == {}
    # The refusals are the ones meant, in Welsh (not some other error that happens to be Welsh too).
    assert "yn ffeil allwedd gyhoeddus MAPPA Desktop (nid oes ganddi" in said["keys trust, not a key file"]
    assert "nid ôl bys ei allwedd" in said["keys trust, edited key file"]
    assert "nid yw ei lofnod yn cyfateb i'w gynnwys" in said["import, forged signature"]
    assert "ar gyfer allwedd cydlynydd arall" in said["import, for another key"]
    assert "Dilëwyd rhesi 2 i 2" in said["audit verify, broken"]
    assert "dan ddaliad cyfreithiol" in said["retention erase, held"]
    assert "Nid yw atgyfeiriad nope yn y gronfa ddata" in said["retention hold, unknown"]
    assert "Nid oes allwedd amgryptio yn ffeil allwedd gyhoeddus" in said["export, encrypt to an old key"]
