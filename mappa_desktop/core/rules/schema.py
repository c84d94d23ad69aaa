"""The JSON Schema of a rule-pack file, generated from the pydantic models.

Regenerate after changing ``model.py``:  ``python -m mappa_desktop.core.rules.schema``
(a test fails while ``rules/schema/rule-pack.schema.json`` is stale).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from mappa_desktop.core.rules.model import PackFile

SCHEMA_NAME = "rule-pack.schema.json"


def schema_text() -> str:
    """The schema as written to disk (stable key order, trailing newline)."""
    schema = PackFile.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "MAPPA desktop rule-pack file"
    schema["description"] = (
        "Any one YAML file of a rule pack (pack.yaml lists the others). Generated from "
        "mappa_desktop/core/rules/model.py: do not edit by hand."
    )
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def schema_path(rules: Path | None = None) -> Path:
    if rules is None:
        from mappa_desktop.paths import rules_dir

        rules = rules_dir()
    return rules / "schema" / SCHEMA_NAME


def main() -> int:
    path = schema_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
