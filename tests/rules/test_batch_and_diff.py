"""``evaluate --batch`` (the audit run) and ``rules diff`` (what a new pack changes), as people run them."""

from __future__ import annotations

import io
import json
import random
import sys
from pathlib import Path

from rule_cases import JSONL, jsonl

from mappa_desktop.cli import main

ROOT = Path(__file__).resolve().parents[2]
DIFF_DOC = ROOT / "docs" / "pack-v2-diff.txt"


def _run(capsys, argv):
    status = main(argv)
    out = capsys.readouterr()
    return status, out.out, out.err


def test_batch_gives_one_result_per_line_and_reports_bad_lines_by_number(tmp_path, capsys):
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        "\n".join(
            [
                json.dumps(
                    {"id": "R-1", "as_of": "2026-06-01", "facts": {"sex_offender_notification": True}}
                ),
                "{not json",
                json.dumps({"facts": {"rosh": "severe"}}),
                "",
                json.dumps(
                    {"as_of": "2026-06-01", "facts": {"marac_heard": False, "marac_last_heard": "2026-01-01"}}
                ),
                json.dumps({"as_of": "2026-06-01", "facts": {"victims": [{"dash_score": 15}]}}),
            ]
        )
        + "\n\n"
    )
    status, out, _ = _run(capsys, ["evaluate", "--batch", str(cases)])
    assert status == 2
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 6  # the blank line in the middle is reported; the blank end of the file is not
    assert rows[0]["id"] == "R-1" and rows[0]["category"] == 1 and "trace" not in rows[0]
    assert rows[1]["line"] == 2 and "not valid JSON" in rows[1]["error"]
    assert rows[2]["line"] == 3 and [d["field"] for d in rows[2]["details"]] == ["rosh"]
    assert rows[3]["line"] == 4 and "empty" in rows[3]["error"]
    assert rows[4]["line"] == 5 and {d["field"] for d in rows[4]["details"]} == {
        "marac_heard",
        "marac_last_heard",
    }
    assert [p["victims"] for p in rows[5]["prompts"] if p["id"] == "marac_referral"] == [[1]]


def test_batch_of_good_lines_exits_0_reading_standard_input(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"facts": {}}\n{"facts": {"ct_notification": true}}\n'))
    status, out, _ = _run(capsys, ["evaluate", "--batch", "-"])
    assert status == 0
    assert [json.loads(line)["mappa_eligible"] for line in out.splitlines()] == [None, True]


def test_batch_with_trace_gives_the_full_contract_output(tmp_path, capsys):
    cases = tmp_path / "cases.jsonl"
    one = {"as_of": "2026-06-01", "facts": {"sex_offender_notification": True, "rosh": "high"}}
    cases.write_text(json.dumps(one) + "\n")
    status, out, _ = _run(capsys, ["evaluate", "--batch", str(cases), "--trace"])
    assert status == 0
    batch = json.loads(out)
    single = tmp_path / "case.json"
    single.write_text(json.dumps(one))
    status, out, _ = _run(capsys, ["evaluate", str(single)])
    assert status == 0 and batch == json.loads(out)  # the same as evaluating the case alone
    assert batch["trace"] and all(entry["criteria"] for entry in batch["trace"])


def test_batch_without_trace_gives_the_same_outcomes_as_with_it(tmp_path, capsys):
    # Without the trace the engine stops a group at its first decisive part: the outcomes, prompts (and
    # their texts), missing facts and notes must not change. Complete cases, and the same with gaps.
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from rules_bench import batch_lines

    rng = random.Random(7)
    lines = batch_lines(200)
    for text in batch_lines(200, seed=8):
        case = json.loads(text)
        case["facts"] = {k: v for k, v in case["facts"].items() if rng.random() < 0.6}
        lines.append(json.dumps(case))
    cases = tmp_path / "cases.jsonl"
    cases.write_text("\n".join(lines) + "\n")
    _, short, _ = _run(capsys, ["evaluate", "--batch", str(cases)])
    _, full, _ = _run(capsys, ["evaluate", "--batch", str(cases), "--trace"])
    for a, b in zip(short.splitlines(), full.splitlines(), strict=True):
        b = json.loads(b)
        b.pop("trace")
        assert json.loads(a) == b


def test_batch_refuses_a_case_file_as_well(tmp_path, capsys):
    status, out, _ = _run(capsys, ["evaluate", "x.json", "--batch", "y.jsonl"])
    assert status == 2 and "--batch" in json.loads(out)["error"]


def test_rules_diff_names_each_changed_case_and_counts_them(tmp_path, capsys):
    cases = tmp_path / "cases.jsonl"
    level3 = {
        "sex_offender_notification": True,
        "multi_agency_management_needed": True,
        "rosh": "medium",
        "lower_risk_needs_coordination": False,
        "stepping_down_from_level_3": False,
        "high_public_interest": True,
    }
    cases.write_text(
        json.dumps({"id": "public interest", "as_of": "2026-06-01", "facts": level3})
        + "\n"
        + json.dumps({"as_of": "2026-06-01", "facts": {"sex_offender_notification": True}})
        + "\n"
    )
    status, out, _ = _run(
        capsys, ["rules", "diff", str(ROOT / "rules" / "v1"), str(ROOT / "rules"), "--cases", str(cases)]
    )
    assert status == 0
    lines = out.splitlines()
    assert lines[1] == 'line 1 (id "public interest"): level: 3 -> 1; prompts: -cppc_consider'
    assert lines[-1].startswith(
        "1 of 2 case(s) change outcome (mappa_eligible 0, category 0, level 1, prompts 1)"
    )


def test_rules_diff_with_an_unreadable_pack_exits_2(tmp_path, capsys):
    cases = tmp_path / "cases.jsonl"
    cases.write_text('{"facts": {}}\n')
    status, _, err = _run(
        capsys, ["rules", "diff", str(tmp_path), str(ROOT / "rules"), "--cases", str(cases)]
    )
    assert status == 2 and "pack.yaml" in err


def test_the_rule_cases_file_is_up_to_date():
    assert JSONL.read_text(encoding="utf-8") == jsonl(), "run: python tests/rules/rule_cases.py"


def test_the_documented_v1_to_v2_diff_is_what_the_tool_says(capsys):
    status, out, _ = _run(
        capsys, ["rules", "diff", "rules/v1", "rules", "--cases", "rules/tests/cases.jsonl"]
    )
    assert status == 2  # the contradictory rule cases are refused (policy v2, point 5)
    documented = DIFF_DOC.read_text(encoding="utf-8")
    assert out in documented, "regenerate docs/pack-v2-diff.txt (see its first lines)"
