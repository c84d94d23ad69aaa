"""``mappa-desktop evaluate CASE.json|-``: evaluate one case against the rule pack (shared contract)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from mappa_desktop.commands import complain, language
from mappa_desktop.commands.terminal import json_text
from mappa_desktop.core.messages import Message, said


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


CASE_SHAPE = '{"as_of": "YYYY-MM-DD", "facts": {...}}'

MAX_CASE_BYTES = 1024 * 1024
"""A case is a few hundred bytes; anything over a megabyte is not one."""

MAX_BATCH_BYTES = 512 * 1024 * 1024
"""A year's referrals for the largest area are a few megabytes; a cases file is read whole, so bounded."""


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
            args,
            Message("--batch reads CASES.jsonl and prints JSON: give no CASE.json and no --format text"),
            [{"field": "(command)", "message": "--batch with a case file or --format text"}],
        )
    try:
        pack = load_pack(args.rules)
    except RulePackError as exc:
        return _pack_refused(args, exc)
    from mappa_desktop.core.safe_input import UntrustedInput, read_regular_file

    try:
        if args.batch == "-":
            stream = getattr(sys.stdin, "buffer", sys.stdin)
            raw = stream.read(MAX_BATCH_BYTES + 1)
            if len(raw) > MAX_BATCH_BYTES:
                raise UntrustedInput(
                    Message("standard input is larger than {most} MB", most=MAX_BATCH_BYTES // 2**20)
                )
        else:
            raw = read_regular_file(args.batch, MAX_BATCH_BYTES)
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except (OSError, UnicodeDecodeError, UntrustedInput) as exc:
        return _refuse(
            args,
            Message("cannot read the cases file {file}: {reason}", file=args.batch, reason=_reason(exc)),
            [{"field": "(batch)", "message": str(exc)}],
        )
    bad = 0
    write, dumps = sys.stdout.write, json.dumps
    for line in read_lines(text.splitlines()):
        if line.case is not None:
            try:
                write(result_line(pack, line, trace=args.trace, lang=language(args)) + "\n")
                continue
            except (OverflowError, ValueError) as exc:  # dates at the calendar's ends, as for one case
                if "range" not in str(exc):
                    raise
                line = replace(
                    line,
                    case=None,
                    error=Message(
                        "{name} cannot be evaluated: its dates are outside what the rules can work with "
                        "({error})",
                        name=line.name,
                        error=exc,
                    ),
                    details=({"field": "(case)", "message": f"date arithmetic out of range: {exc}"},),
                )
        bad += 1
        refusal = line.refusal()
        refusal["error"] = said(refusal["error"], language(args))
        write(dumps(refusal, ensure_ascii=False) + "\n")
    return 2 if bad else 0


def _reason(exc: Exception) -> object:
    """An error's reason as raised (a ``Message`` stays one, so it is said in the --lang language)."""
    return exc.args[0] if exc.args and isinstance(exc.args[0], Message) else exc


def _refuse(args: argparse.Namespace, error: Message, details: list[dict[str, str]] | None = None) -> int:
    """The contract's refusal (JSON on standard output); ``error`` said in the --lang language, ``details``
    (field and machine-readable message) as they are."""
    print(json_text({"error": said(error, language(args)), "details": details or []}, indent=None))
    return 2


def _pack_refused(args: argparse.Namespace, exc: Exception, *, as_json: bool = True) -> int:
    """The rule pack cannot be used: said on standard error, and as the contract's JSON refusal."""
    error = Message("the rule pack cannot be used: {reason}", reason=exc)
    complain(args, Message("mappa-desktop: {error}", error=error))
    if as_json:
        detail = {"field": "(rule pack)", "message": exc.message, "file": exc.file or "", "line": exc.line}
        print(json_text({"error": said(error, language(args)), "details": [detail]}, indent=None))
    return 2


def run(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from mappa_desktop.core.facts import error_details, read_case
    from mappa_desktop.core.rules import RulePackError, evaluate, explain_text, load_pack
    from mappa_desktop.core.safe_input import UntrustedInput, loads_json, read_regular_file

    if getattr(args, "batch", None) is not None:
        return run_batch(args)
    if args.case is None:
        return _refuse(
            args,
            Message("give a case file (CASE.json, or '-' for standard input) or --batch CASES.jsonl"),
            [{"field": "(case)", "message": "no case given"}],
        )
    try:
        if args.case == "-":
            stream = getattr(sys.stdin, "buffer", sys.stdin)  # bytes from a terminal or pipe, text in tests
            raw = stream.read(MAX_CASE_BYTES + 1)
            if len(raw) > MAX_CASE_BYTES:
                raise UntrustedInput(
                    Message("standard input is larger than {most} KB", most=MAX_CASE_BYTES // 1024)
                )
        else:
            raw = read_regular_file(args.case, MAX_CASE_BYTES)
    except (OSError, UntrustedInput) as exc:
        return _refuse(
            args,
            Message("cannot read the case file {file}: {reason}", file=args.case, reason=_reason(exc)),
            [{"field": "(case)", "message": str(exc)}],
        )
    if not raw.strip():
        return _refuse(
            args,
            Message(
                "the case {which} is empty; expected {shape}",
                which=Message("on standard input") if args.case == "-" else args.case,
                shape=CASE_SHAPE,
            ),
            [{"field": "(case)", "message": "empty input"}],
        )
    try:
        data = loads_json(raw)
    except UntrustedInput as exc:
        return _refuse(
            args,
            Message("the case cannot be used: {reason}", reason=_reason(exc)),
            [{"field": "(case)", "message": str(exc)}],
        )
    if not isinstance(data, dict):
        kind = {list: "a list", str: "a string"}.get(type(data), "a single value")
        return _refuse(
            args,
            Message(
                "the case must be one JSON object {shape}, not {kind}", shape=CASE_SHAPE, kind=Message(kind)
            ),
            [{"field": "(case)", "message": f"expected an object, got {kind}"}],
        )
    try:
        case = read_case(data)  # also refuses answers that contradict each other (contract v2)
    except ValidationError as exc:
        details = error_details(exc)
        fields = ", ".join(d["field"] for d in details)
        return _refuse(
            args,
            Message("the case has {count} invalid field(s): {fields}", count=len(details), fields=fields),
            details,
        )
    try:
        pack = load_pack(args.rules)
    except RulePackError as exc:
        return _pack_refused(args, exc, as_json=args.format == "json")
    try:
        assessment = evaluate(pack, case, getattr(args, "lang", "en"))
    except (OverflowError, ValueError) as exc:  # dates so near year 1 or 9999 that date sums overflow
        if "range" not in str(exc):  # not a date at the calendar's ends: a bug, reported as one
            raise
        return _refuse(
            args,
            Message(
                "the case cannot be evaluated: its dates are outside what the rules can work with ({error})",
                error=exc,
            ),
            [{"field": "(case)", "message": f"date arithmetic out of range: {exc}"}],
        )
    if args.format == "text":
        sys.stdout.write(explain_text(assessment, getattr(args, "lang", "en")))
    else:
        print(json_text(assessment.model_dump(mode="json")))
    return 0
