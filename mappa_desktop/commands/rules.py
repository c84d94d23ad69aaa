"""``mappa-desktop rules check [DIR]``: lint a rule pack and say, with file and line, what to fix."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("rules", help="work with rule packs", description="Work with rule packs.")
    actions = parser.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check",
        help="check a rule pack for errors and warnings",
        description=(
            "Check a rule pack: unknown facts, parameters or citations, unreachable or overlapping outcomes, "
            "missing citations, missing Welsh text. Exit status 1 if there are errors."
        ),
    )
    check.add_argument(
        "directory", nargs="?", type=Path, metavar="DIR", help="the pack folder (default: bundled)"
    )
    add_diff_parser(actions)
    return parser


def add_diff_parser(actions: Any) -> None:
    diff = actions.add_parser(
        "diff",
        help="show which cases change outcome between two rule packs",
        description=(
            "Evaluate every case of CASES.jsonl (one case per line) with both packs and print one line for "
            "each case whose eligibility, category, level or prompts differ, then a summary count. "
            "Exit status 2 if a pack cannot be used or a line is refused."
        ),
    )
    diff.add_argument("old", type=Path, metavar="OLD_DIR", help="the pack as it was")
    diff.add_argument("new", type=Path, metavar="NEW_DIR", help="the pack as it will be")
    diff.add_argument(
        "--cases", required=True, metavar="CASES.jsonl", help="the cases, one JSON object a line"
    )


def run_diff(args: argparse.Namespace) -> int:
    import sys

    from mappa_desktop.core.rules import RulePackError, load_pack
    from mappa_desktop.core.rules.batch import diff_packs

    try:
        old, new = load_pack(args.old), load_pack(args.new)
    except RulePackError as exc:
        print(f"mappa-desktop rules diff: the rule pack cannot be used: {exc}", file=sys.stderr)
        return 2
    try:
        text = Path(args.cases).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"mappa-desktop rules diff: cannot read the cases file {args.cases}: {exc}", file=sys.stderr)
        return 2
    print(f"rules diff: {old.id} {old.version} ({args.old}) -> {new.id} {new.version} ({args.new})")
    report = diff_packs(old, new, text.splitlines())
    for line in report.lines:
        print(line)
    return 2 if report.refused else 0


def run(args: argparse.Namespace) -> int:
    if args.rules_command == "diff":
        return run_diff(args)
    from mappa_desktop.core.rules.lint import lint_pack
    from mappa_desktop.paths import rules_dir

    directory = args.directory or rules_dir()
    findings = lint_pack(directory)
    for finding in findings:
        print(finding)
    errors = sum(1 for f in findings if f.severity == "error")
    warnings = sum(1 for f in findings if f.severity == "warning")
    print(f"{directory}: {errors} error(s), {warnings} warning(s)")
    return 1 if errors else 0
