"""Read YAML with positions: every mapping and list remembers its file and line, duplicate keys fail.

A coordinator amends the pack by hand, so every error must point at the file and line to fix. PyYAML's
safe loader forgets positions and lets a repeated key silently overwrite the first; this one does not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: the pack loads faster


class RulePackError(Exception):
    """The rule pack cannot be used. ``str()`` names the file and line, and says what to fix."""

    def __init__(self, message: str, file: str | Path | None = None, line: int | None = None) -> None:
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line
        super().__init__(self.__str__())

    @property
    def where(self) -> str:
        if self.file is None:
            return ""
        return f"{self.file}:{self.line}" if self.line else self.file

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class Located:
    """Mixin for loaded containers: where they start, and where each key or item sits."""

    file: str = ""
    line: int = 0
    lines: dict[Any, int]


class LocatedDict(dict, Located):
    pass


class LocatedList(list, Located):
    pass


class _Loader(_Base):
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> LocatedDict:  # type: ignore[override]
        own: dict[object, int] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue  # keys brought in with '<<:' may be overridden; written keys may not repeat
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            if key in own:
                raise RulePackError(
                    f"the key '{key}' appears twice in the same block (first at line {own[key]}); "
                    "keep one of them",
                    self.name,
                    line,
                )
            own[key] = line
        self.flatten_mapping(node)
        result = LocatedDict()
        result.file, result.line, result.lines = self.name, node.start_mark.line + 1, {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            result[key] = self.construct_object(value_node, deep=True)
            result.lines[key] = key_node.start_mark.line + 1
        return result

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> LocatedList:  # type: ignore[override]
        result = LocatedList(self.construct_object(child, deep=True) for child in node.value)
        result.file, result.line = self.name, node.start_mark.line + 1
        result.lines = {i: child.start_mark.line + 1 for i, child in enumerate(node.value)}
        return result


_Loader.add_constructor("tag:yaml.org,2002:map", _Loader.construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:seq", _Loader.construct_sequence)


def read_yaml(path: Path, display: str) -> Any:
    """Parse one pack file; errors name ``display`` (the path as the user knows it) and the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RulePackError(f"cannot read the file ({exc.strerror or exc})", display) from exc
    loader = _Loader(text)
    loader.name = display
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise RulePackError(f"this is not valid YAML: {exc.problem or exc}", display, line) from exc
    except yaml.YAMLError as exc:
        raise RulePackError(f"this is not valid YAML: {exc}", display) from exc
    finally:
        loader.dispose()


def locate(root: Any, loc: tuple[Any, ...]) -> tuple[str, int]:
    """File and line of the deepest node along a pydantic error location (aliases are YAML keys)."""
    file, line = getattr(root, "file", ""), getattr(root, "line", 0)
    node = root
    for part in loc:
        if isinstance(node, Located) and part in node.lines:
            line = node.lines[part]
            file = node.file
            node = node[part]
        else:
            break
    return file, line
