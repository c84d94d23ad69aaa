"""Issue 15: every text of the current rule pack has its Welsh; `rules check` no longer warns otherwise."""

from __future__ import annotations

from mappa_desktop.core.rules.lint import lint_pack
from mappa_desktop.paths import rules_dir

from .welsh_texts import pack_texts, where


def test_the_pack_has_its_texts():
    # Guards the walk below: several hundred texts, the victim list's questions among them.
    texts = pack_texts()
    assert len(texts) > 250
    assert any(t.en == "victim {position}" for t in texts)


def test_every_text_of_the_current_pack_has_welsh():
    missing = [where(t) for t in pack_texts() if not t.cy.strip()]
    assert missing == [], f"{len(missing)} pack text(s) have no Welsh (cy), e.g. {missing[:5]}"


def test_every_welsh_text_differs_from_its_english():
    # A copied English sentence is not a translation (a lone acronym such as "MARAC" may stay as it is).
    copied = [where(t) for t in pack_texts() if t.cy.strip() == t.en.strip() and " " in t.en.strip()]
    assert copied == [], f"English copied into cy: {copied[:5]}"


def test_rules_check_reports_no_missing_welsh():
    findings = lint_pack(rules_dir())
    assert [f for f in findings if f.severity == "error"] == []
    assert [str(f) for f in findings if "Welsh" in f.message] == []
