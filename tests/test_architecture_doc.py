"""docs/ARCHITECTURE.md cannot rot: every file or folder it names in backquotes exists (a pattern such as
``rules/*.yaml`` matches at least one file), and it names the places a newcomer needs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "ARCHITECTURE.md"
PATH_LIKE = re.compile(r"^[\w.-]+(/[\w.*-]*)+$|^[\w-]+\.(toml|md|py|yaml|json|ui|lock)$")


def named_paths(text: str) -> list[str]:
    return sorted({token for token in re.findall(r"`([^`\s]+)`", text) if PATH_LIKE.match(token)})


def test_every_path_named_in_architecture_md_exists():
    paths = named_paths(DOC.read_text(encoding="utf-8"))
    assert len(paths) > 40  # the page is about files: if this drops, the pattern above stopped finding them
    missing = [p for p in paths if not (any(ROOT.glob(p)) if "*" in p else (ROOT / p).exists())]
    assert missing == []


def test_the_check_can_fail():
    assert named_paths("see `mappa_desktop/gui/no_such.py` and `rules/*.yaml`, not `Store.save`") == [
        "mappa_desktop/gui/no_such.py",
        "rules/*.yaml",
    ]
    assert not (ROOT / "mappa_desktop/gui/no_such.py").exists()


def test_the_table_covers_what_a_newcomer_adds():
    text = DOC.read_text(encoding="utf-8")
    table = text[text.index("## To add X") :]
    for thing in ("rule", "question", "fact", "section", "tab", "export format", "translation"):
        assert f"**{thing}**" in table
