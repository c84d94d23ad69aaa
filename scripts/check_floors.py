"""Check that the lowest versions pyproject.toml allows really work: install exactly each core dependency's
floor (``>=X`` → ``==X``) into a throw-away virtual environment and run a Qt-free subset of the tests that
exercises what each one is used for — sqlite-utils' migrations and tables (the store, every schema
version's upgrade), pydantic's models (the referral, the rule pack), PyYAML (the pack loader).

    python scripts/check_floors.py            (from the repository root; .ci/run runs it)

Qt's floor (PySide6 6.9) is not installed here (two wheels of ~300 MB): the README's supported-versions
table says what was checked by hand and when.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECKED = ("sqlite-utils", "pydantic", "PyYAML", "sqlcipher3", "cryptography")
TESTS = [
    "tests/core/test_store.py",
    "tests/core/test_encryption.py",
    "tests/core/test_audit_chain.py",
    "tests/core/test_signing_keys.py",
    "tests/core/test_upgrade_schemas.py",
    "tests/core/test_upgrade_v1.py",
    "tests/rules/test_broken_packs.py",
    "tests/rules/test_rules_engine.py",
    "tests/training/test_record_privacy.py",
]
DESELECT = [
    # The checked-in JSON Schema is byte-for-byte what the LOCKED pydantic writes; older releases lay the
    # same schema out differently ("allOf": [{"$ref": ...}] around a described reference).
    "tests/rules/test_rules_engine.py::test_schema_file_is_up_to_date",
]


def floors() -> dict[str, str]:
    """``{name: lowest version}`` for the dependencies this check installs, as pyproject.toml states them."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    found = {}
    for requirement in project["dependencies"]:
        match = re.match(r"([A-Za-z0-9._-]+)\s*>=\s*([0-9][0-9.]*)", requirement)
        if match and match[1] in CHECKED:
            found[match[1]] = match[2]
    missing = set(CHECKED) - set(found)
    if missing:
        raise SystemExit(f"pyproject.toml states no '>=' floor for {', '.join(sorted(missing))}")
    return found


def main() -> int:
    started = time.monotonic()
    wanted = floors()
    pins = [f"{name}=={version}" for name, version in wanted.items()]
    print(f"floors: {', '.join(pins)}", flush=True)
    with tempfile.TemporaryDirectory(prefix="mappa-floors-") as folder:
        venv.create(folder, with_pip=True)
        python = str(Path(folder) / "bin" / "python")
        subprocess.run(
            [python, "-m", "pip", "install", "-q", "--only-binary", ":all:", *pins, "pytest", "hypothesis"],
            check=True,
        )
        listed = subprocess.run(
            [python, "-m", "pip", "list", "--format", "freeze"], check=True, capture_output=True, text=True
        ).stdout.lower()
        for pin in pins:  # a constraint file elsewhere must not have quietly installed another version
            if pin.lower().replace("_", "-") not in listed.replace("_", "-"):
                raise SystemExit(f"{pin} was not what got installed:\n{listed}")
        command = [
            python,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-W",
            "ignore::pytest.PytestConfigWarning",
        ]
        command += [arg for test in DESELECT for arg in ("--deselect", test)]
        done = subprocess.run([*command, *TESTS], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    print(f"floor check took {time.monotonic() - started:.0f} s", flush=True)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
