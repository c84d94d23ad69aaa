"""``mappa-desktop evaluate CASE.json|-``: evaluate one case against the rule pack (shared contract)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "evaluate",
        help="evaluate one case's facts against the rule pack",
        description=(
            'Evaluate a case ({"as_of": "YYYY-MM-DD", "facts": {...}}) and print the decision: '
            "category, level, prompts, facts still needed and the reasons. Exit status 2 if the case "
            "or the rule pack is invalid."
        ),
    )
    parser.add_argument(
        "case", metavar="CASE.json", nargs="?", help="the case file, or '-' to read standard input"
    )
    parser.add_argument(
        "--format", choices=("json", "text"), default="json", help="json (default) or a readable explanation"
    )
    parser.add_argument("--rules", metavar="DIR", type=Path, help="use the rule pack in DIR instead")
    add_batch_argument(parser)
    return parser


def add_batch_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--batch",
        metavar="CASES.jsonl",
        help="evaluate one case per line ('-' for standard input) and print one result per line (the "
        'outcome, prompts, missing facts and notes); a bad line gives {"line": N, "error": ..., "details": '
        "...} and the others still run; exit status 2 if any line was bad",
    )
    parser.add_argument(
        "--trace", action="store_true", help="with --batch: include each case's full explanation (trace)"
    )


def run_batch(args: argparse.Namespace) -> int:
    """``evaluate --batch``: the coordinator's audit run over a period's referrals (JSON Lines in and out)."""
    from mappa_desktop.core.rules import RulePackError, load_pack
    from mappa_desktop.core.rules.batch import read_lines, result_line

    if args.case is not None or args.format != "json":
        return _refuse(
            "--batch reads CASES.jsonl and prints JSON: give no CASE.json and no --format text",
            [{"field": "(command)", "message": "--batch with a case file or --format text"}],
        )
    try:
        pack = load_pack(args.rules)
    except RulePackError as exc:
        print(f"mappa-desktop: the rule pack cannot be used: {exc}", file=sys.stderr)
        detail = {"field": "(rule pack)", "message": exc.message, "file": exc.file or "", "line": exc.line}
        print(json.dumps({"error": f"the rule pack cannot be used: {exc}", "details": [detail]}))
        return 2
    try:
        if args.batch == "-":
            text = sys.stdin.read()
        else:
            text = Path(args.batch).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return _refuse(
            f"cannot read the cases file {args.batch}: {exc}", [{"field": "(batch)", "message": str(exc)}]
        )
    bad = 0
    write, dumps = sys.stdout.write, json.dumps
    for line in read_lines(text.splitlines()):
        if line.case is None:
            bad += 1
            write(dumps(line.refusal(), ensure_ascii=False) + "\n")
        else:
            write(result_line(pack, line, trace=args.trace) + "\n")
    return 2 if bad else 0


def _refuse(error: str, details: list[dict[str, str]] | None = None) -> int:
    print(json.dumps({"error": error, "details": details or []}, ensure_ascii=False))
    return 2


def run(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from mappa_desktop.core.facts import error_details, read_case
    from mappa_desktop.core.rules import RulePackError, evaluate, explain_text, load_pack

    if getattr(args, "batch", None) is not None:
        return run_batch(args)
    if args.case is None:
        return _refuse(
            "give a case file (CASE.json, or '-' for standard input) or --batch CASES.jsonl",
            [{"field": "(case)", "message": "no case given"}],
        )
    try:
        raw = sys.stdin.read() if args.case == "-" else Path(args.case).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return _refuse(
            f"cannot read the case file {args.case}: {exc}", [{"field": "(case)", "message": str(exc)}]
        )
    if not raw.strip():
        return _refuse(
            f"the case {'on standard input' if args.case == '-' else args.case} is empty; expected "
            '{"as_of": "YYYY-MM-DD", "facts": {...}}',
            [{"field": "(case)", "message": "empty input"}],
        )
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        return _refuse(
            f"the case is not valid JSON ({where}): {exc.msg}",
            [{"field": "(case)", "message": f"{exc.msg} at {where}"}],
        )
    if not isinstance(data, dict):
        kind = {list: "a list", str: "a string"}.get(type(data), "a single value")
        return _refuse(
            f'the case must be one JSON object {{"as_of": "YYYY-MM-DD", "facts": {{...}}}}, not {kind}',
            [{"field": "(case)", "message": f"expected an object, got {kind}"}],
        )
    try:
        case = read_case(data)  # also refuses answers that contradict each other (contract v2)
    except ValidationError as exc:
        details = error_details(exc)
        fields = ", ".join(d["field"] for d in details)
        return _refuse(f"the case has {len(details)} invalid field(s): {fields}", details)
    try:
        pack = load_pack(args.rules)
    except RulePackError as exc:
        print(f"mappa-desktop: the rule pack cannot be used: {exc}", file=sys.stderr)
        if args.format == "json":
            detail = {
                "field": "(rule pack)",
                "message": exc.message,
                "file": exc.file or "",
                "line": exc.line,
            }
            print(json.dumps({"error": f"the rule pack cannot be used: {exc}", "details": [detail]}))
        return 2
    assessment = evaluate(pack, case)
    if args.format == "text":
        sys.stdout.write(explain_text(assessment))
    else:
        print(json.dumps(assessment.model_dump(mode="json"), ensure_ascii=False, indent=2))
    return 0
