"""The English keys a referral summary looks up in resources/templates/headings.json.

Read from the summary code itself (not from a list kept by hand), so a new heading or label added to the
code without its Welsh makes the headings test fail. A key is any string literal that reaches
``Wording.t``: an argument of ``.t(...)``, a label of ``.rows([...])``, the heading and empty note of
``.section(...)``, and the values of the label tables (coded answers, severities, page phrases, months);
plus the labels the summary makes from fact names when the assessment gives no readable question.
"""

from __future__ import annotations

import ast
from pathlib import Path

from mappa_desktop.core.dates import MONTHS
from mappa_desktop.core.rules import load_pack

ROOT = Path(__file__).resolve().parents[2]
SUMMARY_CODE = sorted((ROOT / "mappa_desktop" / "core" / "summary").glob("*.py"))
LABEL_TABLES = {
    "ENUM_LABELS",
    "SEVERITY_LABELS",
    "PAGE_PHRASES",
    "FIELD_LABELS",
    "NUMBER_HINTS",
    "LANGUAGE_NAMES",
    "VERDICTS",
    "STATEMENTS",
}
TUPLE_TABLES = {"MONTH_ABBREVIATIONS"}
CORE_CODE = (
    [
        ROOT / "mappa_desktop" / "core" / part
        for part in (
            "rules/sentences.py",
            "rules/engine.py",
            "rules/explain.py",
            "rules/run.py",
            "referral/messages.py",
            "referral/labels.py",
            "referral/sections.py",
            "referral/referred_under.py",
            "screening/report.py",
        )
    ]
    + [
        ROOT / "mappa_desktop" / "commands" / name
        for name in (
            "list_referrals.py",
            "figures.py",
            "import_packages.py",
            "export.py",
            "audit.py",
            "retention.py",
        )
    ]
    + [ROOT / "mappa_desktop" / "gui" / "drafts.py", ROOT / "mappa_desktop" / "core" / "dates.py"]
    + [ROOT / "mappa_desktop" / "core" / "wording.py"]
)


def _text(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _called(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):  # say(lang, "...") and a local t = wording.t
        return node.func.id
    return node.func.attr if isinstance(node.func, ast.Attribute) else None


def _keys_in(tree: ast.AST) -> set[str]:
    keys: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            name = _called(node)
            if name in ("t", "say"):
                first = node.args[-1] if name == "say" else node.args[0]
                choices = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]
                keys.update(_text(choice) for choice in choices)
            elif name == "rows" and isinstance(node.args[0], ast.List | ast.Tuple):
                keys.update(_text(pair.elts[0]) for pair in node.args[0].elts if isinstance(pair, ast.Tuple))
            elif name == "section" and len(node.args) >= 4:
                keys.update((_text(node.args[1]), _text(node.args[3])))
        elif isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Dict):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id in LABEL_TABLES for t in targets):
                keys.update(_text(value) for value in node.value.values)
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple):
            if any(isinstance(t, ast.Name) and t.id in TUPLE_TABLES for t in node.targets):
                keys.update(_text(value) for value in node.value.elts)
    keys.discard(None)
    keys.discard("")
    return keys


def fact_labels() -> set[str]:
    """ "Dash score" for ``dash_score``: what the summary shows for an unknown fact without a question."""
    pack = load_pack()
    return {name.replace("_", " ").capitalize() for name in [*pack.questions, *pack.lists]}


def summary_keys() -> set[str]:
    """Every English key the summary code can look up."""
    keys = set(MONTHS) | fact_labels()
    for path in SUMMARY_CODE:
        keys |= _keys_in(ast.parse(path.read_text(encoding="utf-8")))
    return keys


def core_keys() -> set[str]:
    """Every English key the Qt-free core outside the summary looks up: the engine's sentences, the
    person-facing field messages, the board report and the command line's own words (literals, label
    tables and the named constants)."""
    from mappa_desktop.core.referral import ReferralStatus
    from mappa_desktop.core.referral.sections import REQUIRED
    from mappa_desktop.core.rules.engine import OLDER_RULES, UNCONFIRMED_ORDER
    from mappa_desktop.core.rules.sentences import UNCONFIRMED_NOTE
    from mappa_desktop.core.screening.figures import DECIDED_COLUMNS, DIMENSION_LABELS, OUTCOMES
    from mappa_desktop.core.screening.model import ImportOutcome

    keys = {
        *(outcome.value for outcome in ImportOutcome),
        *(status.value for status in ReferralStatus),
        UNCONFIRMED_NOTE,
        UNCONFIRMED_ORDER,
        OLDER_RULES,
        *DECIDED_COLUMNS,
        *DIMENSION_LABELS.values(),
        *OUTCOMES,
    }
    keys |= {message for items in REQUIRED.values() for _, message in items}
    for path in CORE_CODE:
        keys |= _keys_in(ast.parse(path.read_text(encoding="utf-8")))
    return keys
