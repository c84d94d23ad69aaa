"""docs/DATA-PROTECTION.md defines the audit hashes precisely enough to check an export without MAPPA
Desktop: its Python block, run on a real export (with an erased referral), agrees with the application, and
fails on a changed export."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mappa_desktop.cli import main
from mappa_desktop.core.referral import Referral
from mappa_desktop.core.store import Store

DOC = Path(__file__).resolve().parents[2] / "docs" / "DATA-PROTECTION.md"


def _checker(tmp_path: Path) -> Path:
    section = DOC.read_text(encoding="utf-8").split("## 8. Checking an export independently")[1]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    script = tmp_path / "check_export.py"
    script.write_text(code, encoding="utf-8")
    return script


@pytest.fixture
def export(tmp_path):
    db = tmp_path / "referrals.sqlite"
    with Store.open(db) as store:
        for name in ("Aled", "Siân"):  # non-ASCII: the canonical form escapes it
            referral = store.new_referral(Referral(), actor="officer")
            referral.subject.given_names = name
            store.save(referral, actor="officer")
        store.delete(referral.id, actor="officer")
    out = tmp_path / "audit.jsonl"
    assert main(["audit", "export", str(out), "--db", str(db)]) == 0
    return out


def test_the_documented_check_agrees_with_the_application(export, tmp_path):
    done = subprocess.run(
        [sys.executable, str(_checker(tmp_path)), str(export)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("intact: 5 rows")


def test_the_documented_check_fails_on_a_changed_export(export, tmp_path):
    lines = export.read_text(encoding="utf-8").splitlines()
    row = json.loads(lines[2])
    row["actor"] = "someone-else"
    lines[2] = json.dumps(row)
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(_checker(tmp_path)), str(export)], capture_output=True, text=True, check=False
    )
    assert done.returncode != 0 and "AssertionError" in done.stderr
