"""``mappa-desktop evaluate`` and ``rules check`` as a user runs them (copies of shared/spec/examples)."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mappa_desktop.cli import main

EXAMPLES = sorted((Path(__file__).parent / "fixtures" / "examples").glob("*.json"))
RULES = Path(__file__).resolve().parents[2] / "rules"


def _run(capsys, argv):
    status = main(argv)
    out = capsys.readouterr()
    return status, out.out, out.err


@pytest.mark.parametrize(
    "path", [p for p in EXAMPLES if "expect" in json.loads(p.read_text())], ids=lambda p: p.stem
)
def test_every_example_gives_its_expected_outcome(path, tmp_path, capsys):
    example = json.loads(path.read_text())
    case = tmp_path / "case.json"
    case.write_text(json.dumps(example["case"]))
    status, out, _ = _run(capsys, ["evaluate", str(case)])
    assert status == 0
    result = json.loads(out)
    expect = example["expect"]
    for key in ("mappa_eligible", "category", "categories_met", "level"):
        assert result[key] == expect[key], key
    assert set(expect["prompts"]) == {p["id"] for p in result["prompts"]}
    for prompt, positions in expect.get("prompt_victims", {}).items():
        assert [p["victims"] for p in result["prompts"] if p["id"] == prompt] == [positions]
    assert set(result) == {"rule_pack", "mappa_eligible", "category", "categories_met", "level"} | {
        "prompts",
        "missing",
        "trace",
        "notes",
    }
    assert set(result["rule_pack"]) == {"id", "version", "as_of"}
    for entry in result["trace"]:
        assert set(entry) == {"rule", "outcome", "criteria", "citations"}
        assert entry["citations"], entry["rule"]
        for criterion in entry["criteria"]:
            assert set(criterion) == {"fact", "value", "met", "text"}
            assert criterion["text"]


@pytest.mark.parametrize(
    "path", [p for p in EXAMPLES if "expect_error_fields" in json.loads(p.read_text())], ids=lambda p: p.stem
)
def test_invalid_example_names_every_bad_field(path, tmp_path, capsys):
    example = json.loads(path.read_text())
    case = tmp_path / "case.json"
    case.write_text(json.dumps(example["case"]))
    status, out, _ = _run(capsys, ["evaluate", str(case)])
    assert status == 2
    error = json.loads(out)  # exactly one JSON object on stdout
    assert set(error) == {"error", "details"}
    assert {d["field"] for d in error["details"]} == set(example["expect_error_fields"])


def test_unknown_key_and_bad_json_are_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"facts": {"sex_offender_notificaton": true}}'))
    status, out, _ = _run(capsys, ["evaluate", "-"])
    assert status == 2
    assert json.loads(out)["details"][0]["field"] == "sex_offender_notificaton"
    monkeypatch.setattr(sys, "stdin", io.StringIO("{not json"))
    status, out, _ = _run(capsys, ["evaluate", "-"])
    assert status == 2 and "not valid JSON" in json.loads(out)["error"]


def test_text_format_reads_as_an_explanation(tmp_path, capsys):
    case = tmp_path / "case.json"
    example = json.loads(next(p for p in EXAMPLES if p.name.startswith("03")).read_text())
    case.write_text(json.dumps(example["case"]))
    status, out, _ = _run(capsys, ["evaluate", str(case), "--format", "text"])
    assert status == 0
    assert out.index("OUTCOME") < out.index("WHY") < out.index("PROMPTS") < out.index("SOURCES")
    assert "Category:            Category 3" in out
    assert "not a second risk score" in out
    assert "unconfirmed [U]" in out
    assert "High-risk signal: the risk of serious harm is very high" in out
    assert "{" not in out  # no unrendered placeholders


def test_broken_pack_exits_2_naming_file_and_line(tmp_path, capsys):
    pack = tmp_path / "pack"
    shutil.copytree(RULES, pack, ignore=shutil.ignore_patterns("tests", "schema"))
    text = (
        (pack / "levels.yaml")
        .read_text()
        .replace("fact_true: senior_oversight_needed", "fact_true: senior_oversite")
    )
    (pack / "levels.yaml").write_text(text)
    case = tmp_path / "case.json"
    case.write_text('{"facts": {}}')
    status, out, err = _run(capsys, ["evaluate", str(case), "--rules", str(pack)])
    assert status == 2
    message = json.loads(out)["error"]
    assert "levels.yaml:" in message and "senior_oversite" in message
    assert "levels.yaml:" in err
    status, out, _ = _run(capsys, ["rules", "check", str(pack)])
    assert status == 1 and "levels.yaml:" in out and "error" in out


def test_rules_check_on_the_bundled_pack_warns_only(capsys):
    status, out, _ = _run(capsys, ["rules", "check"])
    assert status == 0
    assert "0 error(s)" in out
    assert "no Welsh (cy) translation" not in out  # every text of the pack has its Welsh (issue 15)


def test_evaluate_runs_as_a_real_command_reading_stdin():
    example = json.loads(EXAMPLES[0].read_text())
    result = subprocess.run(
        [sys.executable, "-m", "mappa_desktop", "evaluate", "-"],
        input=json.dumps(example["case"]),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["category"] == 1


@pytest.mark.parametrize(
    "path", [p for p in EXAMPLES if p.name[:2] in {"01", "02", "03", "04", "05"}], ids=lambda p: p.stem
)
def test_examples_01_to_05_hold_under_the_version_1_pack_too(path, tmp_path, capsys):
    example = json.loads(path.read_text())
    case = tmp_path / "case.json"
    case.write_text(json.dumps(example["case"]))
    status, out, _ = _run(capsys, ["evaluate", str(case), "--rules", str(RULES / "v1")])
    assert status == 0
    result = json.loads(out)
    assert result["rule_pack"]["version"] == "2026.06.1"
    for key in ("mappa_eligible", "category", "categories_met", "level"):
        assert result[key] == example["expect"][key], key
    assert set(example["expect"]["prompts"]) == {p["id"] for p in result["prompts"]}
