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
    return parser


def run(args: argparse.Namespace) -> int:
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
