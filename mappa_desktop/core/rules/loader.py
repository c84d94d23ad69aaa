"""Load a rule pack from its folder in four steps, each finished before the next begins:

1. **read** — the pack's YAML files merged into one mapping of sections, every value keeping its file and
   line (``read_sections``);
2. **validate** — the sections against the pack's models (``PackContent``), field-named errors;
3. **index** — every rule by id, the order of each enum's choices, and the facts each outcome depends on;
4. **check** — references, types, cycles and decisions (``core.rules.checks``, which only reads);

and then **build** one immutable ``RulePack`` with everything in it. Every error names a file and line.
"""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType
from typing import Any

from pydantic import ValidationError

from mappa_desktop.core.rules import checks
from mappa_desktop.core.rules.model import PackContent, Rule
from mappa_desktop.core.rules.pack import HEADER_FILE, RulePack
from mappa_desktop.core.rules.source import RulePackError, locate, read_yaml


def read_sections(directory: Path) -> tuple[dict[str, Any], list[str]]:
    """The pack's files merged into one mapping of sections (positions kept), and the file names; each
    section comes from exactly one file."""
    directory = Path(directory)
    header_path = directory / HEADER_FILE
    if not header_path.is_file():
        raise RulePackError(f"no {HEADER_FILE} here: this folder is not a rule pack", str(directory))
    header = read_yaml(header_path, str(header_path))
    if not isinstance(header, dict):
        raise RulePackError("the pack header must be a mapping with a 'pack' section", str(header_path), 1)
    merged: dict[str, Any] = type(header)()
    for attr in ("file", "line", "lines"):
        setattr(merged, attr, getattr(header, attr))
    merged.update(header)
    names = header.get("pack", {}).get("files", []) if isinstance(header.get("pack"), dict) else []
    for name in names if isinstance(names, list) else []:
        path = directory / str(name)
        if not path.is_file():
            file, line = locate(header, ("pack", "files", names.index(name)))
            raise RulePackError(f"the pack lists '{name}' but there is no such file", file, line)
        data = read_yaml(path, str(path))
        if data is None:
            continue
        if not isinstance(data, dict):
            raise RulePackError("a pack file must be a mapping of sections", str(path), 1)
        for key, value in data.items():
            if key in merged:
                where, line = locate(merged, (key,))
                raise RulePackError(
                    f"the section '{key}' is already defined in {where}:{line}", str(path), data.lines[key]
                )
            merged[key] = value
            merged.lines[key] = data.lines[key]
    return merged, [str(n) for n in names] if isinstance(names, list) else []


def validate(merged: dict[str, Any]) -> PackContent:
    """The merged sections as the pack's models; the first problem raised with its file and line."""
    try:
        return PackContent.model_validate(merged)
    except ValidationError as exc:
        first = exc.errors()[0]
        file, line = locate(merged, first["loc"])
        path = ".".join(str(p) for p in first["loc"])
        message = first["msg"].removeprefix("Value error, ")
        if first["type"] == "extra_forbidden":
            message = f"unknown key '{first['loc'][-1]}' (check its spelling and indentation)"
        more = f" (and {exc.error_count() - 1} more problem(s))" if exc.error_count() > 1 else ""
        raise RulePackError(f"{path}: {message}{more}", file or None, line or None) from None


def index_rules(content: PackContent) -> dict[str, Rule]:
    """Every rule by id, in the order the engine decides: categories, levels, tests, prompts."""
    rules: dict[str, Rule] = {f"category.{c.number}": c for c in content.categories}
    rules.update({f"level.{lv.number}": lv for lv in content.levels})
    rules.update({f"test.{name}": t for name, t in content.tests.items()})
    rules.update({f"prompt.{name}": p for name, p in content.prompts.items()})
    return rules


def pack_from_sections(directory: Path, merged: dict[str, Any], files: list[str]) -> RulePack:
    """Validate, index and check merged sections (as ``read_sections`` gives them, perhaps edited), and
    build the pack."""
    content = validate(merged)
    parts = checks.Parts(content, (HEADER_FILE, *files), index_rules(content))
    checks.check_pack(parts)
    return RulePack(
        directory=Path(directory),
        header=content.pack,
        decisions=content.decisions,
        citations=MappingProxyType(content.citations),
        parameters=MappingProxyType(content.parameters),
        questions=MappingProxyType(content.questions),
        lists=MappingProxyType(content.lists),
        categories=tuple(content.categories),
        levels=tuple(content.levels),
        tests=MappingProxyType(content.tests),
        prompts=MappingProxyType(content.prompts),
        files=parts.files,
        rules=MappingProxyType(parts.rules),
        affects=MappingProxyType(checks.affects(parts)),
        ranks=MappingProxyType({key: MappingProxyType(order) for key, order in checks.ranks(parts).items()}),
    )


def load_pack_uncached(directory: Path) -> RulePack:
    """Load without the cache (benchmarks, ``rules check``)."""
    merged, files = read_sections(Path(directory))
    return pack_from_sections(Path(directory), merged, files)


def load_pack(directory: Path | None = None) -> RulePack:
    """Load and check the rule pack in ``directory`` (default: the bundled pack).

    Cached on the folder and its files' modification times, so calling it again is cheap.
    Raises ``RulePackError`` naming the file and line of the first problem.
    """
    if directory is None:
        from mappa_desktop.paths import rules_dir

        directory = rules_dir()
    directory = Path(directory)
    try:
        stamp = tuple(sorted((p.name, p.stat().st_mtime_ns) for p in directory.glob("*.yaml")))
    except OSError:
        stamp = ()
    return _load_cached(str(directory.resolve()), stamp)


_CACHE: dict[tuple[str, tuple[Any, ...]], RulePack] = {}


def _load_cached(directory: str, stamp: tuple[Any, ...]) -> RulePack:
    key = (directory, stamp)
    if key not in _CACHE:
        if len(_CACHE) > 8:
            _CACHE.clear()
        _CACHE[key] = load_pack_uncached(Path(directory))
    return _CACHE[key]


__all__ = [
    "RulePackError",
    "index_rules",
    "load_pack",
    "load_pack_uncached",
    "pack_from_sections",
    "read_sections",
]
