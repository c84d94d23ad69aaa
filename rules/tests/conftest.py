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

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
EXACT = ("mappa_eligible", "category", "categories_met", "level", "missing")
KNOWN = {*EXACT, "prompts", "prompts_include", "prompts_exclude", "missing_include", "missing_exclude"}
KNOWN |= {"rules", "prompt_text", "prompt_victims", "notes_include", "notes_exclude", "refused"}


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
        from pydantic import ValidationError

        from mappa_desktop.core.facts import error_details, read_case
        from mappa_desktop.core.rules import evaluate, load_pack

        unknown = set(self.spec) - {"name", "as_of", "facts", "expect"}
        unknown |= set(self.spec["expect"]) - KNOWN
        if unknown:
            raise RuleCaseFailure(f"unknown keys in the case: {sorted(unknown)}")
        as_of = self.spec.get("as_of", dt.date(2026, 6, 1))
        expect = self.spec["expect"]
        try:
            case = read_case({"as_of": as_of, "facts": dict(self.spec.get("facts") or {})})
        except ValidationError as error:
            fields = {d["field"] for d in error_details(error)}
            if "refused" in expect and fields == set(expect["refused"]):
                return
            raise RuleCaseFailure(f"refused for {sorted(fields)}; expected {expect.get('refused')}") from None
        if "refused" in expect:
            raise RuleCaseFailure(f"should be refused for {expect['refused']}, but was evaluated")
        out = evaluate(load_pack(), case).model_dump(mode="json")
        problems = []
        for key in EXACT:
            if key in expect and out[key] != expect[key]:
                problems.append(f"{key}: expected {expect[key]!r}, got {out[key]!r}")
        fired = {p["id"] for p in out["prompts"]}
        if "prompts" in expect and fired != set(expect["prompts"]):
            problems.append(f"prompts: expected {sorted(expect['prompts'])}, got {sorted(fired)}")
        for wanted in expect.get("prompts_include", []):
            if wanted not in fired:
                problems.append(f"prompt {wanted} should fire; fired: {sorted(fired)}")
        for unwanted in expect.get("prompts_exclude", []):
            if unwanted in fired:
                problems.append(f"prompt {unwanted} should not fire")
        for fact in expect.get("missing_include", []):
            if fact not in out["missing"]:
                problems.append(f"{fact} should be missing; missing: {out['missing']}")
        for fact in expect.get("missing_exclude", []):
            if fact in out["missing"]:
                problems.append(f"{fact} should not be missing")
        outcomes = {entry["rule"]: entry["outcome"] for entry in out["trace"]}
        for rule, wanted in (expect.get("rules") or {}).items():
            if rule not in outcomes:
                problems.append(f"no rule {rule} in the trace")
            elif outcomes[rule] != wanted:
                problems.append(f"{rule}: expected {wanted!r}, got {outcomes[rule]!r}")
        texts = {p["id"]: p["text"] for p in out["prompts"]}
        for prompt, phrase in (expect.get("prompt_text") or {}).items():
            if phrase not in texts.get(prompt, ""):
                problems.append(f"prompt {prompt} text should contain {phrase!r}; got {texts.get(prompt)!r}")
        victims = {p["id"]: p.get("victims") for p in out["prompts"]}
        for prompt, positions in (expect.get("prompt_victims") or {}).items():
            if victims.get(prompt) != positions:
                problems.append(f"prompt {prompt} victims: expected {positions}, got {victims.get(prompt)}")
        for phrase in expect.get("notes_include", []):
            if not any(phrase in note for note in out["notes"]):
                problems.append(f"a note should contain {phrase!r}; notes: {out['notes']}")
        for phrase in expect.get("notes_exclude", []):
            if any(phrase in note for note in out["notes"]):
                problems.append(f"no note should contain {phrase!r}")
        if problems:
            raise RuleCaseFailure("\n".join(problems))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, RuleCaseFailure):
            return f"{self.path}:{self.line}: {self.spec['name']}\n{excinfo.value}"
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.line - 1, f"rule case: {self.spec['name']}"
