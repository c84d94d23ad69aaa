"""``mappa-desktop evaluate CASE.json|-``: evaluate one case against the rule pack (shared contract)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from mappa_desktop.commands.terminal import json_text


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


MAX_CASE_BYTES = 1024 * 1024
"""A case is a few hundred bytes; anything over a megabyte is not one."""


def _refuse(error: str, details: list[dict[str, str]] | None = None) -> int:
    print(json_text({"error": error, "details": details or []}, indent=None))
    return 2


def run(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from mappa_desktop.core.facts import Case, error_details
    from mappa_desktop.core.rules import RulePackError, evaluate, explain_text, load_pack
    from mappa_desktop.core.safe_input import UntrustedInput, loads_json, read_regular_file

    try:
        if args.case == "-":
            stream = getattr(sys.stdin, "buffer", sys.stdin)  # bytes from a terminal or pipe, text in tests
            raw = stream.read(MAX_CASE_BYTES + 1)
            if len(raw) > MAX_CASE_BYTES:
                raise UntrustedInput(f"standard input is larger than {MAX_CASE_BYTES // 1024} KB")
        else:
            raw = read_regular_file(args.case, MAX_CASE_BYTES)
    except (OSError, UntrustedInput) as exc:
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
        data = loads_json(raw)
    except UntrustedInput as exc:
        return _refuse(f"the case cannot be used: {exc}", [{"field": "(case)", "message": str(exc)}])
    if not isinstance(data, dict):
        kind = {list: "a list", str: "a string"}.get(type(data), "a single value")
        return _refuse(
            f'the case must be one JSON object {{"as_of": "YYYY-MM-DD", "facts": {{...}}}}, not {kind}',
            [{"field": "(case)", "message": f"expected an object, got {kind}"}],
        )
    try:
        case = Case.model_validate(data)
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
            print(
                json_text({"error": f"the rule pack cannot be used: {exc}", "details": [detail]}, indent=None)
            )
        return 2
    try:
        assessment = evaluate(pack, case)
    except (OverflowError, ValueError) as exc:  # dates so near year 1 or 9999 that date sums overflow
        if "range" not in str(exc):  # not a date at the calendar's ends: a bug, reported as one
            raise
        return _refuse(
            f"the case cannot be evaluated: its dates are outside what the rules can work with ({exc})",
            [{"field": "(case)", "message": f"date arithmetic out of range: {exc}"}],
        )
    if args.format == "text":
        sys.stdout.write(explain_text(assessment))
    else:
        print(json_text(assessment.model_dump(mode="json")))
    return 0
