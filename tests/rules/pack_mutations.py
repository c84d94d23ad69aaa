"""Small wrong edits of the rule pack (mutants), to show the rule cases would catch each one.

Each mutant is one edit of the merged pack sections: an ``all`` made ``any`` or back (a for_each's
quantifier too), a condition dropped from a group, a number (threshold, date window, count) moved by one,
an ordered choice moved one step, a value dropped from a list, a yes/no setting flipped. A mutant the pack
loader refuses is not a survivor (the loader catches it); one that no rule case notices survives.

Run ``python tests/rules/pack_mutations.py`` to list the survivors.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "rules"
SECTIONS_WITH_RULES = ("categories", "levels", "tests", "prompts")


@dataclass(frozen=True)
class Mutant:
    id: str
    """Stable name: the path of the edited node in the pack and the edit (line numbers move)."""
    where: str
    """file:line of the edited node, for people."""
    sections: dict[str, Any]


def _where(node: Any) -> str:
    file = Path(getattr(node, "file", "") or "?").name
    return f"{file}:{getattr(node, 'line', 0)}"


def _get(root: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        root = root[part]
    return root


def _edit(merged: dict[str, Any], path: tuple[Any, ...], change) -> dict[str, Any]:
    copied = copy.deepcopy(merged)
    change(_get(copied, path))
    return copied


def _conditions(node: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every condition mapping under ``node`` (a rule's ``when``), with its path."""
    if not isinstance(node, dict):
        return
    yield path, node
    for key in ("all", "any"):
        for index, child in enumerate(node.get(key) or []):
            yield from _conditions(child, (*path, key, index))
    if isinstance(node.get("not"), dict):
        yield from _conditions(node["not"], (*path, "not"))
    if isinstance(node.get("for_each"), dict):
        yield from _conditions(node["for_each"]["when"], (*path, "for_each", "when"))


def _rules(merged: dict[str, Any]) -> Iterator[tuple[tuple[Any, ...], Any]]:
    for section in SECTIONS_WITH_RULES:
        rules = merged.get(section) or {}
        items = rules.items() if isinstance(rules, dict) else enumerate(rules)
        for key, rule in items:
            yield from _conditions(rule["when"], (section, key, "when"))


def _name(path: tuple[Any, ...], merged: dict[str, Any]) -> str:
    section, key = path[0], path[1]
    if section in ("categories", "levels"):
        key = f"{section[:-1] if section != 'categories' else 'category'}.{merged[section][key]['number']}"
    else:
        key = f"{section[:-1] if section != 'tests' else 'test'}.{key}"
    return key + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path[2:])


def _add(key: str, delta: int):
    """An edit adding ``delta`` to the number at ``key``."""

    def change(node: dict[str, Any]) -> None:
        node[key] += delta

    return change


def mutants(merged: dict[str, Any], ranks: dict[str, list[str]]) -> Iterator[Mutant]:
    """Every small wrong edit of the pack."""
    for path, node in _rules(merged):
        name = _name(path, merged)
        for key, other in (("all", "any"), ("any", "all")):
            if key in node:

                def swap(n, key=key, other=other):
                    n[other] = n.pop(key)

                yield Mutant(f"{name}: {key} -> {other}", _where(node), _edit(merged, path, swap))
            if len(node.get(key) or []) > 1:
                for index in range(len(node[key])):
                    yield Mutant(
                        f"{name}.{key}[{index}]: dropped",
                        _where(node[key][index]),
                        _edit(merged, (*path, key), lambda n, i=index: n.pop(i)),
                    )
        if "for_each" in node:
            spec = node["for_each"]
            other = "all" if spec["quantifier"] == "any" else "any"
            yield Mutant(
                f"{name}.for_each: quantifier {spec['quantifier']} -> {other}",
                _where(node),
                _edit(merged, (*path, "for_each"), lambda n, o=other: n.__setitem__("quantifier", o)),
            )
        literal_lists = [("fact_is", "in"), ("contains_any", "values")]
        for op, key in literal_lists:
            values = node.get(op, {}).get(key) if isinstance(node.get(op), dict) else None
            if isinstance(values, list) and len(values) > 1:
                for index, value in enumerate(values):
                    yield Mutant(
                        f"{name}.{op}: '{value}' dropped",
                        _where(node),
                        _edit(merged, (*path, op, key), lambda n, i=index: n.pop(i)),
                    )
        for op, key in (
            ("compare", "value"),
            ("date_within", "months"),
            ("date_on_or_after", "months_before"),
        ):
            value = node.get(op, {}).get(key) if isinstance(node.get(op), dict) else None
            if isinstance(value, int | float) and not isinstance(value, bool):
                for delta in (-1, 1):
                    yield Mutant(
                        f"{name}.{op}: {value} {delta:+d}",
                        _where(node),
                        _edit(merged, (*path, op), _add(key, delta)),
                    )
    for pname, parameter in merged["parameters"].items():
        for index, version in enumerate(parameter["versions"]):
            value, path = version["value"], ("parameters", pname, "versions", index)
            label = f"parameter {pname} (from {version['from']})"
            if isinstance(value, bool):
                yield Mutant(
                    f"{label}: {value} -> {not value}",
                    _where(version),
                    _edit(merged, path, lambda n: n.__setitem__("value", not n["value"])),
                )
            elif isinstance(value, int | float):
                for delta in (-1, 1):
                    yield Mutant(
                        f"{label}: {value} {delta:+d}",
                        _where(version),
                        _edit(merged, path, _add("value", delta)),
                    )
            elif isinstance(value, str) and any(value in choices for choices in ranks.values()):
                choices = next(c for c in ranks.values() if value in c)
                for delta in (-1, 1):
                    place = choices.index(value) + delta
                    if 0 <= place < len(choices):
                        yield Mutant(
                            f"{label}: {value} -> {choices[place]}",
                            _where(version),
                            _edit(merged, path, lambda n, v=choices[place]: n.__setitem__("value", v)),
                        )
            elif isinstance(value, list) and pname != "category_precedence":
                for item in range(len(value)):
                    yield Mutant(
                        f"{label}: '{value[item]}' dropped",
                        _where(version),
                        _edit(merged, (*path, "value"), lambda n, i=item: n.pop(i)),
                    )


@dataclass(frozen=True)
class Result:
    killed: list[str]
    refused: list[str]
    """Mutants the pack loader refuses (it catches them itself)."""
    survivors: dict[str, str]
    """Mutant id -> file:line."""
    total: int


def run(directory: Path = RULES) -> Result:
    from mappa_desktop.core.rules import RulePackError
    from mappa_desktop.core.rules.loader import load_pack_uncached, pack_from_sections, read_sections
    from mappa_desktop.core.training.scenario import rule_case_problems

    sys.path.insert(0, str(Path(__file__).parent))
    from rule_cases import rule_cases

    specs = [
        {"name": c["id"], "as_of": c["as_of"], "facts": c["facts"], "expect": c["expect"]}
        for c in rule_cases()
    ]
    pack = load_pack_uncached(directory)
    failing = [s["name"] for s in specs if rule_case_problems(s, pack)]
    assert not failing, f"the rule cases must pass on the pack itself first: {failing}"
    ranks = {fact: list(order) for fact, order in pack.ranks.items()}
    merged, files = read_sections(directory)
    killed, refused, survivors, total = [], [], {}, 0
    for mutant in mutants(merged, ranks):
        total += 1
        try:
            changed = pack_from_sections(directory, mutant.sections, files)
        except RulePackError:
            refused.append(mutant.id)
            continue
        if any(rule_case_problems(spec, changed) for spec in specs):
            killed.append(mutant.id)
        else:
            survivors[mutant.id] = mutant.where
    return Result(killed, refused, survivors, total)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    result = run()
    print(f"{result.total} mutants: {len(result.killed)} killed, {len(result.refused)} refused by the loader")
    for mutant_id, where in result.survivors.items():
        print(f"survives: {where}: {mutant_id}")
