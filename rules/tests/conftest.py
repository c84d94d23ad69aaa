"""Collect each case in rules/tests/*.yaml as a pytest item: facts in, outcome out.

A case file holds ``cases:``, a list of ``{name, as_of?, facts, expect}``. ``expect`` may give
``mappa_eligible``, ``category``, ``categories_met``, ``level`` (exact), ``prompts`` (the exact set of
prompt ids), ``prompts_include``/``prompts_exclude``, ``missing`` (exact list),
``missing_include``/``missing_exclude``, ``rules`` (rule id -> true/false/null outcome) and
``prompt_text`` (prompt id -> a phrase its text must contain), ``prompt_victims`` (prompt id -> the exact
``victims`` positions it carries), ``notes_include`` (phrases some note must contain), ``notes_exclude``
(phrases no note may contain) and ``refused`` (the exact set of fields a contradictory case is refused
for, exit 2 in the command). Unknown keys fail, so a typo cannot pass.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Collector | None:
    if file_path.suffix == ".yaml" and file_path.parent == HERE:
        return RuleCaseFile.from_parent(parent, path=file_path)
    return None


class RuleCaseFile(pytest.File):
    def collect(self):
        from mappa_desktop.core.rules.source import read_yaml

        data = read_yaml(self.path, str(self.path))
        for index, case in enumerate(data["cases"]):
            line = data["cases"].lines[index]
            yield RuleCase.from_parent(self, name=f"{case['name']} (line {line})", spec=case, line=line)


class RuleCaseFailure(AssertionError):
    pass


class RuleCase(pytest.Item):
    def __init__(self, *, spec: dict[str, Any], line: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.spec, self.line = spec, line

    def runtest(self) -> None:
        from mappa_desktop.core.training.scenario import rule_case_problems

        problems = rule_case_problems(self.spec)
        if problems:
            raise RuleCaseFailure("\n".join(problems))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, RuleCaseFailure):
            return f"{self.path}:{self.line}: {self.spec['name']}\n{excinfo.value}"
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.line - 1, f"rule case: {self.spec['name']}"
