"""Load a rule pack from its folder: parse, validate, resolve references; every error names file and line."""

from __future__ import annotations

import datetime as dt
import enum
import re
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from mappa_desktop.core.facts import LIST_ITEMS, Facts
from mappa_desktop.core.rules.model import (
    CategoryRule,
    Citation,
    Decisions,
    LevelRule,
    PackContent,
    PackHeader,
    PackModel,
    Parameter,
    PromptRule,
    Question,
    RecordList,
    Rule,
)
from mappa_desktop.core.rules.source import RulePackError, locate, read_yaml

HEADER_FILE = "pack.yaml"
SIGNALS = re.compile(r"\{signals:([a-z][a-z0-9_]*)\}")


@dataclass(frozen=True, eq=False)
class RulePack:
    """A loaded, checked rule pack: what the engine evaluates and the editor asks."""

    directory: Path
    header: PackHeader
    decisions: Decisions
    citations: dict[str, Citation]
    parameters: dict[str, Parameter]
    questions: dict[str, Question]
    lists: dict[str, RecordList]
    categories: list[CategoryRule]
    levels: list[LevelRule]
    tests: dict[str, Rule]
    prompts: dict[str, PromptRule]
    files: list[str]
    rules: dict[str, Rule] = field(default_factory=dict)
    affects: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ranks: dict[str, dict[str, int]] = field(default_factory=dict)
    settings_by_day: dict[dt.date, dict[str, Any]] = field(default_factory=dict, repr=False)
    derived: dict[Any, Any] = field(default_factory=dict, repr=False)
    """What the engine works out once per loaded pack (rule ids in order, notes)."""
    recent: dict[Any, Any] = field(default_factory=dict, repr=False)
    """Outcomes and prompts the engine has built lately, to give again for the same answers (bounded)."""
    """For each enum fact, the place of each choice in the question's order (for ordered comparisons)."""

    @property
    def id(self) -> str:
        return self.header.id

    @property
    def version(self) -> str:
        return self.header.version

    @property
    def effective(self) -> dt.date:
        return self.header.effective

    def parameter(self, name: str, day: dt.date) -> Any:
        """The value of a parameter in force on ``day``."""
        return self.parameters[name].value_on(day)

    def parameters_on(self, day: dt.date) -> dict[str, Any]:
        """Every parameter's value in force on ``day`` (worked out once per day; do not change it)."""
        values = self.settings_by_day.get(day)
        if values is None:
            if len(self.settings_by_day) > 1000:
                self.settings_by_day.clear()
            values = self.settings_by_day[day] = {n: p.value_on(day) for n, p in self.parameters.items()}
        return values


def fact_kind(name: str, model: type[BaseModel] = Facts) -> tuple[str, tuple[str, ...]]:
    """The question type a fact of the contract (or a field of a list fact's record, with ``model``)
    needs, and its allowed values for enums. A list fact's kind is ``list``."""
    if model is Facts and name in LIST_ITEMS:
        return "list", ()
    annotation = model.model_fields[name].annotation
    inner = [a for a in typing.get_args(annotation) if a is not type(None)][0]
    while typing.get_origin(inner) is typing.Annotated:
        inner = typing.get_args(inner)[0]
    if typing.get_origin(inner) is list:
        member = typing.get_args(inner)[0]
        return "list_enum", tuple(m.value for m in member)
    if isinstance(inner, type) and issubclass(inner, enum.Enum):
        return "enum", tuple(m.value for m in inner)
    kinds = {bool: "bool", int: "integer", float: "number", dt.date: "date", str: "text"}
    return kinds[inner], ()


def _fail(model: PackModel, message: str) -> RulePackError:
    file, line = model.where
    return RulePackError(message, file or None, line or None)


def _read_sections(directory: Path) -> tuple[dict[str, Any], list[str]]:
    """Merge the pack's files into one mapping of sections (each section from exactly one file)."""
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


def _validate(merged: dict[str, Any]) -> PackContent:
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


def load_pack_uncached(directory: Path) -> RulePack:
    """Load without the cache (benchmarks, ``rules check``)."""
    merged, files = _read_sections(Path(directory))
    return pack_from_sections(Path(directory), merged, files)


def read_sections(directory: Path) -> tuple[dict[str, Any], list[str]]:
    """The pack's files merged into one mapping of sections (positions kept), and the file names."""
    return _read_sections(Path(directory))


def pack_from_sections(directory: Path, merged: dict[str, Any], files: list[str]) -> RulePack:
    """Validate and check merged sections (as ``read_sections`` gives them, perhaps edited) into a pack."""
    content = _validate(merged)
    pack = RulePack(
        directory=Path(directory),
        header=content.pack,
        decisions=content.decisions,
        citations=content.citations,
        parameters=content.parameters,
        questions=content.questions,
        lists=content.lists,
        categories=content.categories,
        levels=content.levels,
        tests=content.tests,
        prompts=content.prompts,
        files=[HEADER_FILE, *files],
    )
    from mappa_desktop.core.rules.checks import check_pack

    check_pack(pack)
    return pack


__all__ = [
    "RulePack",
    "RulePackError",
    "fact_kind",
    "load_pack",
    "load_pack_uncached",
    "pack_from_sections",
    "read_sections",
]
