"""The rule cases of rules/tests/*.yaml as data: for the mutation test and as the JSON Lines file that
``rules diff`` runs over (rules/tests/cases.jsonl, regenerated with ``python tests/rules/rule_cases.py``)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
RULE_TESTS = ROOT / "rules" / "tests"
JSONL = RULE_TESTS / "cases.jsonl"
DEFAULT_AS_OF = dt.date(2026, 6, 1)


def rule_cases() -> list[dict[str, Any]]:
    """Every rule case: ``id`` (file and name), ``as_of``, ``facts`` and ``expect``."""
    sys.path.insert(0, str(ROOT))
    from mappa_desktop.core.rules.source import read_yaml

    out = []
    for path in sorted(RULE_TESTS.glob("*.yaml")):
        for spec in read_yaml(path, str(path))["cases"]:
            out.append(
                {
                    "id": f"{path.stem}: {spec['name']}",
                    "as_of": spec.get("as_of", DEFAULT_AS_OF),
                    "facts": _plain(spec.get("facts") or {}),
                    "expect": spec["expect"],
                }
            )
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value.isoformat() if isinstance(value, dt.date) else value


def jsonl() -> str:
    """The cases as JSON Lines: one ``{"id", "as_of", "facts"}`` object a line."""
    lines = [
        json.dumps({"id": c["id"], "as_of": c["as_of"].isoformat(), "facts": c["facts"]}, ensure_ascii=False)
        for c in rule_cases()
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    JSONL.write_text(jsonl(), encoding="utf-8")
    print(f"wrote {JSONL}")
