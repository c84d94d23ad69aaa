"""Issue 15: the Welsh is marked as awaiting a qualified translator's review, file by file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
STATUS = yaml.safe_load(
    (ROOT / "resources" / "translations" / "review-status.yaml").read_text(encoding="utf-8")
)
ENTRIES: dict = STATUS["files"]
AWAITING = "awaiting review by a qualified translator"


def translated_files() -> set[str]:
    """The files holding Welsh: current pack, scenarios, forums, headings, glossary, .ts, Welsh guide."""
    found = {p for p in (ROOT / "rules").glob("*.yaml")}
    found |= set((ROOT / "resources" / "scenarios").glob("*.yaml"))
    found |= set((ROOT / "resources" / "translations").glob("*_cy.ts"))
    found |= set((ROOT / "resources" / "guide").glob("*.cy.html"))
    found |= {
        ROOT / "resources" / "training" / "forums.yaml",
        ROOT / "resources" / "templates" / "headings.json",
    }
    found.add(ROOT / "resources" / "translations" / "glossary.yaml")
    return {p.relative_to(ROOT).as_posix() for p in found}


def test_every_translated_file_is_listed():
    missing = sorted(translated_files() - set(ENTRIES))
    assert missing == [], f"add these to resources/translations/review-status.yaml: {missing}"


def test_every_listed_file_exists_or_is_still_being_written():
    for path, entry in ENTRIES.items():
        exists = (ROOT / path).is_file()
        if entry.get("pending"):
            assert not exists, f"{path} has arrived: remove its 'pending' mark and check its entry"
        else:
            assert exists, f"{path} is listed in review-status.yaml but does not exist"


def test_the_user_guide_and_interface_are_listed():
    assert {"resources/guide/user-guide.cy.html", "resources/translations/mappa_desktop_cy.ts"} <= set(
        ENTRIES
    )


def test_every_entry_says_who_must_review_it_and_when_it_was_marked():
    for path, entry in ENTRIES.items():
        assert entry["translation"] == "machine-assisted", path
        assert entry["status"] == AWAITING or entry["status"].startswith("reviewed by "), path
        assert isinstance(entry["date"], dt.date), path
