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
    parser.add_argument("case", metavar="CASE.json", help="the case file, or '-' to read standard input")
    parser.add_argument(
        "--format", choices=("json", "text"), default="json", help="json (default) or a readable explanation"
    )
    parser.add_argument("--rules", metavar="DIR", type=Path, help="use the rule pack in DIR instead")
    return parser


def _refuse(error: str, details: list[dict[str, str]] | None = None) -> int:
    print(json.dumps({"error": error, "details": details or []}, ensure_ascii=False))
    return 2


def run(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from mappa_desktop.core.facts import error_details, read_case
    from mappa_desktop.core.rules import RulePackError, evaluate, explain_text, load_pack

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
