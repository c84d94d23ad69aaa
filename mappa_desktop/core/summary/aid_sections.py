"""The sections this aid adds to a referral summary: its assessment explained and cited, any override,
the acknowledged prompts and the rule-pack version.

The assessment is read as the evaluation contract's JSON (``shared/spec/evaluate-contract.md``), so this
module depends only on that contract, not on the rules engine's classes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from mappa_desktop.core.summary.formatting import Formatter
from mappa_desktop.core.summary.model import Bullets, Paragraph, Row, Section, Table

SEVERITY_LABELS = {"info": "Information", "consider": "Consider", "warning": "Warning"}


class AidSections(Formatter):
    """The aid's sections of a summary, in order: assessment, override, acknowledged prompts, rule pack."""

    def assessment(self, contract: Mapping[str, Any] | None, trace: Sequence[Mapping[str, Any]]) -> Section:
        if contract is None:
            return self.section(
                "assessment", "The aid's assessment", [], "The aid has not assessed this referral."
            )
        eligible = contract.get("mappa_eligible")
        category = contract.get("category")
        level = contract.get("level")
        met = contract.get("categories_met") or []
        pack = contract.get("rule_pack") or {}
        rows = (
            Row(
                self.t("MAPPA eligible"),
                self.yes_no(eligible) if eligible is not None else self.t("Not yet known"),
            ),
            Row(
                self.t("Category"),
                f"{self.t('Category')} {category}" if category else self.t("None met, or not yet known"),
            ),
            *self.rows([("Categories met", ", ".join(str(c) for c in met))]),
            Row(
                self.t("Recommended level"),
                f"{self.t('Level')} {level}" if level else self.t("Not yet known"),
            ),
            *self.rows([("Assessed as on", self.date(pack.get("as_of")))]),
        )
        prompts = tuple(
            f"{self._severity(p.get('severity', ''))}: {p.get('text', '')}"
            for p in contract.get("prompts") or []
        )
        questions = contract.get("missing_questions") or []
        missing = tuple(questions) or tuple(
            self.t(_fact_label(name)) for name in contract.get("missing") or []
        )
        return self.section(
            "assessment",
            "The aid's assessment",
            [
                Table(rows),
                Bullets(tuple(case_notes(contract.get("notes") or [])), self.t("About this assessment")),
                Bullets(self._trace_lines(trace), self.t("Explanation")),
                Bullets(prompts, self.t("Prompts (advice, not decisions)")),
                Bullets(missing, self.t("Still unknown, and could change the outcome")),
                Bullets(self._citations(contract), self.t("Sources cited")),
            ],
            "",
        )

    def _severity(self, severity: str) -> str:
        return self.t(SEVERITY_LABELS.get(severity, severity))

    def _trace_lines(self, trace: Sequence[Mapping[str, Any]]) -> tuple[str, ...]:
        """One bullet per rule: its verdict, then (unless not met) its top-level criteria, each marked."""
        verdicts = {True: self.t("met"), False: self.t("not met"), None: self.t("not yet known")}
        marks = {True: self.t("[met]"), False: self.t("[not met]"), None: self.t("[unknown]")}
        lines = []
        for entry in trace:
            head = f"{entry.get('title') or entry.get('rule', '')}: {verdicts[entry.get('outcome')]}"
            tree = [line for line in entry.get("lines") or [] if line.get("depth", 0) == 0]
            # A rule that is not met is named only; met and undecided rules show their criteria.
            criteria = [] if entry.get("outcome") is False else tree or entry.get("criteria") or []
            body = [f"{marks.get(c.get('met'), '')} {c.get('text', '')}" for c in criteria]
            lines.append("\n".join([head, *body]))
        return tuple(lines)

    def _citations(self, contract: Mapping[str, Any]) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        sources = [e for e in contract.get("trace") or [] if e.get("outcome") is True]
        sources += list(contract.get("prompts") or [])
        for entry in sources:
            for citation in entry.get("citations") or []:
                title, url = citation.get("title", ""), citation.get("url", "")
                seen.setdefault(f"{title} ({url})" if title and url else title or url, None)
        return tuple(key for key in seen if key)

    def override(self, decision: Any) -> Section:
        override = getattr(decision, "override", None) if decision is not None else None
        if override is None:
            return self.section("override", "Override", [], "The aid's assessment has not been overridden.")
        g = getattr
        rows = self.rows(
            [
                ("The aid's category", _numbered(self.t("Category"), g(override, "aid_category", None))),
                ("The aid's level", _numbered(self.t("Level"), g(override, "aid_level", None))),
                ("Category decided", _numbered(self.t("Category"), g(override, "category", None))),
                ("Level decided", _numbered(self.t("Level"), g(override, "level", None))),
                ("Decided by", g(override, "actor", None)),
                ("Decided on", g(override, "at", None)),
                ("Rule pack at the time", g(override, "rule_pack_version", None)),
            ]
        )
        return self.section(
            "override",
            "Override",
            [Table(rows), Paragraph(g(override, "rationale", "") or "", self.t("Rationale"))],
            "The aid's assessment has not been overridden.",
        )

    def acknowledged(self, decision: Any) -> Section:
        items = list(getattr(decision, "acknowledged_prompts", None) or []) if decision is not None else []
        rows = []
        for ack in items:
            who = ", ".join(x for x in (getattr(ack, "actor", ""), self.text(getattr(ack, "at", None))) if x)
            note = getattr(ack, "note", "") or self.t("No note")
            rows.append(Row(str(getattr(ack, "prompt_id", "")), f"{note}\n({who})" if who else note))
        return self.section(
            "acknowledged_prompts",
            "Acknowledged prompts",
            [Table(tuple(rows))],
            "No prompts have been acknowledged.",
        )

    def rule_pack(self, contract: Mapping[str, Any] | None, app_version: str) -> Section:
        pack = (contract or {}).get("rule_pack") or {}
        rows = self.rows(
            [
                ("Rule pack", pack.get("id")),
                ("Rule-pack version", pack.get("version")),
                ("Application version", app_version),
            ]
        )
        return self.section("rule_pack", "Rule-pack version", [Table(rows)], "")


GENERAL_NOTES = 4
"""The pack's notes that explain every assessment (eligibility, category, level, precedence) come first;
any after them are about this case (e.g. "assessed on ... under rules in force from ...")."""


def case_notes(notes: Sequence[str]) -> list[str]:
    """The notes about this assessment itself, such as a case judged under rules newer than its date."""
    return list(notes[GENERAL_NOTES:])


def _numbered(word: str, value: Any) -> str | None:
    return f"{word} {value}" if value not in (None, "") else None


def _fact_label(name: str) -> str:
    return name.replace("_", " ").capitalize()


def assessment_contract(assessment: Any) -> dict[str, Any] | None:
    """The contract JSON of an assessment: a pydantic model is dumped, a mapping is taken as it is."""
    if assessment is None:
        return None
    if hasattr(assessment, "model_dump"):
        contract = assessment.model_dump(mode="json")
        # Readable questions for the missing facts, when the engine supplies them (not in the contract).
        contract["missing_questions"] = list(getattr(assessment, "missing_questions", None) or [])
        return contract
    return dict(assessment)


def trace_view(assessment: Any, contract: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    """The trace as dicts, with the rule titles and criterion tree the engine keeps out of the contract."""
    if contract is None:
        return []
    trace = [dict(entry) for entry in contract.get("trace") or []]
    for view, entry in zip(trace, getattr(assessment, "trace", None) or [], strict=False):
        view.setdefault("title", getattr(entry, "title", "") or "")
        lines = getattr(entry, "lines", None) or []
        view["lines"] = [{"depth": x.depth, "met": x.met, "text": x.text} for x in lines]
    return trace
