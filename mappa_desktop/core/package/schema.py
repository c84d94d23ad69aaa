"""The referral package's JSON Schema, generated from the pydantic models and kept in the repository.

python -m mappa_desktop.core.package.schema          # (re)write resources/schema/...schema.json
python -m mappa_desktop.core.package.schema --check  # exit 1 if the file is stale
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from mappa_desktop.core.package.model import ReferralPackage
from mappa_desktop.paths import resources_dir


def schema_path() -> Path:
    return resources_dir() / "schema" / "referral-package.schema.json"


def schema_text() -> str:
    """The schema as it should be on disk."""
    return json.dumps(ReferralPackage.model_json_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    path = schema_path()
    text = schema_text()
    if "--check" in argv:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            print(f"{path} is stale: run python -m mappa_desktop.core.package.schema", file=sys.stderr)
            return 1
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
