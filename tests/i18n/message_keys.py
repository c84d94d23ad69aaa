"""The English sentences core and the command line say through ``Message`` (and ``words(args)``), read from
the code itself: each is a key of resources/templates/headings.json and must have its Welsh there.

A key is the first argument of ``Message("...")`` when it is a literal (also a literal passed as
``Message(name)`` through a table is listed in ``INDIRECT``), and every literal given to ``t(...)`` in the
commands. Read with ``ast`` so a sentence added to the code without its Welsh makes the test fail."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "mappa_desktop"

INDIRECT = {
    # Message(what) for the store's "what" words, and Message(kind)/Message(severity) from small tables.
    "last save",
    "copy of the referral",
    "creation of the referral",
    "deletion of the referral",
    "import of referrals",
    "record of the export",
    "import of referral packages",
    "recording of the screening decision",
    "upgrade of the database",
    "opening of the database",
    "erasure of referrals",
    "legal hold",
    "retention period",
    "record of the audit check",
    "making of the signing key",
    "trusting of a sender",
    "removal of a trusted sender",
    "import",
    "is a file, not a folder",
    "does not exist",
    "the existing file is unchanged",
    "no partial file was left",
    "a list",
    "a string",
    "a single value",
    "error",
    "warning",
    "note",
    "English",
    "Welsh",
    "Welsh and English",
    # A refused date (core/referral/model.py): the sentence with "a" or "an" before its label.
    "Enter a {label} in the past",
    "Enter an {label} in the past",
    "Enter a {label} from 1900 onwards; check the year",
    "Enter an {label} from 1900 onwards; check the year",
    "Enter a {label} between 1900 and 2200; check the year",
    "Enter an {label} between 1900 and 2200; check the year",
}


def message_keys() -> set[str]:
    from mappa_desktop.core.store.audit_chain import BreakKind

    keys = set(INDIRECT) | {str(kind) for kind in BreakKind}  # Message(str(found.kind)) in commands/audit
    for path in PACKAGE.rglob("*.py"):
        if "gui" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            first = node.args[0]
            if name == "Message" and isinstance(first, ast.Constant) and isinstance(first.value, str):
                keys.add(first.value)
    return keys
