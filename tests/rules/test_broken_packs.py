"""Broken packs fail to load with a message naming the file and line, and saying what is wrong."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mappa_desktop.core.rules import RulePackError, load_pack
from mappa_desktop.core.rules.loader import load_pack_uncached

RULES = Path(__file__).resolve().parents[2] / "rules"
FIXTURES = Path(__file__).parent / "fixtures"

# (file, text to replace, replacement, phrase the error must contain). The error must name the file
# and the line where the replacement sits (or the block it belongs to).
EDITS = [
    (
        "levels.yaml",
        "    citations: [levels_ch7, level_not_risk]",
        "    citatons: [levels_ch7]",
        "unknown key 'citatons'",
    ),
    ("prompts.yaml", "    severity: warning\n", "    severity: urgent\n", "severity"),
    ("categories.yaml", "  - number: 1\n", "  - number: one\n", "number"),
    (
        "parameters.yaml",
        "    unit: months\n    confidence: C",
        "    unit: months\n    unit: weeks\n    confidence: C",
        "appears twice",
    ),
    (
        "categories.yaml",
        "fact_true: sex_offender_notification",
        "fact_true: sex_offender",
        "unknown fact 'sex_offender'",
    ),
    (
        "prompts.yaml",
        "value: param:dash_high_risk_score}",
        "value: param:dash_high_risk}",
        "unknown parameter 'dash_high_risk'",
    ),
    (
        "levels.yaml",
        "citations: [levels_ch7, level_not_risk]",
        "citations: [levels_ch8]",
        "unknown citation 'levels_ch8'",
    ),
    ("categories.yaml", "ref: level.2\n", "ref: level.9\n", "'level.9' is not a category, level or test"),
    # Victims one by one (policy version 2): record fields, list facts, prompt items, prompt-only tests.
    (
        "prompts.yaml",
        "fact: incidents_12m, op: ge",
        "fact: da_incidents_12m, op: ge",
        "'da_incidents_12m' is not a field of a record",
    ),
    ("prompts.yaml", "fact: victims\n", "fact: victim\n", "for_each needs a list fact"),
    ("prompts.yaml", "    items: repeat\n", "    items: repeats\n", "not the id of a for_each"),
    (
        "categories.yaml",
        "            - fact_true: serious_harm_offence\n",
        "            - fact_unknown: serious_harm_offence\n",
        "'fact_unknown' is for prompts only",
    ),
    (
        "questions.yaml",
        "      incidents_12m:\n",
        "      incidents_12months:\n",
        "'incidents_12months' is not a field",
    ),
    (
        "categories.yaml",
        "value: param:category3_minimum_rosh}",
        "value: severe}",
        "'severe' is not a possible answer for 'rosh'",
    ),
    (
        "levels.yaml",
        "- fact_is: {fact: rosh, in: [high, very_high]}",
        "- fact_is: {fact: rosh, in: [high, severe]}",
        "'severe' is not a possible answer",
    ),
    (
        "levels.yaml",
        "- fact_true: stepping_down_from_level_3",
        "- compare: {fact: stepping_down_from_level_3, op: ge, value: 1}",
        "cannot test the fact",
    ),
    ("categories.yaml", "        - ref: category.1\n", "        - ref: test.category_met\n", "in a circle"),
    ("prompts.yaml", "{signals:window}", "{signals:windows}", "'{signals:windows}'"),
    ("questions.yaml", "  age:\n    type: integer", "  age:\n    type: number", "of type 'integer'"),
]


def _broken_copy(tmp_path: Path, file: str, old: str, new: str) -> tuple[Path, int]:
    pack = tmp_path / "pack"
    shutil.copytree(RULES, pack, ignore=shutil.ignore_patterns("tests", "schema"))
    text = (pack / file).read_text(encoding="utf-8")
    assert text.count(old) >= 1, f"fixture text not found in {file}: {old!r}"
    before = text[: text.index(old)] + new
    line = before.count("\n") + 1 - (1 if new.endswith("\n") else 0)
    (pack / file).write_text(text.replace(old, new, 1), encoding="utf-8")
    return pack, line


@pytest.mark.parametrize(("file", "old", "new", "phrase"), EDITS, ids=[e[3] for e in EDITS])
def test_broken_pack_names_file_and_line(tmp_path, file, old, new, phrase):
    pack, line = _broken_copy(tmp_path, file, old, new)
    with pytest.raises(RulePackError) as caught:
        load_pack_uncached(pack)
    error = caught.value
    assert phrase in str(error)
    assert error.file is not None and error.file.endswith(file)
    assert error.line is not None and abs(error.line - line) <= 3, (error.line, line, str(error))
    assert str(error).startswith(f"{error.file}:{error.line}: ")


def test_duplicate_key_fixture_pack():
    with pytest.raises(RulePackError) as caught:
        load_pack(FIXTURES / "duplicate_key_pack")
    assert caught.value.line == 4 and "'version' appears twice" in str(caught.value)
    assert caught.value.file.endswith("pack.yaml")


def test_invalid_yaml_fixture_pack():
    with pytest.raises(RulePackError) as caught:
        load_pack(FIXTURES / "bad_yaml_pack")
    assert "not valid YAML" in str(caught.value) and caught.value.line in (3, 4, 5)


def test_missing_folder_and_missing_listed_file(tmp_path):
    with pytest.raises(RulePackError, match="not a rule pack"):
        load_pack(tmp_path)
    pack, _ = _broken_copy(tmp_path, "pack.yaml", "    - prompts.yaml\n", "    - prompt.yaml\n")
    with pytest.raises(RulePackError, match="no such file") as caught:
        load_pack_uncached(pack)
    assert caught.value.file.endswith("pack.yaml") and caught.value.line == 17


def test_load_pack_is_cached_and_reloads_when_a_file_changes(tmp_path):
    pack, _ = _broken_copy(tmp_path, "pack.yaml", 'version: "2026.12.1"', 'version: "9"')
    first = load_pack(pack)
    assert first.version == "9" and load_pack(pack) is first
    header = pack / "pack.yaml"
    header.write_text(header.read_text().replace('version: "9"', 'version: "10"'))
    import os

    stat = header.stat()
    os.utime(header, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10_000_000))
    assert load_pack(pack).version == "10"


def test_rules_check_finds_unreachable_rules_and_missing_citations(tmp_path):
    from mappa_desktop.core.rules.lint import lint_pack

    pack, line = _broken_copy(
        tmp_path,
        "levels.yaml",
        "        - fact_true: multi_agency_management_needed\n          text:",
        "        - fact_false: multi_agency_management_needed\n          text: {en: x}\n"
        "        - fact_true: multi_agency_management_needed\n          text:",
    )
    text = (pack / "prompts.yaml").read_text().replace("    citations: [cppc]\n", "    citations: []\n")
    (pack / "prompts.yaml").write_text(text)
    findings = [str(f) for f in lint_pack(pack) if f.severity == "error"]
    assert any("level.2 can never be met" in f and "levels.yaml:" in f for f in findings), findings
    assert any("prompt.cppc_consider cites no source" in f and "prompts.yaml:" in f for f in findings)
