"""``mappa-desktop rules check [DIR]``: lint a rule pack and say, with file and line, what to fix."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mappa_desktop.commands import complain, language, say
from mappa_desktop.core.messages import Message


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
    from mappa_desktop.core.rules import RulePackError, load_pack
    from mappa_desktop.core.rules.batch import diff_packs

    try:
        old, new = load_pack(args.old), load_pack(args.new)
    except RulePackError as exc:
        complain(args, Message("mappa-desktop rules diff: the rule pack cannot be used: {error}", error=exc))
        return 2
    try:
        text = Path(args.cases).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        complain(
            args,
            Message(
                "mappa-desktop rules diff: cannot read the cases file {file}: {error}",
                file=args.cases,
                error=exc,
            ),
        )
        return 2
    say(
        args,
        Message(
            "rules diff: {old} ({old_dir}) -> {new} ({new_dir})",
            old=f"{old.id} {old.version}",
            old_dir=args.old,
            new=f"{new.id} {new.version}",
            new_dir=args.new,
        ),
    )
    report = diff_packs(old, new, text.splitlines())
    for line in report.lines:
        say(args, line)
    return 2 if report.refused else 0


def run(args: argparse.Namespace) -> int:
    if args.rules_command == "diff":
        return run_diff(args)
    from mappa_desktop.core.rules.lint import lint_pack
    from mappa_desktop.paths import rules_dir

    directory = args.directory or rules_dir()
    findings = lint_pack(directory)
    for finding in findings:
        print(finding.in_language(language(args)))
    errors = sum(1 for f in findings if f.severity == "error")
    warnings = sum(1 for f in findings if f.severity == "warning")
    say(
        args,
        Message(
            "{directory}: {errors} error(s), {warnings} warning(s)",
            directory=directory,
            errors=errors,
            warnings=warnings,
        ),
    )
    return 1 if errors else 0
